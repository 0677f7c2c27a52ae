package ui

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/pdf"
)

// pdfText is what pdftotext reads in a PDF: what a person reads.
func pdfText(t *testing.T, path string) string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Fatal("pdftotext is not installed; run `make deps-test` (Debian: apt-get install poppler-utils)")
	}
	out, err := exec.Command("pdftotext", "-layout", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", path, err)
	}
	return spaces(string(out))
}

// contractVersion is a printed version as the store keeps it, with its PDF.
func (ew *engWorld) contractVersion(id int64, version int) *domain.ContractVersion {
	ew.t.Helper()
	v, err := ew.svc.Contracts.ContractVersion(context.Background(), id, version)
	if err != nil {
		ew.t.Fatal(err)
	}
	return v
}

func (ew *engWorld) contractVersions(id int64) int {
	ew.t.Helper()
	vs, err := ew.svc.Contracts.ContractVersions(context.Background(), id)
	if err != nil {
		ew.t.Fatal(err)
	}
	return len(vs)
}

// TestPrintContract_freezesOnceAndReusesTheBytes prints a real contract
// through the window: the first print asks, freezes version 1, writes it
// into the documents folder and opens it; Open, Print and Ctrl+P later
// write exactly those bytes again, and nothing new is frozen.
func TestPrintContract_freezesOnceAndReusesTheBytes(t *testing.T) {
	ew := newEngWorld(t, engOptions{render: pdf.ContractRenderer()})
	u, s := ew.u, ew.u.engagements
	e := ew.open("CFO ad interim")
	c := s.contract
	if !c.first.Visible() || c.open.Visible() || c.print.Visible() || c.reopen.Visible() {
		t.Fatal("a contract never printed offers Open, Print or Reissue, or no first print")
	}

	tap(u, c.first)
	if !strings.Contains(overlayTexts(ew.w), "freezes the contract of this engagement as version 1, dated 9 May 2026") {
		t.Errorf("the first print asks %q", overlayTexts(ew.w))
	}
	tap(u, overlayButton(t, ew.w, "Save as PDF and open"))

	v := ew.contractVersion(e.ID, 1)
	path := filepath.Join(ew.docs, v.Number+"-v1-client.pdf")
	if ew.lastOpened() != path {
		t.Fatalf("opened %q, want %q", ew.lastOpened(), path)
	}
	if !bytes.Equal(readFile(t, path), v.PDF) {
		t.Error("the file is not the frozen PDF")
	}
	text := pdfText(t, path)
	for _, want := range []string{v.Number, "Vandewalle Kunststoffen NV", "Gérard Van den Bossche"} {
		if !strings.Contains(text, want) {
			t.Errorf("the printed contract does not read %q", want)
		}
	}
	if c.first.Visible() || !c.open.Visible() || !c.print.Visible() || len(c.shown) != 1 {
		t.Errorf("after the first print: first shown %v, open shown %v, %d versions listed", c.first.Visible(), c.open.Visible(), len(c.shown))
	}

	// Changed since: the later prints still give the frozen bytes.
	typeText(u, s.role, "Chief Financial Officer ad interim")
	press(u, fyne.KeyS)
	os.Remove(path)
	for name, again := range map[string]func(){
		"Open":   func() { tap(u, c.open) },
		"Ctrl+P": func() { press(u, fyne.KeyP) },
		"row":    func() { tap(u, c.shown[0].open) },
	} {
		again()
		if ew.lastOpened() != path || !bytes.Equal(readFile(t, path), v.PDF) {
			t.Errorf("%s: opened %q, bytes equal %v", name, ew.lastOpened(), bytes.Equal(readFile(t, path), v.PDF))
		}
	}
	tap(u, c.print)
	pd := ew.printDialog()
	if pd.printer.Selected != "PDF (default)" || pd.copies.Text != "2" {
		t.Errorf("the print dialog offers %q, %s copies; want the default printer and one copy per party (2: firm and client)", pd.printer.Selected, pd.copies.Text)
	}
	tap(u, pd.print)
	if got := ew.printer.sent(); len(got) != 1 || got[0].path != path || got[0].o.Copies != 2 || got[0].o.Printer != "PDF" {
		t.Errorf("Print sent %+v to the printer, want %q on PDF, 2 copies", got, path)
	}
	if said := overlayTexts(ew.w); !strings.Contains(said, "Sent to printer PDF: 2 copies.") {
		t.Errorf("after printing the window says %q", said)
	}
	if !strings.Contains(c.outcome.Text, "Sent to printer PDF") {
		t.Errorf("the contract's state says %q, not where it went", c.outcome.Text)
	}
	if n := ew.contractVersions(e.ID); n != 1 {
		t.Errorf("%d versions after reprinting; a reprint must not freeze another", n)
	}
	noTempFiles(t, ew.docs)
}

func TestPrintContract_withoutAPrintServiceOpensTheViewerAndSaysSo(t *testing.T) {
	ew := newEngWorld(t, engOptions{noPrinter: true})
	u, c := ew.u, ew.u.engagements.contract
	ew.open("CFO ad interim")
	tap(u, c.first)
	tap(u, overlayButton(t, ew.w, "Save as PDF and open"))
	first := ew.lastOpened()
	if !strings.Contains(c.outcome.Text, "not sent to a printer") {
		t.Errorf("after saving, the contract's state says %q", c.outcome.Text)
	}
	ew.closeDialogs()
	ew.mu.Lock()
	ew.opened = nil
	ew.mu.Unlock()
	tap(u, c.print)
	if ew.lastOpened() != first {
		t.Errorf("Print opened %q in the viewer, want %q", ew.lastOpened(), first)
	}
	if said := overlayTexts(ew.w); !strings.Contains(said, "has no print service") {
		t.Errorf("the window says %q", said)
	}
}

func TestPrintContract_printerStatesAndRefusals(t *testing.T) {
	t.Run("paused printer: the job waits, and the window says so", func(t *testing.T) {
		ew := newEngWorld(t, engOptions{})
		u, c := ew.u, ew.u.engagements.contract
		ew.open("CFO ad interim")
		tap(u, c.first)
		tap(u, overlayButton(t, ew.w, "Print…"))
		pd := ew.printDialog()
		pd.printer.SetSelected("Office — paused")
		if !strings.Contains(pd.state.Text, "paused (Paper jam)") {
			t.Errorf("choosing the paused printer says %q", pd.state.Text)
		}
		pd.copies.SetText("2")
		tap(u, pd.print)
		if said := overlayTexts(ew.w); !strings.Contains(said, "which is paused (Paper jam): the document waits in its queue") {
			t.Errorf("the window says %q", said)
		}
		if n := ew.contractVersions(ew.u.engagements.loaded.ID); n != 1 {
			t.Errorf("%d versions after the first print, want 1", n)
		}
		// The choice is remembered for the next print.
		ew.closeDialogs()
		tap(u, c.print)
		if pd := ew.printDialog(); pd.printer.Selected != "Office — paused" {
			t.Errorf("the next print offers %q, want the printer chosen last", pd.printer.Selected)
		}
	})
	t.Run("a printer that refuses jobs cannot be chosen", func(t *testing.T) {
		ew := newEngWorld(t, engOptions{})
		u, c := ew.u, ew.u.engagements.contract
		ew.open("CFO ad interim")
		tap(u, c.first)
		tap(u, overlayButton(t, ew.w, "Print…"))
		pd := ew.printDialog()
		pd.printer.SetSelected("Lab — not accepting jobs")
		if !pd.print.Disabled() || !strings.Contains(pd.state.Text, "Out of service") {
			t.Errorf("Print enabled %v, state %q", !pd.print.Disabled(), pd.state.Text)
		}
		pd.copies.SetText("0")
		pd.printer.SetSelected("PDF (default)")
		tap(u, pd.print)
		if len(ew.printer.sent()) != 0 || !strings.Contains(overlayTexts(ew.w), "Copies") {
			t.Errorf("0 copies: sent %v, window says %q", ew.printer.sent(), overlayTexts(ew.w))
		}
	})
	t.Run("the print system refuses: its sentence is shown whole", func(t *testing.T) {
		refusal := domain.Errorf(domain.EINVALID, "The print system (CUPS) is not running; start it, or save the document as a PDF and print it from the viewer.")
		ew := newEngWorld(t, engOptions{printErr: refusal})
		u, c := ew.u, ew.u.engagements.contract
		ew.open("CFO ad interim")
		tap(u, c.first)
		tap(u, overlayButton(t, ew.w, "Print…"))
		tap(u, ew.printDialog().print)
		if said := overlayTexts(ew.w); !strings.Contains(said, "is not running; start it, or save the document as a PDF") {
			t.Errorf("the window says %q", said)
		}
	})
}

func TestReissue_freezesTheChangedEngagementAsTheNextVersion(t *testing.T) {
	ew := newEngWorld(t, engOptions{})
	u, s := ew.u, ew.u.engagements
	e := ew.open("CFO ad interim")
	c := s.contract
	tap(u, c.first)
	tap(u, overlayButton(t, ew.w, "Save as PDF and open"))

	// Nothing changed: the store refuses, and says why.
	tap(u, c.reopen)
	tap(u, overlayButton(t, ew.w, "Reissue and open"))
	if said := overlayTexts(ew.w); !strings.Contains(said, "there is nothing to reissue") {
		t.Errorf("an unchanged reissue says %q", said)
	}
	ew.closeDialogs()

	typeText(u, s.role, "Chief Financial Officer ad interim")
	press(u, fyne.KeyS)
	tap(u, c.reopen)
	if !strings.Contains(overlayTexts(ew.w), "as version 2 of the contract") {
		t.Errorf("the reissue asks %q", overlayTexts(ew.w))
	}
	tap(u, overlayButton(t, ew.w, "Reissue and open"))
	v2 := ew.contractVersion(e.ID, 2)
	if ew.lastOpened() != filepath.Join(ew.docs, v2.Number+"-v2-client.pdf") || !strings.Contains(string(v2.PDF), "role Chief Financial Officer ad interim") {
		t.Errorf("opened %q holding %q", ew.lastOpened(), v2.PDF)
	}
	if v1 := ew.contractVersion(e.ID, 1); !strings.Contains(string(v1.PDF), "role CFO ad interim\n") {
		t.Errorf("version 1 changed: %q", v1.PDF)
	}
	if len(c.shown) != 2 || c.shown[0].v.Version != 2 {
		t.Errorf("the list shows %d versions, newest %d", len(c.shown), c.shown[0].v.Version)
	}
}

func TestContractSaveAs_writesTheFrozenBytesWhereChosen(t *testing.T) {
	ew := newEngWorld(t, engOptions{})
	u, c := ew.u, ew.u.engagements.contract
	e := ew.open("CFO ad interim")
	tap(u, c.first)
	tap(u, overlayButton(t, ew.w, "Save as PDF and open"))
	v := ew.contractVersion(e.ID, 1)
	if err := os.MkdirAll(ew.docs, 0o700); err != nil {
		t.Fatal(err)
	}
	os.Remove(filepath.Join(ew.docs, v.Number+"-v1-client.pdf"))
	tap(u, c.saveAs)
	if shownLast[*dialog.FileDialog](u) == nil {
		t.Fatal("Save as… shows no file dialog")
	}
	tap(u, overlayButton(t, ew.w, "Save"))
	if got := readFile(t, filepath.Join(ew.docs, v.Number+"-v1-client.pdf")); !bytes.Equal(got, v.PDF) {
		t.Errorf("saved %q, want the frozen %q", got, v.PDF)
	}
	noTempFiles(t, ew.docs)
}

func TestCtrlP_onEngagements(t *testing.T) {
	t.Run("no engagement chosen", func(t *testing.T) {
		ew := newEngWorld(t, engOptions{})
		press(ew.u, fyne.KeyP)
		if !strings.Contains(overlayTexts(ew.w), "Choose an engagement first.") {
			t.Errorf("Ctrl+P says %q", overlayTexts(ew.w))
		}
	})
	t.Run("a contract never printed asks first", func(t *testing.T) {
		ew := newEngWorld(t, engOptions{})
		e := ew.open("Supply chain director")
		press(ew.u, fyne.KeyP)
		tap(ew.u, overlayButton(t, ew.w, "Save as PDF and open"))
		if v := ew.contractVersion(e.ID, 1); ew.lastOpened() != filepath.Join(ew.docs, v.Number+"-v1-client.pdf") {
			t.Errorf("opened %q", ew.lastOpened())
		}
	})
	t.Run("unsaved notes are dealt with first", func(t *testing.T) {
		ew := newEngWorld(t, engOptions{})
		s := ew.u.engagements
		e := ew.open("Supply chain director")
		typeText(ew.u, s.notes, "Kick-off on Monday.")
		tap(ew.u, s.contract.first)
		tap(ew.u, shownLast[*unsavedPrompt](ew.u).save)
		tap(ew.u, overlayButton(t, ew.w, "Save as PDF and open"))
		if got := ew.stored(e.ID); got.Notes != "Kick-off on Monday." || ew.contractVersions(e.ID) != 1 {
			t.Errorf("notes %q, %d versions", got.Notes, ew.contractVersions(e.ID))
		}
	})
}
