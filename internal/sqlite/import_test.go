package sqlite

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// managerRows wraps managers as lines 2, 3, ... of a file.
func managerRows(ms ...*domain.Manager) []domain.ImportRow[domain.Manager] {
	rows := make([]domain.ImportRow[domain.Manager], len(ms))
	for i, m := range ms {
		rows[i] = domain.ImportRow[domain.Manager]{Line: i + 2, Record: m}
	}
	return rows
}

func countManagers(t testing.TB, db *DB) int {
	t.Helper()
	_, n, err := db.FindManagers(context.Background(), domain.ManagerFilter{IncludeInactive: true, Page: domain.Page{Limit: 1}})
	must(t, err)
	return n
}

// rosterWithTwo stores An and Bart, the managers the import tests match.
func rosterWithTwo(t *testing.T, db *DB) (an, bart *domain.Manager) {
	t.Helper()
	an, bart = testManager("An Peeters", "an@example.be"), testManager("Bart Maes", "bart@example.be")
	must(t, db.CreateManager(context.Background(), an))
	must(t, db.CreateManager(context.Background(), bart))
	return an, bart
}

func TestImportManagersJudgesEveryLine(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	an, bart := rosterWithTwo(t, db)

	newcomer := testManager("Chloé Lefèvre", "chloe@example.be")
	anAgain := *an
	anAgain.Email = "AN@Example.be" // matched ignoring capitals
	anAgain.DayRate = domain.Euros(1400)
	bartSame := *bart
	invalid := testManager("Dirk Claes", "dirk@@example.be")
	twice := testManager("Chloé L.", "CHLOE@example.be")
	rows := managerRows(newcomer, &anAgain, &bartSame, invalid, twice)
	rows = append(rows, domain.ImportRow[domain.Manager]{Line: 9, Err: domain.Invalidf("Day rate", "“duizend” is not an amount.")})

	want := []domain.ImportLine{
		{Line: 2, Action: domain.ImportAdd, Name: "Chloé Lefèvre", Key: "chloe@example.be"},
		{Line: 3, Action: domain.ImportUpdate, ID: an.ID, Name: "An Peeters", Key: "an@example.be", Changes: []string{"E-mail", "Day rate"}},
		{Line: 4, Action: domain.ImportUnchanged, ID: bart.ID, Name: "Bart Maes", Key: "bart@example.be"},
		{Line: 5, Action: domain.ImportRefuse, Name: "Dirk Claes", Key: "dirk@@example.be", Reason: "E-mail: an e-mail address looks like name@example.nl, with exactly one @; “dirk@@example.be” has 2."},
		{Line: 6, Action: domain.ImportRefuse, Name: "Chloé L.", Key: "chloe@example.be", Reason: "E-mail: chloe@example.be is also on line 2; a manager is imported once."},
		{Line: 9, Action: domain.ImportRefuse, Reason: "Day rate: “duizend” is not an amount."},
	}

	t.Run("dry run writes nothing", func(t *testing.T) {
		rep, err := db.ImportManagers(ctx, domain.RowsOf(rows), domain.ImportOptions{DryRun: true})
		must(t, err)
		if !slices.EqualFunc(rep.Lines, want, lineEqual) {
			t.Errorf("lines\n%s\nwant\n%s", dump(rep.Lines), dump(want))
		}
		if rep.Added != 1 || rep.Updated != 1 || rep.Unchanged != 1 || rep.Refused != 3 || rep.Written || !rep.DryRun {
			t.Errorf("report %+v", rep)
		}
		if n := countManagers(t, db); n != 2 {
			t.Errorf("%d managers after a dry run", n)
		}
		stored, err := db.FindManagerByID(ctx, an.ID)
		must(t, err)
		if stored.DayRate != an.DayRate || stored.Rev != an.Rev {
			t.Errorf("a dry run changed An: %v rev %d", stored.DayRate, stored.Rev)
		}
	})

	t.Run("the first refused line stops the import", func(t *testing.T) {
		rep, err := db.ImportManagers(ctx, domain.RowsOf(rows), domain.ImportOptions{})
		wantCode(t, err, domain.EINVALID)
		if msg := err.Error(); !strings.HasPrefix(msg, "Nothing was imported: line 5 was refused. E-mail: ") {
			t.Errorf("error %q", msg)
		}
		if len(rep.Lines) != 4 || rep.Written {
			t.Errorf("report %+v", rep)
		}
		if n := countManagers(t, db); n != 2 {
			t.Errorf("%d managers after a refused import", n)
		}
		stored, err := db.FindManagerByID(ctx, an.ID)
		must(t, err)
		if stored.DayRate != an.DayRate {
			t.Errorf("the update of line 3 stayed: %v", stored.DayRate)
		}
	})

	t.Run("skip refused lines", func(t *testing.T) {
		rep, err := db.ImportManagers(ctx, domain.RowsOf(rows), domain.ImportOptions{SkipInvalid: true, Source: "roster.csv"})
		must(t, err)
		if !rep.Written || rep.Added != 1 || rep.Updated != 1 || rep.Refused != 3 {
			t.Errorf("report %+v", rep)
		}
		if n := countManagers(t, db); n != 3 {
			t.Errorf("%d managers, want 3", n)
		}
		stored, err := db.FindManagerByID(ctx, an.ID)
		must(t, err)
		if stored.DayRate != domain.Euros(1400) || stored.Rev != an.Rev+1 || stored.Email != "AN@Example.be" {
			t.Errorf("An after the import: %v rev %d %s", stored.DayRate, stored.Rev, stored.Email)
		}
		added, err := db.FindManagerByID(ctx, rep.Lines[0].ID)
		must(t, err)
		if added.Name != "Chloé Lefèvre" || added.Rev != 1 || !added.CreatedAt.Equal(testNow) {
			t.Errorf("added %+v", added)
		}
		var detail string
		must(t, db.db.QueryRow(`SELECT detail FROM events WHERE entity = 'import'`).Scan(&detail))
		if detail != "from roster.csv: 1 added, 1 updated, 1 unchanged, 3 refused" {
			t.Errorf("event %q", detail)
		}
	})
}

func lineEqual(a, b domain.ImportLine) bool {
	return a.Line == b.Line && a.Action == b.Action && a.ID == b.ID && a.Name == b.Name && a.Key == b.Key &&
		slices.Equal(a.Changes, b.Changes) && a.Reason == b.Reason
}

func dump(lines []domain.ImportLine) string {
	var b strings.Builder
	for _, l := range lines {
		fmt.Fprintf(&b, "  %+v\n", l)
	}
	return b.String()
}

// An update takes only what the line says: Merge copies the file's columns
// onto the stored manager, and the tags and the search index follow.
func TestImportManagersMergeKeepsOtherFields(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	an, _ := rosterWithTwo(t, db)
	line := &domain.Manager{Name: "An Peeters", Email: "an@example.be", Sectors: []string{"Biotech"}}
	rows := []domain.ImportRow[domain.Manager]{{Line: 2, Record: line, Merge: func(stored *domain.Manager) {
		stored.Sectors = line.Sectors
	}}}
	rep, err := db.ImportManagers(ctx, domain.RowsOf(rows), domain.ImportOptions{})
	must(t, err)
	if rep.Updated != 1 || !slices.Equal(rep.Lines[0].Changes, []string{"Sectors"}) {
		t.Fatalf("report %+v", rep.Lines)
	}
	got, err := db.FindManagerByID(ctx, an.ID)
	must(t, err)
	if got.CV != an.CV || got.DayRate != an.DayRate || !slices.Equal(got.Sectors, []string{"Biotech"}) {
		t.Errorf("merged manager %+v", got)
	}
	for _, f := range []domain.ManagerFilter{{Sector: "biotech"}, {Query: "biotech"}} {
		ms, _, err := db.FindManagers(ctx, f)
		must(t, err)
		if len(ms) != 1 || ms[0].ID != an.ID {
			t.Errorf("filter %+v finds %d managers", f, len(ms))
		}
	}
	sectors, err := db.Sectors(ctx)
	must(t, err)
	if slices.Contains(sectors, "Logistiek") && !slices.Contains(sectors, "Biotech") {
		t.Errorf("sectors %q", sectors)
	}
}

// A bulk import indexes the new managers in one statement with the insert
// trigger paused; afterwards the trigger is back and the index is sound.
func TestImportManagersKeepsSearchIndexWhole(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	rosterWithTwo(t, db)
	rows := generatedManagers(2500, 3)
	rep, err := db.ImportManagers(ctx, domain.RowsOf(rows), domain.ImportOptions{})
	must(t, err)
	if rep.Added != 2500 {
		t.Fatalf("added %d", rep.Added)
	}
	if _, err := db.db.Exec(`INSERT INTO managers_fts (managers_fts, rank) VALUES ('integrity-check', 1)`); err != nil {
		t.Errorf("full-text index after the import: %v", err)
	}
	var triggers int
	must(t, db.db.QueryRow(`SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name = 'managers_fts_insert'`).Scan(&triggers))
	if triggers != 1 {
		t.Fatal("the insert trigger was not restored")
	}
	// The next manager created the usual way is indexed by the trigger.
	m := testManager("Zoë Vermeersch", "zoe@example.be")
	must(t, db.CreateManager(ctx, m))
	for _, tc := range []struct {
		q    string
		want int64
	}{{"vermeersch", m.ID}, {rows[1234].Record.Name, rep.Lines[1234].ID}} {
		ms, _, err := db.FindManagers(ctx, domain.ManagerFilter{Query: tc.q, IncludeInactive: true})
		must(t, err)
		if len(ms) == 0 || !slices.ContainsFunc(ms, func(m *domain.Manager) bool { return m.ID == tc.want }) {
			t.Errorf("search %q does not find manager %d", tc.q, tc.want)
		}
	}
	r, err := db.Check(ctx)
	if err != nil || r.Integrity != "ok" {
		t.Errorf("check %+v %v", r, err)
	}
}

func TestImportStopsWhenCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	db := openTestDB(t)
	db.db.SetMaxOpenConns(1)
	var calls [][2]int
	rep, err := db.ImportManagers(ctx, domain.RowsOf(generatedManagers(3000, 5)), domain.ImportOptions{Total: 3000, Progress: func(done, total int) {
		calls = append(calls, [2]int{done, total})
		if done == 2000 {
			cancel()
		}
	}})
	wantCode(t, err, domain.EINVALID)
	if !strings.Contains(err.Error(), "nothing was imported") || !errors.Is(ctx.Err(), context.Canceled) {
		t.Errorf("error %v", err)
	}
	if rep.Written || countManagers(t, db) != 0 {
		t.Errorf("written %v, %d managers", rep.Written, countManagers(t, db))
	}
	// The import stops at the next line after the cancel.
	if !slices.Equal(calls, [][2]int{{1000, 3000}, {2000, 3000}}) {
		t.Errorf("progress %v", calls)
	}
	// The connection went back to the pool with the pool's pragmas and its
	// foreign keys on (one connection in all, so the query below gets the
	// import's).
	var fk, cache, autoCheckpoint int
	must(t, db.db.QueryRow(`SELECT (SELECT foreign_keys FROM pragma_foreign_keys), (SELECT cache_size FROM pragma_cache_size)`).Scan(&fk, &cache))
	must(t, db.db.QueryRow(`PRAGMA wal_autocheckpoint`).Scan(&autoCheckpoint))
	if fk != 1 || cache != -2000 || autoCheckpoint != 1000 {
		t.Errorf("foreign_keys = %d, cache_size = %d, wal_autocheckpoint = %d after an import, want 1, -2000 and 1000", fk, cache, autoCheckpoint)
	}
}

func TestImportClientsMatchesByVATNumber(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	acme := testClient("Acme", 1234567)
	must(t, db.CreateClient(ctx, acme))
	again := *acme
	again.VATID = "be " + acme.VATID[2:6] + "." + acme.VATID[6:9] + "." + acme.VATID[9:] // typed the long way
	again.Sector = "Chemie"
	noVAT := testClient("Bolt", 0)
	wrongCountry := testClient("Cargo", 7654321)
	wrongCountry.Address.Country = "NL"
	rows := []domain.ImportRow[domain.Client]{{Line: 2, Record: &again}, {Line: 3, Record: noVAT}, {Line: 4, Record: wrongCountry}}
	rep, err := db.ImportClients(ctx, domain.RowsOf(rows), domain.ImportOptions{SkipInvalid: true})
	must(t, err)
	if rep.Updated != 1 || rep.Added != 1 || rep.Refused != 1 {
		t.Fatalf("report %s", dump(rep.Lines))
	}
	if l := rep.Lines[0]; l.ID != acme.ID || !slices.Equal(l.Changes, []string{"Sector"}) {
		t.Errorf("line 2: %+v", l)
	}
	if l := rep.Lines[2]; !strings.HasPrefix(l.Reason, "VAT number: starts with BE but the client's country is NL") {
		t.Errorf("line 4: %+v", l)
	}
	cs, n, err := db.FindClients(ctx, domain.ClientFilter{Query: "bolt"})
	must(t, err)
	if n != 1 || cs[0].ID != rep.Lines[1].ID {
		t.Errorf("search finds %d clients", n)
	}
}

func TestImportEmptyFile(t *testing.T) {
	db := openTestDB(t)
	rep, err := db.ImportManagers(context.Background(), nil, domain.ImportOptions{})
	must(t, err)
	if !rep.Written || len(rep.Lines) != 0 {
		t.Errorf("report %+v", rep)
	}
}
