package ui

import (
	"os"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage/repository"
)

// Choosing an existing file in Fyne's save dialog must not destroy it.
//
// In Fyne v2.7.1 the dialog's Save button (dialog/file.go, makeOpenButton)
// asks "Overwrite?" and then calls the callback with storage.Writer(location).
// For a file on this computer that is the "file" repository's Writer, which
// opens with os.Create (internal/repository/file.go, openFile with
// truncate): the chosen file is emptied at that moment, before our callback
// runs and before a byte of the new content exists. Our callback never
// writes through that writer: the content goes to a temporary file that is
// renamed over the chosen one (writeFileAtomic). So if the export or the
// rename then fails, the old file would already be gone. The dialog has no
// option to hand over the chosen location without opening it, and on Linux
// outside Flatpak, on Windows and on macOS Fyne shows this dialog itself
// (the Flatpak portal ends in storage.Writer too).
//
// So the "file" repository is wrapped: its writers open the file only at
// their first Write. The save dialog's callback closes the writer unused,
// and the chosen file stays exactly as it was until the rename replaces it
// whole. Anything that does write through storage.Writer gets the same
// truncating writer as before, merely opened a moment later.

// fileRepository is everything Fyne's own file repository does; the wrapper
// passes all of it on except Writer.
type fileRepository interface {
	repository.AppendableRepository
	repository.DeleteAllRepository
	repository.HierarchicalRepository
	repository.ListableRepository
	repository.CopyableRepository
	repository.MovableRepository
}

// lazyFileRepository is Fyne's file repository with writers that open
// the file at their first Write.
type lazyFileRepository struct {
	fileRepository
}

// openFilesLazily registers the wrapper for "file" URIs, once per Fyne
// driver (each registers its own repository when it starts). It reports
// false when the registered repository is not one it can wrap; the save
// dialog then empties a file it replaces, as Fyne does.
func openFilesLazily() bool {
	repo, err := repository.ForScheme("file")
	if err != nil {
		return false
	}
	switch r := repo.(type) {
	case *lazyFileRepository:
		return true
	case fileRepository:
		// Register hands the replaced repository's Destroy the scheme;
		// Fyne's file repository holds nothing to destroy, and the
		// wrapper goes on using it.
		repository.Register("file", &lazyFileRepository{r})
		return true
	}
	return false
}

// Writer checks at once that an existing file may be written, so that the
// dialog's callback still hears "permission denied" for a read-only file,
// but opens it without truncating it, and only to check.
func (r *lazyFileRepository) Writer(u fyne.URI) (fyne.URIWriteCloser, error) {
	if fi, err := os.Stat(u.Path()); err == nil && !fi.IsDir() {
		f, err := os.OpenFile(u.Path(), os.O_WRONLY, 0)
		if err != nil {
			return nil, err
		}
		f.Close()
	}
	return &lazyWriter{uri: u, open: func() (fyne.URIWriteCloser, error) { return r.fileRepository.Writer(u) }}, nil
}

// lazyWriter opens its file, truncating it, at the first Write. Closed
// without a Write, it leaves the file as it was, and creates none.
type lazyWriter struct {
	uri  fyne.URI
	open func() (fyne.URIWriteCloser, error)
	w    fyne.URIWriteCloser
}

func (l *lazyWriter) URI() fyne.URI { return l.uri }

func (l *lazyWriter) Write(p []byte) (int, error) {
	if l.w == nil {
		w, err := l.open()
		if err != nil {
			return 0, err
		}
		l.w = w
	}
	return l.w.Write(p)
}

func (l *lazyWriter) Close() error {
	if l.w == nil {
		return nil
	}
	return l.w.Close()
}
