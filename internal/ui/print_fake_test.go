package ui

import (
	"context"
	"sync"

	"github.com/interimdesk/interimdesk/internal/printing"
)

// fakePrinting is a print service that records what it was given and
// answers like internal/printing: a paused printer's job waits.
type fakePrinting struct {
	mu       sync.Mutex
	printers []printing.Printer
	err      error
	jobs     []fakeJob
}

type fakeJob struct {
	path string
	o    printing.Options
}

func (f *fakePrinting) Printers(context.Context) ([]printing.Printer, error) {
	return f.printers, nil
}

func (f *fakePrinting) Print(_ context.Context, path string, o printing.Options) (printing.Job, error) {
	if f.err != nil {
		return printing.Job{}, f.err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	f.jobs = append(f.jobs, fakeJob{path, o})
	for _, p := range f.printers {
		if p.Name == o.Printer {
			return printing.Job{ID: p.Name + "-1", Printer: p.Name, Waiting: p.Paused, Reason: p.Reason}, nil
		}
	}
	return printing.Job{}, printing.ErrNoDefault
}

func (f *fakePrinting) sent() []fakeJob {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]fakeJob(nil), f.jobs...)
}

// printDialog is the print dialog the window shows last.
func (ew *engWorld) printDialog() *printDialog {
	ew.t.Helper()
	ew.u.waitIdle()
	pd := shownLast[*printDialog](ew.u)
	if pd == nil {
		ew.t.Fatal("no print dialog was shown")
	}
	forgetShown[*printDialog](ew.u)
	return pd
}
