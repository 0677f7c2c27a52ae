package sqlite

import (
	"bytes"
	"context"
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// An import writes with foreign keys off on its own connection and checks
// the references of the tables it wrote before the commit: a tag that
// points at no manager refuses the whole import, small or large, with
// nothing written, and the connection goes back to the pool with its
// foreign keys on, after a refusal as after an import.
func TestImportChecksReferencesBeforeTheCommit(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	db.db.SetMaxOpenConns(1) // the queries below get the import's connection
	rosterWithTwo(t, db)
	foreignKeys := func() int {
		var fk int
		must(t, db.db.QueryRow(`PRAGMA foreign_keys`).Scan(&fk))
		return fk
	}
	// A tag of a manager who does not exist, beyond the ids an import
	// gives: only a connection with foreign keys off can write it.
	_, err := db.db.Exec(`PRAGMA foreign_keys = OFF; INSERT INTO manager_tags (manager_id, kind, key, value)
		VALUES (1000000000, 'sector', 'nergens', 'Nergens'); PRAGMA foreign_keys = ON`)
	must(t, err)
	before := savedState(t, db)
	for _, n := range []int{3, largeImport} {
		rep, err := db.ImportManagers(ctx, domain.RowsOf(generatedManagers(n, 3)), domain.ImportOptions{})
		wantCode(t, err, domain.EINVALID)
		if want := "The import would leave a row of manager_tags referring to a record that does not exist; nothing was imported."; err.Error() != want {
			t.Errorf("%d lines: error %q, want %q", n, err, want)
		}
		if rep.Written || !bytes.Equal(savedState(t, db), before) || countManagers(t, db) != 2 {
			t.Errorf("%d lines: written %v, %d managers", n, rep.Written, countManagers(t, db))
		}
		if fk := foreignKeys(); fk != 1 {
			t.Errorf("%d lines: foreign_keys = %d after the refused import", n, fk)
		}
	}
	_, err = db.db.Exec(`DELETE FROM manager_tags WHERE manager_id = 1000000000`)
	must(t, err)
	rep, err := db.ImportManagers(ctx, domain.RowsOf(generatedManagers(3, 3)), domain.ImportOptions{})
	if err != nil || rep.Added != 3 {
		t.Fatalf("added %d: %v", rep.Added, err)
	}
	if fk := foreignKeys(); fk != 1 {
		t.Errorf("foreign_keys = %d after the import", fk)
	}
	checkSound(t, db)
}

// The check looks up only the values outside the ids of a parent that has
// every id from its lowest to its highest: a tag beyond them, or inside
// ids with a gap, is found; a tag inside ids without one needs no look-up.
func TestBrokenReferenceInsideAndOutsideDenseIDs(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	db.db.SetMaxOpenConns(1) // foreign_keys below is the connection's
	rosterWithTwo(t, db)
	must(t, db.CreateManager(ctx, testManager("Chloé Lefèvre", "chloe@example.be"))) // ids 1, 2 and 3
	tag := func(managerID int64) {
		t.Helper()
		_, err := db.db.Exec(`PRAGMA foreign_keys = OFF; DELETE FROM manager_tags WHERE key = 'nergens';
			INSERT INTO manager_tags (manager_id, kind, key, value) VALUES (?, 'sector', 'nergens', 'Nergens');
			PRAGMA foreign_keys = ON`, managerID)
		must(t, err)
	}
	check := func(what string, wantLow, wantHigh int64, wantBroken bool) {
		t.Helper()
		tx, err := db.db.BeginTx(ctx, nil)
		must(t, err)
		defer tx.Rollback()
		low, high, err := denseIDs(ctx, tx, "managers", "id")
		must(t, err)
		_, broken, err := brokenReference(ctx, tx, "manager_tags", "0")
		must(t, err)
		if low != wantLow || high != wantHigh || broken != wantBroken {
			t.Errorf("%s: dense ids %d–%d, broken %v; want %d–%d, %v", what, low, high, broken, wantLow, wantHigh, wantBroken)
		}
	}
	tag(2)
	check("a tag of manager 2 of 1–3", 1, 3, false)
	tag(4)
	check("a tag of manager 4 of 1–3", 1, 3, true)
	tag(0)
	check("a tag of manager 0 of 1–3", 1, 3, true)
	_, err := db.db.Exec(`DELETE FROM manager_tags WHERE manager_id = 2; PRAGMA foreign_keys = OFF; DELETE FROM managers WHERE id = 2; PRAGMA foreign_keys = ON`)
	must(t, err)
	tag(2)
	check("a tag of manager 2 of 1 and 3", 1, 0, true)
	tag(3)
	check("a tag of manager 3 of 1 and 3", 1, 0, false)

	// Only an integer primary key counts its ids so.
	tx, err := db.db.BeginTx(ctx, nil)
	must(t, err)
	defer tx.Rollback()
	if low, high, err := denseIDs(ctx, tx, "managers", "email"); err != nil || low != 1 || high != 0 {
		t.Errorf("managers by e-mail: %d–%d, %v; want 1–0", low, high, err)
	}
}
