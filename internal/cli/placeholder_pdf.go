package cli

import (
	"bytes"
	"context"
	"fmt"
	"strings"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// TODO(lead): replace placeholderRenderer with pdf.ProposalRenderer() from
// internal/pdf in openPath (store.go), then delete this file and its test.
// The swap was tried against internal/pdf as it stood: the demo issues its
// proposals with it. Until then issuing a proposal from the command line,
// the demo included, freezes this one-page stand-in: a valid PDF naming the
// number, version and date, so that the issue workflow (numbering, versions,
// SHA-256) works end to end.
var placeholderRenderer domain.ProposalRenderer = renderPlaceholder

func renderPlaceholder(_ context.Context, d *domain.ProposalDocument) ([]byte, error) {
	lines := []string{
		"Interim Desk - placeholder document",
		fmt.Sprintf("Proposal %s, version %d, %s", d.Number, d.Version, d.Date),
		asciiOnly(d.Proposal.Title),
		asciiOnly(d.Client.LegalName),
	}
	var content bytes.Buffer
	content.WriteString("BT /F1 12 Tf 72 770 Td 16 TL\n")
	for _, l := range lines {
		fmt.Fprintf(&content, "(%s) Tj T*\n", pdfString(l))
	}
	content.WriteString("ET\n")

	objects := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
		fmt.Sprintf("<< /Length %d >>\nstream\n%sendstream", content.Len(), content.String()),
	}
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	offsets := make([]int, len(objects))
	for i, o := range objects {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objects)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objects)+1, xref)
	return b.Bytes(), nil
}

// asciiOnly keeps the stand-in simple: the core Helvetica font cannot show
// every character, and the real renderer embeds Unicode fonts anyway.
func asciiOnly(s string) string {
	return strings.Map(func(r rune) rune {
		if r < 0x20 || r > 0x7e {
			return '?'
		}
		return r
	}, s)
}

// pdfString escapes the characters that end or escape a PDF string literal.
func pdfString(s string) string {
	return strings.NewReplacer(`\`, `\\`, `(`, `\(`, `)`, `\)`).Replace(s)
}
