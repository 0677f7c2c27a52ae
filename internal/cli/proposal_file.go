package cli

import (
	"context"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/interimdesk/interimdesk/internal/atomicfile"
	"github.com/interimdesk/interimdesk/internal/contracts"
	"github.com/interimdesk/interimdesk/internal/domain"
)

// outputMode is the mode of a new PDF: it holds client names and day rates,
// so, like the database, only its owner may read it until they share it.
const outputMode = atomicfile.NewFileMode

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
		return contracts.WriteError(contracts.OutputFlagWording, path, &atomicfile.IsDirError{Path: path})
	}
	return nil
}

// writeFileAtomic writes what write produces to path so that path holds
// either its old content or the whole new content, never a part (see
// internal/atomicfile), after refusing a path that cannot be written.
func writeFileAtomic(path string, write func(io.Writer) error) error {
	if err := checkOutput(path); err != nil {
		return err
	}
	return contracts.WriteError(contracts.OutputFlagWording, path, atomicfile.Write(context.Background(), path, write))
}

// pathErrorText is the system's reason without the operation and path that
// the sentence around it already names: "permission denied".
func pathErrorText(err error) domain.Word { return domain.Word(atomicfile.Reason(err)) }
