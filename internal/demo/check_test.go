package demo_test

import (
	"context"
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/sqlite"
)

// Every sample proposal and contract passes the check that stands before
// issuing and printing: in Dutch, English and French and under Belgian and
// Dutch law nothing blocks, and in its own language nothing warns, as of
// the day it was (or would be) issued or printed.
func TestSamplePassesTheCheck(t *testing.T) {
	ctx := context.Background()
	db := loadDemo(t)
	s := sqlite.NewServices(db, sqlite.Printers{})
	all := readAll(t, s)
	for _, p := range all.Proposals {
		day := today
		if vs := all.Versions[p.ID]; len(vs) > 0 {
			day = vs[0].IssuedOn // newest first
		}
		for _, lang := range []domain.Lang{"", domain.LangNL, domain.LangEN, domain.LangFR} {
			doc, err := s.Proposals.ProposalDocument(ctx, p.ID, day, lang)
			if err != nil {
				t.Fatal(err)
			}
			for _, pr := range domain.CheckProposal(doc, day) {
				if pr.Blocks || lang == "" {
					t.Errorf("proposal %q in %q on %s: %s (blocks %v)", p.Title, lang, day, pr.Err.Message, pr.Blocks)
				}
			}
		}
	}
	for _, e := range all.Engagements {
		doc, err := s.Contracts.ContractDocument(ctx, e.ID, today)
		if err != nil {
			t.Fatal(err)
		}
		own := doc.Lang
		for _, lang := range []domain.Lang{domain.LangNL, domain.LangEN, domain.LangFR} {
			for _, law := range domain.Jurisdictions {
				doc.Lang, doc.Jurisdiction = lang, law
				for _, pr := range domain.CheckContract(doc) {
					if pr.Blocks || lang == own {
						t.Errorf("contract of %q in %s under %s law: %s (blocks %v)", e.Role, lang, law, pr.Err.Message, pr.Blocks)
					}
				}
			}
		}
	}
}
