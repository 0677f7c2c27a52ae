package pdf

import (
	"bytes"
	"context"
	"errors"
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/pdf/pdftest"
)

// TestRenderProposals prints a batch side by side and gets, in order, the
// same bytes as printing each alone.
func TestRenderProposals(t *testing.T) {
	var docs []*domain.ProposalDocument
	for i := range 7 {
		d := pdftest.Proposal(domain.Langs[i%3])
		if i%2 == 1 {
			d.Manager.Name = "Łukasz Kowalczyk"
		}
		docs = append(docs, d)
	}
	out, err := RenderProposals(context.Background(), docs)
	if err != nil {
		t.Fatal(err)
	}
	for i, d := range docs {
		if !bytes.Equal(out[i], render(t, d)) {
			t.Errorf("document %d differs from its own render", i)
		}
	}
}

func TestRenderProposalsErrors(t *testing.T) {
	docs := []*domain.ProposalDocument{pdftest.Proposal(domain.LangEN), nil, pdftest.Proposal(domain.LangNL)}
	_, err := RenderProposals(context.Background(), docs)
	if domain.ErrorCode(err) != domain.EINVALID || err.Error() != "document 2 of 3: Proposal: there is no document to print." {
		t.Errorf("err = %v", err)
	}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := RenderProposals(ctx, docs[:1]); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: err = %v", err)
	}
	if out, err := RenderProposals(context.Background(), nil); err != nil || len(out) != 0 {
		t.Errorf("empty batch: %v, %v", out, err)
	}
}
