package storetest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// Lifecycle is domain.EngagementLifecycle without AcceptProposal, which
// comes with the proposals: the steps the suite tests on both stores.
type Lifecycle interface {
	AddEngagement(ctx context.Context, e *domain.Engagement, override *domain.CapacityOverride) error
	ActivateEngagement(ctx context.Context, id int64, on domain.Date) (*domain.Engagement, error)
	CompleteEngagement(ctx context.Context, id int64, on domain.Date) (*domain.Engagement, error)
	TerminateEngagement(ctx context.Context, id int64, noticeGiven domain.Date, reason string) (*domain.Engagement, error)
	ExtendEngagement(ctx context.Context, id int64, to, on domain.Date, override *domain.CapacityOverride) (*domain.Engagement, error)
	EngagementHistory(ctx context.Context, id int64) ([]domain.EngagementEvent, error)
}

// RenderContract is the suite's contract renderer, for both openers: a
// small stand-in for internal/pdf that prints what the document says
// (its JSON, without the logo) behind a PDF header, so its bytes change
// with every change of the document and a print that is not the frozen
// one shows.
func RenderContract(_ context.Context, d *domain.ContractDocument) ([]byte, error) {
	c := *d
	c.Firm.Logo = nil
	b, err := json.Marshal(&c)
	if err != nil {
		return nil, err
	}
	return fmt.Appendf(nil, "%%PDF-1.4 storetest\n%s\n%%%%EOF\n", b), nil
}

// sha256Hex is the hex SHA-256 of b, as a printed version carries it.
func sha256Hex(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}
