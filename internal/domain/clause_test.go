package domain

import (
	"regexp"
	"strings"
	"testing"
	"time"
)

// TestDefaultClauses checks the shipped library: every clause of both
// templates exists in every language, validates, and says what the law of
// its jurisdiction requires.
func TestDefaultClauses(t *testing.T) {
	for _, j := range Jurisdictions {
		for _, l := range Langs {
			t.Run(string(j)+"/"+string(l), func(t *testing.T) {
				for _, k := range ClauseKeys() {
					c, ok := DefaultClause(j, l, k)
					if !ok {
						t.Errorf("%s has no default", k)
						continue
					}
					ct := ClauseText{Jurisdiction: j, Lang: l, Clause: c}
					if err := ct.Validate(); err != nil {
						t.Errorf("%s: %v", k, err)
					}
					if c.Key != k {
						t.Errorf("%s: key %q", k, c.Key)
					}
				}
			})
		}
	}
}

// TestClauseLaw checks the words that make each template the agreement of
// its jurisdiction.
func TestClauseLaw(t *testing.T) {
	body := func(j Jurisdiction, l Lang, k ClauseKey) string {
		c, _ := DefaultClause(j, l, k)
		return c.Body
	}
	for _, tc := range []struct {
		j     Jurisdiction
		l     Lang
		key   ClauseKey
		wants []string
	}{
		{JurisdictionNL, LangNL, ClauseNatureInterim, []string{"overeenkomst van opdracht in de zin van artikel 7:400 e.v.", "geen arbeidsovereenkomst", "ook in de praktijk"}},
		{JurisdictionNL, LangNL, ClauseLaw, []string{"Nederlands recht", "rechtbank", "{court}"}},
		{JurisdictionNL, LangNL, ClauseLiabilityInterim, []string{"opzet of bewuste roekeloosheid"}},
		{JurisdictionBE, LangNL, ClauseNatureInterim, []string{"managementovereenkomst", "zelfstandige", "Arbeidsrelatiewet"}},
		{JurisdictionBE, LangNL, ClauseLaw, []string{"Belgisch recht", "ondernemingsrechtbank"}},
		{JurisdictionBE, LangNL, ClauseLiabilityInterim, []string{"opzet of zware fout"}},
		{JurisdictionBE, LangEN, ClauseLiabilityInterim, []string{"intentionally or by gross negligence"}},
		{JurisdictionBE, LangFR, ClauseLiabilityInterim, []string{"faute intentionnelle ou de faute grave"}},
		{JurisdictionNL, LangEN, ClauseLiabilityInterim, []string{"intent or deliberate recklessness (opzet of bewuste roekeloosheid)", "except in the case of intent or deliberate recklessness"}},
		{JurisdictionNL, LangFR, ClauseLiabilityInterim, []string{"faute intentionnelle ou d’imprudence consciente (opzet of bewuste roekeloosheid)", "sauf faute intentionnelle ou imprudence consciente"}},
		{JurisdictionNL, LangEN, ClauseLiabilityConsulting, []string{"deliberate recklessness"}},
		{JurisdictionNL, LangFR, ClauseLiabilityConsulting, []string{"imprudence consciente"}},
		{JurisdictionNL, LangNL, ClauseLiabilityConsulting, []string{"opzet of bewuste roekeloosheid"}},
		{JurisdictionBE, LangNL, ClauseNoticeInterim, []string{"gerechtelijke reorganisatie"}},
		{JurisdictionBE, LangFR, ClauseNoticeInterim, []string{"réorganisation judiciaire"}},
		{JurisdictionBE, LangEN, ClauseNoticeInterim, []string{"judicial reorganisation"}},
		{JurisdictionNL, LangNL, ClauseNoticeInterim, []string{"surseance van betaling"}},
		{JurisdictionNL, LangEN, ClauseNoticeInterim, []string{"suspension of payments (surseance van betaling)"}},
		{JurisdictionNL, LangFR, ClauseNoticeInterim, []string{"sursis de paiement (surseance van betaling)"}},
		{JurisdictionBE, LangNL, ClauseInsuranceInterim, []string{"directiecomité"}},
		{JurisdictionNL, LangNL, ClauseInsuranceInterim, []string{"lid van de directie"}},
		{JurisdictionNL, LangEN, ClauseInsuranceInterim, []string{"management board"}},
		{JurisdictionNL, LangFR, ClauseInsuranceInterim, []string{"membre de la direction"}},
		// The Wet DBA's marks of independent work, in every language.
		{JurisdictionNL, LangNL, ClauseNatureInterim, []string{"Wet DBA", "geen aanwijzingen over de wijze waarop het werk wordt uitgevoerd", "eigen rekening en risico", "vrij om ook voor anderen te werken", "eigen middelen", "tijdelijk", "{art_term}"}},
		{JurisdictionNL, LangEN, ClauseNatureInterim, []string{"Wet DBA", "no instructions on how the work is done", "own account and risk", "free to work for others", "own means", "temporary", "{art_term}"}},
		{JurisdictionNL, LangFR, ClauseNatureInterim, []string{"Wet DBA", "pas d’instructions sur la manière", "propres risques", "libre de travailler pour d’autres", "propres moyens", "temporaire", "{art_term}", "entendent expressément ne pas conclure"}},
		{JurisdictionBE, LangFR, ClauseNatureInterim, []string{"entendent expressément ne pas conclure"}},
		// The manager agreement: independence under each law, back to
		// back with the client agreement, paid for the approved days.
		{JurisdictionNL, LangNL, ClauseNatureManager, []string{"7:400", "Wet DBA", "geen aanwijzingen over de wijze waarop het werk wordt uitgevoerd", "eigen rekening en risico", "vrij om ook voor anderen te werken", "eigen middelen", "tijdelijk", "{art_term}"}},
		{JurisdictionNL, LangEN, ClauseNatureManager, []string{"Wet DBA", "no instructions on how the work is done", "own account and risk", "free to work for others", "own means", "temporary"}},
		{JurisdictionNL, LangFR, ClauseNatureManager, []string{"Wet DBA", "pas d’instructions sur la manière", "propres risques", "libre de travailler pour d’autres", "propres moyens", "temporaire", "entendent expressément ne pas conclure"}},
		{JurisdictionBE, LangNL, ClauseNatureManager, []string{"Arbeidsrelatiewet", "zonder enige band van ondergeschiktheid", "ook voor anderen werken"}},
		{JurisdictionBE, LangEN, ClauseNatureManager, []string{"Employment Relationships Act", "subordination"}},
		{JurisdictionBE, LangFR, ClauseNatureManager, []string{"loi sur la nature des relations de travail", "entendent expressément ne pas conclure"}},
		{JurisdictionNL, LangNL, ClauseNoticeManager, []string{"surseance van betaling", "{notice_period}", "Klantovereenkomst"}},
		{JurisdictionBE, LangFR, ClauseNoticeManager, []string{"réorganisation judiciaire", "{notice_period}", "Convention client"}},
		{JurisdictionBE, LangNL, ClauseTermManager, []string{"{period}", "Klantovereenkomst", "van rechtswege"}},
		{JurisdictionBE, LangEN, ClauseInvoicingManager, []string{"monthly", "approved", "{payment_term}"}},
		{JurisdictionBE, LangNL, ClauseFeeManager, []string{"{day_rate}", "goedgekeurd"}},
		{JurisdictionBE, LangEN, ClausePrivacyManager, []string{"General Data Protection Regulation", "2016/679"}},
		{JurisdictionNL, LangFR, ClauseIPManager, []string{"cède", "Convention client", "savoir-faire"}},
		{JurisdictionBE, LangNL, ClauseNonSolicitManager, []string{"{non_solicitation_period}", "anders dan via het Bureau"}},
		{JurisdictionBE, LangEN, ClausePartiesClient, []string{"{manager}", "not a party"}},
		{JurisdictionBE, LangNL, ClauseIPClient, []string{"rechten van de Manager", "betaald"}},
		// Intellectual property: deliverables once paid, the client's own
		// material, the firm's and the manager's know-how.
		{JurisdictionBE, LangNL, ClauseIPInterim, []string{"rapporten, modellen", "betaald", "blijven zijn eigendom", "knowhow", "de Manager"}},
		{JurisdictionNL, LangEN, ClauseIPInterim, []string{"reports, models", "paid", "remain its property", "know-how", "the Manager"}},
		{JurisdictionBE, LangFR, ClauseIPConsulting, []string{"rapports, modèles", "payé", "restent sa propriété", "savoir-faire"}},
		{JurisdictionBE, LangFR, ClauseNatureInterim, []string{"convention de management", "indépendant", "27 décembre 2006"}},
		{JurisdictionBE, LangFR, ClauseLaw, []string{"droit belge", "tribunal de l’entreprise"}},
		{JurisdictionNL, LangFR, ClauseNatureInterim, []string{"7:400", "Code civil néerlandais"}},
		{JurisdictionNL, LangEN, ClauseNatureInterim, []string{"Article 7:400", "not subordinate"}},
		{JurisdictionBE, LangEN, ClauseNatureInterim, []string{"management agreement", "self-employed"}},
		{JurisdictionBE, LangEN, ClauseInsuranceInterim, []string{"professional liability insurance"}},
		{JurisdictionBE, LangNL, ClauseInsuranceInterim, []string{"beroepsaansprakelijkheidsverzekering"}},
		{JurisdictionBE, LangFR, ClauseInsuranceInterim, []string{"responsabilité civile professionnelle"}},
	} {
		t.Run(string(tc.j)+"/"+string(tc.l)+"/"+string(tc.key), func(t *testing.T) {
			b := body(tc.j, tc.l, tc.key)
			for _, w := range tc.wants {
				if !strings.Contains(b, w) {
					t.Errorf("lacks %q:\n%s", w, b)
				}
			}
		})
	}
}

// TestClauseWordsPerCountry keeps each country's legal terms out of the
// other's templates, and the Dutch-law liability carve-out one rule in
// every language.
func TestClauseWordsPerCountry(t *testing.T) {
	never := map[Jurisdiction]map[Lang][]string{
		JurisdictionBE: {
			LangNL: {"surseance", "bewuste roekeloosheid", "grove schuld"},
			LangEN: {"moratorium", "suspension of payments"},
			LangFR: {"sursis de paiement"},
		},
		JurisdictionNL: {
			// Netherlands Dutch where it differs from Flemish usage.
			LangNL: {"gerechtelijke reorganisatie", "directiecomité", "grove schuld", "zware fout", "staat in voor", "staat niet in voor", "staat zij ervoor in", "gaat voor op", "interim management"},
			LangEN: {"judicial reorganisation", "executive committee", "gross negligence"},
			LangFR: {"réorganisation judiciaire", "comité de direction", "faute grave"},
		},
	}
	for j, langs := range never {
		for l, words := range langs {
			for _, k := range ClauseKeys() {
				c, _ := DefaultClause(j, l, k)
				for _, w := range words {
					if strings.Contains(c.Body, w) {
						t.Errorf("%s/%s %s says %q", j, l, k, w)
					}
				}
			}
		}
	}
}

// TestClauseRoleAnyText: the role a person types may be a whole phrase
// ("Programmamanager, rapporteert aan de algemeen directeur"), so it only
// ends a sentence, after a colon; the authority refers to the assignment's
// article instead of repeating it, and a consulting assignment is not
// named after the proposal's title.
func TestClauseRoleAnyText(t *testing.T) {
	for _, j := range Jurisdictions {
		for _, l := range Langs {
			for _, k := range ClauseKeys() {
				c, _ := DefaultClause(j, l, k)
				for rest := c.Body; ; {
					i := strings.Index(rest, "{role}")
					if i < 0 {
						break
					}
					before, after := rest[:i], rest[i+len("{role}"):]
					if (k != ClauseAssignmentInterim && k != ClauseAssignmentManager) || !strings.HasSuffix(strings.TrimRight(before, " \u00a0"), ":") || !strings.HasPrefix(after, ".") {
						t.Errorf("%s/%s %s: {role} inside a sentence: …%s{role}%s…", j, l, k, before[max(0, len(before)-40):], after[:min(len(after), 20)])
					}
					rest = after
				}
			}
		}
	}
}

// TestFrenchSpacing keeps French punctuation with its word: a no-break
// space before ; : ? ! and inside « », never an ordinary one that would let
// the line break there.
func TestFrenchSpacing(t *testing.T) {
	bad := regexp.MustCompile(`[^\x{00a0}][;:?!»]|«[^\x{00a0}]`)
	for _, j := range Jurisdictions {
		for _, k := range ClauseKeys() {
			c, _ := DefaultClause(j, LangFR, k)
			for _, s := range []string{c.Title, c.Body} {
				// A colon in an article number (7:400) is not punctuation.
				s = regexp.MustCompile(`\d:\d`).ReplaceAllString(s, "0")
				if m := bad.FindString(s); m != "" {
					t.Errorf("%s %s: %q in %q", j, k, m, s)
				}
			}
		}
	}
}

func TestClauseTextValidate(t *testing.T) {
	ok := func() ClauseText {
		return ClauseText{Jurisdiction: JurisdictionBE, Lang: LangNL, Clause: Clause{Key: ClauseNoticeInterim, Title: "Opzegging", Body: "Opzegtermijn {notice_period}; zie artikel {art_fee}."}}
	}
	for _, tc := range []struct {
		name  string
		edit  func(c *ClauseText)
		field string
	}{
		{"valid", func(c *ClauseText) {}, ""},
		{"signature needs no title", func(c *ClauseText) { c.Key, c.Title = ClauseSignature, "" }, ""},
		{"unknown template", func(c *ClauseText) { c.Jurisdiction = "FR" }, "Country"},
		{"unknown language", func(c *ClauseText) { c.Lang = "de" }, "Language"},
		{"unknown clause", func(c *ClauseText) { c.Key = "bonus" }, "Clause"},
		{"no title", func(c *ClauseText) { c.Title = " " }, "Title"},
		{"no text", func(c *ClauseText) { c.Body = "" }, "Text"},
		{"unknown placeholder", func(c *ClauseText) { c.Body = "Within {notice_days}." }, "Text"},
		{"unknown article", func(c *ClauseText) { c.Body = "See article {art_bonus}." }, "Text"},
		{"brace left open", func(c *ClauseText) { c.Body = "Within {notice_period days." }, "Text"},
		{"brace across lines", func(c *ClauseText) { c.Body = "Within {notice_period\n}." }, "Text"},
		{"stray closing brace", func(c *ClauseText) { c.Title = "Notice}" }, "Title"},
		{"text too long", func(c *ClauseText) { c.Body = strings.Repeat("x", 10001) }, "Text"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := ok()
			tc.edit(&c)
			err := c.Validate()
			if tc.field == "" {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			if ErrorCode(err) != EINVALID || ErrorField(err) != tc.field {
				t.Fatalf("err = %v (field %q), want one about %q", err, ErrorField(err), tc.field)
			}
			if !strings.HasPrefix(err.Error(), tc.field+": ") {
				t.Errorf("the sentence does not name the field: %q", err)
			}
		})
	}
}

func TestClauseTextNormalize(t *testing.T) {
	c := ClauseText{Clause: Clause{Title: "  Kosten ", Body: "\r\n\nEerste lid.  \r\n\r\n\r\n\r\nTweede lid.\t\n\n"}}
	c.Normalize()
	if c.Title != "Kosten" || c.Body != "Eerste lid.\n\nTweede lid." {
		t.Errorf("got %q / %q", c.Title, c.Body)
	}
}

func TestClauseKeys(t *testing.T) {
	keys := ClauseKeys()
	seen := map[ClauseKey]bool{}
	for _, k := range keys {
		if seen[k] {
			t.Errorf("%s twice", k)
		}
		seen[k] = true
	}
	for _, party := range []ContractParty{PartyClient, PartyManager} {
		list := AgreementClauses(KindInterim, party, false)
		for _, k := range list {
			if !seen[k] {
				t.Errorf("%s of the %s agreement missing from ClauseKeys", k, party)
			}
			if v := k.Variant(); v == KindConsulting || (party == PartyManager && v != "" && v != "manager") || (party == PartyClient && v == "manager") {
				t.Errorf("%s in the %s agreement", k, party)
			}
		}
		if list[len(list)-1] != ClauseSignature {
			t.Errorf("the %s agreement does not end with the signature", party)
		}
	}
	for _, kind := range []OfferKind{KindInterim, KindConsulting} {
		for _, k := range ContractClauses(kind) {
			if !seen[k] {
				t.Errorf("%s of %s missing from ClauseKeys", k, kind)
			}
			if v := k.Variant(); v != "" && v != kind {
				t.Errorf("%s in the %s contract", k, kind)
			}
		}
		if last := ContractClauses(kind); last[len(last)-1] != ClauseSignature {
			t.Errorf("%s does not end with the signature", kind)
		}
	}
	if ClauseNoticeInterim.Article() != "notice" || ClauseLaw.Article() != "law" || ClauseLaw.Variant() != "" {
		t.Error("Article or Variant")
	}
}

func TestContractLanguageAndJurisdiction(t *testing.T) {
	nl := &Firm{Address: Address{Country: "NL"}, DefaultLanguage: LangNL}
	be := &Firm{Address: Address{Country: "BE"}, DefaultLanguage: LangFR}
	if JurisdictionOf(nl) != JurisdictionNL || JurisdictionOf(be) != JurisdictionBE || JurisdictionOf(nil) != JurisdictionBE {
		t.Error("JurisdictionOf")
	}
	if l := ContractLanguage(&Client{Language: LangEN}, nl); l != LangEN {
		t.Errorf("client's language: %s", l)
	}
	if l := ContractLanguage(&Client{}, be); l != LangFR {
		t.Errorf("firm's default: %s", l)
	}
	if l := ContractLanguage(nil, nil); l != LangEN {
		t.Errorf("neither: %s", l)
	}
	if j, err := ParseJurisdiction(" nl "); j != JurisdictionNL || err != nil {
		t.Errorf("ParseJurisdiction: %s %v", j, err)
	}
	if _, err := ParseJurisdiction("DE"); ErrorField(err) != "Country" {
		t.Errorf("DE: %v", err)
	}
	if n := ContractNumber(12, NewDate(2026, time.May, 9)); n != "CTR-2026-0012" {
		t.Errorf("number %s", n)
	}
}
