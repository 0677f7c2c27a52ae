package sqlite

import "github.com/interimdesk/interimdesk/internal/sqlcol"

// The domain's values in the store's columns: internal/sqlcol, shared
// with the PostgreSQL store so that a value reads back alike from both.
const timeLayout = sqlcol.TimeLayout

type (
	dateCol = sqlcol.Date
	timeCol = sqlcol.Time
	jsonCol = sqlcol.JSON
	idCol   = sqlcol.ID
)

var (
	timeText = sqlcol.TimeText
	dateText = sqlcol.DateText
	jsonText = sqlcol.JSONText
	fold     = sqlcol.Fold
	nullID   = sqlcol.NullID
)
