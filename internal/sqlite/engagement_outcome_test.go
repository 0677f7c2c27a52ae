package sqlite

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/sqlcol"
)

// referencesSetup is the firm, client Acme, manager Gérard with two past
// mandates (one with an outcome and a reference) and manager Bo with one,
// and a draft proposal of Gérard.
func referencesSetup(t *testing.T, db *DB) (p *domain.Proposal, gerard, bo []*domain.Engagement) {
	t.Helper()
	ctx := context.Background()
	a, _ := issueSetup(t, db)
	other := testClient("Brouwerij Zenne", 7654321)
	must(t, db.CreateClient(ctx, other))
	m2 := testManager("Bo Claes", "bo@example.be")
	must(t, db.CreateManager(ctx, m2))
	past := func(client, manager int64, role string, y int, outcome, ref string) *domain.Engagement {
		e := &domain.Engagement{ClientID: client, Kind: domain.KindInterim, ManagerID: manager, Role: role,
			Start: domain.NewDate(y, time.January, 6), End: domain.NewDate(y, time.September, 30), DaysPerWeek: 4,
			DayRate: domain.Euros(1400), ManagerDayFee: domain.Euros(1100), Status: domain.EngagementCompleted,
			Outcome: outcome, Reference: ref}
		must(t, db.CreateEngagement(ctx, e))
		return e
	}
	gerard = []*domain.Engagement{
		past(other.ID, a.Interim.ManagerID, "CFO a.i.", 2024, "Refinanced €40M; handed over to the new CFO", "Jan Peeters, CEO"),
		past(a.ClientID, a.Interim.ManagerID, "COO a.i.", 2025, "Closed the Vilvoorde plant on time", ""),
	}
	bo = []*domain.Engagement{past(other.ID, m2.ID, "CHRO a.i.", 2025, "", "")}
	return a, gerard, bo
}

// TestEngagementOutcomeRoundTrip: the outcome and the client reference
// are written, read, listed and edited, also once the engagement is over.
func TestEngagementOutcomeRoundTrip(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	_, gerard, _ := referencesSetup(t, db)
	got, err := db.FindEngagementByID(ctx, gerard[0].ID)
	must(t, err)
	if got.Outcome != "Refinanced €40M; handed over to the new CFO" || got.Reference != "Jan Peeters, CEO" {
		t.Errorf("read back outcome %q, reference %q", got.Outcome, got.Reference)
	}
	got.Outcome, got.Reference = "Refinanced €40M", "An Claes, CFO"
	must(t, db.UpdateEngagement(ctx, got))
	list, _, err := db.FindEngagements(ctx, domain.EngagementFilter{ManagerID: got.ManagerID})
	must(t, err)
	if len(list) != 2 || list[1].ID != got.ID || list[1].Outcome != "Refinanced €40M" || list[1].Reference != "An Claes, CFO" {
		t.Errorf("the manager's engagements after the edit: %+v", list)
	}
	bad := *list[1]
	bad.Outcome = "Refinanced.\nHanded over."
	err = db.UpdateEngagement(ctx, &bad)
	if domain.ErrorField(err) != domain.OutcomeLabel {
		t.Errorf("an outcome on two lines: %v", err)
	}
}

// TestProposalReferencesMustBeTheManagers: a proposal prints only its
// manager's own engagements; another manager's, a missing one and six
// are refused with a sentence naming References, and nothing is written.
func TestProposalReferencesMustBeTheManagers(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	p, gerard, bo := referencesSetup(t, db)
	p.Interim.References = []int64{gerard[0].ID, gerard[1].ID}
	must(t, db.UpdateProposal(ctx, p))
	saved, err := db.FindProposalByID(ctx, p.ID)
	must(t, err)
	if !reflect.DeepEqual(saved.Interim.References, []int64{gerard[0].ID, gerard[1].ID}) {
		t.Fatalf("references read back %v", saved.Interim.References)
	}
	for _, tc := range []struct {
		name string
		edit func(p *domain.Proposal)
		want string
	}{
		{"another manager's", func(p *domain.Proposal) { p.Interim.References = []int64{gerard[0].ID, bo[0].ID} },
			"is not a mandate of the manager proposed"},
		{"the manager changed", func(p *domain.Proposal) { p.Interim.ManagerID = bo[0].ManagerID }, "is not a mandate of the manager proposed"},
		{"a missing one", func(p *domain.Proposal) { p.Interim.References = []int64{999} }, "there is no engagement with number 999"},
		{"six", func(p *domain.Proposal) { p.Interim.References = []int64{1, 2, 3, 4, 5, 6} }, "at most 5"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			edit, err := db.FindProposalByID(ctx, p.ID)
			must(t, err)
			tc.edit(edit)
			err = db.UpdateProposal(ctx, edit)
			if domain.ErrorCode(err) != domain.EINVALID || domain.ErrorField(err) != domain.ReferencesLabel ||
				!strings.Contains(domain.ErrorMessage(err), tc.want) {
				t.Errorf("err = %v (field %q), want References and %q", err, domain.ErrorField(err), tc.want)
			}
			if now, _ := db.FindProposalByID(ctx, p.ID); now.Rev != saved.Rev {
				t.Errorf("a refused save wrote: rev %d, want %d", now.Rev, saved.Rev)
			}
		})
	}
	// A new proposal is checked the same way.
	n := testProposal(p.ClientID, p.Interim.ManagerID)
	n.Interim.References = []int64{bo[0].ID}
	if err := db.CreateProposal(ctx, n); domain.ErrorField(err) != domain.ReferencesLabel {
		t.Errorf("creating with another manager's engagement: %v", err)
	}
	// With the other manager and their engagement, it is accepted.
	n.Interim.ManagerID = bo[0].ManagerID
	must(t, db.CreateProposal(ctx, n))
}

// TestDocumentCarriesTheReferences: the document resolves the chosen
// engagements, most recent first, without a figure; an issued version
// keeps them as they were when it was issued.
func TestDocumentCarriesTheReferences(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	p, gerard, _ := referencesSetup(t, db)
	p.Interim.References = []int64{gerard[0].ID, gerard[1].ID}
	must(t, db.UpdateProposal(ctx, p))
	doc, err := db.ProposalDocument(ctx, p.ID, testToday, "")
	must(t, err)
	want := []domain.MandateReference{
		{EngagementID: gerard[1].ID, Client: "Acme", Role: "COO a.i.", Start: gerard[1].Start, End: gerard[1].End,
			Outcome: "Closed the Vilvoorde plant on time"},
		{EngagementID: gerard[0].ID, Client: "Brouwerij Zenne", Role: "CFO a.i.", Start: gerard[0].Start, End: gerard[0].End,
			Outcome: "Refinanced €40M; handed over to the new CFO", Reference: "Jan Peeters, CEO"},
	}
	if !reflect.DeepEqual(doc.References, want) {
		t.Fatalf("references\n%+v\nwant\n%+v", doc.References, want)
	}
	v, err := db.IssueProposal(ctx, p.ID, testToday)
	must(t, err)
	var frozen struct {
		References []map[string]any `json:"references"`
	}
	must(t, json.Unmarshal(v.Data, &frozen))
	if len(frozen.References) != 2 || frozen.References[1]["outcome"] != "Refinanced €40M; handed over to the new CFO" {
		t.Fatalf("frozen references %v", frozen.References)
	}
	for _, r := range frozen.References {
		for k := range r {
			if strings.Contains(k, "rate") || strings.Contains(k, "fee") {
				t.Errorf("a reference carries %q", k)
			}
		}
	}
	// The outcome is rewritten later; the issued version does not move.
	e, err := db.FindEngagementByID(ctx, gerard[0].ID)
	must(t, err)
	e.Outcome = "Something else"
	must(t, db.UpdateEngagement(ctx, e))
	again, err := db.ProposalVersion(ctx, p.ID, v.Version)
	must(t, err)
	if !bytes.Equal(again.Data, v.Data) {
		t.Error("the issued version changed with the engagement")
	}
}

// TestExportImportKeepsOutcomesAndReferences: the JSON export carries the
// outcome, the client reference and the proposal's chosen engagements,
// and an import gives them back.
func TestExportImportKeepsOutcomesAndReferences(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	p, gerard, _ := referencesSetup(t, db)
	p.Interim.References = []int64{gerard[0].ID}
	must(t, db.UpdateProposal(ctx, p))
	to := openTestDB(t)
	_, err := to.ImportJSON(ctx, bytes.NewReader(exportJSON(t, db)))
	must(t, err)
	e, err := to.FindEngagementByID(ctx, gerard[0].ID)
	must(t, err)
	if e.Outcome != gerard[0].Outcome || e.Reference != gerard[0].Reference {
		t.Errorf("imported outcome %q, reference %q", e.Outcome, e.Reference)
	}
	q, err := to.FindProposalByID(ctx, p.ID)
	must(t, err)
	if !reflect.DeepEqual(q.Interim.References, []int64{gerard[0].ID}) {
		t.Errorf("imported references %v", q.Interim.References)
	}
}

// TestImportOfAnExportWithoutOutcomes: an export of an earlier version
// has no outcome or reference keys; its engagements import with none.
func TestImportOfAnExportWithoutOutcomes(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	_, gerard, _ := referencesSetup(t, db)
	export := string(exportJSON(t, db))
	for _, key := range []string{"outcome", "reference"} {
		var out []string
		for _, line := range strings.Split(export, "\n") {
			if !strings.Contains(line, `"`+key+`":`) {
				out = append(out, line)
			}
		}
		export = strings.Join(out, "\n")
	}
	if strings.Contains(export, `"outcome"`) {
		t.Fatal("the export still has outcomes")
	}
	var v any
	if err := json.Unmarshal([]byte(export), &v); err != nil {
		t.Fatalf("the export without outcomes is no longer JSON: %v", err)
	}
	to := openTestDB(t)
	_, err := to.ImportJSON(ctx, strings.NewReader(export))
	must(t, err)
	e, err := to.FindEngagementByID(ctx, gerard[0].ID)
	must(t, err)
	if e.Outcome != "" || e.Reference != "" || e.Role != "CFO a.i." {
		t.Errorf("imported %+v", e)
	}
}

// TestMigrationGivesEngagementsAnEmptyOutcome: a file of schema 10, the
// version before outcomes, opens with its engagements intact and no
// outcome or reference yet, which can then be written.
func TestMigrationGivesEngagementsAnEmptyOutcome(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "interimdesk.db")
	sdb, err := sql.Open("sqlite", dsn(path))
	must(t, err)
	old := &DB{db: sdb, path: path, Now: func() time.Time { return testNow }}
	for _, m := range migrations[:10] {
		must(t, old.applyMigration(ctx, m))
	}
	ts := sqlcol.TimeText(testNow)
	for _, q := range []string{
		`INSERT INTO clients (id, legal_name, country, language, created_at, updated_at) VALUES (1, 'Acme', 'BE', 'nl', '` + ts + `', '` + ts + `')`,
		`INSERT INTO managers (id, name, day_rate, max_days_per_week, company_name, created_at, updated_at)
			VALUES (1, 'An', 100000, 5, 'An BV', '` + ts + `', '` + ts + `')`,
		`INSERT INTO engagements (id, client_id, kind, manager_id, role, start_on, days_per_week, day_rate, fee, status, created_at, updated_at, manager_day_fee)
			VALUES (1, 1, 'interim', 1, 'CFO a.i.', '2025-01-06', 4, 125000, 0, 'completed', '` + ts + `', '` + ts + `', 100000)`,
	} {
		if _, err := sdb.ExecContext(ctx, q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	must(t, sdb.Close())
	db := openTestDBAt(t, path)
	if _, version := header(t, db); version != SchemaVersion() || version < 11 {
		t.Fatalf("schema %d after opening", version)
	}
	e, err := db.FindEngagementByID(ctx, 1)
	must(t, err)
	if e.Role != "CFO a.i." || e.Outcome != "" || e.Reference != "" || e.ManagerDayFee != domain.Euros(1000) {
		t.Fatalf("after the migration: %+v", e)
	}
	e.Outcome, e.Reference = "Closed the books in time", "Jan Peeters, CEO"
	must(t, db.UpdateEngagement(ctx, e))
	again, err := db.FindEngagementByID(ctx, 1)
	must(t, err)
	if again.Outcome != e.Outcome || again.Reference != e.Reference {
		t.Errorf("written after the migration: %+v", again)
	}
}
