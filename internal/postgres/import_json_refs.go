package postgres

import (
	"fmt"
	"strings"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/exportfile"
)

// The references of a JSON import, checked once at its end (the import
// defers the foreign keys, migration 0002), so that a broken one is named
// by its record of the file rather than by the constraint.

// recordAt is where a row came from in the file: record i of its list.
type recordAt struct {
	i  int
	id int64
}

// references are the foreign keys checkReferences checks, in the SQLite
// store's order, with each table's key as text (the keys records notes).
var references = []struct {
	table, key string
	columns    []string // each refers to the id of the table its name says
	parents    []string
}{
	{"proposals", "c.id::text", []string{"client_id", "manager_id"}, []string{"clients", "managers"}},
	{"proposal_versions", "c.proposal_id || '/' || c.version", []string{"proposal_id"}, []string{"proposals"}},
	{"engagements", "c.id::text", []string{"client_id", "proposal_id", "manager_id"}, []string{"clients", "proposals", "managers"}},
	{"contract_terms", "c.engagement_id::text", []string{"engagement_id"}, []string{"engagements"}},
	{"contract_versions", "c.engagement_id || '/' || c.party || '/' || c.version", []string{"engagement_id"}, []string{"engagements"}},
}

// checkReferences names the first record, in the order of its array,
// whose reference points at no record of the file: the commit would refuse
// it naming no more than the constraint.
func (im *jsonImport) checkReferences() error {
	for _, ref := range references {
		conds := make([]string, len(ref.columns))
		for i, col := range ref.columns {
			conds[i] = `(c.` + col + ` IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ` + ref.parents[i] + ` p WHERE p.id = c.` + col + `))`
		}
		rows, err := im.tx.QueryContext(im.ctx, `SELECT `+ref.key+` FROM `+ref.table+` c WHERE `+strings.Join(conds, " OR "))
		if err != nil {
			return fmt.Errorf("check the references of %s: %w", ref.table, err)
		}
		first, where := -1, ""
		for rows.Next() {
			var key string
			if err := rows.Scan(&key); err != nil {
				rows.Close()
				return fmt.Errorf("check the references of %s: %w", ref.table, err)
			}
			at, ok := im.rows[ref.table][key]
			switch {
			case !ok && first < 0:
				where = fmt.Sprintf("%s (row %s)", ref.table, key)
			case ok && (first < 0 || at.i < first):
				first, where = at.i, exportfile.RecordName(ref.table, at.i, at.id)
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return fmt.Errorf("check the references of %s: %w", ref.table, err)
		}
		if where != "" {
			return domain.Errorf(domain.EINVALID, "%s refers to a record that is not in the file. Nothing was imported.", where)
		}
	}
	return nil
}
