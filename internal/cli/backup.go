package cli

import (
	"flag"
	"os"
	"strconv"
	"strings"

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
		a.say("The last %d automatic backups are kept from now on.", *keep)
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
	a.say("Backed up %s to %s (%s).", db.Path(), path, a.size(fi.Size()))
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
	t := a.newTable(columns{"MADE", "KIND", "SIZE", "FILE"})
	for _, b := range all {
		t.row(a.clock(b.Time), a.backupKind(b.Kind), a.size(b.Size), b.Path)
	}
	if err := t.flush(); err != nil {
		return err
	}
	a.say("%d backups in %s; the last %d automatic ones are kept.", len(all), db.BackupDir(), keep)
	return nil
}

// backupKind names a kind of backup for people.
func (a *app) backupKind(k string) string {
	switch k {
	case domain.BackupManual:
		return a.word("manual")
	case domain.BackupAutomatic:
		return a.word("automatic")
	case domain.BackupBeforeRestore:
		return a.word("before a restore")
	}
	return a.word("before a schema update")
}

// size writes a file size for people: "1.2 MB", "1,2 MB" in Dutch.
func (a *app) size(n int64) string {
	switch {
	case n >= 1<<20:
		return a.sprintf("%s MB", a.decimal(float64(n)/(1<<20), 1))
	case n >= 1<<10:
		return a.sprintf("%s kB", a.decimal(float64(n)/(1<<10), 0))
	}
	return a.sprintf("%d bytes", n)
}

// decimal writes x with prec decimals and the language's decimal mark.
func (a *app) decimal(x float64, prec int) string {
	s := strconv.FormatFloat(x, 'f', prec, 64)
	if a.lang != domain.LangEN {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}
