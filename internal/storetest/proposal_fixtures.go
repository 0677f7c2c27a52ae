package storetest

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// ProposalAcceptor is the step of the life cycle that needs proposals:
// the client's acceptance, which makes the engagement.
type ProposalAcceptor interface {
	AcceptProposal(ctx context.Context, proposalID int64, option domain.OfferKind, opts domain.AcceptOptions) (*domain.Engagement, error)
}

// noPDF in a proposal's title makes RenderProposal fail, as a printer
// that cannot print it would.
const noPDF = "[no pdf]"

// RenderProposal is the proposal printer the openers give their store: a
// few bytes that start like a PDF and depend on the document (its number,
// version, short hash and title), so that every issued version has bytes
// of its own and no PDF library is needed. A title holding "[no pdf]"
// fails to print.
func RenderProposal(_ context.Context, d *domain.ProposalDocument) ([]byte, error) {
	if strings.Contains(d.Proposal.Title, noPDF) {
		return nil, errors.New("the printer is out of paper")
	}
	return []byte(fmt.Sprintf("%%PDF-1.4 fake %s v%d %s %q\n%%%%EOF\n", d.Number, d.Version, d.ShortHash, d.Proposal.Title)), nil
}

// testProposal is a complete proposal for clientID with the interim offer
// of managerID (0: none): it can be issued as it is.
func testProposal(clientID, managerID int64) *domain.Proposal {
	return &domain.Proposal{
		ClientID:  clientID,
		Title:     "Financiële herstructurering",
		Situation: "De groep verloor twee jaar op rij geld.",
		Interim: domain.InterimOffer{
			ManagerID: managerID, Role: "CFO a.i.", Objectives: "Cash\nBank", ExitCriteria: "Nieuwe CFO",
			Start: domain.NewDate(2026, time.June, 1), Weeks: 26, DaysPerWeek: 4, DayRate: domain.Euros(1250),
			ManagerDayFee: domain.Euros(1000),
		},
		Consulting: domain.ConsultingOffer{
			Approach: "Analyse en plan", Deliverables: "Rapport",
			Phases: []domain.Phase{{Name: "Diagnose", Weeks: 3, Fee: domain.Euros(18000)}, {Name: "Plan", Weeks: 2, Fee: domain.Euros(12000)}},
		},
		Permanent:      &domain.PermanentHire{AnnualSalary: domain.Euros(150000), EmployerCostPct: 30, RecruitmentFeePct: 25, NoticeMonths: 6},
		Recommended:    domain.KindInterim,
		Recommendation: "Interim, omdat het snel moet.",
		Terms:          "Facturatie per maand.",
	}
}

// proposalParties saves the firm (with firm) and creates a client and a
// manager for proposals.
func proposalParties(t *testing.T, e *env, firm bool) (client *domain.Client, manager *domain.Manager) {
	t.Helper()
	if firm {
		must(t, e.Firm.SaveFirm(e.ctx, testFirm()))
	}
	client = testClient("Acme", 1234567)
	must(t, e.Clients.CreateClient(e.ctx, client))
	manager = testManager("Gérard Dupont", "gerard@example.be")
	must(t, e.Managers.CreateManager(e.ctx, manager))
	return client, manager
}

// draft creates a draft proposal titled title for client and manager.
func draft(t *testing.T, e *env, clientID, managerID int64, title string) *domain.Proposal {
	t.Helper()
	p := testProposal(clientID, managerID)
	p.Title = title
	must(t, e.Proposals.CreateProposal(e.ctx, p))
	return p
}

func proposalTitles(ps []*domain.Proposal) []string {
	out := []string{}
	for _, p := range ps {
		out = append(out, p.Title)
	}
	return out
}
