//go:build cgo

package main

import (
	"context"
	"net/url"
	"path/filepath"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"

	"github.com/interimdesk/interimdesk/assets"
	"github.com/interimdesk/interimdesk/internal/demo"
	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/printing"
	"github.com/interimdesk/interimdesk/internal/ui"
)

// showWindow runs the window on svc until it is closed, whichever store
// is behind it; title says which database it is on when that is not the
// person's own file. opts brings what only the store knows (IsEmpty, a
// restore's outcome); the rest is filled in here. firstTurn is closed at
// the window's first turn of its event loop.
func showWindow(svc domain.Services, opts ui.Options, title string, firstTurn chan struct{}) {
	a := app.NewWithID("eu.interimdesk.app")
	a.SetIcon(fyne.NewStaticResource("icon.png", assets.Icon))
	w := a.NewWindow(title)
	w.SetMaster()
	opts.Now = time.Now
	opts.LoadSample = func(ctx context.Context) error {
		return demo.Load(ctx, svc, domain.DateOf(time.Now()))
	}
	opts.OpenFile = func(p string) error {
		abs, err := filepath.Abs(p)
		if err != nil {
			return err
		}
		return a.OpenURL(&url.URL{Scheme: "file", Path: abs})
	}
	// A nil *printing.Service in the interface would not be nil: only a
	// machine with lp gets one, the others open the file in the viewer.
	if p := printing.Find(); p != nil {
		opts.Printing = p
	}
	u := ui.New(a, w, svc, opts)
	a.Lifecycle().SetOnStarted(func() { close(firstTurn) })
	logStartTimes(firstTurn, time.Now())
	w.ShowAndRun()
	u.Close()
}
