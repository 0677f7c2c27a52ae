package cli

import (
	"flag"
	"fmt"
	"os"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/sqlite"
)

// backup is "backup [FILE] [--keep N] [--list]".
func (a *app) backup(args []string) error {
	fs := newFlagSet("backup")
	keep := fs.Int("keep", 0, "set how many automatic backups (made when the app starts) are kept, and make no backup now")
	list := fs.Bool("list", false, "list the backups in the backups folder, newest first, and make no backup now")
	pos, err := parseArgs(fs, backupUsage, args)
	if err != nil {
		return err
	}
	if len(pos) > 1 {
		return usageErrorf(backupUsage, "unexpected argument %q after the backup file", pos[1])
	}
	keepSet := false
	fs.Visit(func(f *flag.Flag) {
		if f.Name == "keep" {
			keepSet = true
		}
	})
	if (keepSet || *list) && len(pos) > 0 {
		return usageErrorf(backupUsage, "--keep and --list make no backup; leave out the file name")
	}
	db, err := a.open(mustExist)
	if err != nil {
		return err
	}
	defer db.Close()
	switch {
	case keepSet:
		if err := db.SetBackupKeep(a.ctx, *keep); err != nil {
			return err
		}
		fmt.Fprintf(a.stdout, "The last %d automatic backups are kept from now on.\n", *keep)
		return nil
	case *list:
		return a.listBackups(db)
	}

	var path string
	if len(pos) == 1 {
		path = pos[0]
		err = db.Backup(a.ctx, path)
	} else {
		path, err = db.BackupNow(a.ctx)
	}
	if err != nil {
		return err
	}
	fi, err := os.Stat(path)
	if err != nil {
		return err
	}
	fmt.Fprintf(a.stdout, "Backed up %s to %s (%s).\n", db.Path(), path, size(fi.Size()))
	return nil
}

func (a *app) listBackups(db *sqlite.DB) error {
	all, err := db.Backups()
	if err != nil {
		return err
	}
	keep, err := db.BackupKeep(a.ctx)
	if err != nil {
		return err
	}
	t := newTable(a.stdout, "MADE", "KIND", "SIZE", "FILE")
	for _, b := range all {
		t.row(b.Time.Format("2006-01-02 15:04:05"), backupKind(b.Kind), size(b.Size), b.Path)
	}
	if err := t.flush(); err != nil {
		return err
	}
	fmt.Fprintf(a.stdout, "%d backups in %s; the last %d automatic ones are kept.\n", len(all), db.BackupDir(), keep)
	return nil
}

// backupKind names a kind of backup for people.
func backupKind(k string) string {
	switch k {
	case domain.BackupManual:
		return "manual"
	case domain.BackupAutomatic:
		return "automatic"
	case domain.BackupBeforeRestore:
		return "before a restore"
	}
	return "before a schema update"
}

// size writes a file size for people: 1.2 MB.
func size(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.0f kB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}
