package sqlite

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// A file that is not valid JSON is refused with encoding/json's own
// sentence and the byte offset encoding/json gives for the whole file,
// wherever the fault is: between the keys, between two records, inside a
// record, or in an array the second pass reads before one that comes
// earlier in the file.
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
		{"no comma between records", replace(`"engagements": [`, `"engagements": [{"id": 5} `)},
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

// The first pass finds every key of the file where encoding/json finds
// it, and counts the records of every array, whatever the white space.
func TestExportIndexFindsEveryKey(t *testing.T) {
	indented := smallExport(t)
	var compact bytes.Buffer
	must(t, json.Compact(&compact, indented))
	for name, file := range map[string][]byte{"indented": indented, "compact": compact.Bytes()} {
		t.Run(name, func(t *testing.T) {
			x, err := indexExport(bytes.NewReader(file), int64(len(file)))
			must(t, err)
			var whole map[string]json.RawMessage
			must(t, json.Unmarshal(file, &whole))
			if len(x.keys) != len(whole) || len(whole) != len(exportKeys) {
				t.Errorf("%d keys found, the file holds %d, Export %d", len(x.keys), len(whole), len(exportKeys))
			}
			for key, raw := range whole {
				v := x.keys[key]
				if !bytes.HasPrefix(file[v.at:], raw) {
					t.Errorf("%s found at byte %d, which holds %.20q", key, v.at, file[v.at:])
				}
				var list []json.RawMessage
				if json.Unmarshal(raw, &list) == nil && v.count != len(list) {
					t.Errorf("%s: %d records counted, %d in the file", key, v.count, len(list))
				}
			}
			if x.format != ExportFormat || x.formatVersion != ExportFormatVersion || x.schemaVersion != SchemaVersion() || x.exportedAt.IsZero() {
				t.Errorf("envelope %q %d %d %v", x.format, x.formatVersion, x.schemaVersion, x.exportedAt)
			}
		})
	}
}

// FuzzExportScanAgreesWithEncodingJSON reads arbitrary bytes as the two
// passes of ImportJSON read them, without a database: the first finds the
// keys, the second reads every value through encoding/json. Nothing
// panics; a refusal is a sentence (EINVALID); what is taken is valid JSON
// for encoding/json; and an object encoding/json takes, with the keys of
// an export each once and an envelope of the right types, is taken, each
// key found where encoding/json finds it, each array counted right.
func FuzzExportScanAgreesWithEncodingJSON(f *testing.F) {
	good := smallExport(f)
	f.Add(good)
	var compact bytes.Buffer
	must(f, json.Compact(&compact, good))
	f.Add(compact.Bytes())
	for _, seed := range []string{"", "null", "nullx", "[]", `{}`, `{"format": 2x}`, `{"clients": [1 2]}`, `{"clients": [{"a": "\"]"}]}`,
		`{"events": [{}, {"id": 1}]}`, `{"firm": null, "settings": {"a": "b"}}`, `{"format": "x", "format": "y"}`, `{"clients": [],}`} {
		f.Add([]byte(seed))
	}
	f.Fuzz(scanAgreesWithEncodingJSON)
}

func scanAgreesWithEncodingJSON(t *testing.T, file []byte) {
	x, err := scanExport(bytes.NewReader(file), int64(len(file)))
	if err == nil {
		err = readEveryValue(x)
	}
	if err != nil && (domain.ErrorCode(err) != domain.EINVALID || !strings.Contains(err.Error(), "othing was imported")) {
		t.Fatalf("refused without a sentence: %v", err)
	}
	dec := json.NewDecoder(bytes.NewReader(file))
	var first json.RawMessage
	jsonErr := dec.Decode(&first)
	if err == nil && jsonErr != nil {
		t.Fatalf("taken, but encoding/json says %v", jsonErr)
	}
	keys, ok := exportObject(first)
	if jsonErr != nil || !ok {
		return
	}
	if err != nil {
		t.Fatalf("encoding/json takes the file, the import says %v", err)
	}
	if len(x.keys) != len(keys) {
		t.Fatalf("%d keys found, encoding/json finds %d", len(x.keys), len(keys))
	}
	for key, raw := range keys {
		v := x.keys[key]
		if !bytes.HasPrefix(file[v.at:], raw) {
			t.Fatalf("%s found at byte %d, which holds %.20q, not %.20q", key, v.at, file[v.at:], raw)
		}
		var list []json.RawMessage
		if raw[0] == '[' && (json.Unmarshal(raw, &list) != nil || len(list) != v.count) {
			t.Fatalf("%s: %d records counted, encoding/json reads %d", key, v.count, len(list))
		}
	}
}

// readEveryValue reads every value of the file as the second pass does.
func readEveryValue(x *exportFile) error {
	for key, v := range x.keys {
		var raw json.RawMessage
		if v.kind != '[' {
			if err := x.decodeOne(key, &raw); err != nil {
				return err
			}
			continue
		}
		s, _, _ := x.scannerAt(key)
		i := 0
		err := s.elements(func() error {
			b, at, err := s.capture()
			if err == nil {
				err = decodeValue(b, at, key, i, &raw)
			}
			i++
			return err
		})
		if err != nil {
			return importFileError(err)
		}
	}
	return nil
}

// exportObject reads the keys of a JSON object the way encoding/json
// does; ok is false unless each is a key of an export, written as Export
// writes it, once, and the envelope's values have its types.
func exportObject(object []byte) (keys map[string]json.RawMessage, ok bool) {
	dec := json.NewDecoder(bytes.NewReader(object))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return nil, false
	}
	keys = map[string]json.RawMessage{}
	for dec.More() {
		tok, err := dec.Token()
		key, _ := tok.(string)
		if _, twice := keys[key]; err != nil || twice || !slices.Contains(exportKeys, key) {
			return nil, false
		}
		var raw json.RawMessage
		if dec.Decode(&raw) != nil {
			return nil, false
		}
		keys[key] = raw
	}
	var envelope struct {
		Format        string    `json:"format"`
		FormatVersion int       `json:"format_version"`
		SchemaVersion int       `json:"schema_version"`
		ExportedAt    time.Time `json:"exported_at"`
	}
	return keys, json.Unmarshal(object, &envelope) == nil
}
