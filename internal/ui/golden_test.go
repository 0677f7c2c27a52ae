package ui

import (
	"context"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// The golden tests render the main screens on Fyne's test theme, whose
// fonts and colours never change, and compare the markup with the files in
// testdata/. A failing run writes what it saw to testdata/failed/ (ignored
// by git); look at the difference, and copy it over the golden file when
// the change is intended.

// goldenStore is a small roster, client and proposal with fixed values.
func goldenStore(t *testing.T) *fakeStore {
	t.Helper()
	store := proposalStore(t)
	ctx := context.Background()
	for _, m := range []*domain.Manager{
		{Name: "Bram de Vries", Headline: "Interim COO", Languages: []string{"nl", "en"}, DayRate: domain.Euros(1100), MaxDaysPerWeek: 4, Active: true,
			Status: domain.ManagerStatus{Availability: domain.OnMandate, Until: domain.NewDate(2026, 9, 30), DaysBooked: 4}},
		{Name: "Claire Dubois", Headline: "Interim CHRO", Languages: []string{"fr", "en"}, DayRate: domain.Euros(1350), MaxDaysPerWeek: 5, Active: true},
	} {
		if err := (fakeManagers{s: store}).CreateManager(ctx, m); err != nil {
			t.Fatal(err)
		}
	}
	store.managers[0].Languages = []string{"nl", "fr"}
	store.managers[0].Status = domain.ManagerStatus{Availability: domain.Available}
	store.managers[2].Status = domain.ManagerStatus{Availability: domain.Available}
	store.proposals = []*domain.Proposal{{ID: 1, ClientID: 1, Title: "Financial turnaround", Status: domain.ProposalDraft,
		VATRate: 21, ValidityDays: 30,
		Interim: domain.InterimOffer{ManagerID: 1, Role: "Interim CFO", Weeks: 12, DaysPerWeek: 4, DayRate: domain.Euros(1250), ManagerDayFee: domain.Euros(1000),
			Start: domain.NewDate(2026, 6, 1), Objectives: "13-week cash plan\nRefinance the credit line"},
		Consulting: domain.ConsultingOffer{Approach: "Diagnosis, then a plan the team carries out.",
			Phases: []domain.Phase{{Name: "Diagnosis", Weeks: 3, Fee: domain.Euros(15000)}, {Name: "Plan", Weeks: 2, Fee: domain.Euros(9500)}}},
	}}
	return store
}

func TestGolden(t *testing.T) {
	tests := []struct {
		name  string
		setUp func(u *App)
	}{
		{"managers", func(u *App) {
			u.managers.list.selectRow(0)
		}},
		{"clients", func(u *App) {
			press(u, fyne.Key2)
			u.clients.list.selectRow(0)
		}},
		{"proposals", func(u *App) {
			press(u, fyne.Key3)
			u.proposals.list.selectRow(0)
		}},
		{"engagements", func(u *App) {
			press(u, fyne.Key4)
		}},
		{"firm", func(u *App) {
			press(u, fyne.Key5)
		}},
		{"today", func(u *App) {
			press(u, todayKey)
		}},
		{"unsaved", func(u *App) {
			u.managers.list.selectRow(0)
			u.waitIdle()
			typeText(u, u.managers.notes, "Call back on Monday")
			press(u, fyne.Key2)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u, w := newTestUI(t, goldenStore(t).services(), Options{})
			w.Resize(fyne.NewSize(1200, 760))
			tt.setUp(u)
			u.waitIdle()
			test.AssertRendersToMarkup(t, tt.name+".xml", w.Canvas())
		})
	}
}

func TestGolden_welcome(t *testing.T) {
	u, w := newTestUI(t, (&fakeStore{}).services(), Options{
		IsEmpty:    func(context.Context) (bool, error) { return true, nil },
		LoadSample: func(context.Context) error { return nil },
	})
	w.Resize(fyne.NewSize(1200, 760))
	u.waitIdle()
	test.AssertRendersToMarkup(t, "welcome.xml", w.Canvas())
}
