package i18n

import (
	"encoding/json"
	"path"
	"reflect"
	"testing"
)

// TestParseFlatReadsAsEncodingJSON reads every file of messages/ both ways.
func TestParseFlatReadsAsEncodingJSON(t *testing.T) {
	files, err := messages.ReadDir("messages")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		data, err := messages.ReadFile(path.Join("messages", f.Name()))
		if err != nil {
			t.Fatal(err)
		}
		var want map[string]string
		if err := json.Unmarshal(data, &want); err != nil {
			t.Fatal(err)
		}
		got, err := parseFlat(data)
		if err != nil || !reflect.DeepEqual(got, want) {
			t.Errorf("%s: parseFlat differs from encoding/json (%v)", f.Name(), err)
		}
	}
}

// FuzzParseFlat: what parseFlat reads, encoding/json reads the same; what
// it refuses is not a flat object of strings with distinct keys.
func FuzzParseFlat(f *testing.F) {
	for _, s := range []string{`{}`, ` {"a": "b", "c\\n": "d\u00e9"} `, `{"a":"\ud83d\ude00"}`, `{"a": 1}`, `{"a":"b",}`, `{"a":"b"} x`, `{"a":"\x01"}`, `{"a":"b","a":"c"}`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, err := parseFlat([]byte(s))
		if err != nil {
			return
		}
		var want map[string]string
		if err := json.Unmarshal([]byte(s), &want); err != nil {
			t.Fatalf("parseFlat read %q, encoding/json refuses it: %v", s, err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%q: parseFlat %q, encoding/json %q", s, got, want)
		}
	})
}
