package storetest_test

import (
	"context"
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
	pgtest.Main(m, postgres.Migrate)
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
	db.RenderProposal = storetest.RenderProposal
	return storetest.Store{
		Firm: db, Clients: db, Managers: db, Engagements: db,
		Proposals: db, Accepts: db,
		Matches: db, Board: db, Today: db, SeedProposal: func(t *testing.T, p *domain.Proposal) { seedProposalPostgres(t, url, p) },
		Lifecycle: db, Clauses: db, Contracts: &postgres.Contracts{DB: db, Render: storetest.RenderContract},
		Data: db, Privacy: db,
		Again: func(t *testing.T) storetest.Store { return openPostgres(t, url, now) },
	}
}
