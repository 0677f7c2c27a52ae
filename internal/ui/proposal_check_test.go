package ui

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/pdf"
)

// saveForm saves the proposal form as Ctrl+S does and fails when it could not.
func (dw *docWorld) saveForm() {
	dw.t.Helper()
	s := dw.u.proposals
	if s.ed.saveBtn.Disabled() {
		dw.t.Fatalf("the proposal cannot be saved: %q", s.ed.message.Text)
	}
	press(dw.u, fyne.KeyS)
	if s.ed.dirty() {
		dw.t.Fatalf("the proposal was not saved: %q", s.ed.message.Text)
	}
}

// A proposal whose interim offer names no role is not issued: Issue shows
// the check's list, naming the field, and nothing is rendered or numbered.
func TestIssue_blockingProblemStopsWithTheList(t *testing.T) {
	dw := newDocWorld(t)
	u, w, s := dw.u, dw.w, dw.u.proposals
	p := dw.open("Programmamanager")
	typeText(u, s.role, "")
	dw.saveForm()

	tap(u, s.docs.issue)
	list := overlayTexts(w)
	for _, want := range []string{"cannot go out yet", "Blocks: Role: the interim mandate names no role."} {
		if !strings.Contains(list, want) {
			t.Errorf("the check before issuing does not say %q:\n%s", want, list)
		}
	}
	if strings.Contains(list, "next number") {
		t.Errorf("the issue question came with a blocking problem:\n%s", list)
	}
	tap(u, overlayButton(t, w, "OK"))
	if w.Canvas().Overlays().Top() != nil {
		t.Errorf("a dialog is left open: %q", overlayTexts(w))
	}
	if n := dw.renders.Load(); n != 0 {
		t.Errorf("%d renders of a proposal that blocks", n)
	}
	if got, err := dw.svc.Proposals.FindProposalByID(context.Background(), p.ID); err != nil || got.Number != "" {
		t.Errorf("the proposal was numbered %q (%v)", got.Number, err)
	}

	// Save as… of the draft is checked the same way: no file dialog.
	tap(u, s.docs.saveAs)
	if list := overlayTexts(w); !strings.Contains(list, "names no role") {
		t.Errorf("Save as… of a proposal that blocks shows:\n%s", list)
	}
}

// A warning is asked about: Go on leads to the issue question, and the
// proposal is issued.
func TestIssue_warningAsksToGoOn(t *testing.T) {
	dw := newDocWorld(t)
	u, w, s := dw.u, dw.w, dw.u.proposals
	p := dw.open("Programmamanager")
	typeText(u, s.start, "2026-05-04") // the Monday before the test's day
	dw.saveForm()

	tap(u, s.docs.issue)
	list := overlayTexts(w)
	if !strings.Contains(list, "Warning: Start date: 4 May 2026 is already past.") && !strings.Contains(list, "Warning: Start date: 2026-05-04 is already past.") {
		t.Errorf("the check does not warn of the start date:\n%s", list)
	}
	if n := dw.renders.Load(); n != 0 {
		t.Fatalf("%d renders before the warning was confirmed", n)
	}
	tap(u, overlayButton(t, w, "Go on"))
	if q := overlayTexts(w); !strings.Contains(q, "next number") {
		t.Fatalf("Go on did not lead to the issue question:\n%s", q)
	}
	tap(u, overlayButton(t, w, "Issue and open"))
	if v := dw.stored(p.ID, 1); v.Number == "" {
		t.Error("the proposal was not issued after the warning was confirmed")
	}
}

// Reverse charge for a Belgian client of a Belgian firm asks for a reason;
// without it the check blocks, with it the proposal is issued and the
// version keeps the reason.
func TestVATReason_shownWhenTheTreatmentDiffersAndKeptWithTheVersion(t *testing.T) {
	dw := newDocWorld(t)
	u, w, s := dw.u, dw.w, dw.u.proposals
	p := dw.open("Programmamanager")
	box := s.promised.vatBox
	if box.Visible() {
		t.Fatal("the reason is asked for with the treatment the countries give")
	}
	s.reverseCharge.SetChecked(true)
	u.waitIdle()
	if !box.Visible() || !strings.Contains(s.promised.vatExpected.Text, "VAT charged at the firm's rate") {
		t.Fatalf("reverse charge for a Belgian client: reason shown %v, saying %q", box.Visible(), s.promised.vatExpected.Text)
	}
	dw.saveForm()
	tap(u, s.docs.issue)
	if list := overlayTexts(w); !strings.Contains(list, "Blocks: VAT treatment: reverse charge does not apply to a client in BE") {
		t.Errorf("the check does not block reverse charge without a reason:\n%s", list)
	}
	tap(u, overlayButton(t, w, "OK"))

	const reason = "The client's Dutch branch is the recipient of the service."
	// Set, not typed: Fyne's test driver drops a space where a narrow
	// multi-line entry wraps.
	s.promised.vatReason.SetText(reason)
	u.waitIdle()
	dw.saveForm()
	tap(u, s.docs.issue)
	tap(u, overlayButton(t, w, "Issue and open"))
	v := dw.stored(p.ID, 1)
	if !strings.Contains(string(v.Data), reason) {
		t.Errorf("the issued version does not keep the reason: %s", v.Data)
	}

	// Back to the treatment the countries give, in a new version (the
	// issued one is read-only): no reason is kept.
	tap(u, s.lock.newVersion)
	s.reverseCharge.SetChecked(false)
	u.waitIdle()
	if box.Visible() {
		t.Error("the reason is still asked for")
	}
	dw.saveForm()
	if got, _ := dw.svc.Proposals.FindProposalByID(context.Background(), p.ID); got.VATReason != "" {
		t.Errorf("a reason is kept without a differing treatment: %q", got.VATReason)
	}
}

// A new proposal starts from domain.NewProposal: the permanent hire's
// employer cost and recruitment fee are values, so a form left as it is
// prints 30 %, and the notice is the default the contract will carry.
func TestNewProposal_defaultsAreRealValues(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Fatal("pdftotext is not installed; run `make deps-test` (Debian: apt-get install poppler-utils)")
	}
	dw := newDocWorld(t)
	u, s := dw.u, dw.u.proposals
	press(u, fyne.KeyN)
	if s.employerCost.Text != "30" || s.recruitmentFee.Text != "25" || s.promised.notice.Text != "30" {
		t.Errorf("a new proposal shows employer cost %q, recruitment fee %q, notice %q", s.employerCost.Text, s.recruitmentFee.Text, s.promised.notice.Text)
	}
	if s.employerCost.PlaceHolder != "" || s.recruitmentFee.PlaceHolder != "" {
		t.Error("the percentages still have grey placeholders")
	}
	pick(t, u, s.client, "Vandewalle")
	typeText(u, s.titleEntry, "Interim CFO")
	if !s.comparePermanent.Checked {
		s.comparePermanent.SetChecked(true)
		u.waitIdle()
	}
	typeText(u, s.salary, "120000")
	dw.saveForm()

	tap(u, s.docs.preview)
	if len(dw.previewd) != 1 {
		t.Fatalf("%d previews", len(dw.previewd))
	}
	doc := dw.previewd[0]
	if h := doc.Proposal.Permanent; h == nil || h.EmployerCostPct != 30 || h.RecruitmentFeePct != 25 {
		t.Fatalf("the stored comparator is %+v", h)
	}
	if doc.Proposal.Notice() != domain.DefaultNoticeDays {
		t.Errorf("notice %d", doc.Proposal.Notice())
	}
	b, err := pdf.RenderProposal(doc)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "preview.pdf")
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	text := spaces(string(out))
	if !strings.Contains(text, "werkgeverslasten (30%)") || strings.Contains(text, "(0%)") {
		t.Errorf("the PDF does not print employer costs of 30%%:\n%s", text)
	}
}

// The notice typed in the form is the proposal's.
func TestProposalNotice_isSaved(t *testing.T) {
	dw := newDocWorld(t)
	u, s := dw.u, dw.u.proposals
	p := dw.open("Programmamanager")
	if s.promised.notice.Text != "30" {
		t.Errorf("the notice shows %q", s.promised.notice.Text)
	}
	typeText(u, s.promised.notice, "400")
	if !strings.HasPrefix(s.ed.message.Text, "Notice period: must be between 1 and 365 days.") {
		t.Errorf("a notice of 400 days: %q", s.ed.message.Text)
	}
	typeText(u, s.promised.notice, "45")
	dw.saveForm()
	if got, _ := dw.svc.Proposals.FindProposalByID(context.Background(), p.ID); got.NoticeDays != 45 {
		t.Errorf("stored notice %d", got.NoticeDays)
	}
}

// A client that cannot deduct VAT sees the comparison VAT included, in the
// screen as in the document.
func TestTotals_clientThatCannotDeductVAT(t *testing.T) {
	dw := newDocWorld(t)
	s := dw.u.proposals
	dw.open("Direction financière")
	if c := s.clientInfo; c == nil || !c.CannotDeductVAT {
		t.Fatalf("the sample's clinic is %+v", c)
	}
	tot := s.totals.shown
	if !tot.IncludesVAT {
		t.Error("the screen compares the clinic's options without VAT")
	}
	if tot.Permanent != nil && tot.Permanent.RecruitmentVAT == 0 {
		t.Error("the permanent hire's recruitment fee is compared without its VAT")
	}
	if !strings.Contains(s.totals.vatNote.Text, "cannot deduct VAT") {
		t.Errorf("the VAT note says %q", s.totals.vatNote.Text)
	}
	doc, err := dw.svc.Proposals.ProposalDocument(context.Background(), s.loaded.ID, domain.DateOf(testNow), "")
	if err != nil {
		t.Fatal(err)
	}
	if doc.Totals.IncludesVAT != tot.IncludesVAT || (doc.Totals.Permanent == nil) != (tot.Permanent == nil) ||
		(tot.Permanent != nil && doc.Totals.Permanent.Total != tot.Permanent.Total) {
		t.Errorf("the screen's totals %+v differ from the document's %+v", tot, doc.Totals)
	}
}
