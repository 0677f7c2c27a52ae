package pdf

import (
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/pdf/pdftest"
)

// BenchmarkRenderContract prints the sample mandate's contract: five
// pages, three parties, every character in Windows-1252 (the fast path).
func BenchmarkRenderContract(b *testing.B) {
	d := pdftest.Contract(domain.LangNL)
	b.ReportAllocs()
	var size int
	for b.Loop() {
		out, err := RenderContract(d)
		if err != nil {
			b.Fatal(err)
		}
		size = len(out)
	}
	b.ReportMetric(float64(size), "bytes/pdf")
}
