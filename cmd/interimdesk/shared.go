//go:build cgo

package main

import (
	"context"

	"github.com/interimdesk/interimdesk/internal/pdf"
	"github.com/interimdesk/interimdesk/internal/postgres"
	"github.com/interimdesk/interimdesk/internal/ui"
)

// runShared runs the window on the firm's shared PostgreSQL database
// (docs/TEAM.md): the person connects as their own role, with the
// password from ~/.pgpass or PGPASSWORD, never from the command line. The
// title names the database, so nobody mistakes it for their own file.
// There is no backup at start: the server's administrator keeps those
// (pg_dump), and the JSON export is in the Data menu as on a file.
func runShared(url string) error {
	ctx := context.Background()
	db, err := postgres.Open(ctx, url)
	if err != nil {
		return err
	}
	defer db.Close()
	svc := postgres.NewServices(db, postgres.Printers{Proposal: pdf.ProposalRenderer(), Contract: pdf.ContractRenderer()})
	showWindow(svc, ui.Options{IsEmpty: db.IsEmpty, Database: db.Name()}, "Interim Desk — "+db.Name(), make(chan struct{}))
	return nil
}
