package storetest

import (
	"fmt"
	"reflect"
	"slices"
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// proposalTests cover ProposalService without issuing: drafts, their
// list, optimistic locking and deletion (proposal_issue.go issues).
var proposalTests = []test{
	{"a draft reads back as it was saved, the store deciding status and number", func(t *testing.T, e *env) {
		c, m := proposalParties(t, e, false)
		p := testProposal(c.ID, m.ID)
		p.Status, p.Number, p.Version = domain.ProposalAccepted, "FAKE-1", 9 // the store decides these
		p.Language, p.ReverseCharge = domain.LangFR, true
		must(t, e.Proposals.CreateProposal(e.ctx, p))
		if p.ID == 0 || p.Status != domain.ProposalDraft || p.Number != "" || p.Version != 0 || p.Rev != 1 || !p.CreatedAt.Equal(Start) {
			t.Fatalf("after create: %+v", p)
		}
		if p.ValidityDays != 30 || p.VATRate != 21 || p.NoticeDays != domain.DefaultNoticeDays {
			t.Errorf("defaults without a firm: validity %d, VAT %d, notice %d; want 30, 21 and %d", p.ValidityDays, p.VATRate, p.NoticeDays, domain.DefaultNoticeDays)
		}
		got, err := e.Proposals.FindProposalByID(e.ctx, p.ID)
		must(t, err)
		if !reflect.DeepEqual(got, p) {
			t.Errorf("read back\n%+v\nwant\n%+v", got, p)
		}

		// Without a manager, without phases, without a comparator.
		q := testProposal(c.ID, 0)
		q.Consulting.Phases, q.Permanent = nil, nil
		must(t, e.Proposals.CreateProposal(e.ctx, q))
		got, err = e.Proposals.FindProposalByID(e.ctx, q.ID)
		must(t, err)
		if !reflect.DeepEqual(got, q) {
			t.Errorf("read back\n%+v\nwant\n%+v", got, q)
		}

		_, err = e.Proposals.FindProposalByID(e.ctx, 999)
		wantCode(t, err, domain.ENOTFOUND)
		wantMessage(t, err, "There is no proposal with number 999; it may have been removed.")
	}},
	{"a new proposal takes the firm's validity and VAT rate", func(t *testing.T, e *env) {
		f := testFirm()
		f.ProposalValidityDays, f.DefaultVATRate = 45, 9
		must(t, e.Firm.SaveFirm(e.ctx, f))
		c := testClient("Acme", 1234567)
		must(t, e.Clients.CreateClient(e.ctx, c))
		p := testProposal(c.ID, 0)
		must(t, e.Proposals.CreateProposal(e.ctx, p))
		if p.ValidityDays != 45 || p.VATRate != 9 {
			t.Errorf("validity %d, VAT %d; want the firm's 45 and 9", p.ValidityDays, p.VATRate)
		}
	}},
	{"a proposal for a client or manager that does not exist is refused and not stored", func(t *testing.T, e *env) {
		c, m := proposalParties(t, e, false)
		p := testProposal(999, m.ID)
		err := e.Proposals.CreateProposal(e.ctx, p)
		wantCode(t, err, domain.EINVALID)
		wantMessage(t, err, "Client: there is no client with number 999; choose another client.")
		p = testProposal(c.ID, 998)
		err = e.Proposals.CreateProposal(e.ctx, p)
		wantCode(t, err, domain.EINVALID)
		wantMessage(t, err, "Manager: there is no manager with number 998; choose another manager.")
		p = testProposal(c.ID, m.ID)
		p.Title = ""
		wantCode(t, e.Proposals.CreateProposal(e.ctx, p), domain.EINVALID)
		wantCode(t, e.Proposals.CreateProposal(e.ctx, nil), domain.EINVALID)
		_, n, err := e.Proposals.FindProposals(e.ctx, domain.ProposalFilter{})
		must(t, err)
		if n != 0 {
			t.Errorf("%d proposals stored after refusals, want 0", n)
		}
	}},
	{"an update saves the content and counts the revision on", func(t *testing.T, e *env) {
		c, m := proposalParties(t, e, false)
		p := draft(t, e, c.ID, m.ID, "Herstructurering")
		e.clock.Advance(60e9)
		p.Title, p.Interim.DaysPerWeek, p.Interim.ManagerID = "Herstructurering (bis)", 3, 0
		must(t, e.Proposals.UpdateProposal(e.ctx, p))
		if p.Rev != 2 || !p.UpdatedAt.Equal(e.clock.Now()) || !p.CreatedAt.Equal(Start) {
			t.Errorf("after update: rev %d, created %s, updated %s", p.Rev, p.CreatedAt, p.UpdatedAt)
		}
		got, err := e.Proposals.FindProposalByID(e.ctx, p.ID)
		must(t, err)
		if !reflect.DeepEqual(got, p) {
			t.Errorf("read back\n%+v\nwant\n%+v", got, p)
		}
		p.ID = 999
		wantCode(t, e.Proposals.UpdateProposal(e.ctx, p), domain.ENOTFOUND)
	}},
	{"of two people editing one proposal, the second is told to reload", func(t *testing.T, e *env) {
		c, m := proposalParties(t, e, false)
		p := draft(t, e, c.ID, m.ID, "Herstructurering")
		other := e.Again(t)
		mine, err := e.Proposals.FindProposalByID(e.ctx, p.ID)
		must(t, err)
		theirs, err := other.Proposals.FindProposalByID(e.ctx, p.ID)
		must(t, err)
		theirs.Terms = "Facturatie per week."
		must(t, other.Proposals.UpdateProposal(e.ctx, theirs))
		mine.Terms = "Facturatie per kwartaal."
		err = e.Proposals.UpdateProposal(e.ctx, mine)
		wantCode(t, err, domain.ECONFLICT)
		wantMessage(t, err, `Proposal "Herstructurering" was changed elsewhere since you opened it; reload it and make your change again.`)

		// At the same moment: one save goes through.
		a, err := e.Proposals.FindProposalByID(e.ctx, p.ID)
		must(t, err)
		b := *a
		a.Terms, b.Terms = "A", "B"
		oneOf(t, together(
			func() error { return e.Proposals.UpdateProposal(e.ctx, a) },
			func() error { return other.Proposals.UpdateProposal(e.ctx, &b) },
		), domain.ECONFLICT)
		got, err := e.Proposals.FindProposalByID(e.ctx, p.ID)
		must(t, err)
		if got.Rev != 3 || (got.Terms != "A" && got.Terms != "B") {
			t.Errorf("after two saves at once: rev %d, terms %q", got.Rev, got.Terms)
		}
	}},
	{"the list filters, searches, sorts and pages", func(t *testing.T, e *env) {
		c, m := proposalParties(t, e, true)
		other := testClient("Brouwerij Zénith", 7654321)
		must(t, e.Clients.CreateClient(e.ctx, other))
		draft(t, e, c.ID, m.ID, "Herstructurering")
		e.clock.Advance(1e9)
		draft(t, e, other.ID, 0, "interim-CFO 50%")
		e.clock.Advance(1e9)
		cc := draft(t, e, c.ID, 0, "Groeiplan")
		e.clock.Advance(1e9)
		_, err := e.Proposals.IssueProposal(e.ctx, cc.ID, Today)
		must(t, err)

		for _, tc := range []struct {
			name string
			f    domain.ProposalFilter
			want []string
		}{
			{"all, last changed first", domain.ProposalFilter{}, []string{"Groeiplan", "interim-CFO 50%", "Herstructurering"}},
			{"a client", domain.ProposalFilter{ClientID: c.ID}, []string{"Groeiplan", "Herstructurering"}},
			{"a manager", domain.ProposalFilter{ManagerID: m.ID}, []string{"Herstructurering"}},
			{"a status", domain.ProposalFilter{Status: domain.ProposalIssued}, []string{"Groeiplan"}},
			{"a word of the title, any capitals", domain.ProposalFilter{Query: "HERSTRUC"}, []string{"Herstructurering"}},
			{"a word of the client's name", domain.ProposalFilter{Query: "brouwerij"}, []string{"interim-CFO 50%"}},
			{"the number", domain.ProposalFilter{Query: "off-2026-0001"}, []string{"Groeiplan"}},
			{"a percent sign is itself", domain.ProposalFilter{Query: "50%"}, []string{"interim-CFO 50%"}},
			{"an underscore is itself", domain.ProposalFilter{Query: "_"}, []string{}},
			{"every word", domain.ProposalFilter{Query: "acme groei"}, []string{"Groeiplan"}},
			{"by title", domain.ProposalFilter{Sort: "title"}, []string{"Groeiplan", "Herstructurering", "interim-CFO 50%"}},
			{"by title, other way", domain.ProposalFilter{Sort: "-title"}, []string{"interim-CFO 50%", "Herstructurering", "Groeiplan"}},
			{"by client", domain.ProposalFilter{Sort: "client"}, []string{"Herstructurering", "Groeiplan", "interim-CFO 50%"}},
			{"by number", domain.ProposalFilter{Sort: "-number"}, []string{"Groeiplan", "interim-CFO 50%", "Herstructurering"}},
			{"by status", domain.ProposalFilter{Sort: "status"}, []string{"Herstructurering", "interim-CFO 50%", "Groeiplan"}},
			{"by change", domain.ProposalFilter{Sort: "changed"}, []string{"Herstructurering", "interim-CFO 50%", "Groeiplan"}},
			{"a page", domain.ProposalFilter{Sort: "changed", Page: domain.Page{Offset: 1, Limit: 1}}, []string{"interim-CFO 50%"}},
		} {
			got, n, err := e.Proposals.FindProposals(e.ctx, tc.f)
			must(t, err)
			if titles := proposalTitles(got); !slices.Equal(titles, tc.want) {
				t.Errorf("%s: %q, want %q", tc.name, titles, tc.want)
			}
			if tc.f.Limit == 0 && n != len(tc.want) {
				t.Errorf("%s: total %d, want %d", tc.name, n, len(tc.want))
			} else if tc.f.Limit != 0 && n != 3 {
				t.Errorf("%s: total %d, want 3", tc.name, n)
			}
		}

		_, _, err = e.Proposals.FindProposals(e.ctx, domain.ProposalFilter{Status: "sent"})
		wantCode(t, err, domain.EINVALID)
		wantMessage(t, err, `Status: "sent" is not a proposal status.`)
		_, _, err = e.Proposals.FindProposals(e.ctx, domain.ProposalFilter{Sort: "rate"})
		wantCode(t, err, domain.EINVALID)
		wantMessage(t, err, `Sort: "rate" is not a sort order for proposals; use number, title, client, status or changed, each with - before it for the other way.`)
		_, _, err = e.Proposals.FindProposals(e.ctx, domain.ProposalFilter{Page: domain.Page{Offset: -1}})
		wantCode(t, err, domain.EINVALID)
	}},
	{"a draft never issued is deleted with its revision", func(t *testing.T, e *env) {
		c, m := proposalParties(t, e, false)
		p := draft(t, e, c.ID, m.ID, "Herstructurering")
		err := e.Proposals.DeleteProposal(e.ctx, p.ID, p.Rev+1)
		wantCode(t, err, domain.ECONFLICT)
		wantMessage(t, err, `Proposal "Herstructurering" was changed elsewhere since you opened it; reload it and make your change again.`)
		must(t, e.Proposals.DeleteProposal(e.ctx, p.ID, p.Rev))
		_, err = e.Proposals.FindProposalByID(e.ctx, p.ID)
		wantCode(t, err, domain.ENOTFOUND)
		wantCode(t, e.Proposals.DeleteProposal(e.ctx, p.ID, p.Rev), domain.ENOTFOUND)
		_, err = e.Proposals.ProposalVersions(e.ctx, p.ID)
		wantCode(t, err, domain.ENOTFOUND)
	}},
	{"a draft has no versions", func(t *testing.T, e *env) {
		c, m := proposalParties(t, e, false)
		p := draft(t, e, c.ID, m.ID, "Herstructurering")
		vs, err := e.Proposals.ProposalVersions(e.ctx, p.ID)
		must(t, err)
		if vs == nil || len(vs) != 0 {
			t.Errorf("versions of a draft: %#v, want an empty list", vs)
		}
		_, err = e.Proposals.ProposalVersion(e.ctx, p.ID, 1)
		wantCode(t, err, domain.ENOTFOUND)
		wantMessage(t, err, fmt.Sprintf("Proposal %d has no issued version 1.", p.ID))
	}},
}
