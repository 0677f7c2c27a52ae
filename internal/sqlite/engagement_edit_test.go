package sqlite

import (
	"context"
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// CreateEngagement checks the manager's capacity like AddEngagement and
// has no override: a conflict is refused and nothing is written.
func TestCreateEngagementChecksCapacity(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	r := newRoster(t, db) // An: 3 of 4 days booked from 1 May to 31 July
	e := &domain.Engagement{ClientID: r.client.ID, Kind: domain.KindInterim, ManagerID: r.an.ID, Role: "Board advisor",
		Start: domain.NewDate(2026, time.June, 1), DaysPerWeek: 2, DayRate: domain.Euros(1000), NoticeDays: 30}
	err := db.CreateEngagement(ctx, e)
	var conflict *domain.CapacityConflict
	if !errors.As(err, &conflict) || domain.ErrorCode(err) != domain.ECONFLICT || conflict.Total != 5 {
		t.Fatalf("err = %v", err)
	}
	if e.ID != 0 {
		t.Errorf("refused, yet ID %d", e.ID)
	}
	if _, n, _ := db.FindEngagements(ctx, domain.EngagementFilter{ManagerID: r.an.ID}); n != 1 {
		t.Errorf("%d engagements of An", n)
	}
	e.DaysPerWeek = 1
	must(t, db.CreateEngagement(ctx, e))
	if got := eventsOf(t, db, "engagement", e.ID); !reflect.DeepEqual(got, []string{"added"}) {
		t.Errorf("events %q", got)
	}
}

// UpdateEngagement saves the role, the notes, the notice period and, while
// the engagement runs, its figures; the status, the end and the
// termination are refused with a sentence naming the field, and nothing is
// written.
func TestUpdateEngagementEditsOnlyWhatEditingMay(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	r := newRoster(t, db) // An: active, 3 of 4 days, 1 May to 31 July
	list, _, err := db.FindEngagements(ctx, domain.EngagementFilter{ManagerID: r.an.ID})
	must(t, err)
	stored := list[0]
	other := testClient("Bolt", 7654321)
	must(t, db.CreateClient(ctx, other))

	for _, tc := range []struct {
		name  string
		edit  func(e *domain.Engagement)
		code  string
		field string
		want  string
	}{
		{"status", func(e *domain.Engagement) { e.Status = domain.EngagementCompleted }, domain.EINVALID, "Status",
			"Status: engagement 1 is active; its status changes through the steps of its life (start, complete, give notice), not by editing it."},
		{"end", func(e *domain.Engagement) { e.End = domain.NewDate(2026, time.September, 30) }, domain.EINVALID, "End date",
			"End date: the planned end of engagement 1 is 2026-07-31; move it with an extension"},
		{"termination", func(e *domain.Engagement) { e.TerminatedOn = domain.NewDate(2026, time.June, 30) }, domain.EINVALID, "Termination date",
			"follows from the notice given (terminate)"},
		{"end reason", func(e *domain.Engagement) { e.EndReason = "Klaar." }, domain.EINVALID, "End reason", ""},
		{"client", func(e *domain.Engagement) { e.ClientID = other.ID }, domain.EINVALID, "Client", "stays with the client it was made for"},
		{"kind", func(e *domain.Engagement) { e.Kind = domain.KindConsulting }, domain.EINVALID, "Kind", "stays an interim mandate"},
		{"more days than the manager works", func(e *domain.Engagement) { e.DaysPerWeek = 5 }, domain.ECONFLICT, "Days per week",
			"works at most 4 days a week; this engagement asks for 5"},
		{"a manager who is not there", func(e *domain.Engagement) { e.ManagerID = 999 }, domain.EINVALID, "Manager", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := *stored
			tc.edit(&e)
			err := db.UpdateEngagement(ctx, &e)
			wantCode(t, err, tc.code)
			if f := domain.ErrorField(err); f != tc.field || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("field %q, error %q\nwant field %q and %q", f, err, tc.field, tc.want)
			}
			if now, _ := db.FindEngagementByID(ctx, stored.ID); !reflect.DeepEqual(now, stored) {
				t.Errorf("a refused edit wrote: %+v", now)
			}
		})
	}

	// Role, notes and figures within capacity go through; the figures are
	// in the history.
	e := *stored
	e.Role, e.Notes, e.DaysPerWeek, e.DayRate, e.NoticeDays = "CFO ad interim", "Twee dagen op kantoor.", 4, domain.Euros(1300), 14
	must(t, db.UpdateEngagement(ctx, &e))
	got, err := db.FindEngagementByID(ctx, e.ID)
	must(t, err)
	if !reflect.DeepEqual(got, &e) || got.Rev != stored.Rev+1 {
		t.Errorf("after the edit\n%+v\nwant\n%+v", got, e)
	}
	h, err := db.EngagementHistory(ctx, e.ID)
	must(t, err)
	var edits []string
	for _, ev := range h {
		if ev.What == "edited" {
			edits = append(edits, ev.Detail)
		}
	}
	// One event per figure, each a sentence of its own format.
	if want := []string{"days per week changed from 3 to 4", "day rate changed from €1,250.00 to €1,300.00", "notice period changed from 30 to 14 days"}; !reflect.DeepEqual(edits, want) {
		t.Errorf("edits in the history %q, want %q", edits, want)
	}
	wantCode(t, db.UpdateEngagement(ctx, stored), domain.ECONFLICT) // read before the edit

	// Under notice, the notice period stays; ended, the figures stay.
	_, err = db.TerminateEngagement(ctx, e.ID, testToday, "De klant stopt.")
	must(t, err)
	under, err := db.FindEngagementByID(ctx, e.ID)
	must(t, err)
	edit := *under
	edit.NoticeDays = 60
	if err := db.UpdateEngagement(ctx, &edit); domain.ErrorField(err) != "Notice period" || !strings.Contains(err.Error(), "notice was given for engagement 1 already") {
		t.Errorf("notice period under notice: %v", err)
	}
	done, err := db.CompleteEngagement(ctx, e.ID, testToday.AddDays(2))
	must(t, err)
	edit = *done
	edit.DayRate = domain.Euros(1500)
	if err := db.UpdateEngagement(ctx, &edit); domain.ErrorField(err) != "Day rate" || !strings.Contains(err.Error(), "is terminated; its figures are the record of what ran") {
		t.Errorf("day rate after the end: %v", err)
	}
	edit = *done
	edit.Notes = "Overdracht aan de nieuwe CFO is gebeurd."
	must(t, db.UpdateEngagement(ctx, &edit))
}
