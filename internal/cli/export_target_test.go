package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// -o never writes the database's own files, replaces
// an existing file only with --force and then keeps its mode, and writes
// through a symbolic link into the file it points to.
func TestExportTargets(t *testing.T) {
	db := demoCopy(t)
	dir := t.TempDir()

	for _, suffix := range []string{"-wal", "-shm", "-journal"} {
		mustRefuse(t, cli(t, "--db", db, "export", "all", "-o", db+suffix, "--force"), "belongs to the database")
		if _, err := os.Lstat(db + suffix); err == nil && suffix == "-journal" {
			t.Errorf("%s was written", db+suffix)
		}
	}

	existing := filepath.Join(dir, "managers.csv")
	if err := os.WriteFile(existing, []byte("old"), 0o640); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(existing, 0o640); err != nil {
		t.Fatal(err)
	}
	mustRefuse(t, cli(t, "--db", db, "export", "managers", "-o", existing), "already exists; add --force")
	if b, _ := os.ReadFile(existing); string(b) != "old" {
		t.Error("the existing file was replaced without --force")
	}
	mustOK(t, cli(t, "--db", db, "export", "managers", "-o", existing, "--force"))
	fi, err := os.Stat(existing)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o640 {
		t.Errorf("the replaced file has mode %v, want the 0640 it had", fi.Mode().Perm())
	}
	if b, _ := os.ReadFile(existing); !strings.Contains(string(b), "Name") {
		t.Errorf("not replaced: %q", b)
	}

	link := filepath.Join(dir, "link.csv")
	if err := os.Symlink(existing, link); err != nil {
		t.Fatal(err)
	}
	mustOK(t, cli(t, "--db", db, "export", "clients", "-o", link, "--force"))
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Error("the link was replaced by a file")
	}
	if b, _ := os.ReadFile(existing); !strings.Contains(string(b), "Legal name") {
		t.Errorf("the file the link points to holds %.40q", b)
	}

	id := demoManagerID(t, db, "gerard")
	mustRefuse(t, cli(t, "--db", db, "managers", "export-personal", itoa(int(id)), "-o", existing), "already exists; add --force")
	mustOK(t, cli(t, "--db", db, "managers", "export-personal", itoa(int(id)), "-o", existing, "--force"))
}

// A backup never writes over a file, and never over the database's
// write-ahead log, which SQLite would read as the database's changes.
func TestBackupRefusesTheDatabasesOwnFiles(t *testing.T) {
	db := demoCopy(t)
	mustRefuse(t, cli(t, "--db", db, "backup", db+"-wal"), "belongs to the database")
	if _, err := os.Lstat(db + "-wal"); err == nil {
		t.Error("the backup was written as the database's log")
	}
}

// A command that finds what a crash left says in one line that it removed
// it, and goes on.
func TestCommandSaysItRemovedLeftovers(t *testing.T) {
	db := demoCopy(t)
	mustOK(t, cli(t, "--db", db, "check"))
	left := filepath.Join(filepath.Dir(db), ".interimdesk", "demo.db.tmp-backup-1.partial")
	if err := os.WriteFile(left, []byte("68 MB"), 0o600); err != nil {
		t.Fatal(err)
	}
	r := cli(t, "--db", db, "check")
	if r.code != 0 {
		t.Errorf("exit %d", r.code)
	}
	if want := "Removed 1 temporary files that an interrupted backup or restore had left: " + left + ".\n"; r.stderr != want {
		t.Errorf("stderr %q, want %q", r.stderr, want)
	}
	if _, err := os.Lstat(left); err == nil {
		t.Error("not removed")
	}
}
