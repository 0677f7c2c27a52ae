package storetest

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// proposalIssueTests cover ProposalIssuer and the life cycle's
// AcceptProposal: numbering, freezing, answers and acceptance.
var proposalIssueTests = []test{
	{"numbers run from 1 per year and prefix without gaps", func(t *testing.T, e *env) {
		c, m := proposalParties(t, e, true)
		a := draft(t, e, c.ID, m.ID, "A")
		b := draft(t, e, c.ID, 0, "B")
		cc := draft(t, e, c.ID, 0, "C")
		d := draft(t, e, c.ID, 0, "D")
		next := Today.AddDays(1)
		steps := []struct {
			id      int64
			on      domain.Date
			number  string
			version int
		}{
			{a.ID, Today, "OFF-2026-0001", 1},
			{b.ID, Today, "OFF-2026-0002", 1},
			{a.ID, Today.AddDays(3), "OFF-2026-0001", 2}, // re-issue: next version, same number
			{cc.ID, domain.NewDate(2027, time.January, 4), "OFF-2027-0001", 1},
			{b.ID, domain.NewDate(2027, time.January, 5), "OFF-2026-0002", 2}, // the number keeps its year
			{d.ID, next, "VST-2026-0001", 1},                                  // another prefix, its own sequence
		}
		for i, s := range steps {
			if i == len(steps)-1 {
				f, err := e.Firm.Firm(e.ctx)
				must(t, err)
				f.ProposalPrefix = "VST"
				must(t, e.Firm.SaveFirm(e.ctx, f))
			}
			v, err := e.Proposals.IssueProposal(e.ctx, s.id, s.on)
			must(t, err)
			if v.Number != s.number || v.Version != s.version || v.IssuedOn != s.on {
				t.Errorf("issue %d on %s = %s v%d on %s, want %s v%d", s.id, s.on, v.Number, v.Version, v.IssuedOn, s.number, s.version)
			}
			p, err := e.Proposals.FindProposalByID(e.ctx, s.id)
			must(t, err)
			if p.Status != domain.ProposalIssued || p.Number != s.number || p.Version != s.version || p.IssuedOn != s.on || p.StatusDate != s.on {
				t.Errorf("proposal after issue: %s %s v%d issued %s status date %s", p.Status, p.Number, p.Version, p.IssuedOn, p.StatusDate)
			}
		}
	}},
	{"two stores issuing 100 proposals each at once give 200 consecutive numbers", func(t *testing.T, e *env) {
		c, _ := proposalParties(t, e, true)
		const each = 100
		// Each store also fails to print one proposal in ten on the way:
		// a failure, even among the other store's issues, takes no number.
		type job struct {
			id   int64
			fail bool
		}
		var jobs [2][]job
		for i := range 2 * (each + each/10) {
			title := fmt.Sprintf("Voorstel %d", i)
			fail := i%11 == 5
			if fail {
				title += " " + noPDF
			}
			jobs[i%2] = append(jobs[i%2], job{draft(t, e, c.ID, 0, title).ID, fail})
		}
		stores := [2]Store{e.Store, e.Again(t)}
		numbers := [2][]string{}
		issue := func(who int) func() error {
			return func() error {
				for _, j := range jobs[who] {
					// Each issue succeeds the first time it is asked:
					// a store whose number was taken meanwhile takes
					// the next itself, nobody has to "issue it again".
					v, err := stores[who].Proposals.IssueProposal(e.ctx, j.id, Today)
					switch {
					case j.fail && err != nil:
						continue
					case err != nil:
						return fmt.Errorf("issue proposal %d: %w", j.id, err)
					case j.fail:
						return fmt.Errorf("proposal %d was issued as %s without a PDF", j.id, v.Number)
					}
					numbers[who] = append(numbers[who], v.Number)
				}
				return nil
			}
		}
		for _, err := range together(issue(0), issue(1)) {
			must(t, err)
		}
		if len(numbers[0]) != each || len(numbers[1]) != each {
			t.Fatalf("the stores issued %d and %d proposals, want %d each", len(numbers[0]), len(numbers[1]), each)
		}
		all := append(slices.Clone(numbers[0]), numbers[1]...)
		slices.Sort(all)
		for i, n := range all {
			if want := fmt.Sprintf("OFF-2026-%04d", i+1); n != want {
				t.Fatalf("number %d of %d is %s, want %s (all: %v)", i+1, len(all), n, want, all)
			}
		}
		for who := range numbers {
			if !slices.IsSorted(numbers[who]) {
				t.Errorf("store %d got its numbers out of order: %v", who, numbers[who])
			}
		}
		// What the proposals say agrees with what their issues returned.
		issued, n, err := e.Proposals.FindProposals(e.ctx, domain.ProposalFilter{Status: domain.ProposalIssued, Sort: "number", Page: domain.Page{Limit: 1000}})
		must(t, err)
		if n != 2*each || len(issued) != 2*each {
			t.Fatalf("%d proposals issued, want %d", n, 2*each)
		}
		for i, p := range issued {
			if p.Number != all[i] || strings.Contains(p.Title, noPDF) {
				t.Errorf("issued proposal %d: %q numbered %s, want %s", p.ID, p.Title, p.Number, all[i])
			}
		}
	}},
	{"an edit saved while the proposal is being issued is in the version or refused, never lost", func(t *testing.T, e *env) {
		c, m := proposalParties(t, e, true)
		other := e.Again(t)
		for round := range 10 {
			p := draft(t, e, c.ID, m.ID, fmt.Sprintf("Herstructurering %d", round))
			edited := *p
			edited.Terms = "Facturatie per week."
			errs := together(
				func() error { _, err := e.Proposals.IssueProposal(e.ctx, p.ID, Today); return err },
				func() error { return other.Proposals.UpdateProposal(e.ctx, &edited) },
			)
			issued, saved := errs[0] == nil, errs[1] == nil
			for _, err := range errs {
				if err != nil && domain.ErrorCode(err) != domain.ECONFLICT {
					t.Fatalf("round %d: %v", round, err)
				}
			}
			got, err := e.Proposals.FindProposalByID(e.ctx, p.ID)
			must(t, err)
			switch {
			case !issued && !saved:
				t.Fatalf("round %d: neither the issue nor the edit went through: %v", round, errs)
			case issued:
				// The edit came first (and is in the version) or was refused.
				v, err := e.Proposals.ProposalVersion(e.ctx, p.ID, 1)
				must(t, err)
				var doc domain.ProposalDocument
				must(t, json.Unmarshal(v.Data, &doc))
				want := p.Terms
				if saved {
					want = edited.Terms
				}
				if got.Status != domain.ProposalIssued || got.Terms != want || doc.Proposal.Terms != want {
					t.Errorf("round %d (edit saved: %v): proposal %s with terms %q, version 1 with %q; want %q",
						round, saved, got.Status, got.Terms, doc.Proposal.Terms, want)
				}
			default:
				// The issue was refused: nothing issued, the edit kept.
				if got.Status != domain.ProposalDraft || got.Version != 0 || got.Number != "" || got.Terms != edited.Terms {
					t.Errorf("round %d: after a refused issue: %s %q v%d, terms %q", round, got.Status, got.Number, got.Version, got.Terms)
				}
			}
		}
	}},
	{"an issued version keeps its data, its PDF and the PDF's SHA-256", func(t *testing.T, e *env) {
		c, m := proposalParties(t, e, true)
		p := draft(t, e, c.ID, m.ID, "Herstructurering")
		e.clock.Advance(90e9)
		v, err := e.Proposals.IssueProposal(e.ctx, p.ID, Today)
		must(t, err)
		got, err := e.Proposals.ProposalVersion(e.ctx, p.ID, 1)
		must(t, err)
		sum := sha256.Sum256(got.PDF)
		if hex.EncodeToString(sum[:]) != got.SHA256 || got.SHA256 != v.SHA256 {
			t.Errorf("stored SHA-256 %s, returned %s, of the stored PDF %x", got.SHA256, v.SHA256, sum)
		}
		var doc domain.ProposalDocument
		must(t, json.Unmarshal(got.Data, &doc))
		want, err := RenderProposal(e.ctx, &doc)
		must(t, err)
		if string(got.PDF) != string(want) || string(v.PDF) != string(want) {
			t.Errorf("stored PDF %q, want the printer's %q", got.PDF, want)
		}
		if doc.Number != "OFF-2026-0001" || doc.Version != 1 || doc.Date != Today || doc.Proposal.Status != domain.ProposalIssued ||
			doc.Manager == nil || doc.Manager.ID != m.ID || doc.Client.ID != c.ID || doc.Firm.LegalName != testFirm().LegalName ||
			len(doc.ShortHash) != 8 {
			t.Errorf("frozen document: %s v%d on %s, status %s, hash %q", doc.Number, doc.Version, doc.Date,
				doc.Proposal.Status, doc.ShortHash)
		}
		if string(got.Data) != string(v.Data) || got.Number != v.Number || got.Language != domain.LangNL ||
			!got.CreatedAt.Equal(e.clock.Now()) || got.IssuedOn != Today {
			t.Errorf("stored version %+v, returned %+v", got, v)
		}

		// A second version is frozen beside the first; the list has no PDFs.
		p, err = e.Proposals.FindProposalByID(e.ctx, p.ID)
		must(t, err)
		p.Terms = "Facturatie per week."
		must(t, e.Proposals.UpdateProposal(e.ctx, p))
		_, err = e.Proposals.IssueProposal(e.ctx, p.ID, Today.AddDays(1))
		must(t, err)
		vs, err := e.Proposals.ProposalVersions(e.ctx, p.ID)
		must(t, err)
		if len(vs) != 2 || vs[0].Version != 2 || vs[1].Version != 1 || vs[0].PDF != nil || vs[1].SHA256 != v.SHA256 ||
			string(vs[1].Data) != string(v.Data) {
			t.Fatalf("versions: %+v", vs)
		}
		first, err := e.Proposals.ProposalVersion(e.ctx, p.ID, 1)
		must(t, err)
		if string(first.PDF) != string(v.PDF) {
			t.Errorf("version 1 changed when version 2 was issued")
		}
	}},
	{"editing an issued proposal makes the draft of its next version; an answered one cannot change", func(t *testing.T, e *env) {
		c, m := proposalParties(t, e, true)
		p := draft(t, e, c.ID, m.ID, "Herstructurering")
		_, err := e.Proposals.IssueProposal(e.ctx, p.ID, Today)
		must(t, err)
		p, err = e.Proposals.FindProposalByID(e.ctx, p.ID)
		must(t, err)
		p.Terms = "Facturatie per week."
		must(t, e.Proposals.UpdateProposal(e.ctx, p))
		if p.Status != domain.ProposalDraft || p.Number != "OFF-2026-0001" || p.Version != 1 {
			t.Errorf("after editing the issued version: %s %s v%d", p.Status, p.Number, p.Version)
		}
		err = e.Proposals.SetProposalStatus(e.ctx, p.ID, domain.ProposalAccepted, Today, domain.KindInterim)
		wantCode(t, err, domain.ECONFLICT)
		wantMessage(t, err, "Proposal OFF-2026-0001 was changed after version 1 was issued; issue the new version before recording the client's answer.")
		v, err := e.Proposals.IssueProposal(e.ctx, p.ID, Today)
		must(t, err)
		if v.Number != "OFF-2026-0001" || v.Version != 2 {
			t.Errorf("re-issue: %s v%d, want OFF-2026-0001 v2", v.Number, v.Version)
		}
		must(t, e.Proposals.SetProposalStatus(e.ctx, p.ID, domain.ProposalAccepted, Today.AddDays(2), domain.KindInterim))

		p, err = e.Proposals.FindProposalByID(e.ctx, p.ID)
		must(t, err)
		p.Terms = "Nog anders."
		err = e.Proposals.UpdateProposal(e.ctx, p)
		wantCode(t, err, domain.ECONFLICT)
		wantMessage(t, err, "Proposal OFF-2026-0001 was accepted on 2026-05-11 and can no longer be changed; make a new proposal instead.")
		_, err = e.Proposals.IssueProposal(e.ctx, p.ID, Today)
		wantCode(t, err, domain.ECONFLICT)
		wantMessage(t, err, "Proposal OFF-2026-0001 was accepted on 2026-05-11; it cannot be issued again. Make a new proposal instead.")
		err = e.Proposals.SetProposalStatus(e.ctx, p.ID, domain.ProposalDeclined, Today, "")
		wantCode(t, err, domain.ECONFLICT)
		wantMessage(t, err, "Proposal OFF-2026-0001 is already accepted (2026-05-11); its status cannot change again.")
	}},
	{"an issued proposal cannot be deleted", func(t *testing.T, e *env) {
		c, m := proposalParties(t, e, true)
		p := draft(t, e, c.ID, m.ID, "Herstructurering")
		_, err := e.Proposals.IssueProposal(e.ctx, p.ID, Today)
		must(t, err)
		p, err = e.Proposals.FindProposalByID(e.ctx, p.ID)
		must(t, err)
		err = e.Proposals.DeleteProposal(e.ctx, p.ID, p.Rev)
		wantCode(t, err, domain.ECONFLICT)
		wantMessage(t, err, "Proposal OFF-2026-0001 has been issued and is kept with its number; only a draft that was never issued can be deleted.")
		// Nor once it is a draft again after an edit: its number stays given.
		p.Terms = "Facturatie per week."
		must(t, e.Proposals.UpdateProposal(e.ctx, p))
		wantCode(t, e.Proposals.DeleteProposal(e.ctx, p.ID, p.Rev), domain.ECONFLICT)
		if _, err := e.Proposals.ProposalVersion(e.ctx, p.ID, 1); err != nil {
			t.Errorf("the issued version after the refusals: %v", err)
		}
	}},
	{"a print that fails takes no number", func(t *testing.T, e *env) {
		c, m := proposalParties(t, e, true)
		bad := draft(t, e, c.ID, m.ID, "Herstructurering "+noPDF)
		good := draft(t, e, c.ID, m.ID, "Groeiplan")
		_, err := e.Proposals.IssueProposal(e.ctx, bad.ID, Today)
		if err == nil || !strings.Contains(err.Error(), "out of paper") {
			t.Fatalf("issue with a failing printer: %v", err)
		}
		got, err := e.Proposals.FindProposalByID(e.ctx, bad.ID)
		must(t, err)
		if got.Status != domain.ProposalDraft || got.Number != "" || got.Version != 0 || got.Rev != bad.Rev {
			t.Errorf("after the failed issue: %s %q v%d rev %d", got.Status, got.Number, got.Version, got.Rev)
		}
		v, err := e.Proposals.IssueProposal(e.ctx, good.ID, Today)
		must(t, err)
		if v.Number != "OFF-2026-0001" {
			t.Errorf("next issue took %s, want OFF-2026-0001", v.Number)
		}
	}},
	{"issuing needs the firm profile and a valid proposal", func(t *testing.T, e *env) {
		c, m := proposalParties(t, e, false)
		p := draft(t, e, c.ID, m.ID, "Herstructurering")
		_, err := e.Proposals.IssueProposal(e.ctx, p.ID, Today)
		wantCode(t, err, domain.EINVALID)
		wantMessage(t, err, "Set up the firm profile first: an issued proposal carries the firm's name, address and legal mentions.")
		_, err = e.Proposals.IssueProposal(e.ctx, 999, Today)
		wantCode(t, err, domain.EINVALID) // the firm is checked first, as in SQLite
		must(t, e.Firm.SaveFirm(e.ctx, testFirm()))
		_, err = e.Proposals.IssueProposal(e.ctx, 999, Today)
		wantCode(t, err, domain.ENOTFOUND)
	}},
	{"answers: accepted with an option, declined, expired", func(t *testing.T, e *env) {
		c, m := proposalParties(t, e, true)
		p := draft(t, e, c.ID, m.ID, "Herstructurering")
		err := e.Proposals.SetProposalStatus(e.ctx, p.ID, domain.ProposalDeclined, Today, "")
		wantCode(t, err, domain.ECONFLICT)
		wantMessage(t, err, `Proposal "Herstructurering" has not been issued yet; issue it before recording the client's answer.`)
		_, err = e.Proposals.IssueProposal(e.ctx, p.ID, Today)
		must(t, err)
		err = e.Proposals.SetProposalStatus(e.ctx, p.ID, domain.ProposalAccepted, Today, "")
		wantCode(t, err, domain.EINVALID)
		wantMessage(t, err, "Accepted option: say which offer the client accepted: interim or consulting.")
		err = e.Proposals.SetProposalStatus(e.ctx, p.ID, domain.ProposalDraft, Today, "")
		wantCode(t, err, domain.EINVALID)
		wantCode(t, e.Proposals.SetProposalStatus(e.ctx, 999, domain.ProposalDeclined, Today, ""), domain.ENOTFOUND)
		must(t, e.Proposals.SetProposalStatus(e.ctx, p.ID, domain.ProposalDeclined, domain.Date{}, domain.KindInterim))
		got, err := e.Proposals.FindProposalByID(e.ctx, p.ID)
		must(t, err)
		if got.Status != domain.ProposalDeclined || got.StatusDate != Today || got.AcceptedOption != "" {
			t.Errorf("after declining: %s on %s option %q", got.Status, got.StatusDate, got.AcceptedOption)
		}
	}},
	{"the document of a draft and of an issued proposal", func(t *testing.T, e *env) {
		c, m := proposalParties(t, e, true)
		p := draft(t, e, c.ID, m.ID, "Herstructurering")
		d, err := e.Proposals.ProposalDocument(e.ctx, p.ID, domain.Date{}, "")
		must(t, err)
		if d.Number != "" || d.Version != 0 || d.Date != Today || d.Lang != domain.LangNL || d.Manager == nil ||
			d.Manager.ID != m.ID || d.Client.ID != c.ID || d.Firm.LegalName != testFirm().LegalName ||
			d.MarginFloor != testFirm().MarginFloor {
			t.Errorf("draft's document: %q v%d on %s in %s, margin floor %+v", d.Number, d.Version, d.Date, d.Lang, d.MarginFloor)
		}
		_, err = e.Proposals.IssueProposal(e.ctx, p.ID, Today)
		must(t, err)
		d, err = e.Proposals.ProposalDocument(e.ctx, p.ID, Today.AddDays(1), domain.LangFR)
		must(t, err)
		if d.Number != "OFF-2026-0001" || d.Version != 1 || d.Date != Today.AddDays(1) || d.Lang != domain.LangFR {
			t.Errorf("issued proposal's document: %q v%d on %s in %s", d.Number, d.Version, d.Date, d.Lang)
		}
		_, err = e.Proposals.ProposalDocument(e.ctx, p.ID, Today, "de")
		wantCode(t, err, domain.EINVALID)
		wantMessage(t, err, "Document language: must be nl, en or fr.")
		_, err = e.Proposals.ProposalDocument(e.ctx, 999, Today, "")
		wantCode(t, err, domain.ENOTFOUND)
	}},
	{"accepting makes the engagement from the issued version, once", func(t *testing.T, e *env) {
		c, m := proposalParties(t, e, true)
		p := draft(t, e, c.ID, m.ID, "Herstructurering")
		_, err := e.Accepts.AcceptProposal(e.ctx, p.ID, domain.KindInterim, domain.AcceptOptions{})
		wantCode(t, err, domain.ECONFLICT)
		_, err = e.Proposals.IssueProposal(e.ctx, p.ID, Today)
		must(t, err)
		eng, err := e.Accepts.AcceptProposal(e.ctx, p.ID, domain.KindInterim, domain.AcceptOptions{})
		must(t, err)
		if eng.ID == 0 || eng.ProposalID != p.ID || eng.ProposalVersion != 1 || eng.ManagerID != m.ID || eng.ClientID != c.ID ||
			eng.DayRate != domain.Euros(1250) || eng.ManagerDayFee != domain.Euros(1000) || eng.DaysPerWeek != 4 ||
			eng.Start != domain.NewDate(2026, time.June, 1) || eng.Status != domain.EngagementPlanned {
			t.Errorf("engagement: %+v", eng)
		}
		stored, err := e.Engagements.FindEngagementByID(e.ctx, eng.ID)
		must(t, err)
		if stored.ProposalID != p.ID || stored.DayRate != eng.DayRate {
			t.Errorf("stored engagement: %+v", stored)
		}
		got, err := e.Proposals.FindProposalByID(e.ctx, p.ID)
		must(t, err)
		if got.Status != domain.ProposalAccepted || got.AcceptedOption != domain.KindInterim || got.StatusDate != Today {
			t.Errorf("proposal after acceptance: %s %q on %s", got.Status, got.AcceptedOption, got.StatusDate)
		}
		_, err = e.Accepts.AcceptProposal(e.ctx, p.ID, domain.KindInterim, domain.AcceptOptions{})
		wantCode(t, err, domain.ECONFLICT)
		wantMessage(t, err, fmt.Sprintf("Proposal OFF-2026-0001 was accepted on 2026-05-09 and is engagement %d already.", eng.ID))
		wantCode(t, e.Proposals.DeleteProposal(e.ctx, p.ID, got.Rev), domain.ECONFLICT)
		_, err = e.Accepts.AcceptProposal(e.ctx, p.ID, "", domain.AcceptOptions{})
		wantCode(t, err, domain.EINVALID)
	}},
	{"two proposals for a manager's last free days accepted at once: one is refused", func(t *testing.T, e *env) {
		c, m := proposalParties(t, e, true) // the manager works at most 4 days a week
		a := draft(t, e, c.ID, m.ID, "Herstructurering")
		b := draft(t, e, c.ID, m.ID, "Groeiplan")
		for _, p := range []*domain.Proposal{a, b} {
			_, err := e.Proposals.IssueProposal(e.ctx, p.ID, Today)
			must(t, err)
		}
		other := e.Again(t)
		errs := together(
			func() error {
				_, err := e.Accepts.AcceptProposal(e.ctx, a.ID, domain.KindInterim, domain.AcceptOptions{})
				return err
			},
			func() error {
				_, err := other.Accepts.AcceptProposal(e.ctx, b.ID, domain.KindInterim, domain.AcceptOptions{})
				return err
			},
		)
		oneOf(t, errs, domain.ECONFLICT)
		for _, err := range errs {
			var conflict *domain.CapacityConflict
			if err != nil && !errors.As(err, &conflict) {
				t.Errorf("refusal %v is no capacity conflict", err)
			}
		}
		_, n, err := e.Engagements.FindEngagements(e.ctx, domain.EngagementFilter{ManagerID: m.ID})
		must(t, err)
		if n != 1 {
			t.Errorf("%d engagements for the manager, want 1", n)
		}
		// The refused proposal is still issued: it can be accepted with
		// an override, or declined.
		_, n, err = e.Proposals.FindProposals(e.ctx, domain.ProposalFilter{Status: domain.ProposalIssued})
		must(t, err)
		if n != 1 {
			t.Errorf("%d proposals still issued, want 1", n)
		}
	}},
	{"of two people accepting one proposal at once, one makes the engagement", func(t *testing.T, e *env) {
		c, m := proposalParties(t, e, true)
		p := draft(t, e, c.ID, m.ID, "Herstructurering")
		_, err := e.Proposals.IssueProposal(e.ctx, p.ID, Today)
		must(t, err)
		other := e.Again(t)
		accept := func(s Store) func() error {
			return func() error {
				_, err := s.Accepts.AcceptProposal(e.ctx, p.ID, domain.KindInterim, domain.AcceptOptions{})
				return err
			}
		}
		oneOf(t, together(accept(e.Store), accept(other)), domain.ECONFLICT)
		es, n, err := e.Engagements.FindEngagements(e.ctx, domain.EngagementFilter{})
		must(t, err)
		if n != 1 || len(es) != 1 || es[0].ProposalID != p.ID {
			t.Errorf("%d engagements after two acceptances at once, want 1", n)
		}
	}},
}
