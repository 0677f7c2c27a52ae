package ui

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// screenError is a person's mistake in a sentence already in the screen
// language, for the few the store and the readers do not phrase
// themselves.
func screenError(msg string) error {
	return &domain.Error{Code: domain.EINVALID, Message: msg}
}

// chooseFile asks for a file to read, showing only files ending in one of
// exts, starting in the folder start ("" for the one used last), and hands
// its path to chosen. The dialog is kept for tests.
func (u *App) chooseFile(title string, exts []string, start string, chosen func(path string)) {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			var pe *fs.PathError
			if errors.As(err, &pe) {
				err = readError(pe.Path, err)
			}
			u.showError(err)
			return
		}
		if r == nil {
			return // cancelled
		}
		// The file is read again by path, off the UI goroutine and, for an
		// import, twice (the preview, then the import).
		uri := r.URI()
		r.Close()
		if uri.Scheme() != "file" {
			u.showError(screenError(lang.X("file.notLocal", "Choose a file on this computer; {{.File}} cannot be read from here.", map[string]any{"File": uri.String()})))
			return
		}
		chosen(uri.Path())
	}, u.win)
	d.SetTitleText(title)
	d.SetFilter(storage.NewExtensionFileFilter(exts))
	if loc := listableDir(start); loc != nil {
		d.SetLocation(loc)
	}
	d.Resize(fyne.NewSize(760, 520))
	u.data.open = d
	d.Show()
}

// openForReading opens a file chosen to import or restore, with a sentence
// a person can act on when that fails.
func openForReading(path string) (*os.File, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, readError(path, err)
	}
	return f, nil
}

// readError says why a file cannot be read, in the command line's words.
func readError(path string, err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return domain.Errorf(domain.ENOTFOUND, "There is no file %s; check the name.", path)
	case errors.Is(err, fs.ErrPermission):
		return domain.Errorf(domain.EINVALID, "%s cannot be read: permission denied.", path)
	}
	return err
}

// writeExport writes an export to path whole or not at all (see
// writeFileAtomic): a disk that fills up halfway, or an export that fails,
// leaves the file chosen as it was, never half an export that looks whole.
// An export holds personal data, so a new file is readable by its owner
// only (atomicfile.NewFileMode); a file it replaces keeps its mode, as the
// command line's exports do.
func writeExport(path string, write func(w io.Writer) error) error {
	var buf bytes.Buffer
	if err := write(&buf); err != nil {
		return err
	}
	return writeFileAtomic(path, buf.Bytes())
}

// saveExport asks where to write an export, starting in the documents
// folder with name filled in. Only files of the export's kind are listed,
// so that the database and its backups are not one click away from being
// replaced by an export.
func (u *App) saveExport(name string, chosen func(path string)) {
	d := u.docs.fileSaveDialog(u.exportDir(), name, chosen)
	d.SetFilter(storage.NewExtensionFileFilter([]string{filepath.Ext(name)}))
}

// exportName is a file name for an export made today: "managers-2026-05-09.csv".
func (u *App) exportName(stem, ext string) string {
	return stem + "-" + u.today().String() + ext
}

// exportDir is where the save dialog of an export starts: the documents
// folder, else wherever the dialog was last.
func (u *App) exportDir() string {
	dir, err := u.docs.documentsDir()
	if err != nil {
		return ""
	}
	return filepath.Clean(dir)
}
