package cli

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// TestProposalCreateWithReferences: "proposal create --from" takes the
// engagements to print (interim.references) when they are the manager's,
// show --json prints them back, and another manager's is refused with a
// sentence naming the field, nothing written.
func TestProposalCreateWithReferences(t *testing.T) {
	path := demoCopy(t)
	id := proposalID(t, path, "Interim CFO tijdens de herstructurering")
	var p map[string]any
	if err := json.Unmarshal([]byte(showJSON(t, path, id)), &p); err != nil {
		t.Fatal(err)
	}
	interim := p["interim"].(map[string]any)
	manager := int64(interim["manager_id"].(float64))
	var list listJSON[domain.Engagement]
	decode(t, cli(t, "--db", path, "engagements", "list", "--json"), &list)
	var own, other int64
	for _, e := range list.Items {
		switch {
		case e.ManagerID == manager && own == 0:
			own = e.ID
		case e.ManagerID != 0 && e.ManagerID != manager && other == 0:
			other = e.ID
		}
	}
	if own == 0 || other == 0 {
		t.Fatalf("the sample has no engagement of manager %d (%d) or of another (%d)", manager, own, other)
	}
	with := func(ref int64) string {
		interim["references"] = []int64{ref}
		b, err := json.Marshal(p)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	r := createFrom(t, path, with(own))
	mustOK(t, r)
	var got proposalJSON
	decode(t, cli(t, "--db", path, "proposal", "show", strings.TrimSpace(r.stdout), "--json"), &got)
	if len(got.Interim.References) != 1 || got.Interim.References[0] != own {
		t.Errorf("created with references %v, want [%d]", got.Interim.References, own)
	}

	var before listJSON[domain.Proposal]
	decode(t, cli(t, "--db", path, "proposal", "list", "--json"), &before)
	r = createFrom(t, path, with(other))
	if r.code != 1 || !strings.Contains(r.stderr, "References") || !strings.Contains(r.stderr, fmt.Sprintf("engagement %d is not a mandate of the manager proposed", other)) {
		t.Errorf("another manager's engagement: exit %d, %q", r.code, r.stderr)
	}
	var after listJSON[domain.Proposal]
	decode(t, cli(t, "--db", path, "proposal", "list", "--json"), &after)
	if after.Total != before.Total {
		t.Errorf("the refused file wrote a proposal: %d, then %d", before.Total, after.Total)
	}
}
