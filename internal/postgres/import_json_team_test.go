package postgres

import (
	"bytes"
	"context"
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/postgres/pgtest"
)

// A person's role of docs/TEAM.md, not only the owner, moves a firm into
// the shared database: the import locks the tables, defers the references
// and moves the id sequences with no right beyond the grants there, and
// the next record added gets the next id.
func TestImportJSONAsAPersonsRole(t *testing.T) {
	ctx := context.Background()
	from := openTestDB(t)
	c := &domain.Client{LegalName: "Acme NV", Address: domain.Address{Country: "BE"}, Language: domain.LangNL}
	m := &domain.Manager{Name: "Gérard Dupont", Email: "gerard@example.be", MaxDaysPerWeek: 4, Active: true, Sectors: []string{"Santé"}}
	for _, err := range []error{from.CreateClient(ctx, c), from.CreateManager(ctx, m)} {
		if err != nil {
			t.Fatal(err)
		}
	}
	if err := from.CreateEngagement(ctx, &domain.Engagement{ClientID: c.ID, Kind: domain.KindInterim, ManagerID: m.ID,
		Role: "CFO a.i.", Start: domain.DateOf(testNow), DaysPerWeek: 3, DayRate: domain.Euros(1250),
		ManagerDayFee: domain.Euros(1000), NoticeDays: 30, Status: domain.EngagementPlanned}); err != nil {
		t.Fatal(err)
	}
	var file bytes.Buffer
	if err := from.ExportJSON(ctx, &file); err != nil {
		t.Fatal(err)
	}

	blocks := teamSQL(t)
	t.Cleanup(func() {
		pgtest.Exec(t, `DROP DATABASE IF EXISTS interimdesk WITH (FORCE)`,
			`DROP ROLE IF EXISTS alice`, `DROP ROLE IF EXISTS bob`,
			`DROP ROLE IF EXISTS interimdesk_staff`, `DROP ROLE IF EXISTS interimdesk_owner`)
	})
	pgtest.Exec(t, blocks[0]...)
	super := rawDB(t, pgtest.URL(t, "interimdesk", "interimdesk"))
	for _, s := range blocks[1] {
		if _, err := super.ExecContext(ctx, s); err != nil {
			t.Fatalf("%s: %v", s, err)
		}
	}
	super.Close()
	owner, err := Open(ctx, pgtest.URL(t, "interimdesk_owner", "interimdesk"))
	if err != nil {
		t.Fatal(err)
	}
	owner.Close()
	alice, err := Open(ctx, pgtest.URL(t, "alice", "interimdesk"))
	if err != nil {
		t.Fatal(err)
	}
	defer alice.Close()
	alice.Now = from.Now
	rep, err := alice.ImportJSON(ctx, bytes.NewReader(file.Bytes()))
	if err != nil {
		t.Fatalf("alice imports the export: %v", err)
	}
	if rep.Clients != 1 || rep.Managers != 1 || rep.Engagements != 1 {
		t.Errorf("report %+v", rep)
	}
	var again bytes.Buffer
	if err := alice.ExportJSON(ctx, &again); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(again.Bytes(), file.Bytes()) {
		t.Errorf("the export after the import differs:\n%s\nwant\n%s", again.Bytes(), file.Bytes())
	}
	next := &domain.Client{LegalName: "Brouwerij NV", Address: domain.Address{Country: "BE"}, Language: domain.LangNL}
	if err := alice.CreateClient(ctx, next); err != nil || next.ID != c.ID+1 {
		t.Errorf("the next client: id %d, %v; want id %d", next.ID, err, c.ID+1)
	}
}
