package sqlite

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// stamp is how backups of the test clock are named.
var stamp = testNow.In(time.Local).Format(backupTimestamp)

func TestBackupNowWritesAPrivateSoundCopy(t *testing.T) {
	ctx := context.Background()
	db := demoDB(t)
	path, err := db.BackupNow(ctx)
	must(t, err)
	if want := filepath.Join(filepath.Dir(db.Path()), "backups", "interimdesk-"+stamp+".db"); path != want {
		t.Errorf("backup at %s, want %s", path, want)
	}
	assertMode(t, filepath.Dir(path), folderMode|fs.ModeDir)
	assertMode(t, path, fileMode)
	if _, err := os.Stat(path + ".partial"); err == nil {
		t.Error("the temporary file was left behind")
	}

	copyDB := openTestDBAt(t, path)
	if !bytes.Equal(exportJSON(t, db), exportJSON(t, copyDB)) {
		t.Error("the backup holds other data than the database")
	}

	second, err := db.BackupNow(ctx)
	must(t, err)
	if !strings.HasSuffix(second, "-"+stamp+"_2.db") {
		t.Errorf("a second backup in the same second is %s", second)
	}
}

func TestBackupRefusesToOverwrite(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	other := filepath.Join(t.TempDir(), "keep.txt")
	must(t, os.WriteFile(other, []byte("precious"), 0o600))
	for _, tc := range []struct{ name, path, want string }{
		{"an existing file", other, "already exists"},
		{"the database itself", db.Path(), "is the database itself"},
		{"no name", "", "no file name"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := db.Backup(ctx, tc.path)
			wantCode(t, err, domain.EINVALID)
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %q", err)
			}
		})
	}
	if b, _ := os.ReadFile(other); string(b) != "precious" {
		t.Error("the file was overwritten")
	}
}

// A backup is one snapshot: a transaction another connection has not
// committed is not in it.
func TestBackupIsASnapshot(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "interimdesk.db")
	db, writer := openTestDBAt(t, path), openTestDBAt(t, path)
	must(t, db.CreateClient(ctx, testClient("Acme", 1234567)))
	tx, err := writer.beginWrite(ctx)
	must(t, err)
	defer tx.Rollback()
	must(t, createClient(ctx, tx, testClient("Uncommitted", 7654321), testNow))

	backup := filepath.Join(t.TempDir(), "snapshot.db")
	must(t, db.Backup(ctx, backup))
	info, err := InspectBackup(ctx, backup)
	must(t, err)
	if info.Clients != 1 {
		t.Errorf("the backup holds %d clients, want the 1 committed", info.Clients)
	}
}

func TestRollingBackupKeepsTheLastN(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	if path, err := db.RollingBackup(ctx); err != nil || path != "" {
		t.Fatalf("an empty database was backed up: %q %v", path, err)
	}
	must(t, db.CreateClient(ctx, testClient("Acme", 1234567)))
	manual, err := db.BackupNow(ctx)
	must(t, err)
	keep, err := db.BackupKeep(ctx)
	must(t, err)
	if keep != DefaultBackupKeep {
		t.Errorf("default keep %d", keep)
	}
	must(t, db.SetBackupKeep(ctx, 3))
	var made []string
	for i := range 5 {
		// Each start-up a minute later; the last two in the same minute.
		at := testNow.Add(time.Duration(min(i, 3)) * time.Minute)
		db.Now = func() time.Time { return at }
		path, err := db.RollingBackup(ctx)
		must(t, err)
		made = append(made, path)
	}
	all, err := db.Backups()
	must(t, err)
	var got []string
	for _, b := range all {
		got = append(got, b.Path)
	}
	want := []string{made[4], made[3], made[2], manual}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("backups\n%q\nwant\n%q", got, want)
	}
	if !strings.HasSuffix(made[4], "-auto_2.db") || all[0].Kind != domain.BackupAutomatic || all[3].Kind != domain.BackupManual {
		t.Errorf("names and kinds: %q, %+v", made[4], all)
	}
}

func TestBackupKeepSetting(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	for _, n := range []int{0, -1, MaxBackupKeep + 1} {
		err := db.SetBackupKeep(ctx, n)
		wantCode(t, err, domain.EINVALID)
		if !strings.HasPrefix(err.Error(), "Backups to keep: must be between 1 and 1000") {
			t.Errorf("SetBackupKeep(%d): %v", n, err)
		}
	}
	must(t, db.SetBackupKeep(ctx, 25))
	if n, err := db.BackupKeep(ctx); err != nil || n != 25 {
		t.Errorf("BackupKeep = %d, %v", n, err)
	}
	// A value spoiled by hand falls back to the default.
	_, err := db.db.Exec(`UPDATE settings SET value = 'lots' WHERE key = 'backup_keep'`)
	must(t, err)
	if n, err := db.BackupKeep(ctx); err != nil || n != DefaultBackupKeep {
		t.Errorf("BackupKeep = %d, %v", n, err)
	}
}

// schemaOneDB makes a database as the first release left it: schema 1,
// with one client.
func schemaOneDB(t *testing.T, path string) {
	t.Helper()
	ctx := context.Background()
	sdb, err := sql.Open("sqlite", dsn(path))
	must(t, err)
	old := &DB{db: sdb, path: path, Now: func() time.Time { return testNow }}
	must(t, old.applyMigration(ctx, migrations[0]))
	c := testClient("Acme", 1234567)
	c.Normalize()
	tx, err := old.beginWrite(ctx)
	must(t, err)
	must(t, createClient(ctx, tx, c, testNow))
	must(t, tx.Commit())
	must(t, sdb.Close())
}

func TestMigrationIsPrecededByABackup(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "interimdesk.db")
	schemaOneDB(t, path)

	db := openTestDBAt(t, path)
	if _, version := header(t, db); version != SchemaVersion() {
		t.Fatalf("schema %d after opening", version)
	}
	backups, err := db.Backups()
	must(t, err)
	if len(backups) != 1 || !strings.HasSuffix(backups[0].Path, fmt.Sprintf("-before-schema-%d.db", SchemaVersion())) {
		t.Fatalf("backups %+v", backups)
	}
	info, err := InspectBackup(ctx, backups[0].Path)
	must(t, err)
	if info.SchemaVersion != 1 || info.Clients != 1 {
		t.Errorf("the backup %+v, want schema 1 with the client", info)
	}
	assertMode(t, backups[0].Path, fileMode)

	// Opening again migrates nothing and backs up nothing.
	must(t, db.Close())
	db = openTestDBAt(t, path)
	if again, _ := db.Backups(); len(again) != 1 {
		t.Errorf("%d backups after a second open", len(again))
	}
}

// Without a backup there is no migration: the file stays at schema 1.
func TestMigrationWaitsForItsBackup(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "interimdesk.db")
	schemaOneDB(t, path)
	// A file where the backups folder should be: no backup can be made.
	must(t, os.WriteFile(filepath.Join(dir, "backups"), nil, 0o600))

	_, err := Open(context.Background(), path)
	if err == nil || !strings.Contains(err.Error(), "was to be backed up before its schema is brought from 1 to") {
		t.Fatalf("Open: %v", err)
	}
	sdb, err := sql.Open("sqlite", readOnlyDSN(path))
	must(t, err)
	defer sdb.Close()
	var version int
	must(t, sdb.QueryRow(`PRAGMA user_version`).Scan(&version))
	if version != 1 {
		t.Errorf("schema %d, want 1", version)
	}
}
