package postgres

import "github.com/interimdesk/interimdesk/internal/domain"

// Printers are what the store prints with: internal/pdf's in cmd/ and
// internal/cli, a stand-in in tests. The same as sqlite.Printers.
type Printers struct {
	Proposal domain.ProposalRenderer
	Contract domain.ContractRenderer
}

// NewServices returns every service of the domain backed by db and
// printing with p: the one way to wire the store, as sqlite.NewServices is
// for a file. From then on db issues proposals with p.Proposal. A printer
// left out makes issuing, printing or previewing fail with EINTERNAL; no
// service is ever nil.
func NewServices(db *DB, p Printers) domain.Services {
	db.RenderProposal = p.Proposal
	return domain.Services{Firm: db, Clients: db, Managers: db, Proposals: db, Engagements: db,
		Lifecycle: db, Contracts: &Contracts{DB: db, Render: p.Contract}, Clauses: db,
		Previews: db, Data: db, Backups: db, Privacy: db, Matches: db, Today: db, Board: db, Changes: db}
}
