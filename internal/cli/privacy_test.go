package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// demoManager finds a demo manager by a search word.
func demoManager(t *testing.T, path, query string) domain.Manager {
	t.Helper()
	var l listJSON[domain.Manager]
	decode(t, cli(t, "--db", path, "managers", "search", query, "--json"), &l)
	if len(l.Items) != 1 {
		t.Fatalf("search %q: %+v", query, l)
	}
	return l.Items[0]
}

// demoManagerID finds a demo manager's ID by a search word.
func demoManagerID(t *testing.T, path, query string) int64 {
	t.Helper()
	return demoManager(t, path, query).ID
}

func TestManagersExportPersonal(t *testing.T) {
	path := demoCopy(t)
	id := demoManagerID(t, path, "gerard")
	out := filepath.Join(t.TempDir(), "gerard.json")
	r := cli(t, "--db", path, "managers", "export-personal", itoa(int(id)), "-o", out)
	mustOK(t, r)
	if !strings.HasPrefix(r.stdout, "Wrote the personal data of manager "+itoa(int(id))+" (Gérard Van den Bossche) to "+out) {
		t.Errorf("stdout %q", r.stdout)
	}
	assertPrivate(t, out)
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var pd struct {
		Manager struct {
			Name string `json:"name"`
		} `json:"manager"`
		Engagements []json.RawMessage `json:"engagements"`
	}
	if err := json.Unmarshal(b, &pd); err != nil || pd.Manager.Name != "Gérard Van den Bossche" || len(pd.Engagements) == 0 {
		t.Errorf("file %s: %v", b, err)
	}
	if r := cli(t, "--db", path, "managers", "export-personal", itoa(int(id))); r.code != 2 {
		t.Errorf("without -o: exit %d", r.code)
	}
	mustRefuse(t, cli(t, "--db", path, "managers", "export-personal", "9999", "-o", out), "There is no manager with number 9999")
}

// Erasing asks twice: the first run only shows what will happen, the
// second must repeat the ID.
func TestManagersErase(t *testing.T) {
	path := demoCopy(t)
	id := demoManagerID(t, path, "gerard")
	ids := itoa(int(id))

	r := cli(t, "--db", path, "managers", "erase", ids)
	mustOK(t, r)
	for _, want := range []string{"Gérard Van den Bossche", "kept as they were issued", "Nothing was erased yet. To erase, repeat the ID: interimdesk-cli managers erase " + ids + " --confirm " + ids} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("plan %q lacks %q", r.stdout, want)
		}
	}
	mustRefuse(t, cli(t, "--db", path, "managers", "erase", ids, "--confirm", "1"+ids), "does not repeat the manager's ID", "nothing was erased")
	if demoManagerID(t, path, "gerard") != id {
		t.Fatal("erased without confirmation")
	}

	r = cli(t, "--db", path, "managers", "erase", ids, "--confirm", ids)
	mustOK(t, r)
	if !strings.HasPrefix(r.stdout, "Erased the personal data of manager "+ids+".\n") {
		t.Errorf("stdout %q", r.stdout)
	}
	var m struct {
		Name, Email, CV string
		Active          bool
	}
	decode(t, cli(t, "--db", path, "managers", "show", ids, "--json"), &m)
	if m.Name != "Erased manager "+ids || m.Email != "" || m.CV != "" || m.Active {
		t.Errorf("after erasure %+v", m)
	}
	mustOK(t, cli(t, "--db", path, "check"))
}
