package sqlite

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
)

func clock() time.Time { return testNow }

// restoreSetup is a database with the sample, a backup of it, and one
// client added after the backup.
func restoreSetup(t *testing.T) (dbPath, backup string, sample []byte) {
	t.Helper()
	ctx := context.Background()
	db := demoDB(t)
	sample = exportJSON(t, db)
	backup, err := db.BackupNow(ctx)
	must(t, err)
	must(t, db.CreateClient(ctx, testClient("After the backup", 7654321)))
	must(t, db.Close())
	return db.Path(), backup, sample
}

func TestRestoreBringsBackTheBackupAndKeepsASafetyCopy(t *testing.T) {
	ctx := context.Background()
	dbPath, backup, sample := restoreSetup(t)

	res, err := Restore(ctx, dbPath, backup, clock)
	must(t, err)
	if res.Restored.Clients == 0 || res.Restored.SchemaVersion != SchemaVersion() || res.Restored.FirmName == "" {
		t.Errorf("restored %+v", res.Restored)
	}
	if !strings.HasSuffix(res.SafetyCopy, "-"+stamp+domain.BackupBeforeRestore+".db") {
		t.Errorf("safety copy %s", res.SafetyCopy)
	}
	assertMode(t, dbPath, fileMode)
	assertMode(t, res.SafetyCopy, fileMode)

	db := openTestDBAt(t, dbPath)
	if !bytes.Equal(exportJSON(t, db), sample) {
		t.Error("the restored database differs from the backup")
	}
	safety, err := InspectBackup(ctx, res.SafetyCopy)
	must(t, err)
	if safety.Clients != res.Restored.Clients+1 {
		t.Errorf("the safety copy holds %d clients, want the %d restored plus the one added", safety.Clients, res.Restored.Clients)
	}
	entries, _ := os.ReadDir(filepath.Dir(dbPath))
	for _, e := range entries {
		if strings.Contains(e.Name(), "restore") {
			t.Errorf("left behind: %s", e.Name())
		}
	}
}

// A file that is not a sound backup of ours is refused with a sentence
// saying why, and nothing changes: not the database, not the backups.
func TestRestoreRefusesBadFiles(t *testing.T) {
	ctx := context.Background()
	dbPath, backup, _ := restoreSetup(t)
	dir := t.TempDir()
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		must(t, os.WriteFile(p, b, 0o600))
		return p
	}
	good, err := os.ReadFile(backup)
	must(t, err)
	damaged := bytes.Clone(good)
	for i := 8192; i < 16384; i++ { // the second and third page
		damaged[i] = 0x5A
	}
	foreign := filepath.Join(dir, "foreign.db")
	foreignSQLite(t, foreign, `PRAGMA application_id = 1179603010; CREATE TABLE t (x)`)
	newer := filepath.Join(dir, "newer.db")
	foreignSQLite(t, newer, fmt.Sprintf(`PRAGMA application_id = %d; PRAGMA user_version = 99; CREATE TABLE future (x)`, ApplicationID))

	for _, tc := range []struct {
		name, from, code, want string
	}{
		{"a spreadsheet", write("roster.csv", []byte("Name;Rate\nAn;1250\n")), domain.EINVALID, "is not an Interim Desk backup: it is not an SQLite database"},
		{"another application's database", foreign, domain.EINVALID, "it was made by another application"},
		{"a newer version's database", newer, domain.EINVALID, "made by a newer version of Interim Desk (schema 99"},
		{"a damaged backup", write("damaged.db", damaged), domain.EINVALID, "is damaged and cannot be restored"},
		{"a truncated backup", write("short.db", good[:len(good)/2]), domain.EINVALID, "is damaged and cannot be restored"},
		{"no such file", filepath.Join(dir, "missing.db"), domain.ENOTFOUND, "There is no file"},
		{"a folder", dir, domain.EINVALID, "is a folder"},
		{"the database itself", dbPath, domain.EINVALID, "is the database itself"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := snapshotFolder(t, filepath.Dir(dbPath))
			_, err := Restore(ctx, dbPath, tc.from, clock)
			wantCode(t, err, tc.code)
			if !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "othing was changed") && tc.code != domain.ENOTFOUND {
				t.Errorf("error %q, want %q", err, tc.want)
			}
			if after := snapshotFolder(t, filepath.Dir(dbPath)); after != before {
				t.Errorf("the folder changed:\n%s\nto\n%s", before, after)
			}
			// InspectBackup says the same without a database.
			if _, err := InspectBackup(ctx, tc.from); tc.name != "the database itself" && !strings.Contains(fmt.Sprint(err), tc.want) {
				t.Errorf("InspectBackup: %v", err)
			}
		})
	}
}

// snapshotFolder lists the files under dir with a hash of their bytes.
func snapshotFolder(t *testing.T, dir string) string {
	t.Helper()
	var b strings.Builder
	must(t, filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		fmt.Fprintf(&b, "%s %d %x\n", p, len(data), bytes.Count(data, []byte{0}))
		return err
	}))
	return b.String()
}

// Replacing the file under a running app would lose what it writes next:
// a database open elsewhere is not restored over.
func TestRestoreRefusesADatabaseInUse(t *testing.T) {
	ctx := context.Background()
	dbPath, backup, _ := restoreSetup(t)
	app := openTestDBAt(t, dbPath)
	_, _, err := app.FindClients(ctx, domain.ClientFilter{})
	must(t, err)

	shortRestoreWait(t)
	_, err = Restore(ctx, dbPath, backup, clock)
	wantCode(t, err, domain.ECONFLICT)
	if !strings.Contains(err.Error(), "is open in another program") {
		t.Errorf("error %q", err)
	}
	all, err := app.Backups()
	must(t, err)
	if len(all) != 1 {
		t.Errorf("backups %+v: the safety copy of a refused restore was kept", all)
	}
	_, n, err := app.FindClients(ctx, domain.ClientFilter{Query: "after the backup"})
	must(t, err)
	if n != 1 {
		t.Error("the database was replaced under the running app")
	}
}

// A database too damaged to open is exactly when a restore is needed: it
// is kept byte for byte as the safety copy and replaced.
func TestRestoreOverADamagedDatabase(t *testing.T) {
	ctx := context.Background()
	dbPath, backup, sample := restoreSetup(t)
	data, err := os.ReadFile(dbPath)
	must(t, err)
	for i := 4096; i < len(data); i++ {
		data[i] = 0xFF
	}
	must(t, os.WriteFile(dbPath, data, 0o600))

	res, err := Restore(ctx, dbPath, backup, clock)
	must(t, err)
	kept, err := os.ReadFile(res.SafetyCopy)
	must(t, err)
	if !bytes.Equal(kept, data) {
		t.Error("the damaged file was not kept as it was")
	}
	if !bytes.Equal(exportJSON(t, openTestDBAt(t, dbPath)), sample) {
		t.Error("the restored database differs from the backup")
	}
}

// A backup made before a migration restores into this version: it is
// brought up to date when it is opened.
func TestRestoreOlderSchema(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	old := filepath.Join(dir, "old.db")
	schemaOneDB(t, old)
	dbPath := filepath.Join(dir, "interimdesk.db")
	res, err := Restore(ctx, dbPath, old, clock)
	must(t, err)
	if res.SafetyCopy != "" || res.Restored.SchemaVersion != SchemaVersion() || res.Restored.Clients != 1 {
		t.Errorf("result %+v %+v", res, res.Restored)
	}
}

// shortRestoreWait makes a restore give up waiting for the database after
// a moment.
func shortRestoreWait(t *testing.T) {
	old := restoreWait
	restoreWait = 200 * time.Millisecond
	t.Cleanup(func() { restoreWait = old })
}
