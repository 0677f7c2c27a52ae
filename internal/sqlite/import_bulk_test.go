package sqlite

import (
	"bytes"
	"context"
	"fmt"
	"slices"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// schemaOf lists the indexes and triggers of the file with their SQL: what
// a bulk import pauses must come back exactly as it was.
func schemaOf(t *testing.T, db *DB) []string {
	t.Helper()
	rows, err := db.db.Query(`SELECT type || ' ' || name || ': ' || coalesce(sql, '') FROM sqlite_schema
		WHERE type IN ('index', 'trigger') ORDER BY type, name`)
	must(t, err)
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		must(t, rows.Scan(&s))
		out = append(out, s)
	}
	must(t, rows.Err())
	return out
}

// checkSound runs SQLite's checks, the foreign-key check and the
// full-text index's own check.
func checkSound(t *testing.T, db *DB) {
	t.Helper()
	r, err := db.Check(context.Background())
	if err != nil || r.Integrity != "ok" {
		t.Errorf("check %+v: %v", r, err)
	}
	for _, fts := range []string{"managers_fts", "clients_fts"} {
		if _, err := db.db.Exec(`INSERT INTO ` + fts + ` (` + fts + `, rank) VALUES ('integrity-check', 1)`); err != nil {
			t.Errorf("%s: %v", fts, err)
		}
	}
}

// largeImport is a number of lines that makes an import take the path a
// large roster takes.
const largeImport = 5000

// An import of many new managers pauses the insert trigger of the search
// index. Afterwards the schema is the one before, byte for byte, the
// file passes every check, and every way of finding a manager finds the
// new ones as it finds those saved one at a time. The stored managers the
// file updates get their changes, tags and search entries too.
func TestBulkImportRebuildsWhatItPaused(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	db.db.SetMaxOpenConns(1) // the queries below get the import's connection
	an, bart := rosterWithTwo(t, db)
	schema := schemaOf(t, db)

	rows := generatedManagers(largeImport+1000, 11)
	anLine := *an
	anLine.Sectors = []string{"Biotech"}
	anLine.DayRate = domain.Euros(1500)
	rows = append(rows, domain.ImportRow[domain.Manager]{Line: len(rows) + 2, Record: &anLine})
	rep, err := db.ImportManagers(ctx, domain.RowsOf(rows), domain.ImportOptions{})
	must(t, err)
	if rep.Added != largeImport+1000 || rep.Updated != 1 || !rep.Written {
		t.Fatalf("added %d, updated %d", rep.Added, rep.Updated)
	}
	if got := schemaOf(t, db); !slices.Equal(got, schema) {
		t.Errorf("schema after the import\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(schema, "\n"))
	}
	checkSound(t, db)
	// The connection went back to the pool with the pool's settings, the
	// rebuild's (rebuildPragmas) too.
	var threads, tempStore, cache int
	must(t, db.db.QueryRow(`SELECT (SELECT threads FROM pragma_threads), (SELECT temp_store FROM pragma_temp_store),
		(SELECT cache_size FROM pragma_cache_size)`).Scan(&threads, &tempStore, &cache))
	if threads != 0 || tempStore != 0 || cache != -2000 {
		t.Errorf("threads = %d, temp_store = %d, cache_size = %d after an import, want 0, 0 and -2000", threads, tempStore, cache)
	}

	last := rows[largeImport+999].Record
	lastID := rep.Lines[largeImport+999].ID
	for _, tc := range []struct {
		name string
		f    domain.ManagerFilter
		want int64
	}{
		{"search by name", domain.ManagerFilter{Query: last.Name, IncludeInactive: true}, lastID},
		{"search by prefix", domain.ManagerFilter{Query: last.Name[:len(last.Name)-2], IncludeInactive: true}, lastID},
		{"sector of an update", domain.ManagerFilter{Sector: "biotech"}, an.ID},
		{"search an update", domain.ManagerFilter{Query: "biotech"}, an.ID},
		{"language", domain.ManagerFilter{Query: last.Name, Language: last.Languages[0], IncludeInactive: true}, lastID},
		{"sector", domain.ManagerFilter{Query: last.Name, Sector: strings.ToUpper(last.Sectors[0]), IncludeInactive: true}, lastID},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ms, _, err := db.FindManagers(ctx, tc.f)
			must(t, err)
			if !slices.ContainsFunc(ms, func(m *domain.Manager) bool { return m.ID == tc.want }) {
				t.Errorf("filter %+v does not find manager %d", tc.f, tc.want)
			}
		})
	}
	// The update's old tags are gone (deleted once the tags' index was
	// dropped), its new ones written.
	var anSectors string
	must(t, db.db.QueryRow(`SELECT group_concat(value) FROM manager_tags WHERE manager_id = ? AND kind = 'sector'`, an.ID).Scan(&anSectors))
	if anSectors != "Biotech" {
		t.Errorf("An's sectors in manager_tags: %q, want Biotech", anSectors)
	}
	// The sort indexes answer in the same order as a sort of the rows.
	byRate, _, err := db.FindManagers(ctx, domain.ManagerFilter{Sort: "-rate", IncludeInactive: true, Page: domain.Page{Offset: 3000, Limit: 100}})
	must(t, err)
	if len(byRate) != 100 || !slices.IsSortedFunc(byRate, func(a, b *domain.Manager) int { return int(b.DayRate - a.DayRate) }) {
		t.Error("the roster by rate is not in order")
	}
	// The unique index is back: an address cannot be taken twice.
	wantCode(t, db.CreateManager(ctx, testManager("Other", strings.ToUpper(last.Email))), domain.ECONFLICT)
	// And the update kept what the line did not change.
	got, err := db.FindManagerByID(ctx, an.ID)
	must(t, err)
	if got.DayRate != domain.Euros(1500) || got.CV != an.CV || got.Rev != an.Rev+1 {
		t.Errorf("An after the import: %+v", got)
	}
	if _, err := db.FindManagerByID(ctx, bart.ID); err != nil {
		t.Error(err)
	}

	// The JSON export of the result imports into an empty file the same
	// way (import all takes the bulk path too) and exports the same bytes.
	var first, second bytes.Buffer
	must(t, db.ExportJSON(ctx, &first))
	copyDB := openTestDB(t)
	jrep, err := copyDB.ImportJSON(ctx, bytes.NewReader(first.Bytes()))
	must(t, err)
	if jrep.Managers != largeImport+1002 {
		t.Errorf("import all wrote %d managers", jrep.Managers)
	}
	must(t, copyDB.ExportJSON(ctx, &second))
	if !bytes.Equal(first.Bytes(), second.Bytes()) {
		t.Error("the JSON export of the imported copy differs")
	}
	if got := schemaOf(t, copyDB); !slices.Equal(got, schema) {
		t.Error("import all left the schema changed")
	}
	checkSound(t, copyDB)
}

// A large import that fails after the trigger was dropped leaves the file
// as it was: no manager, every index and trigger in place. It fails on a
// refused line, on a file that cannot be read on, and on a reader that
// panics (the panic goes on to the caller).
func TestBulkImportThatFailsChangesNothing(t *testing.T) {
	ctx := context.Background()
	good := generatedManagers(largeImport+200, 12)
	for _, tc := range []struct {
		name string
		rows domain.ImportRows[domain.Manager]
		want string
	}{
		{"a refused line", domain.RowsOf(append(good[:len(good):len(good)], domain.ImportRow[domain.Manager]{
			Line: 9999, Record: &domain.Manager{Name: "", Email: "x@example.be", MaxDaysPerWeek: 5}})),
			"Nothing was imported: line 9999 was refused. Name: "},
		{"a file that cannot be read on", func(yield func(domain.ImportRow[domain.Manager], error) bool) {
			for _, r := range good {
				if !yield(r, nil) {
					return
				}
			}
			yield(domain.ImportRow[domain.Manager]{}, domain.Errorf(domain.EINVALID, "The file cannot be read from line 5300 on. Nothing was imported."))
		}, "The file cannot be read from line 5300 on. Nothing was imported."},
		{"a reader that panics", func(yield func(domain.ImportRow[domain.Manager], error) bool) {
			for _, r := range good {
				if !yield(r, nil) {
					return
				}
			}
			panic("broken reader")
		}, "panic: broken reader"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			db := openTestDB(t)
			rosterWithTwo(t, db)
			schema := schemaOf(t, db)
			before := savedState(t, db)
			rep, err := importRecovering(ctx, db, tc.rows)
			if err == nil || !strings.HasPrefix(domain.ErrorMessage(err), tc.want) {
				t.Fatalf("error %v, want %q", err, tc.want)
			}
			if rep.Written || len(rep.Lines) > 0 && rep.Added < largeImport { // no report after a panic
				t.Errorf("written %v, %d lines judged added", rep.Written, rep.Added)
			}
			if got := schemaOf(t, db); !slices.Equal(got, schema) {
				t.Errorf("schema after the failed import\n%s", strings.Join(got, "\n"))
			}
			if !bytes.Equal(savedState(t, db), before) {
				t.Error("the failed import changed the database")
			}
			checkSound(t, db)
		})
	}
}

// importRecovering imports rows, and turns a panic into an error.
func importRecovering(ctx context.Context, db *DB, rows domain.ImportRows[domain.Manager]) (rep *domain.ImportReport, err error) {
	rep = &domain.ImportReport{}
	defer func() {
		if r := recover(); r != nil {
			err = domain.Errorf(domain.EINVALID, "panic: %v", r)
		}
	}()
	return db.ImportManagers(ctx, rows, domain.ImportOptions{})
}

// An import stops reading a few batches after the line that stops it
// (readAhead), and never reads after it returns: the caller may close its
// file then.
func TestImportStopsReadingWhenItReturns(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	read := 0
	var returned atomic.Bool
	rows := func(yield func(domain.ImportRow[domain.Manager], error) bool) {
		defer func() {
			if returned.Load() {
				t.Error("the reading ended after the import returned")
			}
		}()
		for i := 0; ; i++ {
			if returned.Load() {
				t.Error("a line was read after the import returned")
			}
			read++
			m := &domain.Manager{Name: fmt.Sprintf("M %d", i), Email: "same@example.be", MaxDaysPerWeek: 5}
			if !yield(domain.ImportRow[domain.Manager]{Line: i + 2, Record: m}, nil) {
				return
			}
		}
	}
	// The second line repeats the first one's address: refused, and the
	// import stops there although the lines would never end.
	_, err := db.ImportManagers(ctx, rows, domain.ImportOptions{})
	returned.Store(true)
	wantCode(t, err, domain.EINVALID)
	if !strings.Contains(err.Error(), "line 3 was refused") {
		t.Errorf("error %v", err)
	}
	// The race detector checks this read too: it races with a reader
	// still running. At most: the batch being judged, the four in the
	// channel, the one waiting to be sent and the line in hand when the
	// reading was stopped.
	if most := 6*aheadBatch + 1; read < 2 || read > most {
		t.Errorf("%d lines read, want 2 to %d", read, most)
	}
}

// The store copies what it normalises: the caller's records stay as read.
func TestImportLeavesTheCallersRecords(t *testing.T) {
	m := testManager("  Renée  Claes ", "RENEE@Example.be")
	orig := *m
	_, err := openTestDB(t).ImportManagers(context.Background(), domain.RowsOf(managerRows(m)), domain.ImportOptions{DryRun: true})
	must(t, err)
	if m.Name != orig.Name || m.Email != orig.Email {
		t.Errorf("the record became %q %q", m.Name, m.Email)
	}
}
