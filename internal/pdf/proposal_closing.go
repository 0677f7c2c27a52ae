package pdf

import (
	"fmt"
	"strings"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// recommendation says which option the firm advises, and why; it is left
// out when the proposal makes no recommendation. The advice is said once:
// the firm's own words when it wrote them, under the name of the option
// they argue for; the standard sentence only when it wrote none.
func (p *proposal) recommendation() {
	pr, t := &p.d.Proposal, p.t
	why := strings.TrimSpace(pr.Recommendation)
	if pr.Recommended == "" && why == "" {
		return
	}
	p.heading(t.Recommendation)
	option, sentence := "", ""
	switch pr.Recommended {
	case domain.KindInterim:
		option, sentence = t.OptionA, t.RecommendA
	case domain.KindConsulting:
		option, sentence = t.OptionB, t.RecommendB
	}
	switch {
	case why == "":
		p.Strong(sentence)
	case option != "":
		p.KeepWithNext(2 * lineBody) // the option with the first lines of why
		p.Strong(option)
		p.Paragraph(pr.Recommendation)
	default:
		p.Paragraph(pr.Recommendation)
	}
}

// terms prints the standard terms and any the proposal adds.
func (p *proposal) terms() {
	t := p.t
	p.heading(t.Terms)
	pay := t.TermPayNow
	if days := p.d.Firm.PaymentTermsDays; days > 0 {
		pay = fmt.Sprintf(t.TermPayment, days)
	}
	p.SmallBullets([]string{
		fmt.Sprintf(t.TermValidity, t.date(p.validUntil())),
		t.TermAmounts,
		t.TermInvoicing,
		pay,
		t.TermAgreement,
	})
	if strings.TrimSpace(p.d.Proposal.Terms) != "" {
		p.Subheading(t.FurtherTerms)
		p.Paragraph(p.d.Proposal.Terms)
	}
}

// acceptance prints the signature block where the client ticks its option.
func (p *proposal) acceptance() {
	t, tot := p.t, &p.d.Totals
	p.heading(t.Acceptance)
	lines := []string{t.SignName, t.SignPlace, t.SignHere}
	p.Signature(Signature{
		Intro: fmt.Sprintf(t.AcceptIntro, t.date(p.validUntil())),
		Choices: []string{
			fmt.Sprintf(t.ChoiceA, t.money(tot.InterimNet)),
			fmt.Sprintf(t.ChoiceB, t.money(tot.ConsultingNet)),
		},
		Signers: []Signer{
			{Role: t.ForClient, Name: p.d.Client.LegalName, Lines: lines},
			{Role: t.ForFirm, Name: firmName(&p.d.Firm), Lines: lines},
		},
	})
}

// validUntil is the last day the client can accept: the document's date
// plus the validity, or, for a proposal already accepted, declined or
// expired, the validity of the version that was issued, which a preview
// cannot renew.
func (p *proposal) validUntil() domain.Date {
	pr := &p.d.Proposal
	switch pr.Status {
	case domain.ProposalAccepted, domain.ProposalDeclined, domain.ProposalExpired:
		if v := pr.ValidUntil(); !v.IsZero() {
			return v
		}
	}
	return p.d.ValidUntil()
}
