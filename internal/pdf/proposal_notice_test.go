package pdf

import (
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/pdf/pdftest"
)

// The proposal promises the notice it holds, which accepting it gives the
// engagement and so the contract: never a fixed figure of the template.
func TestProposalNoticeComesFromTheProposal(t *testing.T) {
	for l, want := range map[domain.Lang]string{
		domain.LangNL: "opzegtermijn van 45 dagen",
		domain.LangEN: "45 days",
		domain.LangFR: "préavis de 45 jours",
	} {
		t.Run(string(l), func(t *testing.T) {
			d := pdftest.Proposal(l)
			d.Proposal.NoticeDays = 45
			text := pdfText(t, render(t, d))
			mustContain(t, text, want)
		})
	}
}
