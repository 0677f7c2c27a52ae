package demo

import (
	"bytes"
	"fmt"
	"strings"
)

// placeholderPDF is a one-page PDF that says, in one line, what it stands
// for. The generated samples store it as the issued PDF of their
// proposals: the document data beside it is the real one (reprinting
// from it works), while rendering tens of thousands of PDFs would make the
// sample slow to make and gigabytes large. The demo package cannot import
// the PDF package (docs/ARCHITECTURE.md), so the few objects are written
// here, with the cross-reference table their offsets need.
func placeholderPDF(line string) []byte {
	text := strings.NewReplacer(`\`, `\\`, "(", `\(`, ")", `\)`).Replace(line)
	stream := fmt.Sprintf("BT /F1 11 Tf 56 780 Td (%s) Tj ET", text)
	objects := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
		fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(stream), stream),
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
	return b.Bytes()
}
