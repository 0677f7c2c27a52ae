package postgres

import (
	"context"

	"github.com/interimdesk/interimdesk/internal/domain"
)

var _ domain.ProposalPreviewer = (*DB)(nil)

// PreviewProposal prints the document of a draft with RenderProposal,
// storing nothing and taking no number, as the SQLite store's previewer
// (sqlite.NewServices) does; EINTERNAL without a printer.
func (db *DB) PreviewProposal(ctx context.Context, d *domain.ProposalDocument) ([]byte, error) {
	if db.RenderProposal == nil {
		return nil, domain.Errorf(domain.EINTERNAL, "no renderer: the store cannot print a preview without a PDF renderer")
	}
	return db.RenderProposal(ctx, d)
}
