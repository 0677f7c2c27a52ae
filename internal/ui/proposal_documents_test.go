package ui

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"

	"github.com/interimdesk/interimdesk/internal/demo"
	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/domain/domaintest"
	"github.com/interimdesk/interimdesk/internal/pdf"
	"github.com/interimdesk/interimdesk/internal/sqlite"
)

// docWorld is the window on a real database holding the sample data, with
// a renderer that prints which document it rendered, a viewer that only
// notes what it was asked to open, and the folders in the test's temp dir.
type docWorld struct {
	t        *testing.T
	svc      domain.Services
	u        *App
	w        fyne.Window
	docs     string // Options.DocumentsDir
	previews string // Options.PreviewDir
	// renders counts the store's renders, for issues.
	renders atomic.Int32

	mu       sync.Mutex
	opened   []string
	previewd []*domain.ProposalDocument // what the previewer got
}

func newDocWorld(t *testing.T) *docWorld {
	t.Helper()
	dw := &docWorld{t: t, docs: filepath.Join(t.TempDir(), "Interim Desk"), previews: t.TempDir()}
	db := openStore(t)
	dw.svc = sqlite.NewServices(db, sqlite.Printers{
		Proposal: func(_ context.Context, d *domain.ProposalDocument) ([]byte, error) {
			dw.renders.Add(1)
			return fakePDF(d), nil
		},
		Contract: func(_ context.Context, d *domain.ContractDocument) ([]byte, error) { return fakeContractPDF(d), nil },
	})
	dw.svc.Changes = domaintest.Unimplemented{} // as servicesWith
	dw.svc.Previews = previewFunc(func(_ context.Context, d *domain.ProposalDocument) ([]byte, error) {
		dw.mu.Lock()
		defer dw.mu.Unlock()
		dw.previewd = append(dw.previewd, d)
		return fakePDF(d), nil
	})
	if err := demo.Load(context.Background(), dw.svc, domain.DateOf(testNow)); err != nil {
		t.Fatal(err)
	}
	dw.renders.Store(0)
	dw.u, dw.w = newTestUI(t, dw.svc, Options{
		DocumentsDir: dw.docs,
		PreviewDir:   dw.previews,
		OpenFile: func(path string) error {
			dw.mu.Lock()
			defer dw.mu.Unlock()
			dw.opened = append(dw.opened, path)
			return nil
		},
	})
	press(dw.u, fyne.Key3)
	return dw
}

// fakePDF is a tiny document that says which proposal, version and day it
// was rendered for, so that tests can tell renders apart.
func fakePDF(d *domain.ProposalDocument) []byte {
	return []byte(fmt.Sprintf("%%PDF-1.4\n%% %s version %d of %s\n%%%%EOF\n", d.Number, d.Version, d.Date))
}

// open selects the proposal whose title holds search, as a user would.
func (dw *docWorld) open(search string) *domain.Proposal {
	dw.t.Helper()
	s := dw.u.proposals
	typeText(dw.u, s.list.search, search)
	if s.list.pager.count() != 1 {
		dw.t.Fatalf("searching proposals for %q finds %d", search, s.list.pager.count())
	}
	s.list.selectRow(0)
	dw.u.waitIdle()
	if s.loaded == nil || !strings.Contains(s.loaded.Title, search) {
		dw.t.Fatalf("selecting %q opened %+v", search, s.loaded)
	}
	return s.loaded
}

func (dw *docWorld) lastOpened() string {
	dw.mu.Lock()
	defer dw.mu.Unlock()
	if len(dw.opened) == 0 {
		return ""
	}
	return dw.opened[len(dw.opened)-1]
}

// stored is the issued version as the store keeps it, with its PDF.
func (dw *docWorld) stored(id int64, version int) *domain.ProposalVersion {
	dw.t.Helper()
	v, err := dw.svc.Proposals.ProposalVersion(context.Background(), id, version)
	if err != nil {
		dw.t.Fatal(err)
	}
	return v
}

func readFile(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// noTempFiles fails when an atomic write left its temporary file behind.
func noTempFiles(t *testing.T, dir string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".tmp") {
			t.Errorf("a temporary file was left in %s: %s", dir, e.Name())
		}
	}
}

func TestIssueAndOpen_freezesTheVersionAndOpensItsPDF(t *testing.T) {
	dw := newDocWorld(t)
	u, w, s := dw.u, dw.w, dw.u.proposals
	p := dw.open("Programmamanager")
	if p.Status != domain.ProposalDraft || p.Number != "" {
		t.Fatalf("the sample's draft is %s %q", p.Status, p.Number)
	}
	if s.docs.answer.Disabled() == false {
		t.Error("a draft offers to record the client's answer")
	}

	tap(u, s.docs.issue)
	question := overlayTexts(w)
	for _, want := range []string{"next number", "cannot be given back", "version 1", "09/05/2026", "08/06/2026", dw.docs} {
		if !strings.Contains(question, want) {
			t.Errorf("the question before issuing does not say %q:\n%s", want, question)
		}
	}
	if n := dw.renders.Load(); n != 0 {
		t.Fatalf("%d renders before the user confirmed", n)
	}
	tap(u, overlayButton(t, w, "Issue and open"))

	v := dw.stored(p.ID, 1)
	if v.Number != "OFF-2026-0007" || v.IssuedOn != domain.DateOf(testNow) || v.Language != domain.LangNL {
		t.Errorf("issued version = %s v%d on %s in %s", v.Number, v.Version, v.IssuedOn, v.Language)
	}
	path := filepath.Join(dw.docs, "OFF-2026-0007-v1.pdf")
	if got := readFile(t, path); !bytes.Equal(got, v.PDF) {
		t.Errorf("the file holds %q, the store %q", got, v.PDF)
	}
	if dw.lastOpened() != path {
		t.Errorf("opened %q, want %q", dw.lastOpened(), path)
	}
	noTempFiles(t, dw.docs)

	// The form, the list and the history show the issued proposal.
	if s.number.Text != "OFF-2026-0007" || s.status.Text != "Issued on 09/05/2026" {
		t.Errorf("after issuing the form says %q, %q", s.number.Text, s.status.Text)
	}
	if rows := listTexts(s.list, 5); len(rows) != 1 || !strings.HasPrefix(rows[0], "OFF-2026-0007 | ") || !strings.HasSuffix(rows[0], "| Issued") {
		t.Errorf("list = %q", rows)
	}
	h := s.docs.history
	if !h.root.Visible() || len(h.shown) != 1 {
		t.Fatalf("history visible %v with %d rows", h.root.Visible(), len(h.shown))
	}
	line := h.shown[0].text.Text
	if want := "Version 1 · OFF-2026-0007 · 09/05/2026 · nl · SHA-256 " + v.SHA256[:12]; line != want {
		t.Errorf("history row = %q, want %q", line, want)
	}
	if s.docs.answer.Disabled() || !s.docs.issue.Disabled() {
		t.Errorf("an issued proposal: answer enabled %v, issue again enabled %v; want true, false",
			!s.docs.answer.Disabled(), !s.docs.issue.Disabled())
	}
	if w.Canvas().Overlays().Top() != nil {
		t.Errorf("a dialog is left open: %q", overlayTexts(w))
	}
}

func TestIssueAndOpen_cancelIssuesNothing(t *testing.T) {
	dw := newDocWorld(t)
	u, w, s := dw.u, dw.w, dw.u.proposals
	p := dw.open("Programmamanager")
	tap(u, s.docs.issue)
	tap(u, overlayButton(t, w, "Cancel"))
	vs, err := dw.svc.Proposals.ProposalVersions(context.Background(), p.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(vs) != 0 || dw.renders.Load() != 0 {
		t.Errorf("cancelling issued %d versions, rendered %d times", len(vs), dw.renders.Load())
	}
	if _, err := os.Stat(dw.docs); err == nil {
		t.Error("cancelling created the documents folder")
	}
}

func TestIssueAndOpen_unsavedChangesAreSavedFirst(t *testing.T) {
	dw := newDocWorld(t)
	u, w, s := dw.u, dw.w, dw.u.proposals
	p := dw.open("Programmamanager")
	typeText(u, s.weeks, "40")
	want := s.totals.shown.InterimNet

	tap(u, s.docs.issue)
	if shownLast[*unsavedPrompt](u) == nil || !strings.Contains(overlayTexts(w), "changes that were not saved") {
		t.Fatalf("issuing with unsaved changes does not ask; dialog: %q", overlayTexts(w))
	}
	tap(u, shownLast[*unsavedPrompt](u).save)
	tap(u, overlayButton(t, w, "Issue and open"))

	v := dw.stored(p.ID, 1)
	var doc domain.ProposalDocument
	if err := json.Unmarshal(v.Data, &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Proposal.Interim.Weeks != 40 || doc.Totals.InterimNet != want {
		t.Errorf("the issued version has %d weeks and %s net; the form had 40 weeks and %s",
			doc.Proposal.Interim.Weeks, doc.Totals.InterimNet.Format(domain.LangEN), want.Format(domain.LangEN))
	}
}

func TestHistoryOpen_reusesTheStoredBytes(t *testing.T) {
	dw := newDocWorld(t)
	u, s := dw.u, dw.u.proposals
	p := dw.open("Post-merger")
	if p.Version != 2 || p.Status != domain.ProposalIssued {
		t.Fatalf("the sample's post-merger proposal is %s version %d", p.Status, p.Version)
	}
	h := s.docs.history
	if len(h.shown) != 2 || h.shown[0].v.Version != 2 || h.shown[1].v.Version != 1 {
		t.Fatalf("history = %d rows, want versions 2 and 1, newest first", len(h.shown))
	}

	// The firm changes its name after version 1 went out: the reprint must
	// still be the document the client received.
	ctx := context.Background()
	f, err := dw.svc.Firm.Firm(ctx)
	if err != nil {
		t.Fatal(err)
	}
	f.LegalName = "Renamed Advies BV"
	if err := dw.svc.Firm.SaveFirm(ctx, f); err != nil {
		t.Fatal(err)
	}

	tests := []struct {
		name    string
		do      func()
		version int
	}{
		{"Open on version 1", func() { tap(u, h.shown[1].open) }, 1},
		{"Open on version 2", func() { tap(u, h.shown[0].open) }, 2},
		{"Open again writes nothing new", func() { tap(u, h.shown[1].open) }, 1},
		{"Ctrl+P opens the latest version", func() { press(u, fyne.KeyP) }, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.do()
			want := dw.stored(p.ID, tt.version)
			path := filepath.Join(dw.docs, fmt.Sprintf("%s-v%d.pdf", want.Number, tt.version))
			if dw.lastOpened() != path {
				t.Errorf("opened %q, want %q", dw.lastOpened(), path)
			}
			if got := readFile(t, path); !bytes.Equal(got, want.PDF) {
				t.Errorf("the file holds %q, the stored version %q", got, want.PDF)
			}
		})
	}
	if n := dw.renders.Load(); n != 0 {
		t.Errorf("opening issued versions rendered %d times; it must reuse the stored bytes", n)
	}
	entries, _ := os.ReadDir(dw.docs)
	if len(entries) != 2 {
		t.Errorf("the documents folder holds %d files, want one per version", len(entries))
	}
}

func TestHistoryOpen_refusesAlteredBytes(t *testing.T) {
	v := &domain.ProposalVersion{Number: "OFF-2026-0001", Version: 1, PDF: []byte("%PDF-1.4 altered"), SHA256: strings.Repeat("0", 64)}
	err := checkVersion(v)
	if domain.ErrorCode(err) != domain.EINVALID || !strings.Contains(err.Error(), "does not match the SHA-256") {
		t.Errorf("altered bytes: %v", err)
	}
}

func TestPreview_totalsOnScreenAreThePDFs(t *testing.T) {
	dw := newDocWorld(t)
	u, s := dw.u, dw.u.proposals
	p := dw.open("Programmamanager")
	// A change typed and saved, so the preview is of what the form shows.
	typeText(u, s.daysPerWeek, "4")
	press(u, fyne.KeyS)

	tap(u, s.docs.preview)
	if len(dw.previewd) != 1 {
		t.Fatalf("the preview rendered %d documents", len(dw.previewd))
	}
	doc := dw.previewd[0]
	if doc.Version != 0 || doc.Date != domain.DateOf(testNow) || doc.Proposal.ID != p.ID {
		t.Errorf("the preview is version %d of %s for proposal %d; want the draft (0) of today", doc.Version, doc.Date, doc.Proposal.ID)
	}
	if doc.Totals != s.totals.shown {
		t.Errorf("the document's totals differ from the screen's:\n pdf    %+v\n screen %+v", doc.Totals, s.totals.shown)
	}
	for _, a := range screenAmounts(s.totals, doc.Totals) {
		if a.screen != formatMoney(a.doc) {
			t.Errorf("%s: the screen shows %s, the document %s", a.name, a.screen, formatMoney(a.doc))
		}
	}
	if doc.Totals.InterimDays != 36*4 {
		t.Errorf("the document has %d interim days, want 144 (36 weeks × 4)", doc.Totals.InterimDays)
	}

	path := filepath.Join(dw.previews, fmt.Sprintf("proposal-%d-draft.pdf", p.ID))
	if dw.lastOpened() != path || !bytes.Equal(readFile(t, path), fakePDF(doc)) {
		t.Errorf("opened %q; want the preview at %s", dw.lastOpened(), path)
	}
	vs, _ := dw.svc.Proposals.ProposalVersions(context.Background(), p.ID)
	if len(vs) != 0 || dw.renders.Load() != 0 {
		t.Error("a preview issued a version")
	}
	if _, err := os.Stat(dw.docs); err == nil {
		t.Error("a preview wrote into the documents folder")
	}
}

func TestSaveAs_writesTheChosenFile(t *testing.T) {
	tests := []struct {
		name   string
		search string
		row    int // history row to save; -1: the Save as… button under the form
		file   string
		want   func(dw *docWorld, p *domain.Proposal) []byte
	}{
		{"issued proposal: the latest version", "Post-merger", -1, "OFF-2026-0005-v2.pdf",
			func(dw *docWorld, p *domain.Proposal) []byte { return dw.stored(p.ID, 2).PDF }},
		{"an older version from the history", "Post-merger", 1, "OFF-2026-0005-v1.pdf",
			func(dw *docWorld, p *domain.Proposal) []byte { return dw.stored(p.ID, 1).PDF }},
		{"draft: a preview", "Programmamanager", -1, "",
			func(dw *docWorld, p *domain.Proposal) []byte { return fakePDF(dw.previewd[len(dw.previewd)-1]) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dw := newDocWorld(t)
			u, w, s := dw.u, dw.w, dw.u.proposals
			p := dw.open(tt.search)
			if tt.file == "" {
				tt.file = fmt.Sprintf("proposal-%d-draft.pdf", p.ID)
			}
			// The dialog starts in the documents folder when it exists.
			if err := os.MkdirAll(dw.docs, 0o700); err != nil {
				t.Fatal(err)
			}
			if tt.row < 0 {
				tap(u, s.docs.saveAs)
			} else {
				tap(u, s.docs.history.shown[tt.row].save)
			}
			if shownLast[*dialog.FileDialog](u) == nil {
				t.Fatal("Save as… shows no file dialog")
			}
			tap(u, overlayButton(t, w, "Save"))
			path := filepath.Join(dw.docs, tt.file)
			if got, want := readFile(t, path), tt.want(dw, p); !bytes.Equal(got, want) {
				t.Errorf("%s holds %q, want %q", tt.file, got, want)
			}
			noTempFiles(t, dw.docs)
			if fi, _ := os.Stat(path); fi.Mode().Perm() != fileMode {
				t.Errorf("a new file's mode is %v, want %v", fi.Mode().Perm(), fileMode)
			}

			// Saving over it asks, then replaces it whole, keeping the mode
			// the owner gave it (WriteFile keeps the mode of a file that
			// exists, hence the Chmod).
			if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
				t.Fatal(err)
			}
			if err := os.Chmod(path, 0o644); err != nil {
				t.Fatal(err)
			}
			if tt.row < 0 {
				tap(u, s.docs.saveAs)
			} else {
				tap(u, s.docs.history.shown[tt.row].save)
			}
			tap(u, overlayButton(t, w, "Save"))
			tap(u, overlayButton(t, w, "Yes"))
			if got, want := readFile(t, path), tt.want(dw, p); !bytes.Equal(got, want) {
				t.Errorf("after overwriting %s holds %q, want %q", tt.file, got, want)
			}
			if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o644 {
				t.Errorf("the replaced file's mode is %v; it should keep 0644", fi.Mode().Perm())
			}
			noTempFiles(t, dw.docs)
		})
	}
}

func TestClientAnswer_recordsTheStatus(t *testing.T) {
	tests := []struct {
		choice string
		date   string
		status domain.ProposalStatus
		option domain.OfferKind
		line   string
	}{
		{"Accepted: the consulting offer", "12-5-2026", domain.ProposalAccepted, domain.KindConsulting, "Accepted (consulting offer) on 12/05/2026"},
		{"Accepted: the interim mandate", "2026-05-09", domain.ProposalAccepted, domain.KindInterim, "Accepted (interim mandate) on 09/05/2026"},
		{"Declined", "11-5-2026", domain.ProposalDeclined, "", "Declined on 11/05/2026"},
		{"Expired without an answer", "2026-06-08", domain.ProposalExpired, "", "Expired on 08/06/2026"},
	}
	for _, tt := range tests {
		t.Run(tt.choice, func(t *testing.T) {
			dw := newDocWorld(t)
			u, s := dw.u, dw.u.proposals
			p := dw.open("Post-merger")
			tap(u, s.docs.answer)
			a := shownLast[*answerDialog](u)
			if a == nil || !a.record.Disabled() {
				t.Fatal("the answer dialog is missing or can record before a choice")
			}
			a.choice.SetSelected(tt.choice)
			typeText(u, a.date, "someday")
			if !a.record.Disabled() || !strings.HasPrefix(a.message.Text, "Date:") {
				t.Errorf("an unreadable date: record disabled %v, message %q", a.record.Disabled(), a.message.Text)
			}
			typeText(u, a.date, tt.date)
			tap(u, a.record)

			got, err := dw.svc.Proposals.FindProposalByID(context.Background(), p.ID)
			if err != nil {
				t.Fatal(err)
			}
			if got.Status != tt.status || got.AcceptedOption != tt.option {
				t.Errorf("stored status %s option %q, want %s %q", got.Status, got.AcceptedOption, tt.status, tt.option)
			}
			if s.status.Text != tt.line {
				t.Errorf("the form says %q, want %q", s.status.Text, tt.line)
			}
			if !s.docs.answer.Disabled() {
				t.Error("the answer can be recorded twice")
			}
			if answered := tt.status != domain.ProposalExpired; s.docs.issue.Disabled() != answered {
				t.Errorf("Issue enabled %v after %s", !s.docs.issue.Disabled(), tt.status)
			}
		})
	}
}

// TestClientAnswer_acceptanceCreatesTheEngagement: with the engagement life
// cycle wired, accepting the mandate also creates the engagement.
func TestClientAnswer_acceptanceCreatesTheEngagement(t *testing.T) {
	dw := newDocWorld(t)
	u, s := dw.u, dw.u.proposals
	p := dw.open("Post-merger")
	ctx := context.Background()
	_, before, err := dw.svc.Engagements.FindEngagements(ctx, domain.EngagementFilter{})
	if err != nil {
		t.Fatal(err)
	}
	tap(u, s.docs.answer)
	a := shownLast[*answerDialog](u)
	a.choice.SetSelected("Accepted: the interim mandate")
	u.waitIdle()
	tap(u, a.record)

	if s.status.Text != "Accepted (interim mandate) on 09/05/2026" {
		t.Errorf("the form says %q (dialog: %q)", s.status.Text, overlayTexts(dw.w))
	}
	es, after, err := dw.svc.Engagements.FindEngagements(ctx, domain.EngagementFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if after != before+1 {
		t.Fatalf("%d engagements after accepting, %d before", after, before)
	}
	found := false
	for _, e := range es {
		found = found || (e.ProposalID == p.ID && e.Kind == domain.KindInterim)
	}
	if !found {
		t.Errorf("no interim engagement for proposal %d among %d", p.ID, len(es))
	}
}

func TestClientAnswer_refusedByTheStoreIsSaid(t *testing.T) {
	dw := newDocWorld(t)
	u, w, s := dw.u, dw.w, dw.u.proposals
	p := dw.open("Post-merger")
	tap(u, s.docs.answer)
	a := shownLast[*answerDialog](u)
	// Someone else records the answer first.
	if err := dw.svc.Proposals.SetProposalStatus(context.Background(), p.ID, domain.ProposalDeclined, domain.DateOf(testNow), ""); err != nil {
		t.Fatal(err)
	}
	a.choice.SetSelected("Accepted: the interim mandate")
	tap(u, a.record)
	if msg := overlayTexts(w); !strings.Contains(msg, "already declined") {
		t.Errorf("the store's refusal says %q", msg)
	}
}

func TestCtrlP(t *testing.T) {
	t.Run("engagements ask for an engagement first", func(t *testing.T) {
		u, w := newTestUI(t, (&fakeStore{}).services(), Options{})
		press(u, fyne.Key4)
		press(u, fyne.KeyP)
		if !strings.Contains(overlayTexts(w), "Choose an engagement first.") {
			t.Errorf("Ctrl+P on engagements says %q", overlayTexts(w))
		}
	})
	t.Run("a draft is issued after the question", func(t *testing.T) {
		dw := newDocWorld(t)
		p := dw.open("Programmamanager")
		press(dw.u, fyne.KeyP)
		tap(dw.u, overlayButton(t, dw.w, "Issue and open"))
		if v := dw.stored(p.ID, 1); dw.lastOpened() != filepath.Join(dw.docs, v.Number+"-v1.pdf") {
			t.Errorf("opened %q", dw.lastOpened())
		}
	})
	t.Run("no proposal chosen", func(t *testing.T) {
		dw := newDocWorld(t)
		press(dw.u, fyne.KeyP)
		if !strings.Contains(overlayTexts(dw.w), "Choose a proposal first") {
			t.Errorf("Ctrl+P without a proposal says %q", overlayTexts(dw.w))
		}
	})
	t.Run("a new proposal is saved first", func(t *testing.T) {
		dw := newDocWorld(t)
		press(dw.u, fyne.KeyN)
		press(dw.u, fyne.KeyP)
		if !strings.Contains(overlayTexts(dw.w), "A proposal has a document once it is saved") {
			t.Errorf("Ctrl+P on a new proposal says %q", overlayTexts(dw.w))
		}
	})
}

func TestWriteDocument(t *testing.T) {
	dir := t.TempDir()
	first, err := writeDocument(dir, "OFF-2026-0001-v1.pdf", []byte("one"))
	if err != nil || first != filepath.Join(dir, "OFF-2026-0001-v1.pdf") {
		t.Fatalf("first write: %q, %v", first, err)
	}
	again, err := writeDocument(dir, "OFF-2026-0001-v1.pdf", []byte("one"))
	if err != nil || again != first {
		t.Errorf("the same bytes again: %q, %v; want the same file", again, err)
	}
	// Another database can hold another OFF-2026-0001: never replaced.
	other, err := writeDocument(dir, "OFF-2026-0001-v1.pdf", []byte("two"))
	if err != nil || other != filepath.Join(dir, "OFF-2026-0001-v1 (2).pdf") {
		t.Errorf("different bytes under the same name: %q, %v", other, err)
	}
	if string(readFile(t, first)) != "one" || string(readFile(t, other)) != "two" {
		t.Error("a document was replaced")
	}
	if fi, _ := os.Stat(first); fi.Mode().Perm() != fileMode {
		t.Errorf("a new document's mode is %v, want %v", fi.Mode().Perm(), fileMode)
	}
	noTempFiles(t, dir)
}

func TestWriteFileAtomic_failureLeavesNothing(t *testing.T) {
	dir := t.TempDir()
	folder := filepath.Join(dir, "taken")
	if err := os.Mkdir(folder, 0o700); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, path, want string
	}{
		{"a folder as the file", folder, "is a folder"},
		{"a missing folder", filepath.Join(dir, "missing", "x.pdf"), "Could not write " + filepath.Join(dir, "missing")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := writeFileAtomic(tt.path, []byte("%PDF"))
			if domain.ErrorCode(err) != domain.EINVALID || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want EINVALID saying %q", err, tt.want)
			}
			noTempFiles(t, dir)
		})
	}
}

func TestFileNames(t *testing.T) {
	tests := []struct {
		got, want string
	}{
		{versionFileName("OFF-2026-0007", 1), "OFF-2026-0007-v1.pdf"},
		{versionFileName("A/B-2026-0001", 2), "A-B-2026-0001-v2.pdf"},
		{versionFileName("..", 1), "proposal-v1.pdf"},
		{previewFileName(&domain.Proposal{ID: 12}), "proposal-12-draft.pdf"},
		{previewFileName(&domain.Proposal{ID: 12, Number: "OFF-2026-0005", Version: 2}), "OFF-2026-0005-v3-draft.pdf"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			if tt.got != tt.want {
				t.Errorf("got %q, want %q", tt.got, tt.want)
			}
		})
	}
}

// TestPreview_realPDFPrintsTheScreensTotals renders the preview through the
// real PDF package and reads it back with pdftotext: the amounts a person
// reads in the PDF are the ones the totals panel showed, in the client's
// language.
func TestPreview_realPDFPrintsTheScreensTotals(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Fatal("pdftotext is not installed; run `make deps-test` (Debian: apt-get install poppler-utils)")
	}
	dw := newDocWorld(t)
	u, s := dw.u, dw.u.proposals
	dw.open("Programmamanager")
	tap(u, s.docs.preview)
	doc := dw.previewd[0]
	b, err := pdf.RenderProposal(doc)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "preview.pdf")
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", "-layout", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	text := spaces(string(out))
	for _, a := range screenAmounts(s.totals, doc.Totals) {
		if a.screen != formatMoney(a.doc) {
			t.Errorf("%s: the screen shows %s, the document %s", a.name, a.screen, formatMoney(a.doc))
		}
		if a.month {
			continue // the PDF prints the monthly invoice in a sentence of its own
		}
		if printed := spaces(a.doc.Format(doc.Lang)); !strings.Contains(text, printed) {
			t.Errorf("%s: the PDF does not print %q", a.name, printed)
		}
	}
}

// screenAmount is one amount of the totals panel beside the document's.
type screenAmount struct {
	name   string
	screen string
	doc    domain.Money
	month  bool
}

func screenAmounts(tp *totalsPanel, t domain.Totals) []screenAmount {
	return []screenAmount{
		{"interim net", tp.interimNet.Text, t.InterimNet, false},
		{"interim VAT", tp.interimVAT.Text, t.InterimVAT, false},
		{"interim total", tp.interimGross.Text, t.InterimGross, false},
		{"interim per month", tp.interimMonthly.Text, t.InterimMonthly, true},
		{"consulting net", tp.consultingNet.Text, t.ConsultingNet, false},
		{"consulting VAT", tp.consultingVAT.Text, t.ConsultingVAT, false},
		{"consulting total", tp.consultingGross.Text, t.ConsultingGross, false},
	}
}

// spaces makes every kind of space a plain one, since pdftotext and the
// money format may differ in which they use.
func spaces(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return ' '
		}
		return r
	}, s)
}

// TestPreview_aFailingStoreSaysSo: a store that cannot print a preview
// (here the fake, whose documents are "not implemented") still offers it,
// and says why it failed with the generic sentence, the detail going to the
// log.
func TestPreview_aFailingStoreSaysSo(t *testing.T) {
	store := proposalStore(t)
	store.proposals = []*domain.Proposal{{ID: 1, ClientID: 1, Title: "Turnaround", Status: domain.ProposalDraft, VATRate: 21, ValidityDays: 30}}
	var logged []string
	u, w := newTestUI(t, store.services(), Options{DocumentsDir: t.TempDir(), PreviewDir: t.TempDir(),
		Logf: func(format string, args ...any) { logged = append(logged, fmt.Sprintf(format, args...)) }})
	s := u.proposals
	press(u, fyne.Key3)
	s.list.selectRow(0)
	u.waitIdle()
	if !s.docs.preview.Visible() {
		t.Fatal("Preview PDF is not offered")
	}
	tap(u, s.docs.preview)
	if !strings.Contains(overlayTexts(w), "Something went wrong") {
		t.Errorf("a preview that failed says %q", overlayTexts(w))
	}
	if !strings.Contains(strings.Join(logged, "\n"), "not implemented") {
		t.Errorf("the log says %q; want the store's detail", logged)
	}
}
