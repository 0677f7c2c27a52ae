package storetest_test

import (
	"context"
	"database/sql"
	"testing"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/postgres"
	"github.com/interimdesk/interimdesk/internal/postgres/pgtest"
	"github.com/interimdesk/interimdesk/internal/storetest"
)

// TestMain starts the throw-away PostgreSQL of TestPostgres; when it
// cannot, every test here fails with the reason.
func TestMain(m *testing.M) {
	pgtest.Main(m, func(ctx context.Context, url string) error {
		db, err := postgres.Open(ctx, url)
		if err != nil {
			return err
		}
		return db.Close()
	})
}

// TestPostgres runs the suite on the PostgreSQL store, a fresh database
// for each test.
func TestPostgres(t *testing.T) {
	storetest.Run(t, func(t *testing.T, now func() time.Time) storetest.Store {
		return openPostgres(t, pgtest.NewDatabase(t), now)
	})
}

func openPostgres(t *testing.T, url string, now func() time.Time) storetest.Store {
	t.Helper()
	db, err := postgres.Open(context.Background(), url)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() {
		if err := db.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	db.Now = now
	return storetest.Store{
		Firm: db, Clients: db, Managers: db,
		// The store has no EngagementService yet: the row is written
		// as that service would write it.
		AddEngagement: func(t *testing.T, e *domain.Engagement) {
			t.Helper()
			insertEngagement(t, url, e, now())
		},
		Again: func(t *testing.T) storetest.Store { return openPostgres(t, url, now) },
	}
}

// insertEngagement writes e with SQL, until internal/postgres has an
// EngagementService.
func insertEngagement(t *testing.T, url string, e *domain.Engagement, now time.Time) {
	t.Helper()
	db, err := sql.Open("pgx", url)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	day := func(d domain.Date) string {
		if d.IsZero() {
			return ""
		}
		return d.String()
	}
	ts := now.UTC().Format("2006-01-02T15:04:05.000000000Z")
	var manager any
	if e.ManagerID != 0 {
		manager = e.ManagerID
	}
	err = db.QueryRowContext(context.Background(), `INSERT INTO engagements (client_id, kind, manager_id, role,
			start_on, end_on, days_per_week, day_rate, manager_day_fee, fee, notice_days, status, terminated_on,
			created_at, updated_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $14) RETURNING id`,
		e.ClientID, string(e.Kind), manager, e.Role, day(e.Start), day(e.End), e.DaysPerWeek, int64(e.DayRate),
		int64(e.ManagerDayFee), int64(e.Fee), e.NoticeDays, string(e.Status), day(e.TerminatedOn), ts).Scan(&e.ID)
	if err != nil {
		t.Fatal(err)
	}
}
