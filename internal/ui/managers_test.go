package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/interimdesk/interimdesk/internal/domain"
)

func TestManagerForm_invalidInputShowsMessageAndWritesNothing(t *testing.T) {
	tests := []struct {
		name    string
		fill    func(s *managersScreen, u *App)
		message string
	}{
		{"no name", func(s *managersScreen, u *App) {
			typeText(u, s.fullName, "")
		}, "Name: is required."},
		{"bad e-mail", func(s *managersScreen, u *App) {
			typeText(u, s.email, "anne@")
		}, "E-mail:"},
		{"day rate is not an amount", func(s *managersScreen, u *App) {
			typeText(u, s.dayRate, "twelve hundred")
		}, "Day rate: “twelve hundred” is not an amount"},
		{"day rate too high", func(s *managersScreen, u *App) {
			typeText(u, s.dayRate, "25.000,00")
		}, "Day rate: must not exceed €10,000.00."},
		{"language not a code", func(s *managersScreen, u *App) {
			typeText(u, s.languages, "nl, French")
		}, `Languages: "french" is not a two-letter language code`},
		{"six days a week", func(s *managersScreen, u *App) {
			typeText(u, s.maxDays, "6")
		}, "Days per week: must be between 1 and 5."},
		{"bad date", func(s *managersScreen, u *App) {
			typeText(u, s.availableFrom, "31-02-2026")
		}, "Available from:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			store := &fakeStore{}
			u, _ := newTestUI(t, store.services(), Options{})
			s := u.managers
			press(u, fyne.KeyN)
			typeText(u, s.fullName, "Anne Peeters")
			typeText(u, s.dayRate, "1250")
			if s.ed.saveBtn.Disabled() {
				t.Fatalf("a valid new manager cannot be saved: %q", s.ed.message.Text)
			}
			tt.fill(s, u)
			if !strings.Contains(s.ed.message.Text, tt.message) {
				t.Errorf("message = %q, want it to contain %q", s.ed.message.Text, tt.message)
			}
			if !s.ed.saveBtn.Disabled() {
				t.Error("Save is enabled while the form is invalid")
			}
			press(u, fyne.KeyS) // Ctrl+S must not save either
			if n := len(store.managers); n != 0 {
				t.Errorf("%d managers written, want none", n)
			}
		})
	}
}

func TestManagerForm_marksTheFieldTheErrorIsAbout(t *testing.T) {
	store := &fakeStore{}
	u, _ := newTestUI(t, store.services(), Options{})
	s := u.managers
	press(u, fyne.KeyN)
	typeText(u, s.fullName, "Anne Peeters")
	typeText(u, s.email, "anne@")
	if err := s.email.Validate(); err == nil || !strings.HasPrefix(s.ed.message.Text, "E-mail:") {
		t.Errorf("e-mail field error = %v, message %q; want the field marked and the e-mail sentence", err, s.ed.message.Text)
	}
	if err := s.fullName.Validate(); err != nil {
		t.Errorf("name field error = %v, want none", err)
	}
	typeText(u, s.email, "anne@peeters.be")
	if err := s.email.Validate(); err != nil {
		t.Errorf("e-mail field error after fixing it = %v", err)
	}
	if s.ed.message.Text != "" {
		t.Errorf("message after fixing = %q, want none", s.ed.message.Text)
	}
}

func TestManagersList_filtersGoToTheStore(t *testing.T) {
	store := &fakeStore{}
	for _, m := range []*domain.Manager{
		{Name: "Anne Peeters", Headline: "Interim CFO", Languages: []string{"nl", "fr"}, DayRate: domain.Euros(1400), MaxDaysPerWeek: 5, Active: true},
		{Name: "Bram de Vries", Headline: "Interim COO", Languages: []string{"nl", "en"}, DayRate: domain.Euros(1100), MaxDaysPerWeek: 4, Active: true},
		{Name: "Claire Dubois", Headline: "Interim CFO", Languages: []string{"fr", "en"}, DayRate: domain.Euros(1600), MaxDaysPerWeek: 5, Active: true},
	} {
		if err := (fakeManagers{s: store}).CreateManager(context.Background(), m); err != nil {
			t.Fatal(err)
		}
	}
	u, _ := newTestUI(t, store.services(), Options{})
	s := u.managers
	if got := s.list.count.Text; got != "3 managers" {
		t.Errorf("count = %q, want 3 managers", got)
	}

	typeText(u, s.list.search, "CFO")
	s.language.SetSelected(languageName("fr"))
	u.waitIdle()
	typeText(u, s.availableOn, "1-6-2026")
	typeText(u, s.maxRate, "1.500")

	// Queries run concurrently, so look for the one with every filter set
	// rather than at the last to arrive.
	want := domain.ManagerFilter{Query: "CFO", Language: "fr", AvailableOn: domain.NewDate(2026, 6, 1),
		MaxDayRate: domain.Euros(1500), Sort: "relevance", Page: domain.Page{Limit: pageSize}}
	found := false
	for _, q := range store.managerQueries {
		found = found || q == want
	}
	if !found {
		t.Errorf("no query had all filters: %+v\nwant %+v", store.managerQueries, want)
	}
	rows := listTexts(s.list, 10)
	if len(rows) != 1 || !strings.HasPrefix(rows[0], "Anne Peeters / Interim CFO | €1,400.00") {
		t.Errorf("rows = %q, want only Anne Peeters", rows)
	}
	if got := s.list.count.Text; got != "1 manager" {
		t.Errorf("count = %q, want 1 manager", got)
	}

	typeText(u, s.maxRate, "lots")
	if !s.filterError.Visible() || !strings.Contains(s.filterError.Text, "Max day rate") {
		t.Errorf("a filter that cannot be read says nothing: %q", s.filterError.Text)
	}
}

func TestManagerStatusText(t *testing.T) {
	tests := []struct {
		st   domain.ManagerStatus
		want string
	}{
		{domain.ManagerStatus{Availability: domain.Available}, "Available"},
		{domain.ManagerStatus{Availability: domain.OnMandate, Until: domain.NewDate(2026, 6, 30)}, "On mandate until 30/06/2026"},
		{domain.ManagerStatus{Availability: domain.OnMandate}, "On mandate"},
		{domain.ManagerStatus{Availability: domain.Inactive}, "Inactive"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			if got := managerStatusText(tt.st); got != tt.want {
				t.Errorf("managerStatusText(%+v) = %q, want %q", tt.st, got, tt.want)
			}
		})
	}
}
