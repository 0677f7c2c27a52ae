package sqlite

import (
	"context"
	"fmt"
	"reflect"
	"testing"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/sqlcol"
)

// TestEventDetailsReadAsSentences walks a proposal and its engagement
// through every step that writes an event, on a database file, and reads
// the log back: each detail is a short English sentence of its own format
// (which the desktop and the command line translate when they show it).
func TestEventDetailsReadAsSentences(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	cs := contractsOf(db)
	a, b := issueSetup(t, db)
	managerID := a.Interim.ManagerID
	day := func(m time.Month, d int) domain.Date { return domain.NewDate(2026, m, d) }

	issued, err := db.IssueProposal(ctx, a.ID, testToday)
	must(t, err)
	e, err := db.AcceptProposal(ctx, a.ID, domain.KindInterim, domain.AcceptOptions{On: day(time.May, 12)})
	must(t, err)
	edit := *e
	edit.Start, edit.DaysPerWeek, edit.DayRate, edit.NoticeDays = day(time.June, 3), 3, domain.Euros(1300), 14
	must(t, db.UpdateEngagement(ctx, &edit))
	_, err = db.ActivateEngagement(ctx, e.ID, day(time.June, 4))
	must(t, err)
	extended, err := db.ExtendEngagement(ctx, e.ID, day(time.December, 31), day(time.June, 10), nil)
	must(t, err)
	printed, err := cs.PrintContract(ctx, e.ID, testToday)
	must(t, err)
	terms, err := db.ContractTerms(ctx, e.ID)
	must(t, err)
	terms.Authority = "Tekent tot € 50.000."
	must(t, db.SaveContractTerms(ctx, terms))
	_, err = db.CompleteEngagement(ctx, e.ID, day(time.September, 30))
	must(t, err)

	// By hand, beyond the manager's four days, through to its planned end.
	byHand := &domain.Engagement{ClientID: a.ClientID, Kind: domain.KindInterim, ManagerID: managerID, Role: "Coach",
		Start: day(time.October, 1), End: day(time.October, 30), DaysPerWeek: 5, DayRate: domain.Euros(900), NoticeDays: 14}
	must(t, db.AddEngagement(ctx, byHand, &domain.CapacityOverride{Reason: "Only this month."}))
	_, err = db.ActivateEngagement(ctx, byHand.ID, byHand.Start)
	must(t, err)
	_, err = db.CompleteEngagement(ctx, byHand.ID, byHand.End)
	must(t, err)

	b1, err := db.IssueProposal(ctx, b.ID, testToday)
	must(t, err)
	reopened, err := db.FindProposalByID(ctx, b.ID)
	must(t, err)
	reopened.Title = "Tweede voorstel, herwerkt"
	must(t, db.UpdateProposal(ctx, reopened))
	b2, err := db.IssueProposal(ctx, b.ID, testToday)
	must(t, err)
	must(t, db.SetProposalStatus(ctx, b.ID, domain.ProposalDeclined, day(time.May, 20), ""))

	sig, _ := domain.DefaultClause(domain.JurisdictionBE, domain.LangNL, domain.ClauseSignature)
	must(t, db.SaveClause(ctx, &domain.ClauseText{Jurisdiction: domain.JurisdictionBE, Lang: domain.LangNL,
		Clause: domain.Clause{Key: domain.ClauseSignature, Body: sig.Body + " Gelezen en goedgekeurd."}}))
	must(t, db.ResetClause(ctx, domain.JurisdictionBE, domain.LangNL, domain.ClauseSignature))

	_, err = db.ImportManagers(ctx, domain.RowsOf(managerRows(testManager("Chloé Lefèvre", "chloe@example.be"))), domain.ImportOptions{})
	must(t, err)

	draft := testProposal(a.ClientID, managerID)
	must(t, db.CreateProposal(ctx, draft))
	plan, err := db.PlanErasure(ctx, managerID)
	must(t, err)
	_, err = db.EraseManager(ctx, managerID, plan.Rev)
	must(t, err)

	want := []string{
		"proposal issued: proposal OFF-2026-0001 version 1 dated 2026-05-09, PDF sha256 " + issued.SHA256,
		"proposal accepted: proposal OFF-2026-0001 version 1 on 2026-05-12, option interim",
		"engagement accepted: from OFF-2026-0001 version 1, option interim, accepted on 2026-05-12",
		"engagement edited: start moved from 2026-06-01 to 2026-06-03",
		"engagement edited: days per week changed from 4 to 3",
		"engagement edited: day rate changed from €1,250.00 to €1,300.00",
		"engagement edited: notice period changed from 30 to 14 days",
		"engagement activated: started on 2026-06-04 (planned start 2026-06-03)",
		fmt.Sprintf("engagement extended: planned end moved from %s to 2026-12-31, agreed on 2026-06-10", e.End),
		fmt.Sprintf("engagement contract printed: contract %s version 1 dated 2026-05-09 (%s, BE law), PDF sha256 %s", printed.Number, printed.Language, printed.SHA256),
		"engagement contract terms: the contract terms were saved",
		"engagement completed: ended on 2026-09-30, before the planned end " + extended.End.String(),
		"engagement added: kind interim, status planned",
		// The erasure at the end took the manager's name out.
		"engagement capacity override: reason: “Only this month.” (the capacity check said: " + domain.ErasedManagerName(managerID) +
			" works at most 4 days a week; this engagement asks for 5 days a week. Choose fewer days, or override the check with a reason.)",
		"engagement activated: started on 2026-10-01",
		"engagement completed: ended on 2026-10-30",
		"proposal issued: proposal OFF-2026-0002 version 1 dated 2026-05-09, PDF sha256 " + b1.SHA256,
		"proposal reopened: proposal OFF-2026-0002 version 1 (issued) edited; now the draft of version 2",
		"proposal issued: proposal OFF-2026-0002 version 2 dated 2026-05-09, PDF sha256 " + b2.SHA256,
		"proposal declined: proposal OFF-2026-0002 version 2 on 2026-05-20",
		"clause saved: clause signature, template BE, language nl",
		"clause reset: clause signature, template BE, language nl",
		"import managers: 1 added, 0 updated, 0 unchanged, 0 refused",
		"proposal manager erased: the proposed manager's personal data was erased",
		fmt.Sprintf("manager erased: personal data erased; 2 engagements kept with their figures; 1 drafts no longer propose the manager; %d issued documents (proposal versions and printed contracts) kept as issued", len(plan.IssuedDocuments)),
	}
	var got []string
	rows, err := db.db.QueryContext(ctx, `SELECT entity, what, detail FROM events ORDER BY id`)
	must(t, err)
	defer rows.Close()
	for rows.Next() {
		var entity, what, detail string
		must(t, rows.Scan(&entity, &what, &detail))
		got = append(got, entity+" "+what+": "+detail)
	}
	must(t, rows.Err())
	if !reflect.DeepEqual(got, want) {
		t.Errorf("the event log reads\n%q\nwant\n%q", got, want)
	}
}

// TestFigureChangesNameEachFigure lists each figure an edit changed in a
// sentence of its own; the manager by number, also when one is set or
// taken off.
func TestFigureChangesNameEachFigure(t *testing.T) {
	base := domain.Engagement{ManagerID: 3, Start: domain.NewDate(2026, time.June, 1), DaysPerWeek: 4,
		DayRate: domain.Euros(1250), Fee: domain.Euros(30000), NoticeDays: 30}
	for _, tc := range []struct {
		name   string
		change func(e *domain.Engagement)
		want   []string
	}{
		{"nothing", func(e *domain.Engagement) { e.Role = "CFO" }, nil},
		{"another manager", func(e *domain.Engagement) { e.ManagerID = 7 }, []string{"manager changed from number 3 to number 7"}},
		{"the manager taken off", func(e *domain.Engagement) { e.ManagerID = 0 }, []string{"manager number 3 taken off"}},
		{"the fee and the notice", func(e *domain.Engagement) { e.Fee, e.NoticeDays = domain.Euros(32500), 60 },
			[]string{"fee changed from €30,000.00 to €32,500.00", "notice period changed from 30 to 60 days"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			to := base
			tc.change(&to)
			if got := figureDetails(figureChanges(&base, &to)); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("figureChanges = %q, want %q", got, tc.want)
			}
		})
	}
	from := base
	from.ManagerID = 0
	if got := figureDetails(figureChanges(&from, &base)); !reflect.DeepEqual(got, []string{"manager set to number 3"}) {
		t.Errorf("a manager set: %q", got)
	}
}

// An override logged before the details were reworded quoted the whole
// refusal, "Days per week: NAME works ..."; erasing the manager takes the
// name out of those too.
func TestErasureRewordsOldOverrides(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	c, m := proposalSetup(t, db)
	e := book(t, db, c.ID, m.ID, testToday.AddDays(-60), testToday.AddDays(-30), 2, domain.EngagementCompleted)
	old := "Board asked. — the check said: Days per week: " + m.Name + " works at most 4 days a week; this engagement asks for 5 days a week."
	if _, err := db.db.ExecContext(ctx, `INSERT INTO events (entity, entity_id, at, what, detail) VALUES ('engagement', ?, ?, 'capacity override', ?)`,
		e.ID, sqlcol.TimeText(testNow), old); err != nil {
		t.Fatal(err)
	}
	plan, err := db.PlanErasure(ctx, m.ID)
	must(t, err)
	_, err = db.EraseManager(ctx, m.ID, plan.Rev)
	must(t, err)
	var detail string
	must(t, db.db.QueryRowContext(ctx, `SELECT detail FROM events WHERE what = 'capacity override'`).Scan(&detail))
	if want := "Board asked. — the check said: Days per week: " + domain.ErasedManagerName(m.ID) + " works at most 4 days a week; this engagement asks for 5 days a week."; detail != want {
		t.Errorf("the old override reads %q, want %q", detail, want)
	}
}

// figureDetails are the English sentences of edits.
func figureDetails(changes []domain.EventFacts) []string {
	var out []string
	for _, f := range changes {
		out = append(out, domain.NewEvent(time.Time{}, domain.EventEdited, f).Detail)
	}
	return out
}
