package storetest_test

import (
	"database/sql"
	"strings"
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/storetest"
)

// seedProposalSQLite writes p into the file at path through a connection
// of its own (the driver internal/sqlite registers).
func seedProposalSQLite(t *testing.T, path string, p *domain.Proposal) {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path+"?_pragma=busy_timeout(5000)&_pragma=foreign_keys(1)")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	row := storetest.ProposalRow(t, p)
	marks := strings.TrimSuffix(strings.Repeat("?, ", len(row)), ", ")
	if err := db.QueryRow(`INSERT INTO proposals (`+storetest.ProposalColumns+`) VALUES (`+marks+`) RETURNING id`, row...).Scan(&p.ID); err != nil {
		t.Fatalf("seed proposal: %v", err)
	}
}
