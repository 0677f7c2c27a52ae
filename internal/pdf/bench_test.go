package pdf

import (
	"context"
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/pdf/pdftest"
)

// BenchmarkRenderProposal prints the sample proposal, whose every character
// fits Windows-1252: the fast path with the single-byte fonts.
func BenchmarkRenderProposal(b *testing.B) {
	d := pdftest.Proposal(domain.LangEN)
	benchmarkRender(b, d)
}

// BenchmarkRenderProposalUTF8 prints the same proposal for a manager whose
// name needs the UTF-8 form of the bold style.
func BenchmarkRenderProposalUTF8(b *testing.B) {
	d := pdftest.Proposal(domain.LangEN)
	d.Manager.Name = "Łukasz Kowalczyk"
	benchmarkRender(b, d)
}

// BenchmarkRenderProposalUTF8Both prints it for a client whose name needs
// the UTF-8 form of both styles: the slowest case.
func BenchmarkRenderProposalUTF8Both(b *testing.B) {
	d := pdftest.Proposal(domain.LangEN)
	d.Client.LegalName = "Łódź Browar Sp. z o.o."
	benchmarkRender(b, d)
}

// BenchmarkRenderProposalCompressed prints the sample with its page streams
// compressed, the choice compressFrom makes only for long documents.
func BenchmarkRenderProposalCompressed(b *testing.B) {
	defer func(n int) { compressFrom = n }(compressFrom)
	compressFrom = 1
	benchmarkRender(b, pdftest.Proposal(domain.LangEN))
}

func benchmarkRender(b *testing.B, d *domain.ProposalDocument) {
	b.ReportAllocs()
	var size int
	for b.Loop() {
		out, err := RenderProposal(d)
		if err != nil {
			b.Fatal(err)
		}
		size = len(out)
	}
	b.ReportMetric(float64(size), "bytes/pdf")
}

// BenchmarkRenderProposals prints a batch of 16 proposals on all cores;
// ns/op is per batch.
func BenchmarkRenderProposals(b *testing.B) {
	docs := make([]*domain.ProposalDocument, 16)
	for i := range docs {
		docs[i] = pdftest.Proposal(domain.Langs[i%3])
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := RenderProposals(context.Background(), docs); err != nil {
			b.Fatal(err)
		}
	}
}
