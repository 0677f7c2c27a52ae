package sqlite

import (
	"context"
	"database/sql"
	"strings"
	"testing"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/sqlcol"
)

// Migration 0004 rebuilds the search indexes without prefix indexes. A
// database made before it finds what it found before, prefixes typed
// while searching included, and every later save keeps the index whole.
func TestSearchIndexMigrationKeepsWhatSearchFinds(t *testing.T) {
	ctx := context.Background()
	path := t.TempDir() + "/interimdesk.db"
	// A file at the schema before 0004, with a client and a manager
	// indexed by the old triggers.
	sdb, err := sql.Open("sqlite", dsn(path))
	must(t, err)
	old := &DB{db: sdb, path: path, Now: func() time.Time { return testNow }}
	for _, m := range migrations {
		if m.name == "0004_search_index.sql" {
			break
		}
		must(t, old.applyMigration(ctx, m))
	}
	c, m := testClient("Acme", 1234567), testManager("Gérard Dubois", "gerard@example.be")
	c.Normalize()
	m.Normalize()
	must(t, old.write(ctx, func(tx *sql.Tx) error {
		if err := createClient(ctx, tx, c, testNow); err != nil {
			return err
		}
		// The columns of schema 3: createManager writes later ones.
		skills, sectors, languages, err := managerLists(m)
		if err != nil {
			return err
		}
		ts := sqlcol.TimeText(testNow)
		m.Rev = 1
		return tx.QueryRowContext(ctx, `INSERT INTO managers (name, email, headline, skills, sectors, languages,
				day_rate, max_days_per_week, cv, created_at, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`, m.Name, m.Email, m.Headline, skills, sectors,
			languages, int64(m.DayRate), m.MaxDaysPerWeek, m.CV, ts, ts).Scan(&m.ID)
	}))
	must(t, sdb.Close())

	db := openTestDBAt(t, path)
	var ddl string
	must(t, db.db.QueryRow(`SELECT group_concat(sql, ' ') FROM sqlite_schema WHERE name IN ('managers_fts', 'clients_fts')`).Scan(&ddl))
	if strings.Contains(ddl, "prefix") || strings.Count(ddl, "columnsize = 0") != 2 {
		t.Errorf("search indexes after the migration: %s", ddl)
	}
	checkSound(t, db)

	for _, q := range []string{"cf", "CFO", "gerard", "gér", "dubois interim", "logist", "sante"} {
		ms, _, err := db.FindManagers(ctx, domain.ManagerFilter{Query: q})
		must(t, err)
		if len(ms) != 1 || ms[0].ID != m.ID {
			t.Errorf("search %q finds %d managers", q, len(ms))
		}
	}
	for _, q := range []string{"ac", "acme", "antw"} {
		cs, _, err := db.FindClients(ctx, domain.ClientFilter{Query: q})
		must(t, err)
		if len(cs) != 1 || cs[0].ID != c.ID {
			t.Errorf("search %q finds %d clients", q, len(cs))
		}
	}
	// The triggers of 0001 still keep the new index in step.
	m2 := testManager("Zoë Vermeersch", "zoe@example.be")
	m2.Headline = "Interim COO"
	must(t, db.CreateManager(ctx, m2))
	m.Headline = "Interim CEO"
	must(t, db.UpdateManager(ctx, m))
	for q, want := range map[string]int64{"coo": m2.ID, "ceo": m.ID, "vermeer": m2.ID} {
		ms, _, err := db.FindManagers(ctx, domain.ManagerFilter{Query: q})
		must(t, err)
		if len(ms) != 1 || ms[0].ID != want {
			t.Errorf("search %q after saves finds %d managers", q, len(ms))
		}
	}
	checkSound(t, db)
}
