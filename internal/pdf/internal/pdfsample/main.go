// Command pdfsample writes the sample proposal of internal/pdf/pdftest, or a
// proposal document saved as JSON, to a PDF file. It is for looking at the
// pages while working on the layout and for timing a whole process that
// prints one document (docs/PERFORMANCE.md):
//
//	go run ./internal/pdf/internal/pdfsample -lang nl -o /tmp/proposal.pdf
//	pdftoppm -png -r 70 /tmp/proposal.pdf /tmp/page
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/pdf"
	"github.com/interimdesk/interimdesk/internal/pdf/pdftest"
)

func main() {
	lang := flag.String("lang", "en", "document language of the sample: nl, en or fr")
	draft := flag.Bool("draft", false, "print the sample as an unissued draft")
	manager := flag.String("manager", "", "replace the sample manager's name (\"Łukasz Kowalczyk\" needs the UTF-8 fonts)")
	in := flag.String("json", "", "print this ProposalDocument JSON file instead of the sample")
	out := flag.String("o", "proposal.pdf", "PDF file to write")
	flag.Parse()

	if err := run(*lang, *draft, *manager, *in, *out); err != nil {
		fmt.Fprintln(os.Stderr, "pdfsample:", err)
		os.Exit(1)
	}
}

func run(lang string, draft bool, manager, in, out string) error {
	var d *domain.ProposalDocument
	if in != "" {
		data, err := os.ReadFile(in)
		if err != nil {
			return err
		}
		d = new(domain.ProposalDocument)
		if err := json.Unmarshal(data, d); err != nil {
			return fmt.Errorf("%s: %w", in, err)
		}
	} else {
		l, err := domain.ParseLang(lang)
		if err != nil {
			return err
		}
		d = pdftest.Proposal(l)
		if draft {
			d = pdftest.Draft(l)
		}
		if manager != "" {
			d.Manager.Name = manager
		}
	}
	b, err := pdf.RenderProposal(d)
	if err != nil {
		return err
	}
	return os.WriteFile(out, b, 0o644)
}
