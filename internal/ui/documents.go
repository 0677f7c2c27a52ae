package ui

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// docOutput writes documents and shows them: behind a progress dialog, in
// the system's viewer or on the printer, in the documents or preview
// folder, or where a "Save as…" dialog says. The proposals and
// engagements screens and the data menu share the window's one; it holds
// no screen and no App.
type docOutput struct {
	parts widgetParts
	// opts are the window's options: OpenFile, Printing, DocumentsDir,
	// PreviewDir and Logf are used.
	opts Options
}

func newDocOutput(parts widgetParts, opts Options) *docOutput {
	return &docOutput{parts: parts, opts: opts}
}

func (u *docOutput) logf(format string, args ...any) { u.opts.Logf(format, args...) }

// withProgress runs work off the UI goroutine behind a dialog with a
// progress bar, so rendering or writing a document never freezes the
// window. Work returns what to do on the UI goroutine afterwards; an error
// goes to showError instead.
func (u *docOutput) withProgress(title, message string, work func(ctx context.Context) (func(), error)) {
	bar := widget.NewProgressBarInfinite()
	progress := dialog.NewCustomWithoutButtons(title, container.NewVBox(widget.NewLabel(message), bar), u.parts.win)
	progress.Show()
	u.parts.work.background(func(ctx context.Context) func() {
		then, err := work(ctx)
		return func() {
			bar.Stop()
			progress.Hide()
			if err != nil {
				u.parts.showError(err)
				return
			}
			if then != nil {
				then()
			}
		}
	})
}

// openWritten opens a document that was just written in the system's
// viewer. It runs in the background, since a viewer can take a moment to
// start, and returns what to say on the UI goroutine: nothing when the
// viewer opened it, else where the file is.
func (u *docOutput) openWritten(path string) func() {
	if u.opts.OpenFile == nil {
		return func() {
			showInfo(u.parts.win, lang.L("Document written"),
				lang.L("The document was written to {{.Path}}.", map[string]any{"Path": path}))
		}
	}
	if err := u.opts.OpenFile(path); err != nil {
		// The file exists; only the viewer failed. Say where it is.
		u.logf("interimdesk: opening %s: %v", path, err)
		return func() {
			showInfo(u.parts.win, lang.L("Document written"),
				lang.L("The document was written to {{.Path}}, but no viewer could open it.", map[string]any{"Path": path}))
		}
	}
	return nil
}

// fileSaveDialog asks where to save a file, starting in dir with name
// filled in, and returns it, shown. The recorder is told of it, so tests
// can tap its real buttons.
// chosen gets the path only; it writes the file with writeFileAtomic, and
// a file chosen to be replaced keeps its content until then (see
// file_overwrite.go).
func (u *docOutput) fileSaveDialog(dir, name string, chosen func(path string)) *dialog.FileDialog {
	if !openFilesLazily() {
		u.logf("interimdesk: the file repository cannot be wrapped; the save dialog empties a file it replaces before the new one is written")
	}
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			// The chosen place could not be opened for writing
			// (permission denied, say): a sentence naming it.
			var pe *fs.PathError
			if errors.As(err, &pe) {
				err = fileError(pe.Path, err)
			}
			u.parts.showError(err)
			return
		}
		if w == nil {
			return // cancelled
		}
		// The writer is closed unused: it has not opened the file, so an
		// existing one is untouched and a new one not created yet. The
		// bytes are written next to it and renamed over it, so the file
		// is never left half written, nor emptied by a failed write.
		uri := w.URI()
		w.Close()
		if uri.Scheme() != "file" {
			u.parts.showError(domain.Errorf(domain.EINVALID, "Choose a file on this computer; %s cannot be written to.", uri))
			return
		}
		chosen(uri.Path())
	}, u.parts.win)
	d.SetFileName(name)
	if loc := listableDir(dir); loc != nil {
		d.SetLocation(loc)
	}
	d.Resize(fyne.NewSize(760, 520))
	u.parts.rec.shown(d)
	d.Show()
	return d
}

// listableDir is dir, or the nearest folder above it that exists, as a
// start for a file dialog; nil when none can be listed.
func listableDir(dir string) fyne.ListableURI {
	for dir != "" {
		if fi, err := os.Stat(dir); err == nil && fi.IsDir() {
			if l, err := storage.ListerForURI(storage.NewFileURI(dir)); err == nil {
				return l
			}
			return nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			break
		}
		dir = parent
	}
	return nil
}
