package sqlite

import (
	"context"
	"reflect"
	"testing"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// proposalSetup makes a client and a manager to write proposals for.
func proposalSetup(t *testing.T, db *DB) (*domain.Client, *domain.Manager) {
	t.Helper()
	ctx := context.Background()
	c := testClient("Acme", 1234567)
	must(t, db.CreateClient(ctx, c))
	m := testManager("Gérard Dupont", "gerard@example.be")
	must(t, db.CreateManager(ctx, m))
	return c, m
}

func TestProposalRoundTrip(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	c, m := proposalSetup(t, db)
	p := testProposal(c.ID, m.ID)
	p.Status, p.Number, p.Version = domain.ProposalAccepted, "FAKE-1", 9 // the store decides these
	p.Language, p.ReverseCharge = domain.LangFR, true
	must(t, db.CreateProposal(ctx, p))
	if p.ID == 0 || p.Status != domain.ProposalDraft || p.Number != "" || p.Version != 0 || p.Rev != 1 {
		t.Fatalf("after create: %+v", p)
	}
	if p.ValidityDays != 30 || p.VATRate != 21 {
		t.Errorf("defaults without a firm: validity %d, VAT %d; want 30 and 21", p.ValidityDays, p.VATRate)
	}
	got, err := db.FindProposalByID(ctx, p.ID)
	must(t, err)
	if !reflect.DeepEqual(got, p) {
		t.Errorf("read back\n%+v\nwant\n%+v", got, p)
	}

	// Without a manager, without phases, without a comparator.
	q := testProposal(c.ID, 0)
	q.Consulting.Phases, q.Permanent = nil, nil
	must(t, db.CreateProposal(ctx, q))
	got, err = db.FindProposalByID(ctx, q.ID)
	must(t, err)
	if !reflect.DeepEqual(got, q) {
		t.Errorf("read back\n%+v\nwant\n%+v", got, q)
	}

	_, err = db.FindProposalByID(ctx, 999)
	wantCode(t, err, domain.ENOTFOUND)
}

func TestCreateProposalTakesDefaultsFromFirm(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	f := testFirm()
	f.ProposalValidityDays, f.DefaultVATRate = 45, 6
	must(t, db.SaveFirm(ctx, f))
	c, _ := proposalSetup(t, db)
	p := testProposal(c.ID, 0)
	must(t, db.CreateProposal(ctx, p))
	if p.ValidityDays != 45 || p.VATRate != 6 {
		t.Errorf("validity %d, VAT %d; want the firm's 45 and 6", p.ValidityDays, p.VATRate)
	}
	q := testProposal(c.ID, 0)
	q.ValidityDays, q.VATRate = 14, 21
	must(t, db.CreateProposal(ctx, q))
	if q.ValidityDays != 14 || q.VATRate != 21 {
		t.Errorf("given values replaced: validity %d, VAT %d", q.ValidityDays, q.VATRate)
	}
}

func TestCreateProposalRefusesInvalid(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	c, m := proposalSetup(t, db)
	for _, tc := range []struct {
		name  string
		edit  func(p *domain.Proposal)
		field string
	}{
		{"no client", func(p *domain.Proposal) { p.ClientID = 0 }, "Client"},
		{"unknown client", func(p *domain.Proposal) { p.ClientID = 999 }, "Client"},
		{"unknown manager", func(p *domain.Proposal) { p.Interim.ManagerID = 999 }, "Manager"},
		{"no title", func(p *domain.Proposal) { p.Title = "" }, "Title"},
		{"phase without name", func(p *domain.Proposal) { p.Consulting.Phases[0].Name = "" }, "Phases"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := testProposal(c.ID, m.ID)
			tc.edit(p)
			err := db.CreateProposal(ctx, p)
			wantCode(t, err, domain.EINVALID)
			if f := domain.ErrorField(err); f != tc.field {
				t.Errorf("field = %q, want %q (%v)", f, tc.field, err)
			}
		})
	}
	if _, n, _ := db.FindProposals(ctx, domain.ProposalFilter{}); n != 0 {
		t.Errorf("%d proposals written", n)
	}
}

func TestUpdateProposal(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	c, m := proposalSetup(t, db)
	p := testProposal(c.ID, m.ID)
	must(t, db.CreateProposal(ctx, p))

	stale := *p
	p.Title, p.Interim.Weeks = "Herstructurering 2.0", 30
	p.Consulting.Phases = append(p.Consulting.Phases, domain.Phase{Name: "Begeleiding", Weeks: 4, Fee: domain.Euros(9000)})
	must(t, db.UpdateProposal(ctx, p))
	if p.Rev != 2 || p.Status != domain.ProposalDraft {
		t.Errorf("after update: rev %d status %s", p.Rev, p.Status)
	}
	got, err := db.FindProposalByID(ctx, p.ID)
	must(t, err)
	if !reflect.DeepEqual(got, p) {
		t.Errorf("read back\n%+v\nwant\n%+v", got, p)
	}

	stale.Title = "Oud"
	wantCode(t, db.UpdateProposal(ctx, &stale), domain.ECONFLICT)
	p.Title = ""
	wantCode(t, db.UpdateProposal(ctx, p), domain.EINVALID)
	ghost := testProposal(c.ID, 0)
	ghost.ID, ghost.Rev, ghost.ValidityDays = 999, 1, 30
	wantCode(t, db.UpdateProposal(ctx, ghost), domain.ENOTFOUND)
}

func TestFindProposals(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	must(t, db.SaveFirm(ctx, testFirm()))
	acme, _ := proposalSetup(t, db)
	bolt := testClient("Bolt_Logistics", 7654321)
	must(t, db.CreateClient(ctx, bolt))

	mk := func(clientID int64, title string, minute int) *domain.Proposal {
		db.Now = func() time.Time { return testNow.Add(time.Duration(minute) * time.Minute) }
		p := testProposal(clientID, 0)
		p.Title = title
		must(t, db.CreateProposal(ctx, p))
		return p
	}
	cfo := mk(acme.ID, "CFO a.i. voor 100% herstructurering", 1)
	coo := mk(bolt.ID, "Interim COO", 2)
	hr := mk(acme.ID, "HR-transformatie", 3)
	db.Now = func() time.Time { return testNow.Add(time.Hour) }
	_, err := db.IssueProposal(ctx, coo.ID, testToday)
	must(t, err)

	titles := func(ps []*domain.Proposal) []string {
		out := []string{}
		for _, p := range ps {
			out = append(out, p.Title)
		}
		return out
	}
	for _, tc := range []struct {
		name string
		f    domain.ProposalFilter
		want []*domain.Proposal
	}{
		{"latest change first", domain.ProposalFilter{}, []*domain.Proposal{coo, hr, cfo}},
		{"client", domain.ProposalFilter{ClientID: acme.ID}, []*domain.Proposal{hr, cfo}},
		{"status", domain.ProposalFilter{Status: domain.ProposalIssued}, []*domain.Proposal{coo}},
		{"title", domain.ProposalFilter{Query: "herstruct"}, []*domain.Proposal{cfo}},
		{"number", domain.ProposalFilter{Query: "OFF-2026"}, []*domain.Proposal{coo}},
		{"client name", domain.ProposalFilter{Query: "bolt"}, []*domain.Proposal{coo}},
		{"percent is literal", domain.ProposalFilter{Query: "100%"}, []*domain.Proposal{cfo}},
		{"underscore is literal", domain.ProposalFilter{Query: "t_l"}, []*domain.Proposal{coo}},
		{"underscore is not a wildcard", domain.ProposalFilter{Query: "r_t"}, []*domain.Proposal{}},
		{"page", domain.ProposalFilter{Page: domain.Page{Offset: 2}}, []*domain.Proposal{cfo}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, n, err := db.FindProposals(ctx, tc.f)
			must(t, err)
			if g, w := titles(got), titles(tc.want); !reflect.DeepEqual(g, w) {
				t.Errorf("got %q, want %q", g, w)
			}
			if tc.f.Page == (domain.Page{}) && n != len(tc.want) {
				t.Errorf("total = %d, want %d", n, len(tc.want))
			}
		})
	}
	_, _, err = db.FindProposals(ctx, domain.ProposalFilter{Status: "sent"})
	wantCode(t, err, domain.EINVALID)
}
