package ui

import (
	"context"
	"fmt"
	"github.com/interimdesk/interimdesk/internal/printing"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/interimdesk/interimdesk/internal/demo"
	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/sqlite"
)

// engWorld is the window on a real database file holding the sample data,
// with every engagement service (life cycle, contracts, clause library), a
// viewer and a printer that only note what they were given, and the
// documents folder in the test's temp dir.
//
// The sample's engagements, on the test's day (Saturday 9 May 2026):
//
//	CFO ad interim                    active   23 Feb – 23 Aug 2026, 4 d/w, manager at most 4
//	Supply chain director ad interim  planned  30 May – 18 Sep 2026, 3 d/w
//	Operationeel directeur ad interim active, entered by hand
//	and a completed, a terminated and a completed consulting one.
type engWorld struct {
	t    *testing.T
	db   *sqlite.DB
	svc  domain.Services
	u    *App
	w    fyne.Window
	docs string

	mu      sync.Mutex
	opened  []string
	printer *fakePrinting
}

// engOptions change the world for one test.
type engOptions struct {
	// render prints contracts; nil means fakeContractPDF.
	render domain.ContractRenderer
	// printErr makes the recording printer refuse; noPrinter leaves
	// Options.Printing nil, as on a system without lp.
	printErr  error
	noPrinter bool
	// setUp runs on the loaded store before the window opens.
	setUp func(svc domain.Services)
}

func newEngWorld(t *testing.T, o engOptions) *engWorld {
	t.Helper()
	ew := &engWorld{t: t, docs: filepath.Join(t.TempDir(), "Interim Desk")}
	ew.db = openStore(t)
	render := o.render
	if render == nil {
		render = func(_ context.Context, d *domain.ContractDocument) ([]byte, error) { return fakeContractPDF(d), nil }
	}
	ew.svc = servicesWith(ew.db, render)
	if err := demo.Load(context.Background(), ew.svc, domain.DateOf(testNow)); err != nil {
		t.Fatal(err)
	}
	if o.setUp != nil {
		o.setUp(ew.svc)
	}
	opts := Options{
		DocumentsDir: ew.docs,
		OpenFile: func(path string) error {
			ew.mu.Lock()
			defer ew.mu.Unlock()
			ew.opened = append(ew.opened, path)
			return nil
		},
	}
	ew.printer = &fakePrinting{err: o.printErr, printers: []printing.Printer{
		{Name: "PDF", Default: true, Accepting: true},
		{Name: "Office", Paused: true, Accepting: true, Reason: "Paper jam"},
		{Name: "Lab", Reason: "Out of service"},
	}}
	if !o.noPrinter {
		opts.Printing = ew.printer
	}
	ew.u, ew.w = newTestUI(t, ew.svc, opts)
	ew.w.Resize(fyne.NewSize(1280, 800))
	press(ew.u, fyne.Key4)
	return ew
}

// fakeContractPDF is a small document that says which contract, version
// and clause texts it was rendered from, so tests can tell prints apart.
func fakeContractPDF(d *domain.ContractDocument) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, "%%PDF-1.4\n%% %s version %d of engagement %d, role %s\n", d.Number, d.Version, d.Engagement.ID, d.Engagement.Role)
	for _, c := range d.Clauses {
		fmt.Fprintf(&b, "%% %s: %s\n", c.Key, strings.ReplaceAll(c.Body, "\n", " "))
	}
	b.WriteString("%%EOF\n")
	return []byte(b.String())
}

// open selects the engagement whose role holds role, as a user would, and
// returns it as the form shows it.
func (ew *engWorld) open(role string) *domain.Engagement {
	ew.t.Helper()
	s := ew.u.engagements
	for i := 0; i < s.list.pager.count(); i++ {
		e, ok := s.list.pager.item(i)
		if ok && strings.Contains(e.Role, role) {
			s.list.selectRow(i)
			ew.u.waitIdle()
			if s.loaded == nil || s.loaded.ID != e.ID {
				ew.t.Fatalf("selecting %q opened %+v", role, s.loaded)
			}
			return s.loaded
		}
	}
	ew.t.Fatalf("no engagement with role %q in the list", role)
	return nil
}

// stored is the engagement as the store keeps it.
func (ew *engWorld) stored(id int64) *domain.Engagement {
	ew.t.Helper()
	e, err := ew.svc.Engagements.FindEngagementByID(context.Background(), id)
	if err != nil {
		ew.t.Fatal(err)
	}
	return e
}

// history is what the store logged about an engagement, one "what: detail"
// per event.
func (ew *engWorld) history(id int64) []string {
	ew.t.Helper()
	evs, err := ew.svc.Lifecycle.EngagementHistory(context.Background(), id)
	if err != nil {
		ew.t.Fatal(err)
	}
	var out []string
	for _, ev := range evs {
		out = append(out, string(ev.What)+": "+ev.Detail)
	}
	return out
}

// count is the number of engagements in the store.
func (ew *engWorld) count() int {
	ew.t.Helper()
	_, n, err := ew.svc.Engagements.FindEngagements(context.Background(), domain.EngagementFilter{})
	if err != nil {
		ew.t.Fatal(err)
	}
	return n
}

func (ew *engWorld) lastOpened() string {
	ew.mu.Lock()
	defer ew.mu.Unlock()
	if len(ew.opened) == 0 {
		return ""
	}
	return ew.opened[len(ew.opened)-1]
}

func (ew *engWorld) printedFiles() []string {
	var paths []string
	for _, j := range ew.printer.sent() {
		paths = append(paths, j.path)
	}
	return paths
}

// closeDialogs removes every dialog, as pressing Escape on each would.
func (ew *engWorld) closeDialogs() {
	for ew.w.Canvas().Overlays().Top() != nil {
		ew.w.Canvas().Overlays().Remove(ew.w.Canvas().Overlays().Top())
	}
}

// history lines that hold a text.
func linesWith(lines []string, text string) []string {
	var out []string
	for _, l := range lines {
		if strings.Contains(l, text) {
			out = append(out, l)
		}
	}
	return out
}

// overlayEntry is the first entry of the topmost dialog, for a dialog
// with a single field such as the override's reason.
func overlayEntry(t *testing.T, w fyne.Window) *textField {
	t.Helper()
	top := w.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no dialog is open; wanted an entry")
	}
	for _, o := range objects(top) {
		if e, ok := o.(*textField); ok {
			return e
		}
	}
	t.Fatalf("the dialog has no entry; it says:\n%s", overlayTexts(w))
	return nil
}

// pdfFiles lists the PDF files in dir.
func pdfFiles(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".pdf") {
			out = append(out, e.Name())
		}
	}
	return out
}
