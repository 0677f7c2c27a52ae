package cli

import (
	"strings"
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// Deleting asks twice, as erasing does: the first run only says what
// would go, the second must repeat the ID; what is referenced or issued
// is refused with the store's sentence and stays.
func TestClientsDelete(t *testing.T) {
	path := demoCopy(t)
	r := cli(t, "--db", path, "clients", "add", "--name", "Tijdelijk Testbedrijf BV", "--country", "BE")
	mustOK(t, r)
	id := strings.TrimSpace(r.stdout)

	r = cli(t, "--db", path, "clients", "delete", id)
	mustOK(t, r)
	if !strings.Contains(r.stdout, "Nothing was deleted yet. To delete, repeat the ID: interimdesk-cli clients delete "+id+" --confirm "+id) {
		t.Errorf("without --confirm: %q", r.stdout)
	}
	mustOK(t, cli(t, "--db", path, "clients", "show", id))
	mustRefuse(t, cli(t, "--db", path, "clients", "delete", id, "--confirm", "1"+id), "does not repeat the client's ID "+id+"; nothing was deleted.")
	mustOK(t, cli(t, "--db", path, "clients", "show", id))

	r = cli(t, "--db", path, "clients", "delete", id, "--confirm", id)
	mustOK(t, r)
	if !strings.Contains(r.stdout, "Deleted client "+id+", Tijdelijk Testbedrijf BV.") {
		t.Errorf("stdout %q", r.stdout)
	}
	mustRefuse(t, cli(t, "--db", path, "clients", "show", id), "There is no client with number "+id)

	// A client of the demo's proposals is archived, never deleted.
	var l listJSON[domain.Proposal]
	decode(t, cli(t, "--db", path, "proposal", "list", "--json"), &l)
	used := itoa(int(l.Items[0].ClientID))
	mustRefuse(t, cli(t, "--db", path, "clients", "delete", used, "--confirm", used), "archive")
	mustOK(t, cli(t, "--db", path, "clients", "show", used))
}

func TestProposalDelete(t *testing.T) {
	path := demoCopy(t)
	var drafts, issued listJSON[domain.Proposal]
	decode(t, cli(t, "--db", path, "proposal", "list", "--status", "draft", "--json"), &drafts)
	decode(t, cli(t, "--db", path, "proposal", "list", "--status", "issued", "--json"), &issued)
	if len(drafts.Items) == 0 || len(issued.Items) == 0 {
		t.Fatalf("the demo has %d drafts and %d issued proposals", len(drafts.Items), len(issued.Items))
	}
	draft := drafts.Items[0]
	id := itoa(int(draft.ID))

	r := cli(t, "--db", path, "proposals", "delete", id)
	mustOK(t, r)
	if !strings.Contains(r.stdout, "Nothing was deleted yet.") || !strings.Contains(r.stdout, draft.Title) {
		t.Errorf("without --confirm: %q", r.stdout)
	}
	mustOK(t, cli(t, "--db", path, "proposal", "show", id))

	mustOK(t, cli(t, "--db", path, "proposal", "delete", id, "--confirm", id))
	mustRefuse(t, cli(t, "--db", path, "proposal", "show", id), "There is no proposal with number "+id)

	// An issued proposal has a number and a frozen PDF: it stays.
	sent := itoa(int(issued.Items[0].ID))
	r = cli(t, "--db", path, "proposal", "delete", sent, "--confirm", sent)
	if r.code != 1 {
		t.Fatalf("deleting an issued proposal: exit %d, stdout %q", r.code, r.stdout)
	}
	mustOK(t, cli(t, "--db", path, "proposal", "show", sent))
}

// The sentences of deleting are in Dutch and French too.
func TestDeleteInDutch(t *testing.T) {
	path := demoCopy(t)
	nl := func(k string) string {
		if k == "INTERIMDESK_LANG" {
			return "nl"
		}
		return ""
	}
	r := cliEnv(t, nl, "--db", path, "clients", "delete", "1")
	mustOK(t, r)
	if !strings.Contains(r.stdout, "Er is nog niets verwijderd.") {
		t.Errorf("stdout %q", r.stdout)
	}
}
