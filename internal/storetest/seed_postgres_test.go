package storetest_test

import (
	"database/sql"
	"fmt"
	"strings"
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/storetest"
	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" driver of database/sql
)

// seedProposalPostgres writes p into the database at url through a
// connection of its own.
func seedProposalPostgres(t *testing.T, url string, p *domain.Proposal) {
	t.Helper()
	db, err := sql.Open("pgx", url)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	row := storetest.ProposalRow(t, p)
	marks := make([]string, len(row))
	for i := range row {
		marks[i] = fmt.Sprintf("$%d", i+1)
	}
	if err := db.QueryRow(`INSERT INTO proposals (`+storetest.ProposalColumns+`) VALUES (`+strings.Join(marks, ", ")+`) RETURNING id`, row...).Scan(&p.ID); err != nil {
		t.Fatalf("seed proposal: %v", err)
	}
}
