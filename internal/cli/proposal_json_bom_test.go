package cli

import (
	"strings"
	"testing"
)

// TestDecodeProposalBOM reads a file Windows Notepad saved: UTF-8 with a
// byte-order mark.
func TestDecodeProposalBOM(t *testing.T) {
	p, err := decodeProposal("p.json", []byte("\ufeff{\n  \"client_id\": 3,\n  \"title\": \"Interim CFO\"\n}\n"))
	if err != nil {
		t.Fatal(err)
	}
	if p.ClientID != 3 || p.Title != "Interim CFO" {
		t.Errorf("read %+v", p)
	}
}

// TestDecodeProposalDuplicateKey refuses a key given twice in one object,
// naming it and the line of the second, and accepts the same key in two
// objects.
func TestDecodeProposalDuplicateKey(t *testing.T) {
	for _, tc := range []struct {
		name, data, want string
	}{
		{"top level", "{\n  \"title\": \"A\",\n  \"client_id\": 3,\n  \"title\": \"B\"\n}", `p.json, line 4: the field "title" is given twice`},
		{"in a phase", "{\n  \"consulting\": {\"phases\": [\n    {\"name\": \"A\", \"weeks\": 2},\n    {\"name\": \"B\",\n     \"name\": \"C\"}\n  ]}\n}", `p.json, line 5: the field "consulting.phases[1].name" is given twice`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := decodeProposal("p.json", []byte(tc.data))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want %q", err, tc.want)
			}
		})
	}
	if _, err := decodeProposal("p.json", []byte(`{"consulting": {"phases": [{"name": "A"}, {"name": "B"}]}}`)); err != nil {
		t.Errorf("the same key in two phases: %v", err)
	}
}
