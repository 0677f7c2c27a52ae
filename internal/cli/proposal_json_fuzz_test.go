package cli

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// A proposal file comes from outside: whatever it holds, decoding never
// panics, a refusal is one invalid-input sentence, and what is accepted
// reads back the same after being printed again.
func FuzzDecodeProposal(f *testing.F) {
	for _, seed := range []string{
		"",
		"[]",
		"null",
		`{"client_id": 1, "title": "T"}`,
		`{"client_id": 1,}`,
		`{"client_id": 1, "title": "T"} {}`,
		`{"interim": {"weeks": 3}, "weeks": 5}`,
		`{"interim": {"weeks": "ten", "day_rate": 1550.5, "start": "2027-02-30"}}`,
		`{"consulting": {"phases": [{"name": "A"}, {"name": "B", "cost": 1}]}}`,
		`{"totals": {"x": [1, {"y": 2}]}, "id": "seven", "created_at": {}}`,
		`{"permanent": {"annual_salary": 16500000, "notice_months": 6}, "recommended": "interim"}`,
		`{"interim": {"start": {}}}`,
		`{"consulting": {"phases": [[{"name": 1}]]}}`,
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := decodeProposal("p.json", data)
		if err != nil {
			msg := domain.ErrorMessage(err)
			if domain.ErrorCode(err) != domain.EINVALID || msg == "" || strings.Contains(msg, "\n") {
				t.Fatalf("refusal %q (%s)", msg, domain.ErrorCode(err))
			}
			return
		}
		b, err := json.Marshal(proposalJSON{Proposal: p, Totals: p.Totals()})
		if err != nil {
			return // a value JSON cannot print, such as a lone surrogate, is not ours to keep
		}
		again, err := decodeProposal("again.json", b)
		if err != nil {
			t.Fatalf("printed %s, read back: %v", b, err)
		}
		if !reflect.DeepEqual(again, p) {
			t.Fatalf("read back %+v, first read %+v", again, p)
		}
	})
}
