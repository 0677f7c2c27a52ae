package sqlite

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/exportfile"
)

// managerNamed finds a demo manager by name.
func managerNamed(t *testing.T, db *DB, name string) *domain.Manager {
	t.Helper()
	ms, _, err := db.FindManagers(context.Background(), domain.ManagerFilter{IncludeInactive: true, Page: domain.Page{Limit: 1000}})
	must(t, err)
	for _, m := range ms {
		if m.Name == name {
			return m
		}
	}
	t.Fatalf("no manager %q", name)
	return nil
}

func TestExportPersonal(t *testing.T) {
	ctx := context.Background()
	db := demoDB(t)
	m := managerNamed(t, db, "Gérard Van den Bossche")
	pd, err := db.ExportPersonal(ctx, m.ID)
	must(t, err)
	if pd.Manager.Email != m.Email || len(pd.Engagements) == 0 || len(pd.Proposals) == 0 || len(pd.IssuedDocuments) == 0 {
		t.Errorf("personal data: %d engagements, %d proposals, %d issued documents", len(pd.Engagements), len(pd.Proposals), len(pd.IssuedDocuments))
	}
	b, err := json.Marshal(pd)
	must(t, err)
	if !bytes.Contains(b, []byte(`"email":"`+m.Email+`"`)) {
		t.Errorf("JSON %s", b)
	}
	_, err = db.ExportPersonal(ctx, 9999)
	wantCode(t, err, domain.ENOTFOUND)
}

// Erasure anonymises the manager and everything live that points at them,
// keeps the figures of engagements and the issued documents as issued, and
// says beforehand what it will do.
func TestEraseManager(t *testing.T) {
	ctx := context.Background()
	db := demoDB(t)
	m := managerNamed(t, db, "Gérard Van den Bossche")
	engagementsBefore, _, err := db.FindEngagements(ctx, domain.EngagementFilter{ManagerID: m.ID})
	must(t, err)
	versionsBefore := exportVersionsOf(t, db)
	// A draft that proposes him.
	c, _, err := db.FindClients(ctx, domain.ClientFilter{Page: domain.Page{Limit: 1}})
	must(t, err)
	draft := testProposal(c[0].ID, m.ID)
	must(t, db.CreateProposal(ctx, draft))

	plan, err := db.PlanErasure(ctx, m.ID)
	must(t, err)
	if plan.Name != m.Name || plan.Rev != m.Rev || plan.Engagements != len(engagementsBefore) || plan.Drafts != 1 || len(plan.IssuedDocuments) == 0 {
		t.Fatalf("plan %+v", plan)
	}
	summary := strings.Join(plan.Summary(), "\n")
	for _, want := range []string{"are erased", "keep their dates, days and amounts", "1 proposal drafts no longer propose", "kept as they were issued, because they are the legal record"} {
		if !strings.Contains(summary, want) {
			t.Errorf("summary lacks %q:\n%s", want, summary)
		}
	}

	t.Run("a stale plan is refused", func(t *testing.T) {
		_, err := db.EraseManager(ctx, m.ID, m.Rev-1)
		wantCode(t, err, domain.ECONFLICT)
		if got, _ := db.FindManagerByID(ctx, m.ID); got.Name != m.Name {
			t.Error("a refused erasure erased")
		}
	})

	_, err = db.EraseManager(ctx, m.ID, plan.Rev)
	must(t, err)

	got, err := db.FindManagerByID(ctx, m.ID)
	must(t, err)
	want := domain.Manager{ID: m.ID, Name: domain.ErasedManagerName(m.ID), Skills: []string{}, Sectors: []string{}, Languages: []string{},
		MaxDaysPerWeek: m.MaxDaysPerWeek, Rev: m.Rev + 1, CreatedAt: m.CreatedAt, UpdatedAt: testNow,
		Status: domain.ManagerStatus{Availability: domain.Inactive}}
	if got.Name != want.Name || got.Email != "" || got.Phone != "" || got.CV != "" || got.Company != (domain.ManagementCompany{}) ||
		got.DayRate != 0 || got.Active || got.Rev != want.Rev || len(got.Skills)+len(got.Sectors)+len(got.Languages) != 0 || got.Notes != "" || got.City != "" {
		t.Errorf("erased record %+v", got)
	}
	for _, q := range []string{"gerard", "bossche", "Van den Bossche"} {
		if ms, _, _ := db.FindManagers(ctx, domain.ManagerFilter{Query: q, IncludeInactive: true}); len(ms) != 0 {
			t.Errorf("search %q still finds %q", q, ms[0].Name)
		}
	}
	// Nothing brings the person back: not an edit, not reactivation.
	revived := *got
	revived.Name, revived.Email, revived.Active = m.Name, m.Email, true
	wantCode(t, db.UpdateManager(ctx, &revived), domain.ECONFLICT)
	err = db.SetManagerActive(ctx, m.ID, true)
	wantCode(t, err, domain.ECONFLICT)
	if !strings.Contains(domain.ErrorMessage(err), "erased on") {
		t.Errorf("reactivating an erased manager says %q", domain.ErrorMessage(err))
	}
	if again, _ := db.FindManagerByID(ctx, m.ID); again.Name != got.Name || again.Active || again.Rev != got.Rev {
		t.Errorf("a refused edit changed the erased record: %+v", again)
	}
	var tags int
	must(t, db.db.QueryRow(`SELECT count(*) FROM manager_tags WHERE manager_id = ?`, m.ID).Scan(&tags))
	if tags != 0 {
		t.Errorf("%d tags left", tags)
	}
	engagementsAfter, _, err := db.FindEngagements(ctx, domain.EngagementFilter{ManagerID: m.ID})
	must(t, err)
	if !slices.EqualFunc(engagementsBefore, engagementsAfter, func(a, b *domain.Engagement) bool {
		return a.ID == b.ID && a.DayRate == b.DayRate && a.Fee == b.Fee && a.Start == b.Start && a.End == b.End && a.DaysPerWeek == b.DaysPerWeek && a.Rev == b.Rev
	}) {
		t.Error("the engagements' figures changed")
	}
	if !bytes.Equal(versionsBefore, exportVersionsOf(t, db)) {
		t.Error("an issued document changed")
	}
	p, err := db.FindProposalByID(ctx, draft.ID)
	must(t, err)
	if p.Interim.ManagerID != 0 || p.Rev != draft.Rev+1 {
		t.Errorf("the draft still proposes manager %d (rev %d)", p.Interim.ManagerID, p.Rev)
	}
	if r, err := db.Check(ctx); err != nil || r.Integrity != "ok" {
		t.Errorf("check %+v %v", r, err)
	}
	if _, err := db.db.Exec(`INSERT INTO managers_fts (managers_fts, rank) VALUES ('integrity-check', 1)`); err != nil {
		t.Errorf("search index: %v", err)
	}

	again, err := db.PlanErasure(ctx, m.ID)
	must(t, err)
	if !again.AlreadyErased {
		t.Errorf("plan after erasure %+v", again)
	}
}

// exportVersionsOf is the issued versions as the JSON export writes them.
func exportVersionsOf(t *testing.T, db *DB) []byte {
	return exportedPart(t, db, func(e *exportfile.Export) any { return e.ProposalVersions })
}

// exportContractsOf is the printed contracts as the JSON export writes
// them.
func exportContractsOf(t *testing.T, db *DB) []byte {
	return exportedPart(t, db, func(e *exportfile.Export) any { return e.ContractVersions })
}

// exportedPart is one part of the JSON export, as JSON.
func exportedPart(t *testing.T, db *DB, part func(e *exportfile.Export) any) []byte {
	t.Helper()
	var e exportfile.Export
	must(t, json.Unmarshal(exportJSON(t, db), &e))
	b, err := json.Marshal(part(&e))
	must(t, err)
	return b
}

// A printed contract names the manager as a party: the plan lists it
// beside the issued proposals, the erasure keeps it byte for byte as the
// legal record it is, and the history no longer names the manager.
func TestErasureKeepsPrintedContracts(t *testing.T) {
	ctx := context.Background()
	db, engagementID := contractsDB(t)
	e, err := db.FindEngagementByID(ctx, engagementID)
	must(t, err)
	m, err := db.FindManagerByID(ctx, e.ManagerID)
	must(t, err)
	// A booking beyond capacity, overridden: the check's sentence names him.
	extra := &domain.Engagement{ClientID: e.ClientID, Kind: domain.KindInterim, ManagerID: m.ID, Role: "Board coaching",
		Start: testToday, DaysPerWeek: m.MaxDaysPerWeek, DayRate: domain.Euros(900), NoticeDays: 30}
	must(t, db.AddEngagement(ctx, extra, &domain.CapacityOverride{Reason: "Evenings only."}))
	contractsBefore := exportContractsOf(t, db)

	plan, err := db.PlanErasure(ctx, m.ID)
	must(t, err)
	var numbers []string
	for _, d := range plan.IssuedDocuments {
		numbers = append(numbers, d.String())
	}
	wantContracts := []string{"CTR-2026-" + fmt.Sprintf("%04d", engagementID) + " version 1", "CTR-2026-" + fmt.Sprintf("%04d", engagementID) + " version 2"}
	if len(numbers) < 3 || !slices.Equal(numbers[len(numbers)-2:], wantContracts) || !strings.HasPrefix(numbers[0], "OFF-") {
		t.Fatalf("issued documents in the plan: %q", numbers)
	}
	summary := strings.Join(plan.Summary(), "\n")
	if !strings.Contains(summary, "kept as they were issued, because they are the legal record") || !strings.Contains(summary, wantContracts[1]) {
		t.Errorf("the summary does not say the contracts are kept:\n%s", summary)
	}
	pd, err := db.ExportPersonal(ctx, m.ID)
	must(t, err)
	if len(pd.IssuedDocuments) != len(plan.IssuedDocuments) {
		t.Errorf("the personal data lists %d issued documents, the plan %d", len(pd.IssuedDocuments), len(plan.IssuedDocuments))
	}

	_, err = db.EraseManager(ctx, m.ID, plan.Rev)
	must(t, err)
	if !bytes.Equal(contractsBefore, exportContractsOf(t, db)) {
		t.Error("a printed contract changed")
	}
	v, err := (&Contracts{DB: db, Render: fakeContractRenderer}).PrintContract(ctx, engagementID, domain.Date{})
	must(t, err)
	if !bytes.Contains(v.Data, []byte(m.Name)) {
		t.Error("the printed contract no longer names the manager it was signed by")
	}
	var named int
	must(t, db.db.QueryRow(`SELECT count(*) FROM events WHERE instr(detail, ?) > 0`, m.Name).Scan(&named))
	if named != 0 {
		t.Errorf("%d events still name the manager", named)
	}
	var overrides int
	must(t, db.db.QueryRow(`SELECT count(*) FROM events WHERE what = 'capacity override' AND instr(detail, ?) > 0`,
		domain.ErasedManagerName(m.ID)).Scan(&overrides))
	if overrides != 1 {
		t.Errorf("%d capacity notes name the erased record", overrides)
	}
}

// An engagement whose notice ran out no longer counts as running in the
// plan.
func TestErasurePlanCountsRunningAsOfToday(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	r := newRoster(t, db) // An: active, 1 May to 31 July
	an, _, err := db.FindEngagements(ctx, domain.EngagementFilter{ManagerID: r.an.ID})
	must(t, err)
	plan, err := db.PlanErasure(ctx, r.an.ID)
	must(t, err)
	if plan.Engagements != 1 || plan.Running != 1 {
		t.Fatalf("plan before notice %+v", plan)
	}
	db.Now = func() time.Time { return time.Date(2026, time.May, 2, 9, 0, 0, 0, time.UTC) }
	_, err = db.TerminateEngagement(ctx, an[0].ID, domain.NewDate(2026, time.May, 2), "De klant stopt.")
	must(t, err)
	db.Now = func() time.Time { return time.Date(2026, time.June, 2, 9, 0, 0, 0, time.UTC) } // last day 1 June
	plan, err = db.PlanErasure(ctx, r.an.ID)
	must(t, err)
	if plan.Engagements != 1 || plan.Running != 0 {
		t.Errorf("plan after the notice ran out %+v", plan)
	}
}
