package cli

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/interimdesk/interimdesk/internal/atomicfile"
	"github.com/interimdesk/interimdesk/internal/csvio"
	"github.com/interimdesk/interimdesk/internal/domain"
)

// exportCmd is "export clients|managers|all -o FILE".
func (a *app) exportCmd(args []string) error {
	fs := newFlagSet("export")
	out := fs.String("o", "", "the `FILE` to write (required; - for stdout)")
	force := fs.Bool("force", false, "replace the file named by -o if it exists")
	delimiter := fs.String("delimiter", ";", "CSV cell separator: ; (Excel with Dutch or Belgian settings), , or tab")
	noBOM := fs.Bool("no-bom", false, "CSV without the byte-order mark Excel needs to see UTF-8")
	pos, err := parseArgs(fs, exportUsage, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usageErrorf(exportUsage, "want what to export: clients, managers or all")
	}
	if *out == "" {
		return usageErrorf(exportUsage, "missing -o FILE, the file to write")
	}
	wo := csvio.WriteOptions{NoBOM: *noBOM}
	switch *delimiter {
	case ";", ",":
		wo.Delimiter = rune((*delimiter)[0])
	case "tab", "\t", `\t`:
		wo.Delimiter = '\t'
	default:
		return usageErrorf(exportUsage, "--delimiter must be ;, , or tab, not %q", *delimiter)
	}

	var write func(s domain.Services, w io.Writer) (int, error)
	switch pos[0] {
	case "clients":
		write = func(s domain.Services, w io.Writer) (int, error) {
			cs, err := s.Data.AllClients(a.ctx)
			if err != nil {
				return 0, err
			}
			return len(cs), csvio.WriteClients(w, cs, wo)
		}
	case "managers":
		write = func(s domain.Services, w io.Writer) (int, error) {
			ms, err := s.Data.AllManagers(a.ctx)
			if err != nil {
				return 0, err
			}
			return len(ms), csvio.WriteManagers(w, ms, wo)
		}
	case "all":
		write = func(s domain.Services, w io.Writer) (int, error) { return -1, s.Data.ExportJSON(a.ctx, w) }
	default:
		return usageErrorf(exportUsage, "cannot export %q; export clients, managers or all", pos[0])
	}

	var n int
	err = a.withStore(mustExist, func(st *store) error {
		return writeOutput(a, *out, st.path, *force, func(w io.Writer) error {
			var err error
			n, err = write(st.svc, w)
			return err
		})
	})
	if err != nil || *out == "-" {
		return err
	}
	switch {
	case n < 0:
		a.say("Exported the whole database to %s.", *out)
	case pos[0] == "clients":
		a.say("Exported %d clients to %s.", n, *out)
	default:
		a.say("Exported %d managers to %s.", n, *out)
	}
	return nil
}

// writeOutput writes a file the safe way: into a private temporary file in
// the same folder, flushed to the disk, then renamed over the name, so
// that a failure never leaves half a file. "-" writes to stdout.
//
// Only a regular file is written (checkExportTarget): the database and the files
// SQLite keeps beside it are refused, and so are a device, a pipe or a
// socket, which the rename would replace by a file (as root, "-o
// /dev/null" did); an existing file is replaced only with force, and
// keeps its mode. A name that is a symbolic link writes the file the link
// points to.
func writeOutput(a *app, path, dbPath string, force bool, write func(io.Writer) error) error {
	if path == "-" {
		return write(a.stdout)
	}
	abs, err := checkExportTarget(path, dbPath, force)
	if err != nil {
		return err
	}
	err = atomicfile.Write(a.ctx, abs, func(w io.Writer) error {
		bw := bufio.NewWriter(w)
		if err := write(bw); err != nil {
			return err
		}
		return bw.Flush()
	})
	if err != nil {
		return outputError(path, err)
	}
	return nil
}

// checkExportTarget says whether path may be written as the output of a command
// on the database at dbPath, and returns the file to write: the absolute
// path, or the file a symbolic link points to.
func checkExportTarget(path, dbPath string, force bool) (string, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", fmt.Errorf("write %s: %w", path, err)
	}
	if real, err := filepath.EvalSymlinks(abs); err == nil {
		abs = real
	}
	if dbPath != "" { // "" is the shared database, on its server
		dbReal := dbPath
		if r, err := filepath.EvalSymlinks(dbPath); err == nil {
			dbReal = r
		}
		if same(abs, dbPath) || abs == dbReal {
			return "", domain.Errorf(domain.EINVALID, "%s is the database itself; choose another file to write.", path)
		}
		for _, suffix := range []string{"-wal", "-shm", "-journal"} {
			if same(abs, dbPath+suffix) || abs == dbReal+suffix {
				return "", domain.Errorf(domain.EINVALID, "%s belongs to the database (SQLite keeps its changes there); choose another file to write.", path)
			}
		}
	}
	fi, err := os.Stat(abs)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return abs, nil
	case err != nil:
		return "", outputError(path, err)
	case fi.IsDir():
		return "", domain.Errorf(domain.EINVALID, "%s is a folder; name a file to write.", path)
	case !fi.Mode().IsRegular():
		return "", domain.Errorf(domain.EINVALID, "%s is not a regular file (a device, a pipe or a socket); name a file to write. Nothing was written.", path)
	case !force:
		return "", domain.Errorf(domain.EINVALID, "%s already exists; add --force to replace it. Nothing was written.", path)
	}
	return abs, nil
}

// same reports whether two paths name one file.
func same(a, b string) bool {
	fa, err1 := os.Stat(a)
	fb, err2 := os.Stat(b)
	if err1 != nil || err2 != nil {
		return a == b
	}
	return os.SameFile(fa, fb)
}

// outputError turns a write failure into a sentence; coded errors from the
// writers pass as they are.
func outputError(path string, err error) error {
	var de *domain.Error
	switch {
	case errors.As(err, &de):
		return err
	case errors.Is(err, fs.ErrNotExist):
		return domain.Errorf(domain.EINVALID, "Cannot write %s: its folder does not exist.", path)
	case errors.Is(err, fs.ErrPermission):
		return domain.Errorf(domain.EINVALID, "Cannot write %s: permission denied.", path)
	}
	return domain.Errorf(domain.EINVALID, "Cannot write %s (%v); nothing was written.", path, err)
}
