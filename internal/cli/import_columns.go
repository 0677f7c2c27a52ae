package cli

import (
	"strings"

	"github.com/interimdesk/interimdesk/internal/csvio"
)

// printColumns says, before the lines of a dry run, what each column of
// the file becomes: a contact export has dozens, most of them ignored,
// and a name written in three columns.
func (a *app) printColumns(uses []csvio.ColumnUse) {
	for _, u := range uses {
		headers := strings.Join(u.Headers, ", ")
		field := a.word(strings.ToLower(u.Field))
		switch u.How {
		case csvio.ColumnRead:
			a.say("Column %s → %s", headers, field)
		case csvio.ColumnJoined:
			a.say("Columns %s → %s, joined", headers, field)
		case csvio.ColumnFirstFilled:
			a.say("Columns %s → %s, the first filled on each line", headers, field)
		case csvio.ColumnSalutation:
			a.say("Columns %s: ignored, a salutation (Dhr., Mevr., Mr.), never a headline", headers)
		case csvio.ColumnIgnored:
			a.say("Columns %s: ignored, not a field Interim Desk knows", headers)
		}
	}
}
