package postgres

import "github.com/interimdesk/interimdesk/internal/sqlcol"

// The domain's values in the store's columns: internal/sqlcol, shared
// with the SQLite store so that a value reads back alike from both (the
// values are kept in that store's text forms: migration 0001 says why).
const timeLayout = sqlcol.TimeLayout

type (
	dateCol = sqlcol.Date
	timeCol = sqlcol.Time
	jsonCol = sqlcol.JSON
)

var (
	timeText = sqlcol.TimeText
	dateText = sqlcol.DateText
	jsonText = sqlcol.JSONText
	fold     = sqlcol.Fold
	nullID   = sqlcol.NullID
)

// nilIfEmpty stores an empty BYTEA as NULL, so that "no logo" reads back as nil.
func nilIfEmpty(b []byte) any {
	if len(b) == 0 {
		return nil
	}
	return b
}
