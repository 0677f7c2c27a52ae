package demo_test

import (
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/interimdesk/interimdesk/internal/demo"
	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/sqlite"
)

// today is a fixed day so the tests are reproducible; early in the year, so
// issue dates months back fall in the previous year and numbering crosses a
// year boundary.
var today = domain.NewDate(2027, 1, 15)

// fakePDF stands in for internal/pdf: a fixed function of the document, so
// two loads give the same bytes and hashes.
func fakePDF(_ context.Context, d *domain.ProposalDocument) ([]byte, error) {
	return []byte("%PDF-1.4\n% demo test " + d.Number + "\n%%EOF\n"), nil
}

// openStore opens a real database file in a temporary folder with a fixed
// clock.
func openStore(t *testing.T) *sqlite.DB {
	t.Helper()
	db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "demo.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	now := today.Time().Add(9 * time.Hour)
	db.Now = func() time.Time { return now }
	return db
}

// storeServices are the store's services, issuing with the fake renderer.
func storeServices(db *sqlite.DB) domain.Services {
	return sqlite.NewServices(db, sqlite.Printers{Proposal: fakePDF})
}

func loadDemo(t *testing.T) *sqlite.DB {
	t.Helper()
	db := openStore(t)
	if err := demo.Load(context.Background(), storeServices(db), today); err != nil {
		t.Fatalf("Load: %v", err)
	}
	return db
}

// everything reads back every record the services hold.
type everything struct {
	Firm        *domain.Firm
	Clients     []*domain.Client
	Managers    []*domain.Manager
	Proposals   []*domain.Proposal
	Versions    map[int64][]*domain.ProposalVersion
	Engagements []*domain.Engagement
}

func readAll(t *testing.T, s domain.Services) everything {
	t.Helper()
	ctx := context.Background()
	var all everything
	var err error
	if all.Firm, err = s.Firm.Firm(ctx); err != nil {
		t.Fatal(err)
	}
	if all.Clients, _, err = s.Clients.FindClients(ctx, domain.ClientFilter{IncludeArchived: true}); err != nil {
		t.Fatal(err)
	}
	if all.Managers, _, err = s.Managers.FindManagers(ctx, domain.ManagerFilter{IncludeInactive: true}); err != nil {
		t.Fatal(err)
	}
	if all.Proposals, _, err = s.Proposals.FindProposals(ctx, domain.ProposalFilter{}); err != nil {
		t.Fatal(err)
	}
	all.Versions = map[int64][]*domain.ProposalVersion{}
	for _, p := range all.Proposals {
		if all.Versions[p.ID], err = s.Proposals.ProposalVersions(ctx, p.ID); err != nil {
			t.Fatal(err)
		}
	}
	if all.Engagements, _, err = s.Engagements.FindEngagements(ctx, domain.EngagementFilter{}); err != nil {
		t.Fatal(err)
	}
	return all
}

func TestLoadFillsTheStore(t *testing.T) {
	db := loadDemo(t)
	all := readAll(t, storeServices(db))

	t.Run("counts", func(t *testing.T) {
		for _, c := range []struct {
			what      string
			got, want int
		}{
			{"clients", len(all.Clients), 11},
			{"managers", len(all.Managers), 29},
			{"proposals", len(all.Proposals), 8},
			{"engagements", len(all.Engagements), 6},
		} {
			if c.got != c.want {
				t.Errorf("%d %s, want %d", c.got, c.what, c.want)
			}
		}
	})

	t.Run("every record is valid as read back", func(t *testing.T) {
		if err := all.Firm.Validate(); err != nil {
			t.Errorf("firm: %v", err)
		}
		for _, c := range all.Clients {
			if err := c.Validate(); err != nil {
				t.Errorf("client %s: %v", c.LegalName, err)
			}
		}
		for _, m := range all.Managers {
			if err := m.Validate(); err != nil {
				t.Errorf("manager %s: %v", m.Name, err)
			}
		}
		for _, p := range all.Proposals {
			if err := p.Validate(); err != nil {
				t.Errorf("proposal %s: %v", p.Title, err)
			}
		}
		for _, e := range all.Engagements {
			if err := e.Validate(); err != nil {
				t.Errorf("engagement %s: %v", e.Role, err)
			}
		}
	})

	t.Run("proposal statuses and versions", func(t *testing.T) {
		byStatus := map[domain.ProposalStatus]int{}
		langs := map[domain.Lang]bool{}
		clientLang := map[int64]domain.Lang{}
		for _, c := range all.Clients {
			clientLang[c.ID] = c.Language
		}
		numbers := map[string]bool{}
		for _, p := range all.Proposals {
			byStatus[p.Status]++
			langs[p.DocumentLanguage(&domain.Client{Language: clientLang[p.ClientID]}, all.Firm)] = true
			if p.Status == domain.ProposalDraft {
				if p.Number != "" || len(all.Versions[p.ID]) != 0 {
					t.Errorf("draft %q has number %q and %d versions", p.Title, p.Number, len(all.Versions[p.ID]))
				}
				continue
			}
			if !strings.HasPrefix(p.Number, "OFF-") || numbers[p.Number] {
				t.Errorf("proposal %q has number %q", p.Title, p.Number)
			}
			numbers[p.Number] = true
			if got := len(all.Versions[p.ID]); got != p.Version || got == 0 {
				t.Errorf("proposal %q: version %d but %d versions stored", p.Title, p.Version, got)
			}
		}
		want := map[domain.ProposalStatus]int{
			domain.ProposalDraft: 2, domain.ProposalIssued: 2, domain.ProposalAccepted: 2,
			domain.ProposalDeclined: 1, domain.ProposalExpired: 1,
		}
		for st, n := range want {
			if byStatus[st] != n {
				t.Errorf("%d %s proposals, want %d", byStatus[st], st, n)
			}
		}
		for _, l := range domain.Langs {
			if !langs[l] {
				t.Errorf("no proposal in %s", l)
			}
		}
		var reissued int
		for _, v := range all.Versions {
			if len(v) == 2 {
				reissued++
			}
		}
		if reissued != 1 {
			t.Errorf("%d proposals issued twice, want 1", reissued)
		}
	})

	t.Run("managers on a live engagement are available after it", func(t *testing.T) {
		byID := map[int64]*domain.Manager{}
		for _, m := range all.Managers {
			byID[m.ID] = m
		}
		live := 0
		for _, e := range all.Engagements {
			if !e.Status.Live() || e.ManagerID == 0 {
				continue
			}
			live++
			m := byID[e.ManagerID]
			if m == nil {
				t.Fatalf("engagement %d: no manager %d", e.ID, e.ManagerID)
			}
			if !m.AvailableFrom.After(e.End) {
				t.Errorf("%s is available from %s but on %q until %s", m.Name, m.AvailableFrom, e.Role, e.End)
			}
			if e.Status == domain.EngagementActive && m.Status.Availability != domain.OnMandate {
				t.Errorf("%s is %s today, want on_mandate", m.Name, m.Status.Availability)
			}
		}
		if live < 2 {
			t.Errorf("%d live engagements with a manager, want at least 2", live)
		}
	})

	t.Run("inactive managers", func(t *testing.T) {
		n := 0
		for _, m := range all.Managers {
			if !m.Active {
				n++
				if m.Status.Availability != domain.Inactive {
					t.Errorf("%s is inactive but shows %s", m.Name, m.Status.Availability)
				}
			}
		}
		if n != 2 {
			t.Errorf("%d inactive managers, want 2", n)
		}
	})

	t.Run("store is no longer empty", func(t *testing.T) {
		empty, err := db.IsEmpty(context.Background())
		if err != nil || empty {
			t.Errorf("IsEmpty = %v, %v after Load", empty, err)
		}
	})
}

// Two loads on the same day, with the same clock, hold the same records.
func TestLoadIsDeterministic(t *testing.T) {
	a, err := json.Marshal(readAll(t, storeServices(loadDemo(t))))
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(readAll(t, storeServices(loadDemo(t))))
	if err != nil {
		t.Fatal(err)
	}
	if string(a) != string(b) {
		t.Errorf("two loads differ:\n%s\n%s", a, b)
	}
}

// The sample follows the day it is loaded: the same seeds loaded a month
// later have every date a month later.
func TestLoadIsRelativeToToday(t *testing.T) {
	db := openStore(t)
	later := today.AddDays(31)
	if err := demo.Load(context.Background(), storeServices(db), later); err != nil {
		t.Fatal(err)
	}
	first := readAll(t, storeServices(loadDemo(t)))
	second := readAll(t, storeServices(db))
	for i := range first.Engagements {
		e1, e2 := first.Engagements[i], second.Engagements[i]
		if e1.Start.DaysUntil(e2.Start) != 31 {
			t.Errorf("engagement %q starts %s, then %s", e1.Role, e1.Start, e2.Start)
		}
	}
}

// Issuing needs a renderer; without one Load stops with the store's error
// instead of leaving proposals silently unissued.
func TestLoadWithoutRenderer(t *testing.T) {
	db := openStore(t)
	err := demo.Load(context.Background(), sqlite.NewServices(db, sqlite.Printers{}), today)
	if err == nil {
		t.Fatal("Load without a renderer succeeded")
	}
	if !strings.Contains(err.Error(), "demo proposal") {
		t.Errorf("error %q does not say which record failed", err)
	}
}
