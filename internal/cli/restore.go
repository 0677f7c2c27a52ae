package cli

import (
	"time"

	"github.com/interimdesk/interimdesk/internal/sqlite"
)

// restore is "restore FILE": the backup is checked first, the current
// database is kept as a safety copy, then replaced.
func (a *app) restore(args []string) error {
	fs := newFlagSet("restore")
	pos, err := parseArgs(fs, restoreUsage, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usageErrorf(restoreUsage, "want one backup file to restore")
	}
	path, err := a.dbPath()
	if err != nil {
		return err
	}
	if isServerURL(path) {
		return fileOnly(path)
	}
	now := a.now
	res, err := sqlite.Restore(a.ctx, path, pos[0], func() time.Time { return now })
	if err != nil {
		return err
	}
	r := res.Restored
	firm := r.FirmName
	if firm == "" {
		firm = a.word("no firm profile")
	}
	a.say("Restored %s into %s: %s, %d clients, %d managers, %d proposals, %d engagements (schema %d).",
		pos[0], r.Path, firm, r.Clients, r.Managers, r.Proposals, r.Engagements, r.SchemaVersion)
	if res.SafetyCopy != "" {
		a.say("The database as it was before is kept as %s.", res.SafetyCopy)
	}
	return nil
}
