package storetest_test

import (
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"
	"testing"
	"time"

	"github.com/interimdesk/interimdesk/internal/demo"
	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/pdf"
	"github.com/interimdesk/interimdesk/internal/postgres"
	"github.com/interimdesk/interimdesk/internal/postgres/pgtest"
	"github.com/interimdesk/interimdesk/internal/sqlite"
	"github.com/interimdesk/interimdesk/internal/storetest"
)

// TestMoveAFirmBetweenStores is issue 17's "moving a firm": the demo
// firm, with issued proposals, printed contracts of both parties, saved
// terms and a clause of its own, is exported from an SQLite file,
// imported into PostgreSQL, exported from there and imported into a new
// SQLite file; the three exports are the same bytes.
func TestMoveAFirmBetweenStores(t *testing.T) {
	ctx := context.Background()
	now := func() time.Time { return storetest.Start }
	from := openSQLiteDB(t, filepath.Join(t.TempDir(), "from.db"), now)
	s := sqlite.NewServices(from, sqlite.Printers{Proposal: pdf.ProposalRenderer(), Contract: pdf.ContractRenderer()})
	fillEveryKind(t, s)

	var first bytes.Buffer
	if err := from.ExportJSON(ctx, &first); err != nil {
		t.Fatalf("export from SQLite: %v", err)
	}
	everyListHolds(t, first.Bytes())

	pg, err := postgres.Open(ctx, pgtest.NewDatabase(t))
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	defer pg.Close()
	pg.Now = now
	if _, err := pg.ImportJSON(ctx, bytes.NewReader(first.Bytes())); err != nil {
		t.Fatalf("import into PostgreSQL: %v", err)
	}
	var second bytes.Buffer
	if err := pg.ExportJSON(ctx, &second); err != nil {
		t.Fatalf("export from PostgreSQL: %v", err)
	}
	sameExport(t, "PostgreSQL", first.Bytes(), second.Bytes())

	back := openSQLiteDB(t, filepath.Join(t.TempDir(), "back.db"), now)
	if _, err := back.ImportJSON(ctx, bytes.NewReader(second.Bytes())); err != nil {
		t.Fatalf("import back into SQLite: %v", err)
	}
	var third bytes.Buffer
	if err := back.ExportJSON(ctx, &third); err != nil {
		t.Fatalf("export from the new SQLite file: %v", err)
	}
	sameExport(t, "the new SQLite file", first.Bytes(), third.Bytes())

	// The ids the file gave are taken: the next client gets a new one.
	var clients struct{ Clients []domain.Client }
	if err := json.Unmarshal(first.Bytes(), &clients); err != nil {
		t.Fatal(err)
	}
	c := &domain.Client{LegalName: "Nieuwe Klant BV", Address: domain.Address{Country: "BE"}, Language: domain.LangNL}
	if err := pg.CreateClient(ctx, c); err != nil {
		t.Fatalf("CreateClient after the import: %v", err)
	}
	if last := clients.Clients[len(clients.Clients)-1].ID; c.ID != last+1 {
		t.Errorf("the first client added after the import got id %d, want %d", c.ID, last+1)
	}
}

// fillEveryKind loads the demo firm through the SQLite services and adds
// what it lacks: printed contracts of both parties and a clause of the
// firm's own.
func fillEveryKind(t *testing.T, s domain.Services) {
	t.Helper()
	ctx := context.Background()
	if err := demo.Load(ctx, s, storetest.Today); err != nil {
		t.Fatalf("demo.Load: %v", err)
	}
	engagements, _, err := s.Engagements.FindEngagements(ctx, domain.EngagementFilter{})
	if err != nil {
		t.Fatal(err)
	}
	printed := 0
	for _, e := range engagements {
		if _, err := s.Contracts.PrintContract(ctx, e.ID, storetest.Today); err != nil {
			continue // terms not filled in: not every engagement prints
		}
		printed++
		if e.Kind == domain.KindInterim && e.ManagerDayFee > 0 {
			if _, err := s.Contracts.PrintContractFor(ctx, e.ID, domain.PartyManager, storetest.Today); err != nil {
				t.Fatalf("print the manager's agreement of engagement %d: %v", e.ID, err)
			}
		}
	}
	if printed == 0 {
		t.Fatal("no contract of the demo prints")
	}
	clauses, err := s.Clauses.Clauses(ctx, domain.Jurisdiction("BE"), domain.LangNL)
	if err != nil || len(clauses) == 0 {
		t.Fatalf("Clauses: %v, %d", err, len(clauses))
	}
	own := *clauses[0]
	own.Body += " Eigen tekst van het kantoor."
	if err := s.Clauses.SaveClause(ctx, &own); err != nil {
		t.Fatalf("SaveClause: %v", err)
	}
}

// everyListHolds fails when a list of the export is empty: the round trip
// would prove nothing about that kind of record.
func everyListHolds(t *testing.T, export []byte) {
	t.Helper()
	var lists map[string]json.RawMessage
	if err := json.Unmarshal(export, &lists); err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{"firm", "settings", "clients", "managers", "proposals", "proposal_versions", "proposal_numbers",
		"engagements", "contract_terms", "contract_versions", "clauses", "events"} {
		if v := string(lists[key]); v == "" || v == "null" || v == "[]" || v == "{}" {
			t.Errorf("the export holds no %s: %s", key, v)
		}
	}
}

// sameExport fails with the first line where two exports differ.
func sameExport(t *testing.T, store string, want, got []byte) {
	t.Helper()
	if bytes.Equal(want, got) {
		return
	}
	wl, gl := bytes.Split(want, []byte("\n")), bytes.Split(got, []byte("\n"))
	for i := range min(len(wl), len(gl)) {
		if !bytes.Equal(wl[i], gl[i]) {
			t.Fatalf("the export from %s differs at line %d:\n got %.300s\nwant %.300s", store, i+1, gl[i], wl[i])
		}
	}
	t.Fatalf("the export from %s has %d lines, the first one %d", store, len(gl), len(wl))
}

func openSQLiteDB(t *testing.T, path string, now func() time.Time) *sqlite.DB {
	t.Helper()
	db, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatalf("Open(%s): %v", path, err)
	}
	t.Cleanup(func() { db.Close() })
	db.Now = now
	return db
}
