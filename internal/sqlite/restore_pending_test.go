package sqlite

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// The desktop's restore: scheduled while the database is open, which it
// does not touch, and carried out at the next start before Open.
func TestScheduledRestoreHappensAtTheNextStart(t *testing.T) {
	ctx := context.Background()
	dbPath, backup, sample := restoreSetup(t)
	db := openTestDBAt(t, dbPath)
	before := exportJSON(t, db)

	info, err := db.ScheduleRestore(ctx, backup)
	must(t, err)
	if info.Path != backup || info.Clients == 0 || info.FirmName == "" {
		t.Errorf("info %+v", info)
	}
	assertMode(t, pendingRestorePath(dbPath), fileMode)
	// Nothing changed yet, and the screens go on working.
	if !bytes.Equal(exportJSON(t, db), before) {
		t.Error("scheduling changed the open database")
	}
	must(t, db.CreateClient(ctx, testClient("Saved while scheduled", 2345678)))
	must(t, db.Close())

	res, err := FinishPendingRestore(ctx, dbPath, clock)
	must(t, err)
	if res == nil || res.Restored.Clients != info.Clients || !strings.Contains(res.SafetyCopy, domain.BackupBeforeRestore) {
		t.Fatalf("result %+v", res)
	}
	if _, err := os.Stat(pendingRestorePath(dbPath)); !os.IsNotExist(err) {
		t.Error("the scheduled copy is still there")
	}
	db = openTestDBAt(t, dbPath)
	if !bytes.Equal(exportJSON(t, db), sample) {
		t.Error("the database is not the backup")
	}
	// The safety copy holds what was saved while the restore waited.
	safety, err := InspectBackup(ctx, res.SafetyCopy)
	must(t, err)
	if safety.Clients != info.Clients+2 {
		t.Errorf("the safety copy holds %d clients, want %d", safety.Clients, info.Clients+2)
	}

	// With nothing scheduled, the next start restores nothing.
	must(t, db.Close())
	if res, err := FinishPendingRestore(ctx, dbPath, clock); res != nil || err != nil {
		t.Errorf("second start: %+v, %v", res, err)
	}
}

func TestScheduleRestoreRefusesAndCancels(t *testing.T) {
	ctx := context.Background()
	dbPath, backup, _ := restoreSetup(t)
	db := openTestDBAt(t, dbPath)
	dir := t.TempDir()
	notOurs := filepath.Join(dir, "notes.db")
	must(t, os.WriteFile(notOurs, []byte("not a database at all, just some text that is long enough to have a header......................................"), 0o600))

	for _, tc := range []struct {
		name, path, code, want string
	}{
		{"no file", filepath.Join(dir, "missing.db"), domain.ENOTFOUND, "There is no file"},
		{"not a backup", notOurs, domain.EINVALID, "is not an Interim Desk backup"},
		{"the database itself", dbPath, domain.EINVALID, "is the database itself"},
		{"no name", "", domain.EINVALID, "choose the backup"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := db.ScheduleRestore(ctx, tc.path)
			wantCode(t, err, tc.code)
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want %q", err, tc.want)
			}
			if _, err := os.Stat(pendingRestorePath(dbPath)); !os.IsNotExist(err) {
				t.Error("a refused backup was scheduled")
			}
		})
	}

	_, err := db.ScheduleRestore(ctx, backup)
	must(t, err)
	must(t, db.CancelRestore())
	must(t, db.CancelRestore()) // nothing left to cancel: no error
	must(t, db.Close())
	if res, err := FinishPendingRestore(ctx, dbPath, clock); res != nil || err != nil {
		t.Errorf("after cancel: %+v, %v", res, err)
	}
	entries, _ := os.ReadDir(filepath.Dir(dbPath))
	for _, e := range entries {
		if strings.Contains(e.Name(), "restore") {
			t.Errorf("left behind: %s", e.Name())
		}
	}
}

// A scheduled copy that was damaged while it waited is checked again at
// the start: dropped, with a sentence, and the database opens as it was.
func TestDamagedScheduledRestoreIsDropped(t *testing.T) {
	ctx := context.Background()
	dbPath, backup, _ := restoreSetup(t)
	db := openTestDBAt(t, dbPath)
	before := exportJSON(t, db)
	_, err := db.ScheduleRestore(ctx, backup)
	must(t, err)
	must(t, db.Close())
	pending := pendingRestorePath(dbPath)
	b, err := os.ReadFile(pending)
	must(t, err)
	must(t, os.WriteFile(pending, b[:len(b)/2], fileMode)) // cut in half

	res, err := FinishPendingRestore(ctx, dbPath, clock)
	wantCode(t, err, domain.EINVALID)
	if res != nil && res.SafetyCopy != "" {
		t.Errorf("result %+v", res)
	}
	if _, err := os.Stat(pending); !os.IsNotExist(err) {
		t.Error("the damaged copy is still scheduled")
	}
	db = openTestDBAt(t, dbPath)
	if !bytes.Equal(exportJSON(t, db), before) {
		t.Error("the database changed")
	}
}

// The store offers the data, backup and privacy services to the screens.
func TestServicesOfferData(t *testing.T) {
	s := NewServices(openTestDB(t), testPrinters)
	if s.Data == nil || s.Backups == nil || s.Privacy == nil {
		t.Errorf("services %+v", s)
	}
}
