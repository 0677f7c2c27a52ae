package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
)

const restorerEnv = "INTERIMDESK_TEST_RESTORER"

// TestHelperRestorer is not a test: started by TestKilledRestore as
// another process, it restores the backup named in its environment
// ("DB|BACKUP") and is killed somewhere along the way.
func TestHelperRestorer(t *testing.T) {
	spec := os.Getenv(restorerEnv)
	if spec == "" {
		t.Skip("started by TestKilledRestore only")
	}
	dbPath, backup, _ := strings.Cut(spec, "|")
	if _, err := Restore(context.Background(), dbPath, backup, time.Now); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

// A restore killed at any moment leaves the database sound, as it was or
// as restored, never half of each; what it left in the work folder goes
// at the next start.
func TestKilledRestore(t *testing.T) {
	if testing.Short() {
		t.Skip("starts other processes")
	}
	ctx := context.Background()
	src := openTestDBAt(t, filepath.Join(t.TempDir(), "source.db"))
	rows := make([]domain.ImportRow[domain.Manager], 3000)
	for i := range rows {
		rows[i] = domain.ImportRow[domain.Manager]{Line: i + 2, Record: testManager(fmt.Sprintf("Roster %d", i), fmt.Sprintf("roster-%d@example.be", i))}
	}
	_, err := src.ImportManagers(ctx, domain.RowsOf(rows), domain.ImportOptions{})
	must(t, err)
	backup := filepath.Join(t.TempDir(), "roster.db")
	must(t, src.Backup(ctx, backup))

	outcomes := map[string]int{}
	type kill struct {
		// after is what the restore must have made before the clock
		// starts: its copy of the backup in the work folder, or the
		// safety copy, after which it copies the backup in.
		after string
		delay time.Duration
	}
	var kills []kill
	for _, d := range []time.Duration{0, 5 * time.Millisecond, 20 * time.Millisecond, 60 * time.Millisecond, 150 * time.Millisecond} {
		kills = append(kills, kill{"copy", d}, kill{"safety copy", d})
	}
	kills = append(kills, kill{"copy", time.Minute})
	for i, k := range kills {
		delay := k.delay
		dbPath := filepath.Join(t.TempDir(), "interimdesk.db")
		db := openTestDBAt(t, dbPath)
		must(t, db.CreateManager(ctx, testManager("Before", "before@example.be")))
		must(t, db.Close())

		cmd := exec.Command(os.Args[0], "-test.run=^TestHelperRestorer$", "-test.count=1")
		cmd.Env = append(os.Environ(), restorerEnv+"="+dbPath+"|"+backup)
		must(t, cmd.Start())
		exited := make(chan struct{})
		go func() { _ = cmd.Wait(); close(exited) }()
		waitFor(t, 30*time.Second, "the restore's "+k.after, func() bool {
			dir, sign := workFolderName(dbPath), tempInfix
			if k.after == "safety copy" {
				dir, sign = filepath.Join(filepath.Dir(dbPath), backupFolder), domain.BackupBeforeRestore
			}
			entries, _ := os.ReadDir(dir)
			for _, e := range entries {
				if strings.Contains(e.Name(), sign) {
					return true
				}
			}
			select {
			case <-exited:
				return true
			default:
				return false
			}
		})
		select {
		case <-time.After(delay): // when to kill: any moment must do
			_ = cmd.Process.Kill()
		case <-exited:
		}
		select {
		case <-exited:
		case <-time.After(30 * time.Second):
			t.Fatal("the killed restore does not end")
		}

		db, err := Open(ctx, dbPath)
		if err != nil {
			t.Fatalf("kill %d after %s: the database does not open: %v", i, delay, err)
		}
		var check string
		var managers int
		must(t, db.db.QueryRowContext(ctx, `PRAGMA integrity_check`).Scan(&check))
		must(t, db.db.QueryRowContext(ctx, `SELECT count(*) FROM managers`).Scan(&managers))
		switch {
		case check != "ok":
			t.Errorf("kill %d after %s: integrity %q", i, delay, check)
		case managers == 1:
			outcomes["killed after the "+k.after+": as it was"]++
		case managers == len(rows):
			outcomes["killed after the "+k.after+": restored"]++
		default:
			t.Errorf("kill %d after %s: %d managers, neither the database (1) nor the backup (%d)", i, delay, managers, len(rows))
		}
		must(t, db.Close())
		entries, err := os.ReadDir(workFolderName(dbPath))
		must(t, err)
		for _, e := range entries {
			if strings.Contains(e.Name(), tempInfix) {
				t.Errorf("kill %d: %s was left after the next start", i, e.Name())
			}
		}
		assertSound(t, dbPath)
	}
	t.Logf("killed restores: %v", outcomes)
}

// assertSound checks a closed database file read-only.
func assertSound(t *testing.T, path string) {
	t.Helper()
	ro, err := sql.Open("sqlite", readOnlyDSN(path))
	must(t, err)
	defer ro.Close()
	var check string
	if err := ro.QueryRow(`PRAGMA quick_check`).Scan(&check); err != nil || check != "ok" {
		t.Errorf("%s: %q %v", path, check, err)
	}
}
