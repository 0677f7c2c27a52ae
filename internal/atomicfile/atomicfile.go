// Package atomicfile writes a file so that it holds either its old content or
// the whole new content, never a part. Proposals, contracts and exports are
// written this way by the command line, the desktop and the batch printer, so
// a crash, a full disk or a cancelled batch never leaves a half-written file.
package atomicfile

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// NewFileMode is the mode of a file that did not exist before: documents and
// exports hold client names, fees and personal data, so, like the database,
// only their owner may read them until they share them.
const NewFileMode fs.FileMode = 0o600

// FolderError says the folder cannot take a new file (missing, read-only, not
// a folder); callers turn it into a sentence that names the folder.
type FolderError struct {
	Dir string
	Err error
}

func (e *FolderError) Error() string { return "cannot write in " + e.Dir + ": " + Reason(e.Err) }
func (e *FolderError) Unwrap() error { return e.Err }

// IsDirError says path names a folder where a file was expected.
type IsDirError struct{ Path string }

func (e *IsDirError) Error() string { return e.Path + " is a folder" }

// Write writes what write produces to path: the bytes go to a temporary file
// in the same folder (a rename does not cross file systems), are flushed to
// disk, and the file is then renamed over path, and the folder synced so the
// rename itself survives a crash. When ctx is cancelled before the rename,
// or anything fails, the temporary file is removed and path is untouched.
// An existing file keeps its mode; a new one gets NewFileMode.
func Write(ctx context.Context, path string, write func(io.Writer) error) (err error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	mode := NewFileMode
	if info, err := os.Stat(path); err == nil {
		if info.IsDir() {
			return &IsDirError{Path: path}
		}
		mode = info.Mode().Perm()
	}
	tmp, err := os.CreateTemp(dir, "."+base+".*.tmp")
	if err != nil {
		return &FolderError{Dir: filepath.Clean(dir), Err: err}
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if err := write(tmp); err != nil {
		return err
	}
	if err := tmp.Chmod(mode); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	// Without the sync a crash shortly after the rename can leave an empty
	// file under the new name on some file systems.
	if err := tmp.Sync(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	syncFolder(dir)
	return nil
}

// WriteBytes is Write for bytes already in memory.
func WriteBytes(ctx context.Context, path string, data []byte) error {
	return Write(ctx, path, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// syncFolder makes the rename durable. It is best effort: Windows cannot open
// a folder for syncing, and the file is complete either way.
func syncFolder(dir string) {
	d, err := os.Open(dir)
	if err != nil {
		return
	}
	d.Sync()
	d.Close()
}

// Reason is the system's reason without the operation and path that the
// sentence around it already names: "permission denied", "no space left on
// device".
func Reason(err error) string {
	var pe *fs.PathError
	var le *os.LinkError
	switch {
	case errors.As(err, &pe):
		return pe.Err.Error()
	case errors.As(err, &le):
		return le.Err.Error()
	}
	return err.Error()
}
