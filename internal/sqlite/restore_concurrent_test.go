package sqlite

import (
	"bufio"
	"context"
	"database/sql"
	goflag "flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// restoreSoak runs the restore against other processes' writes more
// often, and on a larger roster:
//
//	CGO_ENABLED=0 go test -run TestRestoreWhileOtherProcessesWrite -timeout 2h ./internal/sqlite/ -args -restore-soak=15 -restore-managers=120000
var (
	restoreSoak     = goflag.Int("restore-soak", 0, "tries of the restore against other processes' writes (0: a few)")
	restoreManagers = goflag.Int("restore-managers", 0, "managers in the backup that is restored (0: a few hundred)")
)

// The environment of TestHelperWriter, the test binary started again as a
// writer: the database, a tag for its e-mail addresses, and a file whose
// existence tells it to stop.
const (
	writerDBEnv   = "INTERIMDESK_TEST_WRITER_DB"
	writerTagEnv  = "INTERIMDESK_TEST_WRITER_TAG"
	writerStopEnv = "INTERIMDESK_TEST_WRITER_STOP"
)

// TestHelperWriter is not a test: started by
// TestRestoreWhileOtherProcessesWrite as another process, it adds
// managers one at a time as the command line does (open, add, close) and
// prints "ID EMAIL" for every one whose save returned without error,
// until the stop file appears or ten minutes have passed.
func TestHelperWriter(t *testing.T) {
	path := os.Getenv(writerDBEnv)
	if path == "" {
		t.Skip("started by TestRestoreWhileOtherProcessesWrite only")
	}
	tag, stop := os.Getenv(writerTagEnv), os.Getenv(writerStopEnv)
	ctx := context.Background()
	deadline := time.Now().Add(10 * time.Minute)
	for i := 0; time.Now().Before(deadline); i++ {
		if _, err := os.Stat(stop); err == nil {
			return
		}
		email := fmt.Sprintf("%s-%d@writer.example", tag, i)
		db, err := Open(ctx, path)
		if err != nil {
			fmt.Fprintln(os.Stderr, "open:", err)
			continue
		}
		m := testManager(fmt.Sprintf("Writer %s %d", tag, i), email)
		err = db.CreateManager(ctx, m)
		if cerr := db.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "add:", err)
			continue
		}
		fmt.Printf("%d %s\n", m.ID, email)
	}
}

// writer is a TestHelperWriter process and the e-mail addresses it said
// it saved.
type writer struct {
	cmd  *exec.Cmd
	mu   sync.Mutex
	done []string
	read chan struct{} // closed when its output has been read to the end
}

func (w *writer) saved() []string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return append([]string(nil), w.done...)
}

func startWriter(t *testing.T, dbPath, tag, stop string) *writer {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperWriter$", "-test.count=1")
	cmd.Env = append(os.Environ(), writerDBEnv+"="+dbPath, writerTagEnv+"="+tag, writerStopEnv+"="+stop)
	out, err := cmd.StdoutPipe()
	must(t, err)
	cmd.Stderr = os.Stderr
	must(t, cmd.Start())
	w := &writer{cmd: cmd, read: make(chan struct{})}
	go func() {
		defer close(w.read)
		s := bufio.NewScanner(out)
		for s.Scan() {
			if _, email, ok := strings.Cut(s.Text(), " "); ok && strings.HasSuffix(email, "@writer.example") {
				w.mu.Lock()
				w.done = append(w.done, email)
				w.mu.Unlock()
			}
		}
	}()
	return w
}

// waitFor waits until cond holds, failing the test after d.
func waitFor(t *testing.T, d time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("waited %s for %s", d, what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// emailsIn reads the e-mail addresses of the writers' managers from a
// database file, checking it first (SQLite's integrity check): a file
// that fails counts as damaged.
func emailsIn(t *testing.T, path string) (map[string]bool, bool) {
	t.Helper()
	ro, err := sql.Open("sqlite", readOnlyDSN(path))
	must(t, err)
	defer ro.Close()
	var check string
	if err := ro.QueryRow(`PRAGMA integrity_check`).Scan(&check); err != nil || check != "ok" {
		t.Errorf("%s is damaged: %q %v", path, check, err)
		return nil, false
	}
	rows, err := ro.Query(`SELECT email FROM managers WHERE email LIKE '%@writer.example'`)
	must(t, err)
	defer rows.Close()
	found := map[string]bool{}
	for rows.Next() {
		var e string
		must(t, rows.Scan(&e))
		found[e] = true
	}
	must(t, rows.Err())
	return found, true
}

// The issue: restoring while a loop ran "managers add" lost saves that
// had printed their ID, and left the live file unreadable. Here three
// other processes add managers, opening and closing the database for
// every one, while the backup is restored; every save that reported
// success must be in the restored database or in the safety copy, and
// both files must pass SQLite's integrity check.
func TestRestoreWhileOtherProcessesWrite(t *testing.T) {
	if testing.Short() {
		t.Skip("starts other processes")
	}
	tries, managers, wait := 4, 300, 30*time.Second
	if *restoreSoak > 0 {
		tries = *restoreSoak
	}
	if *restoreManagers > 0 {
		managers, wait = *restoreManagers, 5*time.Minute
	}
	ctx := context.Background()
	backupDir := t.TempDir()
	backup := filepath.Join(backupDir, "roster.db")
	{
		db := openTestDBAt(t, filepath.Join(backupDir, "source.db"))
		rows := make([]domain.ImportRow[domain.Manager], managers)
		for i := range rows {
			rows[i] = domain.ImportRow[domain.Manager]{Line: i + 2,
				Record: testManager(fmt.Sprintf("Roster %d", i), fmt.Sprintf("roster-%d@example.be", i))}
		}
		rep, err := db.ImportManagers(ctx, domain.RowsOf(rows), domain.ImportOptions{})
		must(t, err)
		if rep.Added != managers {
			t.Fatalf("added %d", rep.Added)
		}
		must(t, db.Backup(ctx, backup))
		must(t, db.Close())
	}

	var lost, damaged, saves int
	var restoreTime time.Duration
	for try := range tries {
		dir := t.TempDir()
		dbPath := filepath.Join(dir, "interimdesk.db")
		db := openTestDBAt(t, dbPath)
		must(t, db.CreateManager(ctx, testManager("Before", "before@example.be")))
		must(t, db.Close())
		stop := filepath.Join(dir, "stop")

		var ws []*writer
		for i := range 3 {
			ws = append(ws, startWriter(t, dbPath, fmt.Sprintf("t%dw%d", try, i), stop))
		}
		each := func(n int) func() bool {
			return func() bool {
				for _, w := range ws {
					if len(w.saved()) < n {
						return false
					}
				}
				return true
			}
		}
		waitFor(t, wait, "the writers' first saves", each(3))
		before := make([]int, len(ws))
		for i, w := range ws {
			before[i] = len(w.saved())
		}
		start := time.Now()
		res, err := Restore(ctx, dbPath, backup, clock)
		restoreTime += time.Since(start)
		if err != nil {
			t.Fatalf("try %d: restore: %v", try, err)
		}
		waitFor(t, wait, "saves after the restore", func() bool {
			for i, w := range ws {
				if len(w.saved()) < before[i]+3 {
					return false
				}
			}
			return true
		})
		must(t, os.WriteFile(stop, nil, 0o600))
		for _, w := range ws {
			waitFor(t, wait, "the writers to stop", func() bool {
				select {
				case <-w.read:
					return true
				default:
					return false
				}
			})
			if err := w.cmd.Wait(); err != nil {
				t.Errorf("writer: %v", err)
			}
		}

		live, ok := emailsIn(t, dbPath)
		if !ok {
			damaged++
		}
		safety, ok := emailsIn(t, res.SafetyCopy)
		if !ok {
			damaged++
		}
		for _, w := range ws {
			for _, e := range w.saved() {
				saves++
				if !live[e] && !safety[e] {
					lost++
					t.Errorf("try %d: %s was reported saved and is neither in the restored database nor in the safety copy", try, e)
				}
			}
		}
		all, err := os.ReadDir(dir)
		must(t, err)
		for _, e := range all {
			if strings.Contains(e.Name(), "restore") || strings.HasSuffix(e.Name(), ".partial") {
				t.Errorf("left behind: %s", e.Name())
			}
		}
	}
	t.Logf("%d tries, %d managers restored, %d saves reported by the writers, %d lost, %d damaged files; a restore took %s on average",
		tries, managers, saves, lost, damaged, (restoreTime / time.Duration(tries)).Round(time.Millisecond))
}
