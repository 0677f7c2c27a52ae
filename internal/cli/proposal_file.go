package cli

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// outputMode is the mode of a new PDF: it holds client names and day rates,
// so, like the database, only its owner may read it until they share it.
const outputMode fs.FileMode = 0o600

// checkOutput refuses an -o path that cannot be written before any work is
// done: a missing folder, a folder given as the file. It creates nothing.
func checkOutput(path string) error {
	dir := filepath.Dir(path)
	info, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return domain.Errorf(domain.EINVALID, "Output file: the folder %s does not exist; create it first or choose another place with -o.", dir)
	case err != nil:
		return domain.Errorf(domain.EINVALID, "Output file: cannot use the folder %s: %s.", dir, pathErrorText(err))
	case !info.IsDir():
		return domain.Errorf(domain.EINVALID, "Output file: %s is a file, not a folder; choose another place with -o.", dir)
	}
	if info, err := os.Stat(path); err == nil && info.IsDir() {
		return domain.Errorf(domain.EINVALID, "Output file: %s is a folder; give a file name such as %s.", path, filepath.Join(path, "proposal.pdf"))
	}
	return nil
}

// writeFileAtomic writes what write produces to path so that path holds
// either its old content or the whole new content, never a part: the bytes
// go to a temporary file in the same folder (a rename does not cross file
// systems), are flushed to disk, and the file is then renamed over path.
// On any failure the temporary file is removed and path is untouched. An
// existing file keeps its mode; a new one gets outputMode.
func writeFileAtomic(path string, write func(io.Writer) error) (err error) {
	if err := checkOutput(path); err != nil {
		return err
	}
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	mode := outputMode
	if info, err := os.Stat(path); err == nil {
		mode = info.Mode().Perm()
	}
	tmp, err := os.CreateTemp(dir, "."+base+".*.tmp")
	if err != nil {
		return domain.Errorf(domain.EINVALID, "Output file: cannot write in %s: %s.", filepath.Clean(dir), pathErrorText(err))
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
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	syncFolder(dir)
	return nil
}

// syncFolder makes the rename itself durable. It is best effort: Windows
// cannot open a folder for syncing, and the file is complete either way.
func syncFolder(dir string) {
	d, err := os.Open(dir)
	if err != nil {
		return
	}
	d.Sync()
	d.Close()
}

// pathErrorText is the system's reason without the operation and path that
// the sentence around it already names: "permission denied".
func pathErrorText(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}
