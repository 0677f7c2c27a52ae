package contracts

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// fileMode is the mode of a new contract file: it holds names, fees and
// signatures to come, so only its owner may read it until they share it.
const fileMode fs.FileMode = 0o600

// WriteFileAtomic writes data to path so that path holds its old content or
// all of data, never a part: the bytes go to a temporary file in the same
// folder, are flushed to disk, and the file is renamed over path. When ctx
// is cancelled before the rename, or anything fails, the temporary file is
// removed and path is untouched. An existing file keeps its mode.
func WriteFileAtomic(ctx context.Context, path string, data []byte) (err error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	mode := fileMode
	if info, err := os.Stat(path); err == nil {
		if info.IsDir() {
			return domain.Invalidf("File", "%s is a folder; give a file name.", path)
		}
		mode = info.Mode().Perm()
	}
	tmp, err := os.CreateTemp(dir, "."+base+".*.tmp")
	if err != nil {
		return domain.Invalidf("Folder", "cannot write in %s: %s.", filepath.Clean(dir), pathError(err))
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err := tmp.Write(data); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
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
	return nil
}

// pathError is the system's reason without the operation and path that the
// sentence around it already names: "permission denied".
func pathError(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}
