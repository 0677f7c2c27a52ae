package storetest_test

import (
	"context"
	"database/sql"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/interimdesk/interimdesk/internal/postgres/pgtest"
	"github.com/interimdesk/interimdesk/internal/sqlite"
)

// Both stores keep the same tables with the same columns, so that an
// export of one is an import of the other and a migration added to one
// store and not the other fails here. PostgreSQL's own additions are
// listed: the schema marker (SQLite keeps it in the file's header) and
// the search columns (SQLite keeps them in its FTS5 tables).
func TestSchemasAgree(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "interimdesk.db")
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	lite, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer lite.Close()
	want := map[string][]string{}
	tables, err := lite.QueryContext(ctx, `SELECT name FROM sqlite_schema WHERE type = 'table'
		AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts' AND name NOT LIKE '%_fts_%'`)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for tables.Next() {
		var n string
		if err := tables.Scan(&n); err != nil {
			t.Fatal(err)
		}
		names = append(names, n)
	}
	tables.Close()
	for _, n := range names {
		cols, err := lite.QueryContext(ctx, `SELECT name FROM pragma_table_info(?)`, n)
		if err != nil {
			t.Fatal(err)
		}
		for cols.Next() {
			var c string
			if err := cols.Scan(&c); err != nil {
				t.Fatal(err)
			}
			want[n] = append(want[n], c)
		}
		cols.Close()
		sort.Strings(want[n])
	}

	if len(want["managers"]) < 20 || len(want) < 12 {
		t.Fatalf("read only %d tables of the SQLite file: %v", len(want), want)
	}
	pg, err := sql.Open("pgx", pgtest.NewDatabase(t))
	if err != nil {
		t.Fatal(err)
	}
	defer pg.Close()
	rows, err := pg.QueryContext(ctx, `SELECT table_name, column_name FROM information_schema.columns
		WHERE table_schema = current_schema() AND table_name <> 'interimdesk_schema'
			AND column_name NOT IN ('search', 'rank_words', 'headline_words', 'skill_words', 'sector_words')
		ORDER BY table_name, column_name`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	got := map[string][]string{}
	for rows.Next() {
		var table, column string
		if err := rows.Scan(&table, &column); err != nil {
			t.Fatal(err)
		}
		got[table] = append(got[table], column)
	}
	for table := range got {
		sort.Strings(got[table])
	}
	if !reflect.DeepEqual(got, want) {
		for table := range union(got, want) {
			if !reflect.DeepEqual(got[table], want[table]) {
				t.Errorf("table %s:\n  PostgreSQL %s\n  SQLite     %s", table, strings.Join(got[table], ", "), strings.Join(want[table], ", "))
			}
		}
	}
}

func union(a, b map[string][]string) map[string]bool {
	out := map[string]bool{}
	for k := range a {
		out[k] = true
	}
	for k := range b {
		out[k] = true
	}
	return out
}
