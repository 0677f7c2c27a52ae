package cli

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/interimdesk/interimdesk/internal/atomicfile"
	"github.com/interimdesk/interimdesk/internal/csvio"
	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/sqlite"
)

// exportCmd is "export clients|managers|all -o FILE".
func (a *app) exportCmd(args []string) error {
	fs := newFlagSet("export")
	out := fs.String("o", "", "the `FILE` to write (required; - for stdout); an existing file is replaced")
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

	var write func(db *sqlite.DB, w io.Writer) (int, error)
	switch pos[0] {
	case "clients":
		write = func(db *sqlite.DB, w io.Writer) (int, error) {
			cs, err := db.AllClients(a.ctx)
			if err != nil {
				return 0, err
			}
			return len(cs), csvio.WriteClients(w, cs, wo)
		}
	case "managers":
		write = func(db *sqlite.DB, w io.Writer) (int, error) {
			ms, err := db.AllManagers(a.ctx)
			if err != nil {
				return 0, err
			}
			return len(ms), csvio.WriteManagers(w, ms, wo)
		}
	case "all":
		write = func(db *sqlite.DB, w io.Writer) (int, error) { return -1, db.ExportJSON(a.ctx, w) }
	default:
		return usageErrorf(exportUsage, "cannot export %q; export clients, managers or all", pos[0])
	}

	db, err := a.open(mustExist)
	if err != nil {
		return err
	}
	defer db.Close()
	var n int
	err = writeOutput(a, *out, db.Path(), func(w io.Writer) error {
		var err error
		n, err = write(db, w)
		return err
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
// that a failure never leaves half a file. "-" writes to stdout. The
// database itself is never a target.
func writeOutput(a *app, path, dbPath string, write func(io.Writer) error) error {
	if path == "-" {
		return write(a.stdout)
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if same(abs, dbPath) {
		return domain.Errorf(domain.EINVALID, "%s is the database itself; choose another file to write.", path)
	}
	if fi, err := os.Stat(abs); err == nil && fi.IsDir() {
		return domain.Errorf(domain.EINVALID, "%s is a folder; name a file to write.", path)
	}
	// Exports hold personal data: an existing file is made private first,
	// since atomicfile keeps the mode it finds.
	if err := os.Chmod(abs, atomicfile.NewFileMode); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return outputError(path, err)
	}
	err = atomicfile.Write(context.Background(), abs, func(w io.Writer) error {
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
