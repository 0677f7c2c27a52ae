package sqlite

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// holdRestoreLock takes the database's lock as a restore does, until the
// test ends or the returned function is called.
func holdRestoreLock(t *testing.T, dbPath string) func() {
	t.Helper()
	ctx := context.Background()
	real := realPath(dbPath)
	l, err := openLockFiles(real)
	must(t, err)

	must(t, l.share(ctx, real))
	must(t, l.upgrade(ctx, real))
	t.Cleanup(l.release)
	return l.release
}

// A window or command that opens the database while a restore runs waits
// for it, and says so when the restore takes too long.
func TestOpenWaitsForARestoreAndSaysSo(t *testing.T) {
	ctx := context.Background()
	dbPath, _, _ := restoreSetup(t)
	holdRestoreLock(t, dbPath)
	old := openWait
	openWait = 300 * time.Millisecond
	t.Cleanup(func() { openWait = old })

	start := time.Now()
	_, err := Open(ctx, dbPath)
	wantCode(t, err, domain.ECONFLICT)
	if !strings.Contains(err.Error(), "is being restored by another program") {
		t.Errorf("error %q", err)
	}
	if waited := time.Since(start); waited < openWait {
		t.Errorf("gave up after %s, want %s", waited, openWait)
	}
}

func TestOpenGetsInWhenTheRestoreIsDone(t *testing.T) {
	ctx := context.Background()
	dbPath, _, _ := restoreSetup(t)
	release := holdRestoreLock(t, dbPath)
	opened := make(chan error, 1)
	go func() {
		db, err := Open(ctx, dbPath)
		if err == nil {
			err = db.Close()
		}
		opened <- err
	}()
	select {
	case err := <-opened:
		t.Fatalf("opened during the restore: %v", err)
	case <-time.After(50 * time.Millisecond):
	}
	release()
	select {
	case err := <-opened:
		must(t, err)
	case <-time.After(10 * time.Second):
		t.Fatal("the open still waits after the restore")
	}
}

// A database kept in a synced folder behind a symbolic link is restored
// into the file the link points to; the link stays a link.
func TestRestoreThroughASymbolicLink(t *testing.T) {
	ctx := context.Background()
	target, backup, sample := restoreSetup(t)
	link := filepath.Join(t.TempDir(), "interimdesk.db")
	if err := os.Symlink(target, link); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
	_, err := Restore(ctx, link, backup, clock)
	must(t, err)
	fi, err := os.Lstat(link)
	must(t, err)
	if fi.Mode()&os.ModeSymlink == 0 {
		t.Error("the link was replaced by a file")
	}
	if !bytes.Equal(exportJSON(t, openTestDBAt(t, target)), sample) {
		t.Error("the file the link points to was not restored")
	}
}
