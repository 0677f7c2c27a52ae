package ui

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/pdf"
)

// TestPrintAgreements_eitherOrBoth: a mandate with a manager shows which
// agreement the buttons act on; the manager agreement prints on its own,
// with the manager's fee and without the client's rate, and "Print both"
// sends the client's and the manager's to the printer.
func TestPrintAgreements_eitherOrBoth(t *testing.T) {
	ew := newEngWorld(t, engOptions{render: pdf.ContractRenderer()})
	u, s := ew.u, ew.u.engagements
	e := ew.open("CFO ad interim")
	c := s.contract
	if !c.parties.Visible() || !c.both.Visible() || c.parties.Selected != "Client agreement" {
		t.Fatalf("a mandate with a manager shows the choice %v (%q) and Print both %v", c.parties.Visible(), c.parties.Selected, c.both.Visible())
	}

	c.parties.SetSelected("Manager agreement")
	u.waitIdle()
	if c.party != domain.PartyManager || !strings.Contains(c.state.Text, "Manager agreement not printed yet") {
		t.Fatalf("after choosing the manager agreement: %s, %q", c.party, c.state.Text)
	}
	tap(u, c.first)
	tap(u, overlayButton(t, ew.w, "Save as PDF and open"))
	mv, err := u.svc.Contracts.ContractVersionFor(context.Background(), e.ID, domain.PartyManager, 1)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(ew.docs, mv.Number+"-v1-manager.pdf")
	if ew.lastOpened() != path || !bytes.Equal(readFile(t, path), mv.PDF) {
		t.Fatalf("opened %q, want the frozen %q", ew.lastOpened(), path)
	}
	text := pdfText(t, path)
	fee, rate := e.ManagerDayFee.Format(mv.Language), e.DayRate.Format(mv.Language)
	if !strings.Contains(text, spaces(fee)) || strings.Contains(text, spaces(rate)) {
		t.Errorf("the manager agreement shows fee %v, rate %v", strings.Contains(text, spaces(fee)), strings.Contains(text, spaces(rate)))
	}
	if !strings.Contains(c.state.Text, "Manager agreement "+mv.Number+", version 1") {
		t.Errorf("the state says %q", c.state.Text)
	}
	if vs, _ := u.svc.Contracts.ContractVersionsFor(context.Background(), e.ID, domain.PartyClient); len(vs) != 0 {
		t.Errorf("the client agreement was frozen too (%d versions)", len(vs))
	}

	tap(u, c.both)
	if !strings.Contains(overlayTexts(ew.w), "writes the client agreement and the manager agreement") {
		t.Errorf("Print both asks %q", overlayTexts(ew.w))
	}
	tap(u, overlayButton(t, ew.w, "Print both…"))
	pd := ew.printDialog()
	if pd.copies.Text != "2" {
		t.Errorf("each agreement is signed by two parties; the dialog offers %s copies", pd.copies.Text)
	}
	tap(u, pd.print)
	cv := ew.contractVersion(e.ID, 1)
	printed := ew.printedFiles()
	want := []string{filepath.Join(ew.docs, cv.Number+"-v1-client.pdf"), path}
	if len(printed) < 2 || printed[len(printed)-2] != want[0] || printed[len(printed)-1] != want[1] {
		t.Errorf("printed %v, want %v", printed, want)
	}
	if said := overlayTexts(ew.w); !strings.Contains(said, "Sent to printer PDF: 2 documents, 2 copies of each.") {
		t.Errorf("after printing both the window says %q", said)
	}
	if strings.Contains(pdfText(t, want[0]), spaces(fee)) {
		t.Error("the client agreement shows the manager's fee")
	}
}

// TestContractSettings_threePartySaysWhatItShows: the mandate settings say
// that the three-party contract shows the client's rate to the manager,
// refuse a payment term the law does not allow, and save what is chosen.
func TestContractSettings_threePartySaysWhatItShows(t *testing.T) {
	ew := newEngWorld(t, engOptions{})
	u := ew.u
	c := openClauses(t, ew, domain.JurisdictionBE, domain.LangNL, domain.ClauseLaw)
	tap(u, c.mandates)
	cs := shownLast[*contractSettings](u)
	u.waitIdle()
	if cs == nil || cs.threeParty.Checked || cs.days.Text != "30" || cs.after.Selected != "after the manager's invoice" {
		t.Fatalf("the settings show %+v", cs)
	}
	if said := overlayTexts(ew.w); !strings.Contains(said, "it shows the client's day rate to the manager") {
		t.Errorf("the setting does not say what the three-party contract shows: %q", said)
	}
	cs.threeParty.SetChecked(true)
	typeText(u, cs.days, "90")
	tap(u, cs.save)
	if !cs.message.Visible() || !strings.Contains(cs.message.Text, "Manager payment term") {
		t.Errorf("90 days: %q", cs.message.Text)
	}
	typeText(u, cs.days, "15")
	cs.after.SetSelected("after the client paid the firm for the same days")
	tap(u, cs.save)
	u.waitIdle()
	got, err := u.svc.Clauses.ContractSettings(context.Background())
	if err != nil || !got.ThreeParty || got.ManagerPaymentDays != 15 || got.ManagerPaymentAfter != domain.PayAfterClient {
		t.Errorf("saved %+v, %v", got, err)
	}
}
