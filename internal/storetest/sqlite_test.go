package storetest_test

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/sqlite"
	"github.com/interimdesk/interimdesk/internal/storetest"
)

// TestSQLite runs the suite on the SQLite store, a real file in a
// temporary folder for each test.
func TestSQLite(t *testing.T) {
	storetest.Run(t, func(t *testing.T, now func() time.Time) storetest.Store {
		return openSQLite(t, filepath.Join(t.TempDir(), "interimdesk.db"), now)
	})
}

func openSQLite(t *testing.T, path string, now func() time.Time) storetest.Store {
	t.Helper()
	db, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatalf("Open(%s): %v", path, err)
	}
	t.Cleanup(func() {
		if err := db.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	db.Now = now
	s := sqlite.NewServices(db, sqlite.Printers{Proposal: storetest.RenderProposal})
	return storetest.Store{
		Firm: s.Firm, Clients: s.Clients, Managers: s.Managers, Engagements: s.Engagements,
		Proposals: s.Proposals, Accepts: s.Lifecycle,
		Matches: s.Matches, Board: s.Board, Today: s.Today, SeedProposal: func(t *testing.T, p *domain.Proposal) { seedProposalSQLite(t, path, p) },
		Lifecycle: s.Lifecycle, Clauses: s.Clauses, Contracts: &sqlite.Contracts{DB: db, Render: storetest.RenderContract},
		Data: s.Data, Privacy: s.Privacy,
		Again: func(t *testing.T) storetest.Store { return openSQLite(t, path, now) },
	}
}
