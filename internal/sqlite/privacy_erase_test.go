package sqlite

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// victim is a manager whose every value is a word found nowhere else, so
// that a search of the raw bytes finds only what is left of them.
func victim() *domain.Manager {
	m := testManager("Quirinus Zwartkopvanderveken", "quirinus.zwartkop@erase-me.example")
	m.Phone = "+32 488 71 93 26"
	m.City = "Zoutleeuwerhoek"
	m.Headline = "Zeppelinbouwmeester ad interim"
	m.Skills = []string{"Xylofoonstemmerij"}
	m.Sectors = []string{"Quokkaverzorging"}
	m.CV = "Twintig jaar Wulpenkwekerij en Kwartelboekhouding."
	m.Company.Name = "Zwartkopvanderveken Beheer"
	m.Notes = "Houdt van Zuurkoolpannenkoeken."
	return m
}

// erasedValues are the values of victim() and of its earlier version
// that no byte of the database may hold after the erasure.
func erasedValues(m *domain.Manager) []string {
	return []string{m.Name, "Zwartkopvanderveken", "quirinus.zwartkop", "488 71 93 26", m.City, "Zeppelinbouwmeester",
		"Xylofoonstemmerij", "Quokkaverzorging", "Wulpenkwekerij", "Kwartelboekhouding", "Zuurkoolpannenkoeken",
		"Oudeformulierenstraat", "Tussenstadjewijkerveld", "488 71 93 2", // before edits
	}
}

// leftIn lists the erased values found in the file at path, in the raw
// bytes and, for the full-text index's compressed terms, lowercased.
func leftIn(t *testing.T, path string, values []string) []string {
	t.Helper()
	data, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		return nil
	}
	must(t, err)
	lower := bytes.ToLower(data)
	var found []string
	for _, v := range values {
		if bytes.Contains(data, []byte(v)) || bytes.Contains(lower, []byte(strings.ToLower(v))) {
			found = append(found, filepath.Base(path)+": "+v)
		}
	}
	return found
}

// The issue: after "managers erase" the file still showed the name,
// e-mail, phone and city (freed pages), the search index kept the words,
// and the write-ahead log held them while another program had the file
// open. Erasure overwrites what it removes, in the file, its log and the
// backups in the backups folder.
func TestErasureLeavesNoTrace(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, "interimdesk.db")
	db := openTestDBAt(t, path)
	rows := make([]domain.ImportRow[domain.Manager], 300)
	for i := range rows {
		rows[i] = domain.ImportRow[domain.Manager]{Line: i + 2, Record: testManager(fmt.Sprintf("Other %d", i), fmt.Sprintf("other-%d@example.be", i))}
	}
	_, err := db.ImportManagers(ctx, domain.RowsOf(rows), domain.ImportOptions{})
	must(t, err)
	m := victim()
	city := m.City
	m.City = "Oudeformulierenstraat"
	must(t, db.CreateManager(ctx, m))
	for _, c := range []string{"Tussenstadjewijkerveld", city} {
		m.City = c
		m.Phone = "+32 488 71 93 2" + fmt.Sprint(len(c)%10)
		must(t, db.UpdateManager(ctx, m))
		for i := range 20 { // others saved in between move the pages around
			o, err := db.FindManagerByID(ctx, int64(i+1))
			must(t, err)
			o.Notes += " bijgewerkt"
			must(t, db.UpdateManager(ctx, o))
		}
	}
	c, _, err := db.FindClients(ctx, domain.ClientFilter{Page: domain.Page{Limit: 1}})
	must(t, err)
	if len(c) == 0 {
		must(t, db.CreateClient(ctx, testClient("Erasure Client", 1234567)))
		c, _, err = db.FindClients(ctx, domain.ClientFilter{Page: domain.Page{Limit: 1}})
		must(t, err)
	}
	must(t, db.CreateProposal(ctx, testProposal(c[0].ID, m.ID)))
	backup, err := db.BackupNow(ctx)
	must(t, err)
	values := erasedValues(m)
	if found := leftIn(t, backup, values); len(found) == 0 {
		t.Fatal("the backup does not hold the manager: the test looks for the wrong bytes")
	}

	// Another program has the database open, idle, as a window would.
	other := openTestDBAt(t, path)
	_, _, err = other.FindManagers(ctx, domain.ManagerFilter{Query: "Zoutleeuwerhoek"})
	must(t, err)

	plan, err := db.PlanErasure(ctx, m.ID)
	must(t, err)
	if len(plan.Backups) != 1 || plan.Backups[0] != backup {
		t.Errorf("the plan lists the backups %q, want %s", plan.Backups, backup)
	}
	if s := strings.Join(plan.Summary(), "\n"); !strings.Contains(s, "1 backups still hold the manager and are rewritten without them: "+backup) {
		t.Errorf("summary:\n%s", s)
	}
	done, err := db.EraseManager(ctx, m.ID, plan.Rev)
	must(t, err)
	if len(done.Backups) != 1 {
		t.Errorf("rewrote %q", done.Backups)
	}

	var found []string
	for _, p := range []string{path, path + "-wal", backup} {
		found = append(found, leftIn(t, p, values)...)
	}
	if len(found) > 0 {
		data, _ := os.ReadFile(path)
		i := bytes.Index(data, []byte("Xylofoon"))
		if i >= 0 {
			t.Logf("context page %d: %q", i/4096, data[max(0, i-200):i+100])
		}
		t.Errorf("erased values still in the files:\n%s", strings.Join(found, "\n"))
	}
	for _, q := range []string{"Zoutleeuwerhoek", "Xylofoon", "Quirinus"} {
		if _, n, err := other.FindManagers(ctx, domain.ManagerFilter{Query: q, IncludeInactive: true}); err != nil || n != 0 {
			t.Errorf("search %q finds %d (%v)", q, n, err)
		}
	}
	info, err := InspectBackup(ctx, backup)
	must(t, err)
	if info.Managers != 301 {
		t.Errorf("the rewritten backup holds %d managers, want 301", info.Managers)
	}
	t.Logf("erased values found: %d in the file, the log and the backup", len(found))
}
