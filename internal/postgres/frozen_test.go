package postgres

import (
	"context"
	"strings"
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/sqlcol"
)

// An issued proposal version and a printed contract are never changed or
// removed, whatever SQL runs: the schema's triggers refuse it.
func TestFrozenDocumentsRefuseChanges(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	c := &domain.Client{LegalName: "Acme NV", Address: domain.Address{Country: "BE"}, Language: domain.LangNL}
	if err := db.CreateClient(ctx, c); err != nil {
		t.Fatal(err)
	}
	ts := sqlcol.TimeText(testNow)
	for _, s := range []string{
		`INSERT INTO proposals (id, client_id, title, content, vat_rate, validity_days, status, created_at, updated_at)
			VALUES (1, $1, 'Plan', '{}', 21, 30, 'issued', '` + ts + `', '` + ts + `')`,
		`INSERT INTO proposal_versions (proposal_id, version, number, issued_on, language, data, pdf, sha256, created_at)
			VALUES (1, 1, 'OFF-2026-0001', '2026-05-09', 'nl', '{}', '\x25504446', 'abc', '` + ts + `')`,
		`INSERT INTO engagements (id, client_id, kind, start_on, status, created_at, updated_at)
			VALUES (1, $1, 'consulting', '2026-05-09', 'planned', '` + ts + `', '` + ts + `')`,
		`INSERT INTO contract_versions (engagement_id, version, number, issued_on, language, jurisdiction, data, pdf, sha256, created_at)
			VALUES (1, 1, 'OFF-2026-0001', '2026-05-09', 'nl', 'BE', '{}', '\x25504446', 'abc', '` + ts + `')`,
	} {
		args := []any{}
		if strings.Contains(s, "$1") {
			args = append(args, c.ID)
		}
		if _, err := db.db.ExecContext(ctx, s, args...); err != nil {
			t.Fatalf("%s: %v", s, err)
		}
	}
	for _, s := range []string{
		`UPDATE proposal_versions SET sha256 = 'forged'`,
		`DELETE FROM proposal_versions`,
		`TRUNCATE proposal_versions`,
		`UPDATE contract_versions SET pdf = '\x00'`,
		`DELETE FROM contract_versions`,
		`TRUNCATE contract_versions`,
	} {
		_, err := db.db.ExecContext(ctx, s)
		if err == nil || errorCode(err) != "23001" || !strings.Contains(err.Error(), "frozen") {
			t.Errorf("%s: %v, want refused as frozen", s, err)
		}
	}
}

// A manager whose personal data was erased stays as the erasure left
// it: no edit and no switch back on, with the SQLite store's sentence.
func TestErasedManagerCannotBeEdited(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	m := &domain.Manager{Name: "Erased", MaxDaysPerWeek: 4}
	if err := db.CreateManager(ctx, m); err != nil {
		t.Fatal(err)
	}
	// As the SQLite store's EraseManager marks it, until this store has one.
	if _, err := db.db.ExecContext(ctx, `INSERT INTO events (entity, entity_id, at, what) VALUES ('manager', $1, $2, 'erased')`,
		m.ID, sqlcol.TimeText(testNow)); err != nil {
		t.Fatal(err)
	}
	want := "Manager " + itoa(m.ID) + ": the personal data was erased on 2026-05-09; an erased manager cannot be edited or made active again."
	for _, err := range []error{db.UpdateManager(ctx, m), db.SetManagerActive(ctx, m.ID, true)} {
		if domain.ErrorCode(err) != domain.ECONFLICT || domain.ErrorMessage(err) != want {
			t.Errorf("got %v, want ECONFLICT %q", err, want)
		}
	}
}
