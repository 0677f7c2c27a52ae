package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/sqlcol"
)

// schemaSixDB makes a database as the version before the manager's fee
// left it: schema 6, with a roster and engagements written in its SQL.
func schemaSixDB(t *testing.T, path string) {
	t.Helper()
	ctx := context.Background()
	sdb, err := sql.Open("sqlite", dsn(path))
	must(t, err)
	defer sdb.Close()
	old := &DB{db: sdb, path: path, Now: func() time.Time { return testNow }}
	for _, m := range migrations[:6] {
		must(t, old.applyMigration(ctx, m))
	}
	ts := sqlcol.TimeText(testNow)
	for _, q := range []string{
		`INSERT INTO clients (id, legal_name, country, language, created_at, updated_at) VALUES (1, 'Acme', 'BE', 'nl', '` + ts + `', '` + ts + `')`,
		// The manager's own rates, as the roster kept them.
		`INSERT INTO managers (id, name, day_rate, max_days_per_week, company_name, created_at, updated_at)
			VALUES (1, 'An', 100000, 5, 'An BV', '` + ts + `', '` + ts + `'), (2, 'Bo', 130000, 5, '', '` + ts + `', '` + ts + `'),
			(3, 'Cas', 0, 5, '', '` + ts + `', '` + ts + `')`,
		// 1: client rate above the roster's; 2: the roster's rate copied
		// as the client's; 3: a roster rate above the client's; 4: no
		// rate in the roster; 5: consulting.
		`INSERT INTO engagements (id, client_id, kind, manager_id, start_on, days_per_week, day_rate, fee, status, created_at, updated_at) VALUES
			(1, 1, 'interim', 1, '2026-01-05', 4, 125000, 0, 'active', '` + ts + `', '` + ts + `'),
			(2, 1, 'interim', 1, '2026-01-05', 1, 100000, 0, 'planned', '` + ts + `', '` + ts + `'),
			(3, 1, 'interim', 2, '2026-01-05', 4, 120000, 0, 'active', '` + ts + `', '` + ts + `'),
			(4, 1, 'interim', 3, '2026-01-05', 4, 110000, 0, 'active', '` + ts + `', '` + ts + `'),
			(5, 1, 'consulting', NULL, '2026-01-05', 0, 0, 3000000, 'active', '` + ts + `', '` + ts + `')`,
	} {
		if _, err := sdb.ExecContext(ctx, q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
}

// TestMigrationKeepsTheRosterRatesAndRecordsManagerFees opens a file of
// schema 6: the roster keeps its numbers (the manager's own fee), an
// interim engagement gets its manager's rate as its fee where that can be
// a fee, and keeps 0 (not recorded) where it cannot.
func TestMigrationKeepsTheRosterRatesAndRecordsManagerFees(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "interimdesk.db")
	schemaSixDB(t, path)
	db := openTestDBAt(t, path)
	if _, version := header(t, db); version != SchemaVersion() || version < 7 {
		t.Fatalf("schema %d after opening", version)
	}
	for id, want := range map[int64]domain.Money{1: domain.Euros(1000), 2: domain.Euros(1300), 3: 0} {
		m, err := db.FindManagerByID(ctx, id)
		must(t, err)
		if m.DayRate != want {
			t.Errorf("manager %d: day fee %v, want %v", id, m.DayRate, want)
		}
		if m.Company.Seat != (domain.Address{}) || m.Company.CompanyNumber != "" {
			t.Errorf("manager %d: company %+v, want no seat or number yet", id, m.Company)
		}
	}
	for id, want := range map[int64]domain.Money{1: domain.Euros(1000), 2: domain.Euros(1000), 3: 0, 4: 0, 5: 0} {
		e, err := db.FindEngagementByID(ctx, id)
		must(t, err)
		if e.ManagerDayFee != want {
			t.Errorf("engagement %d: manager's day fee %v, want %v", id, e.ManagerDayFee, want)
		}
	}
	// An engagement whose fee was not recorded can be edited, and given one.
	e, err := db.FindEngagementByID(ctx, 3)
	must(t, err)
	e.Notes = "fee to be asked"
	must(t, db.UpdateEngagement(ctx, e))
	e.ManagerDayFee = domain.Euros(1100)
	must(t, db.UpdateEngagement(ctx, e))
	hist := eventsOf(t, db, "engagement", 3)
	if len(hist) != 1 || hist[0] != string(domain.EventEdited) {
		t.Errorf("history %q, want one edit", hist)
	}
}

// TestJSONImportOfAnOlderExportFillsTheFees: an export of schema 6 has no
// manager fees; its engagements get them as migration 0007 gives a file.
func TestJSONImportOfAnOlderExportFillsTheFees(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "interimdesk.db")
	schemaSixDB(t, path)
	db := openTestDBAt(t, path)
	// Back to what an export of schema 6 held: no fee at all.
	if _, err := db.db.Exec(`UPDATE engagements SET manager_day_fee = 0`); err != nil {
		t.Fatal(err)
	}
	export := exportJSON(t, db)
	old := strings.Replace(string(export), fmt.Sprintf(`"schema_version": %d`, SchemaVersion()), `"schema_version": 6`, 1)
	if old == string(export) {
		t.Fatal("the export has no schema_version to change")
	}
	to := openTestDB(t)
	_, err := to.ImportJSON(ctx, strings.NewReader(old))
	must(t, err)
	for id, want := range map[int64]domain.Money{1: domain.Euros(1000), 3: 0, 5: 0} {
		e, err := to.FindEngagementByID(ctx, id)
		must(t, err)
		if e.ManagerDayFee != want {
			t.Errorf("engagement %d: fee %v, want %v", id, e.ManagerDayFee, want)
		}
	}
}
