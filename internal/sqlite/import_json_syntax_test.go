package sqlite

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// A file that is not valid JSON is refused with encoding/json's own
// sentence and the byte offset encoding/json gives for the whole file,
// wherever the fault is: between the keys, between two records, inside a
// record.
func TestJSONImportSyntaxErrorsNameTheByte(t *testing.T) {
	good := string(smallExport(t))
	at := func(old string) int { // the offset of old in the good file, which must hold it once
		if strings.Count(good, old) != 1 {
			t.Fatalf("the export holds %q %d times", old, strings.Count(good, old))
		}
		return strings.Index(good, old)
	}
	replace := func(old, new string) string {
		at(old)
		return strings.Replace(good, old, new, 1)
	}
	for _, tc := range []struct {
		name string
		file string
	}{
		{"not JSON", "name;rate\n"},
		{"a stray character first", "x{}"},
		{"a key without quotes", `{format: "interimdesk-export"}`},
		{"no colon after a key", replace(`"format":`, `"format"`)},
		{"no comma between keys", replace(`"format_version": 2,`, `"format_version": 2`)},
		{"a comma before the end", strings.TrimRight(good, "}\n") + ",\n}\n"},
		{"no comma between records", replace(`"events": [`, `"events": [{"id": 5} `)},
		{"a comma after the last record", replace(`"events": [`, `"events": [{"id": 9},]`)},
		{"a bad literal inside a record", replace(`"archived": false`, `"archived": fals`)},
		{"a bad literal as an envelope value", replace(`"format_version": 2`, `"format_version": two`)},
		{"a number followed by a letter", replace(`"format_version": 2`, `"format_version": 2x`)},
		{"a literal followed by a letter", replace(`"proposals": []`, `"proposals": nullx`)},
		{"a number followed by a minus", replace(`"max_days_per_week": 4`, `"max_days_per_week": 4-1`)},
		{"a bracket that closes the wrong thing", replace(`"clients": [`, `"clients": [{"id": 1]`)},
		{"a control character in a string", replace(`"legal_name": "Acme NV"`, "\"legal_name\": \"Ac\x01me NV\"")},
		{"a bad escape in a key", replace(`"settings":`, `"sett\qings":`)},
		{"cut short in a record", good[:at(`"role": "CFO a.i."`)]},
		{"cut short in a string", good[:at(`"role": "CFO a.i."`)+12]},
		{"cut short between keys", good[:at(`"proposals":`)]},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var any any
			jsonErr := json.Unmarshal([]byte(tc.file), &any)
			var syntax *json.SyntaxError
			if !errors.As(jsonErr, &syntax) {
				t.Fatalf("encoding/json takes the file: %v", jsonErr)
			}
			db := openTestDB(t)
			_, err := db.ImportJSON(context.Background(), strings.NewReader(tc.file))
			wantCode(t, err, domain.EINVALID)
			want := fmt.Sprintf("The file is not valid JSON (at byte %d: %s); nothing was imported.", syntax.Offset, syntax)
			if syntax.Error() == "unexpected end of JSON input" {
				want = fmt.Sprintf("The file is not valid JSON: it ends at byte %d, in the middle of the export (was it cut short?); nothing was imported.", syntax.Offset)
			}
			if err.Error() != want {
				t.Errorf("error\n%s\nwant\n%s", err, want)
			}
			if empty, _ := db.IsEmpty(context.Background()); !empty {
				t.Error("a refused import left data behind")
			}
		})
	}
}
