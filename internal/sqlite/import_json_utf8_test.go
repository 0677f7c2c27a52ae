package sqlite

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"testing"
	"testing/iotest"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// A file with bytes that are not UTF-8 (a name typed in Latin-1, a file
// cut in the middle of a character) is refused naming the line and, inside
// a record, the field; nothing is written. encoding/json alone would store
// U+FFFD in their place. The same holds when the file arrives a byte at a
// time, so that a character is cut between two reads, and a good file
// read that way, with its "é" and "ë", is taken.
func TestJSONImportRefusesBytesThatAreNotUTF8(t *testing.T) {
	good := smallExport(t)
	line := func(old string) int { // the line of old in the good file, which holds it once
		if bytes.Count(good, []byte(old)) != 1 {
			t.Fatalf("the export holds %q %d times", old, bytes.Count(good, []byte(old)))
		}
		return bytes.Count(good[:bytes.Index(good, []byte(old))], []byte("\n")) + 1
	}
	replace := func(old, new string) []byte {
		line(old)
		return bytes.Replace(good, []byte(old), []byte(new), 1)
	}
	for _, tc := range []struct {
		name string
		file []byte
		want string // "" taken
	}{
		{"a good file", good, ""},
		{"Latin-1 in a record", replace(`"legal_name": "Acme NV"`, "\"legal_name\": \"Acm\xe9 NV\""),
			fmt.Sprintf("The file is not valid UTF-8 at line %d, in %s; nothing was imported.", line(`"legal_name": "Acme NV"`), "clients[0].legal_name")},
		{"Latin-1 in a nested field", replace(`"name": "Gérard Peeters"`, "\"name\": \"G\xe9rard Peeters\""),
			fmt.Sprintf("The file is not valid UTF-8 at line %d, in %s; nothing was imported.", line(`"name": "Gérard Peeters"`), "clients[0].contact.name")},
		{"Latin-1 in a list", replace(`"Santé"`, "\"Sant\xe9\""),
			fmt.Sprintf("The file is not valid UTF-8 at line %d, in %s; nothing was imported.", line(`"Santé"`), "managers[0].sectors[1]")},
		{"a character cut short", replace(`"legal_name": "Acme NV"`, "\"legal_name\": \"Acme NV\xc3\""),
			fmt.Sprintf("The file is not valid UTF-8 at line %d, in %s; nothing was imported.", line(`"legal_name": "Acme NV"`), "clients[0].legal_name")},
		{"a key", replace(`"settings":`, "\"sett\xffings\":"),
			fmt.Sprintf("The file is not valid UTF-8 at line %d; nothing was imported.", line(`"settings":`))},
	} {
		for _, read := range []struct {
			name string
			r    func([]byte) io.Reader
		}{
			{"whole", func(b []byte) io.Reader { return bytes.NewReader(b) }},
			{"a byte at a time", func(b []byte) io.Reader { return iotest.OneByteReader(bytes.NewReader(b)) }},
		} {
			t.Run(tc.name+"/"+read.name, func(t *testing.T) {
				db := openTestDB(t)
				_, err := db.ImportJSON(context.Background(), read.r(tc.file))
				if tc.want == "" {
					must(t, err)
					if again := exportJSON(t, db); !bytes.Equal(again, good) {
						t.Errorf("the import differs:\n%s", firstDifference(good, again))
					}
					return
				}
				wantCode(t, err, domain.EINVALID)
				if err.Error() != tc.want {
					t.Errorf("error\n%s\nwant\n%s", err, tc.want)
				}
				if empty, _ := db.IsEmpty(context.Background()); !empty {
					t.Error("a refused import left data behind")
				}
			})
		}
	}
}
