package sqlite

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/interimdesk/interimdesk/internal/domain"
)

func TestOpenCreatesPrivateFileInPrivateFolder(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "config", "interimdesk")
	path := filepath.Join(dir, "interimdesk.db")
	db := openTestDBAt(t, path)
	must(t, db.SaveFirm(context.Background(), testFirm())) // so the -wal file exists

	for _, p := range []string{filepath.Dir(dir), dir} {
		assertMode(t, p, folderMode|fs.ModeDir)
	}
	assertMode(t, path, fileMode)
	for _, p := range []string{path + "-wal", path + "-shm"} {
		if _, err := os.Stat(p); err == nil {
			assertMode(t, p, fileMode)
		}
	}
	if db.Path() != path {
		t.Errorf("Path() = %q, want %q", db.Path(), path)
	}
}

func TestOpenTightensLooseModesOfOwnFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "interimdesk.db")
	db := openTestDBAt(t, path)
	must(t, db.Close())
	must(t, os.Chmod(path, 0o644))
	openTestDBAt(t, path)
	assertMode(t, path, fileMode)
}

func assertMode(t *testing.T, path string, want fs.FileMode) {
	t.Helper()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := fi.Mode(); got != want {
		t.Errorf("mode of %s = %v, want %v", path, got, want)
	}
}

func TestOpenMarksNewAndEmptyFilesAsOurs(t *testing.T) {
	for _, tc := range []struct {
		name    string
		prepare func(path string) error
	}{
		{"missing file", func(string) error { return nil }},
		{"empty file", func(p string) error { return os.WriteFile(p, nil, 0o600) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "interimdesk.db")
			must(t, tc.prepare(path))
			db := openTestDBAt(t, path)
			appID, version := header(t, db)
			if appID != ApplicationID {
				t.Errorf("application_id = %#x, want %#x", appID, ApplicationID)
			}
			if version != SchemaVersion() {
				t.Errorf("user_version = %d, want %d", version, SchemaVersion())
			}
			empty, err := db.IsEmpty(context.Background())
			must(t, err)
			if !empty {
				t.Error("IsEmpty = false on a new file")
			}
			r, err := db.Check(context.Background())
			must(t, err)
			if r.Integrity != "ok" || r.SchemaVersion != SchemaVersion() || r.AppSchemaVersion != SchemaVersion() {
				t.Errorf("Check = %+v", r)
			}
		})
	}
}

func header(t *testing.T, db *DB) (appID uint32, version int) {
	t.Helper()
	var id int64
	must(t, db.db.QueryRow(`SELECT application_id FROM pragma_application_id`).Scan(&id))
	must(t, db.db.QueryRow(`PRAGMA user_version`).Scan(&version))
	return uint32(id), version
}

// TestOpenRefusesForeignAndNewerFiles proves that a file Interim Desk must
// not open is left byte for byte as it was, without -wal or -shm beside it.
func TestOpenRefusesForeignAndNewerFiles(t *testing.T) {
	for _, tc := range []struct {
		name string
		make func(t *testing.T, path string)
		want string
	}{
		{"text file", func(t *testing.T, p string) {
			must(t, os.WriteFile(p, []byte("name;rate\nAn;1250\n"), 0o600))
		}, "made by another application"},
		{"short file", func(t *testing.T, p string) {
			must(t, os.WriteFile(p, []byte("SQLite format 3\x00"), 0o600))
		}, "made by another application"},
		{"sqlite file of another application", func(t *testing.T, p string) {
			foreignSQLite(t, p, `PRAGMA application_id = 1179603010; CREATE TABLE t (x)`)
		}, "made by another application"},
		{"sqlite file with a negative application id", func(t *testing.T, p string) {
			foreignSQLite(t, p, `PRAGMA application_id = -2; CREATE TABLE t (x)`)
		}, "made by another application"},
		{"sqlite file without application id but with tables", func(t *testing.T, p string) {
			foreignSQLite(t, p, `CREATE TABLE clients (name TEXT)`)
		}, "made by another application"},
		{"newer Interim Desk", func(t *testing.T, p string) {
			foreignSQLite(t, p, fmt.Sprintf(`PRAGMA application_id = %d; PRAGMA user_version = 99; CREATE TABLE future (x)`, ApplicationID))
		}, fmt.Sprintf("newer version of Interim Desk (schema 99, this version knows %d); nothing was changed", SchemaVersion())},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "other.db")
			tc.make(t, path)
			before, err := os.ReadFile(path)
			must(t, err)
			fiBefore, err := os.Stat(path)
			must(t, err)

			db, err := Open(context.Background(), path)
			if err == nil {
				db.Close()
				t.Fatal("Open succeeded")
			}
			wantCode(t, err, domain.EINVALID)
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error = %q, want it to say %q", err, tc.want)
			}

			after, err := os.ReadFile(path)
			must(t, err)
			if !bytes.Equal(before, after) {
				t.Error("the file was changed")
			}
			fiAfter, err := os.Stat(path)
			must(t, err)
			if fiAfter.Mode() != fiBefore.Mode() {
				t.Errorf("mode changed from %v to %v", fiBefore.Mode(), fiAfter.Mode())
			}
			for _, extra := range []string{"-wal", "-shm"} {
				if _, err := os.Stat(path + extra); err == nil {
					t.Errorf("%s was created beside the file", extra)
				}
			}
		})
	}
}

// foreignSQLite makes an SQLite file the way another program would: the
// default rollback journal, no pragmas of ours.
func foreignSQLite(t *testing.T, path, script string) {
	t.Helper()
	db, err := sql.Open("sqlite", path)
	must(t, err)
	defer db.Close()
	if _, err := db.Exec(script); err != nil {
		t.Fatal(err)
	}
}

func TestOpenRefusesFolder(t *testing.T) {
	_, err := Open(context.Background(), t.TempDir())
	wantCode(t, err, domain.EINVALID)
	if !strings.Contains(err.Error(), "is a folder") {
		t.Errorf("error = %q", err)
	}
	_, err = Open(context.Background(), "")
	wantCode(t, err, domain.EINVALID)
}

func TestReopenKeepsDataAndSchema(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "interimdesk.db")
	db := openTestDBAt(t, path)
	must(t, db.SaveFirm(ctx, testFirm()))
	must(t, db.Close())

	db = openTestDBAt(t, path)
	f, err := db.Firm(ctx)
	must(t, err)
	if f.LegalName != testFirm().LegalName {
		t.Errorf("firm after reopening = %q", f.LegalName)
	}
	if _, version := header(t, db); version != SchemaVersion() {
		t.Errorf("user_version = %d after reopening", version)
	}
}

// TestPragmasOnEveryConnection holds one connection while asking a second:
// both must have the pragmas, which is why they live in the DSN. Both
// commit durably: synchronous=FULL (2).
func TestPragmasOnEveryConnection(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	first, err := db.db.Conn(ctx)
	must(t, err)
	defer first.Close()
	second, err := db.db.Conn(ctx)
	must(t, err)
	defer second.Close()
	for i, c := range []*sql.Conn{first, second} {
		var fk, timeout, sync int
		var mode string
		must(t, c.QueryRowContext(ctx, `SELECT
			(SELECT foreign_keys FROM pragma_foreign_keys),
			(SELECT timeout FROM pragma_busy_timeout),
			(SELECT synchronous FROM pragma_synchronous),
			(SELECT journal_mode FROM pragma_journal_mode)`).Scan(&fk, &timeout, &sync, &mode))
		if fk != 1 || timeout != 5000 || sync != 2 || mode != "wal" {
			t.Errorf("connection %d: foreign_keys=%d busy_timeout=%d synchronous=%d journal_mode=%s", i+1, fk, timeout, sync, mode)
		}
	}
}

func TestOpenPathsWithURICharacters(t *testing.T) {
	for _, name := range []string{"a b.db", "what?.db", "50%.db", "#1.db", "Société.db"} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), name)
			db := openTestDBAt(t, path)
			must(t, db.SaveFirm(context.Background(), testFirm()))
			must(t, db.Close())
			entries, err := os.ReadDir(filepath.Dir(path))
			must(t, err)
			// The work folder holds the lock and temporary copies.
			var names []string
			for _, e := range entries {
				names = append(names, e.Name())
			}
			if slices.Sort(names); !slices.Equal(names, sortedPair(".interimdesk", name)) {
				t.Errorf("folder holds %q, want only %q and the work folder", names, name)
			}
		})
	}
}

func TestLoadMigrationsRefusesGaps(t *testing.T) {
	for _, tc := range []struct {
		name  string
		files []string
		ok    bool
	}{
		{"in order", []string{"0001_init.sql", "0002_more.sql"}, true},
		{"gap", []string{"0001_init.sql", "0003_more.sql"}, false},
		{"not numbered", []string{"0001_init.sql", "extra.sql"}, false},
		{"none", nil, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fsys := fstest.MapFS{}
			for _, f := range tc.files {
				fsys["migrations/"+f] = &fstest.MapFile{Data: []byte("SELECT 1;")}
			}
			ms, err := loadMigrations(fsys)
			if (err == nil) != tc.ok {
				t.Fatalf("loadMigrations = %v, %v", ms, err)
			}
		})
	}
}

func TestDefaultPath(t *testing.T) {
	t.Setenv("INTERIMDESK_DB", "/data/firm.db")
	if p, err := DefaultPath(); err != nil || p != "/data/firm.db" {
		t.Errorf("DefaultPath with $INTERIMDESK_DB = %q, %v", p, err)
	}
	t.Setenv("INTERIMDESK_DB", "")
	t.Setenv("XDG_CONFIG_HOME", "/home/an/.config")
	t.Setenv("HOME", "/home/an")
	p, err := DefaultPath()
	must(t, err)
	dir, err := os.UserConfigDir()
	must(t, err)
	if want := filepath.Join(dir, "interimdesk", "interimdesk.db"); p != want {
		t.Errorf("DefaultPath = %q, want %q", p, want)
	}
}

func TestCheckReportsBrokenReferences(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	// Break a reference behind the store's back, as a damaged file or a
	// hand edit would.
	conn, err := db.db.Conn(ctx)
	must(t, err)
	defer conn.Close()
	_, err = conn.ExecContext(ctx, `PRAGMA foreign_keys = OFF;
		INSERT INTO proposals (client_id, title, content, vat_rate, validity_days, status, created_at, updated_at)
		VALUES (42, 'Wees', '{}', 21, 30, 'draft', '', '');
		PRAGMA foreign_keys = ON;`)
	must(t, err)

	r, err := db.Check(ctx)
	wantCode(t, err, domain.EINTERNAL)
	if !strings.Contains(r.Integrity, "proposals refers to a missing row of clients") {
		t.Errorf("Integrity = %q", r.Integrity)
	}
}

// TestConcurrentWritersWaitForEachOther runs two processes' worth of
// writers on one file. UpdateProposal reads before it writes; in a
// deferred transaction that read would pin a snapshot and the write would
// fail with SQLITE_BUSY when another writer committed meanwhile. BEGIN
// IMMEDIATE and the busy timeout make every writer wait its turn instead.
func TestConcurrentWritersWaitForEachOther(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "interimdesk.db")
	dbs := []*DB{openTestDBAt(t, path), openTestDBAt(t, path)}
	c := testClient("Acme", 1234567)
	must(t, dbs[0].CreateClient(ctx, c))
	const writers, perWriter = 4, 25
	errs := make(chan error, writers*perWriter*2)
	done := make(chan struct{})
	for w := range writers {
		db := dbs[w%len(dbs)]
		go func() {
			defer func() { done <- struct{}{} }()
			for i := range perWriter {
				p := testProposal(c.ID, 0)
				p.Title = fmt.Sprintf("Writer %d proposal %d", w, i)
				if err := db.CreateProposal(ctx, p); err != nil {
					errs <- err
					continue
				}
				p.Interim.Weeks++
				if err := db.UpdateProposal(ctx, p); err != nil {
					errs <- err
				}
			}
		}()
	}
	for range writers {
		<-done
	}
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	_, n, err := dbs[0].FindProposals(ctx, domain.ProposalFilter{})
	must(t, err)
	if n != writers*perWriter {
		t.Errorf("%d proposals, want %d", n, writers*perWriter)
	}
}

func sortedPair(a, b string) []string {
	s := []string{a, b}
	slices.Sort(s)
	return s
}
