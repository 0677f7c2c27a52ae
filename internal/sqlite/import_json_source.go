package sqlite

import (
	"fmt"
	"io"
	"os"
)

// exportSource gives the file ImportJSON reads as bytes it can read twice
// (see exportFile), from where r stands to its end. A file on the disk, as
// the command line and the desktop hand over (*os.File), and a
// bytes.Reader are read in place. Anything else — a pipe, stdin, a
// network stream — cannot be read twice and is first copied to a
// temporary file, readable by its owner only (os.CreateTemp makes it
// 0600: it holds personal data), which done removes.
func exportSource(r io.Reader) (src io.ReaderAt, size int64, done func(), err error) {
	if f, ok := r.(interface {
		io.ReaderAt
		io.Seeker
	}); ok {
		// A pipe is an *os.File too, but cannot seek: it is copied.
		if start, err := f.Seek(0, io.SeekCurrent); err == nil {
			if end, err := f.Seek(0, io.SeekEnd); err == nil {
				if _, err := f.Seek(start, io.SeekStart); err == nil {
					return io.NewSectionReader(f, start, end-start), end - start, func() {}, nil
				}
			}
		}
	}
	tmp, err := os.CreateTemp("", "interimdesk-import-*.json")
	if err != nil {
		return nil, 0, nil, spoolError(err)
	}
	done = func() {
		tmp.Close()
		os.Remove(tmp.Name())
	}
	w := &spoolWriter{f: tmp}
	size, err = io.Copy(w, r)
	switch {
	case w.err != nil:
		err = spoolError(w.err)
	case err != nil:
		err = fmt.Errorf("read the file to import: %w", err)
	}
	if err != nil {
		done()
		return nil, 0, nil, err
	}
	return tmp, size, done, nil
}

// spoolWriter keeps the error of writing the temporary copy apart from
// that of reading what is copied.
type spoolWriter struct {
	f   *os.File
	err error
}

func (w *spoolWriter) Write(p []byte) (int, error) {
	n, err := w.f.Write(p)
	if err != nil {
		w.err = err
	}
	return n, err
}

// spoolError says why the temporary copy could not be made, as a full or
// read-only disk is said everywhere.
func spoolError(err error) error {
	return storageError("the temporary folder "+os.TempDir(), fmt.Errorf("copy the file to import: %w", err))
}
