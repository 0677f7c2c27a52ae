package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// proposalTerms are the parts of the proposal form about what the proposal
// promises beside the offers: the notice period, which the contract of the
// accepted offer carries, and the written reason for a VAT treatment other
// than the one the firm's and the client's countries give, which is kept
// with the issued version.
type proposalTerms struct {
	notice    *textField
	vatReason *textField
	// vatExpected says which treatment the countries give; vatBox holds it
	// with the reason, shown only while the form's treatment differs.
	vatExpected *widget.Label
	vatBox      *fyne.Container
}

func newProposalTerms(ed *editor) *proposalTerms {
	t := &proposalTerms{}
	t.notice = ed.entry("Notice period")
	t.vatReason = ed.multiLine(2, "VAT treatment")
	t.vatReason.SetPlaceHolder(lang.L("Why this VAT treatment applies, e.g. the client's VAT number is not yet valid"))
	t.vatExpected = widget.NewLabel("")
	t.vatExpected.Wrapping = fyne.TextWrapWord
	t.vatExpected.Importance = widget.WarningImportance
	t.vatBox = container.NewVBox(t.vatExpected,
		widget.NewForm(widget.NewFormItem(lang.L("Reason for the VAT treatment"), t.vatReason)))
	t.vatBox.Hide()
	return t
}

// vatTreatments says whether the treatment p has in the form differs from
// the one the countries give, and that one. Without a firm profile or a
// client nothing is known to differ.
func (s *proposalsScreen) vatTreatments(p *domain.Proposal) (differs, known bool, want domain.VATTreatment) {
	f, c := s.firm(), s.clientInfo
	if f == nil || c == nil || c.ID != p.ClientID {
		return false, false, p.VATTreatment()
	}
	want = domain.ExpectedVATTreatment(f.Country(), c)
	return want != p.VATTreatment(), true, want
}

// readTerms reads the notice and the VAT reason into p, whose rate and
// reverse charge are read already. A reason is kept only while the
// treatment differs, so a version never carries one it does not need.
func (s *proposalsScreen) readTerms(p *domain.Proposal, num func(field string, e *textField) int) {
	t := s.promised
	p.NoticeDays = num("Notice period", t.notice)
	p.VATReason = strings.TrimSpace(t.vatReason.Text)
	if differs, known, _ := s.vatTreatments(p); known && !differs {
		p.VATReason = ""
	}
}

// showTerms fills the notice and the reason from p.
func (s *proposalsScreen) showTerms(p *domain.Proposal) {
	s.promised.notice.SetText(formatIntInput(p.Notice(), false))
	s.promised.vatReason.SetText(p.VATReason)
}

// updateVATReason shows the reason field while the form's VAT treatment
// differs from the one the countries give, saying which that is.
func (s *proposalsScreen) updateVATReason(p *domain.Proposal) {
	differs, _, want := s.vatTreatments(p)
	if !differs {
		s.promised.vatBox.Hide()
		return
	}
	s.promised.vatExpected.SetText(lang.X("proposal.vat.differs",
		"For this client the countries give: {{.Treatment}}. Write why this proposal differs; the reason is kept with the issued version, and it cannot be issued without one.",
		map[string]any{"Treatment": vatTreatmentText(want)}))
	s.promised.vatBox.Show()
}

// vatTreatmentText names a treatment in a sentence.
func vatTreatmentText(vt domain.VATTreatment) string {
	switch vt {
	case domain.VATReverseCharged:
		return lang.L("VAT reverse charged (art. 196 VAT Directive)")
	case domain.VATOutsideScope:
		return lang.L("no VAT (a client outside the EU)")
	}
	return lang.L("VAT charged at the firm's rate")
}

// totalsNote adds to the VAT line what the comparison is in: for a client
// that cannot deduct VAT, the amounts VAT included, as the document
// compares them.
func totalsNote(t domain.Totals) string {
	if t.IncludesVAT {
		return lang.L("This client cannot deduct VAT: the options and the permanent hire are compared VAT included, as in the document.")
	}
	return ""
}
