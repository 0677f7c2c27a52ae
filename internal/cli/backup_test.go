package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// backupStamp is how backups made at testNow are named.
var backupStamp = testNow.In(time.Local).Format("2006-01-02T150405")

func TestBackupCommand(t *testing.T) {
	path := demoCopy(t)
	dir := filepath.Dir(path)

	r := cli(t, "--db", path, "backup")
	mustOK(t, r)
	auto := filepath.Join(dir, "backups", "demo-"+backupStamp+".db")
	if !strings.HasPrefix(r.stdout, "Backed up "+path+" to "+auto+" (") {
		t.Errorf("stdout %q", r.stdout)
	}
	assertPrivate(t, auto)
	if counts(t, auto) != counts(t, path) {
		t.Error("the backup holds other data")
	}

	named := filepath.Join(t.TempDir(), "before-the-audit.db")
	mustOK(t, cli(t, "--db", path, "backup", named))
	assertPrivate(t, named)
	mustRefuse(t, cli(t, "--db", path, "backup", named), "already exists")

	r = cli(t, "--db", path, "backup", "--keep", "3")
	mustOK(t, r)
	if r.stdout != "The last 3 automatic backups are kept from now on.\n" {
		t.Errorf("stdout %q", r.stdout)
	}
	mustRefuse(t, cli(t, "--db", path, "backup", "--keep", "0"), "Backups to keep: must be between 1 and 1000.")

	r = cli(t, "--db", path, "backup", "--list")
	mustOK(t, r)
	if !strings.Contains(r.stdout, "manual") || !strings.Contains(r.stdout, auto) ||
		!strings.HasSuffix(r.stdout, "1 backups in "+filepath.Join(dir, "backups")+"; the last 3 automatic ones are kept.\n") {
		t.Errorf("list:\n%s", r.stdout)
	}

	mustRefuse(t, cli(t, "--db", filepath.Join(dir, "missing.db"), "backup"), "There is no database at")
	if r := cli(t, "--db", path, "backup", "--list", "x.db"); r.code != 2 {
		t.Errorf("--list with a file: exit %d", r.code)
	}
}

func TestRestoreCommand(t *testing.T) {
	path := demoCopy(t)
	before := counts(t, path)
	backup := filepath.Join(t.TempDir(), "friday.db")
	mustOK(t, cli(t, "--db", path, "backup", backup))
	mustOK(t, cli(t, "--db", path, "clients", "add", "--name", "Added After NV", "--country", "BE"))

	r := cli(t, "--db", path, "restore", backup)
	mustOK(t, r)
	safety := filepath.Join(filepath.Dir(path), "backups", "demo-"+backupStamp+"-before-restore.db")
	for _, want := range []string{
		"Restored " + backup + " into " + path + ": Schelde Interim & Advies BV, ",
		"The database as it was before is kept as " + safety + ".",
	} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("stdout %q lacks %q", r.stdout, want)
		}
	}
	if counts(t, path) != before {
		t.Errorf("after the restore %v, want %v", counts(t, path), before)
	}
	if n := counts(t, safety); n[0] != before[0]+1 {
		t.Errorf("the safety copy holds %d clients", n[0])
	}

	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	mustRefuse(t, cli(t, "--db", path, "restore", writeFile(t, "x.db", "not a database")), "is not an Interim Desk backup", "Nothing was changed")
	if after, _ := os.ReadFile(path); string(after) != string(data) {
		t.Error("a refused restore changed the database")
	}
	if r := cli(t, "--db", path, "restore"); r.code != 2 {
		t.Errorf("restore without a file: exit %d", r.code)
	}
}
