package pdf

import (
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/pdf/pdftest"
)

// TestReferencesInTheManagerProfile: the mandates a proposal chose are
// printed after the CV under their sub-heading in each language, one entry
// each with client, role, period, outcome and reference, and no amount.
func TestReferencesInTheManagerProfile(t *testing.T) {
	heading := map[domain.Lang]string{domain.LangNL: "Recente mandaten", domain.LangEN: "Recent mandates", domain.LangFR: "Mandats récents"}
	refWord := map[domain.Lang]string{domain.LangNL: "Referentie: ", domain.LangEN: "Reference: ", domain.LangFR: "Référence : "}
	since := map[domain.Lang]string{domain.LangNL: "sinds ", domain.LangEN: "since ", domain.LangFR: "depuis le "}
	money := regexp.MustCompile(`€|\d[.,]\d{2}\b`)
	for _, lang := range domain.Langs {
		t.Run(string(lang), func(t *testing.T) {
			d := pdftest.Proposal(lang)
			if d.Manager == nil {
				t.Fatal("the sample has no manager")
			}
			first := domain.MandateReference{EngagementID: 4, Client: "Brouwerij Zenne", Role: "CFO a.i.",
				Start: domain.NewDate(2024, time.January, 8), End: domain.NewDate(2024, time.September, 30),
				Outcome: "Refinanced the group and handed over to the new CFO", Reference: "Jan Peeters, CEO"}
			open := domain.MandateReference{EngagementID: 9, Client: "Acme", Role: "COO a.i.",
				Start: domain.NewDate(2025, time.March, 3)}
			d.References = []domain.MandateReference{open, first}
			text := pdfText(t, render(t, d))
			entry := "Brouwerij Zenne – CFO a.i. (" + first.Start.Format(lang) + " – " + first.End.Format(lang) + "). " +
				"Refinanced the group and handed over to the new CFO. " + refWord[lang] + "Jan Peeters, CEO"
			mustContain(t, text, heading[lang], entry, "Acme – COO a.i. ("+since[lang]+open.Start.Format(lang)+")")
			cv := fold(d.Manager.CV)
			if at, h := strings.Index(text, cv[:40]), strings.Index(text, fold(heading[lang])); at < 0 || h < at {
				t.Errorf("the mandates (at %d) are not after the CV (at %d)", h, at)
			}
			// The section runs from its heading to the last reference; no
			// amount in it.
			section := text[strings.Index(text, fold(heading[lang])):]
			section = section[:strings.Index(section, "Jan Peeters, CEO")]
			if m := money.FindString(section); m != "" {
				t.Errorf("the mandates print an amount %q:\n%s", m, section)
			}
		})
	}
}

// TestNoReferencesNoHeading: a proposal that chose none prints no heading.
func TestNoReferencesNoHeading(t *testing.T) {
	text := pdfText(t, render(t, pdftest.Proposal(domain.LangEN)))
	if strings.Contains(text, "Recent mandates") {
		t.Error("the heading is printed without mandates")
	}
}
