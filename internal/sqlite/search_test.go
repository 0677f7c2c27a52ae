package sqlite

import (
	"context"
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/sqlcol"
)

var matchQueryCases = []struct {
	in, want string
}{
	{"", ""},
	{"   ", ""},
	{"cfo", `"cfo"*`},
	{"interim  CFO", `"interim" "CFO"*`},
	{`say "hi"`, `"say" """hi"""*`},
	{"AND OR NOT", `"AND" "OR" "NOT"*`},
	{"NEAR(a b)", `"NEAR(a" "b)"*`},
	{"- * ^ :", ""},
	{"m&a -finance", `"m&a" "-finance"*`},
	{"geïnteresseerd", `"geïnteresseerd"*`},
	{"col:umn", `"col:umn"*`},
}

func TestMatchQuery(t *testing.T) {
	for _, tc := range matchQueryCases {
		t.Run(tc.in, func(t *testing.T) {
			if got := matchQuery(tc.in); got != tc.want {
				t.Errorf("matchQuery(%q) = %s, want %s", tc.in, got, tc.want)
			}
		})
	}
}

// FuzzSearchNeverFails sends arbitrary text through both searches on a real
// database: whatever a person types, the answer is a list, never an FTS5
// syntax error.
func FuzzSearchNeverFails(f *testing.F) {
	for _, tc := range matchQueryCases {
		f.Add(tc.in)
	}
	f.Add("\x00")
	f.Add("\"unterminated")
	f.Add("a* b*")
	f.Add("²³ ½")
	ctx := context.Background()
	db := openTestDB(f)
	if err := db.CreateManager(ctx, testManager("Gérard Dupont", "gerard@example.be")); err != nil {
		f.Fatal(err)
	}
	if err := db.CreateClient(ctx, testClient("Acme", 1234567)); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, q string) {
		if _, _, err := db.FindManagers(ctx, domain.ManagerFilter{Query: q}); err != nil {
			t.Errorf("FindManagers(%q): %v", q, err)
		}
		if _, _, err := db.FindClients(ctx, domain.ClientFilter{Query: q}); err != nil {
			t.Errorf("FindClients(%q): %v", q, err)
		}
		if _, _, err := db.FindProposals(ctx, domain.ProposalFilter{Query: q}); err != nil {
			t.Errorf("FindProposals(%q): %v", q, err)
		}
	})
}

func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"Santé":          "sante",
		" SANTE ":        "sante",
		"Économie":       "economie",
		"Logistiek":      "logistiek",
		"Zorg & Welzijn": "zorg & welzijn",
	} {
		if got := sqlcol.Fold(in); got != want {
			t.Errorf("sqlcol.Fold(%q) = %q, want %q", in, got, want)
		}
	}
}
