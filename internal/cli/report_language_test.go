package cli

import (
	"fmt"
	"go/ast"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/i18n"
	"github.com/interimdesk/interimdesk/internal/i18n/i18ntest"
)

// reportStep is one command line of TestReportsFollowTheLanguage and the
// lines it must print in Dutch and in French.
type reportStep struct {
	args   []string
	nl, fr []string
}

// historyDate is a date inside the detail of an engagement's history,
// after the time and the step: the detail is translated, but the dates in
// it are values and stay ISO, so the English check leaves them out.
var historyDate = regexp.MustCompile(`\b\d{4}-\d{2}-\d{2}\b`)

// TestReportsFollowTheLanguage runs the commands a person reads the output
// of, in Dutch and in French, on the sample: each must print its report in
// that language (the lines wanted), with amounts and dates written that
// language's way, and no English text of the command line's reports left
// (englishLeft).
func TestReportsFollowTheLanguage(t *testing.T) {
	english := reportTexts(t)
	for _, l := range []domain.Lang{domain.LangNL, domain.LangFR} {
		t.Run(string(l), func(t *testing.T) {
			db := demoCopy(t)
			dir := t.TempDir()
			file := func(name string) string { return filepath.Join(dir, name) }
			roster := writeFile(t, "roster.csv", "Naam;E-mail;Dagtarief;Talen;Schoenmaat\r\n"+
				"Ren\xe9e Claes;renee.claes@example.be;1.150,00;nl, fr;41\r\n"+
				"Jo\xeblle Dubois;"+demoManager(t, db, "joelle").Email+";1.450;fr;38\r\n"+
				"Wim Peeters;wim@@example.be;900;nl;44\r\n")
			steps := []reportStep{
				{[]string{"clients", "list", "--archived"},
					[]string{"ID  NAAM ", "BTW", "PLAATS", "Drukkerij Van Acker BV (gearchiveerd)", "11 van 11 klanten\n"},
					[]string{"ID  NOM ", "TVA", "LOCALITÉ", "Drukkerij Van Acker BV (archivé)", "11 clients sur 11\n"}},
				{[]string{"clients", "show", "1"},
					[]string{"Juridische naam:", "Gearchiveerd:", " nee\n"},
					[]string{"Dénomination sociale :", "Archivé :", " non\n"}},
				{[]string{"managers", "list"},
					[]string{"DAGTARIEF", "€ 1.550,00", "op opdracht tot 01-05-2027 (4 d/w)", "beschikbaar vanaf ", "27 van 27 managers\n"},
					[]string{"TARIF JOURNALIER", "1\u00a0550,00\u00a0€", "en mission jusqu'au 01/05/2027 (4 j/sem)", "disponible à partir du ", "27 managers sur 27\n"}},
				{[]string{"managers", "show", "3"},
					[]string{"Eigen dagvergoeding:", "€ 1.550,00", "Ondernemingsnummer vennootschap:", "0792.430.018", "Expertise:", "Actief:", " ja\n"},
					[]string{"Honoraires journaliers propres :", "1\u00a0550,00\u00a0€", "Numéro d'entreprise de la société :", "0792.430.018", "Compétences :", "Actif :", " oui\n"}},
				{[]string{"proposals", "list"},
					[]string{"NUMMER", "uitgebracht", "concept", "€ 161.200,00", "8 van 8 voorstellen\n"},
					[]string{"NUMÉRO", "émise", "brouillon", "161\u00a0200,00\u00a0€", "8 propositions sur 8\n"}},
				{[]string{"proposal", "show", "1"},
					[]string{"Status:", "aanvaard op 25-10-2026", "Interimmandaat\n", "26 weken × 4 dagen per week = 104 dagen", "€ 161.200,00 + btw € 33.852,00 = € 195.052,00", "Vaste aanwerving, ter vergelijking"},
					[]string{"Statut :", "acceptée le 25/10/2026", "Management de transition\n", "26 semaines × 4 jours par semaine = 104 jours", "161\u00a0200,00\u00a0€ + TVA 33\u00a0852,00\u00a0€ = 195\u00a0052,00\u00a0€", "Recrutement permanent, pour comparaison"}},
				{[]string{"engagements", "list"},
					[]string{"SOORT", "TARIEF/HONORARIUM", "€ 1.550,00/dag", "€ 38.000,00 honorarium", "gepland", "6 van 6 opdrachten\n"},
					[]string{"TYPE", "TARIF/HONORAIRES", "1\u00a0550,00\u00a0€/jour", "38\u00a0000,00\u00a0€ d'honoraires", "planifiée", "6 missions sur 6\n"}},
				{[]string{"engagements", "show", "1"},
					[]string{"Voorstel:", "1, versie 1", "Opzegtermijn:", "30 dagen"},
					[]string{"Proposition :", "1, version 1", "Préavis :", "30 jours"}},
				{[]string{"check"},
					[]string{"in orde: integriteit ok, schema "},
					[]string{"en ordre : intégrité ok, schéma "}},
				{[]string{"backup", file("copy.db")},
					[]string{"Back-up van " + db + " gemaakt in " + file("copy.db") + " (", " kB).\n"},
					[]string{"Sauvegarde de " + db + " faite dans " + file("copy.db") + " (", " ko).\n"}},
				{[]string{"backup"}, []string{"Back-up van "}, []string{"Sauvegarde de "}},
				{[]string{"backup", "--list"},
					[]string{"GEMAAKT", "handmatig", "15-01-2027 ", "1 back-ups in "},
					[]string{"FAITE LE", "manuelle", "15/01/2027 ", "1 sauvegardes dans "}},
				{[]string{"export", "managers", "-o", file("m.csv")},
					[]string{"29 managers geëxporteerd naar "}, []string{"29 managers exportés dans "}},
				{[]string{"import", "managers", roster, "--dry-run"},
					[]string{"regel 2:  toevoegen  Renée Claes", "bijwerken  manager ", "): talen", "weigeren   E-mail: een e-mailadres",
						"Let op: Kolom 5, “Schoenmaat”, is geen veld", "Proefimport van " + roster + ": 1 toe te voegen, 1 bij te werken, 0 ongewijzigd, 1 geweigerd; er is niets geschreven.\n"},
					[]string{"ligne 2 :  ajouter  Renée Claes", "mettre à jour  manager ", ") : langues", "refuser         E-mail : une adresse e-mail",
						"Remarque : La colonne 5, « Schoenmaat », n'est pas un champ", "Essai à blanc de " + roster + " : 1 à ajouter, 1 à mettre à jour, 0 sans changement, 1 refus ; rien n'a été écrit.\n"}},
				{[]string{"import", "managers", roster, "--skip-invalid"},
					[]string{"Import van managers uit " + roster + ": 1 toegevoegd, 1 bijgewerkt, 0 ongewijzigd, 1 geweigerde regels weggelaten.\n"},
					[]string{"Import des managers depuis " + roster + " : 1 ajout(s), 1 mise(s) à jour, 0 sans changement, 1 ligne(s) refusée(s) laissée(s) de côté.\n"}},
				{[]string{"proposal", "render", "7", "-o", file("p.pdf")},
					[]string{"Voorbeeld (nl) van voorstel 7, gedateerd 15 januari 2027, geschreven naar "},
					[]string{"Aperçu (nl) de la proposition 7, daté du 15 janvier 2027, écrit dans "}},
				{[]string{"proposal", "issue", "7"},
					[]string{" versie 1 uitgebracht op 15 januari 2027 (nl), sha256 "},
					[]string{" version 1 émise le 15 janvier 2027 (nl), sha256 "}},
				{[]string{"proposal", "history", "7"},
					[]string{"UITGEBRACHT OP", "15-01-2027", "1 van 1 versies\n"},
					[]string{"ÉMISE LE", "15/01/2027", "1 versions sur 1\n"}},
				{[]string{"proposal", "render", "7", "--version", "1", "-o", file("p1.pdf")},
					[]string{" versie 1 (nl, uitgebracht op 15 januari 2027, sha256 "},
					[]string{" version 1 (nl, émise le 15 janvier 2027, sha256 "}},
				{[]string{"proposal", "status", "7", "declined"},
					[]string{" versie 1 afgewezen op 15 januari 2027.\n"},
					[]string{" version 1 refusée le 15 janvier 2027.\n"}},
				{[]string{"engagements", "accept", deltaProposal, "--option", "interim", "--on", "2027-01-14"},
					[]string{" versie 2 aanvaard (interim) op 14 januari 2027: opdracht 7 (interim, gepland): Interim Integration Director, reports to the Managing Director, van 25 januari 2027 tot 25 juli 2027, 3 dagen per week aan € 1.500,00/dag.\n"},
					[]string{" version 2 acceptée (interim) le 14 janvier 2027 : mission 7 (interim, planifiée) : Interim Integration Director, reports to the Managing Director, du 25 janvier 2027 au 25 juillet 2027, 3 jours par semaine à 1\u00a0500,00\u00a0€/jour.\n"}},
				{[]string{"engagements", "activate", "7", "--on", "2027-02-01"},
					[]string{"Nu: opdracht 7 (interim, actief)"}, []string{"Maintenant : mission 7 (interim, active)"}},
				{[]string{"engagements", "extend", "7", "--to", "2027-12-31"},
					[]string{"Verlengd: opdracht 7 (interim, actief): ", ", van 25 januari 2027 tot 31 december 2027, "},
					[]string{"Prolongée : mission 7 (interim, active) : ", ", du 25 janvier 2027 au 31 décembre 2027, "}},
				{[]string{"engagements", "terminate", "7", "--notice-given", "2027-03-01", "--reason", "The merger was called off."},
					[]string{"Opzegging gegeven op 1 maart 2027 voor opdracht 7 (opzegtermijn van 30 dagen): de laatste dag is 31 maart 2027; tot dan blijft ze actief.\n"},
					[]string{"Préavis donné le 1er mars 2027 pour la mission 7 (préavis de 30 jours) : le dernier jour est le 31 mars 2027 ; d'ici là, elle reste active.\n"}},
				{[]string{"engagements", "history", "7"},
					[]string{"TIJDSTIP", "aanvaard", "gestart", "verlengd", "opzegging", "4 van 4 gebeurtenissen\n",
						", optie interim, aanvaard op 2027-01-14", "gestart op 2027-02-01", "gepland einde verschoven van ",
						"opzegging gegeven op 2027-03-01, 30 dagen; laatste dag 2027-03-31; reden: “The merger was called off.”"},
					[]string{"MOMENT", "acceptée", "commencée", "prolongée", "préavis", "4 événements sur 4\n",
						", option interim, acceptée le 2027-01-14", "commencée le 2027-02-01", "fin prévue reportée du ",
						"préavis donné le 2027-03-01, 30 jours ; dernier jour le 2027-03-31 ; motif : « The merger was called off. »"}},
				{[]string{"contract", "terms", "7"},
					[]string{"Opdrachtnummer:", "Niet-afwerving:", "12 maanden", "honoraria van 6 maanden", "nog niet bewerkt"},
					[]string{"N° de mission :", "Non-sollicitation :", "12 mois", "honoraires de 6 mois", "pas encore modifiées"}},
				{[]string{"contract", "clauses", "--lang", string(l)},
					[]string{"SLEUTEL", "TEKST", "standaard", " clausules van het sjabloon BE, taal nl\n"},
					[]string{"CLÉ", "TEXTE", "par défaut", " du modèle BE, langue fr\n"}},
				{[]string{"contract", "clause", "expenses", "--lang", string(l)},
					[]string{"expenses (sjabloon BE, nl): de standaardtekst\n"}, []string{"expenses (modèle BE, fr) : le texte par défaut\n"}},
				{[]string{"contract", "render", "7", "-o", file("c.pdf")},
					[]string{" versie 1 (en, BE recht, afgedrukt op 15 januari 2027, sha256 "},
					[]string{" version 1 (en, droit BE, imprimée le 15 janvier 2027, sha256 "}},
				{[]string{"contract", "render", "7", "--preview", "-o", file("draft.pdf")},
					[]string{"Ontwerp (en) van het contract van opdracht 7, gedateerd 15 januari 2027, geschreven naar "},
					[]string{"Projet (en) du contrat de la mission 7, daté du 15 janvier 2027, écrit dans "}},
				{[]string{"contract", "history", "7"},
					[]string{"AFGEDRUKT OP", "RECHT", "1 van 1 versies\n"}, []string{"IMPRIMÉE LE", "DROIT", "1 versions sur 1\n"}},
				{[]string{"contract", "batch", "--ids", "7", "--out", dir},
					[]string{"2 contracten geschreven naar " + dir + ".\n"}, []string{"2 contrats écrits dans " + dir + ".\n"}},
				{[]string{"managers", "export-personal", "3", "-o", file("personal.json")},
					[]string{"Persoonsgegevens van manager 3 (Gérard Van den Bossche) geschreven naar "},
					[]string{"Données personnelles du manager 3 (Gérard Van den Bossche) écrites dans "}},
				{[]string{"managers", "erase", "3"},
					[]string{"worden gewist; het record wordt \"Erased manager 3\" en inactief.", "Er is nog niets gewist."},
					[]string{"sont effacés ; la fiche devient \"Erased manager 3\" et inactive.", "Rien n'a encore été effacé."}},
				{[]string{"managers", "erase", "3", "--confirm", "3"},
					[]string{"De persoonsgegevens van manager 3 zijn gewist.\n"}, []string{"Les données personnelles du manager 3 ont été effacées.\n"}},
				{[]string{"restore", file("copy.db")},
					[]string{"teruggezet in " + db + ": Schelde Interim & Advies BV, 11 klanten, 29 managers", "De database zoals ze ervoor was, is bewaard als "},
					[]string{"restauré dans " + db + " : Schelde Interim & Advies BV, 11 clients, 29 managers", "La base de données telle qu'elle était avant est conservée sous "}},
				{[]string{"demo", "--force"},
					[]string{"Voorbeeldbureau Schelde Interim & Advies BV geladen in ", "  8 voorstellen: 2 concept, 2 uitgebracht", "De vorige database is verplaatst naar "},
					[]string{"Cabinet d'exemple Schelde Interim & Advies BV chargé dans ", "  8 propositions : 2 brouillon, 2 émise", "La base de données précédente a été déplacée vers "}},
			}
			env := envOf("INTERIMDESK_LANG", string(l))
			for _, s := range steps {
				r := cliEnv(t, env, append([]string{"--db", db}, s.args...)...)
				if r.code != 0 || r.stderr != "" {
					t.Fatalf("%v: exit %d\n%s%s", s.args, r.code, r.stdout, r.stderr)
				}
				want := s.nl
				if l == domain.LangFR {
					want = s.fr
				}
				// Columns are as wide as their widest cell.
				out := strings.Join(strings.Fields(r.stdout), " ")
				for _, w := range want {
					if !strings.Contains(out, strings.Join(strings.Fields(w), " ")) {
						t.Errorf("%v prints no %q:\n%s", s.args, w, r.stdout)
					}
				}
				said := r.stdout
				if s.args[0] == "engagements" && s.args[1] == "history" {
					said = historyDate.ReplaceAllString(said, "")
				}
				for _, e := range englishLeft(l, english, said) {
					t.Errorf("%v prints English %s:\n%s", s.args, e, r.stdout)
				}
			}
		})
	}
}

// TestEnglishLeftFindsEnglish keeps the check above honest: the English
// reports, read as if they were Dutch, are full of English.
func TestEnglishLeftFindsEnglish(t *testing.T) {
	english := reportTexts(t)
	db := demoCopy(t)
	roster := writeFile(t, "roster.csv", "Name;E-mail;Shoe size\nAn Smet;an@example.be;40\n")
	for _, tc := range []struct {
		args []string
		want []string
	}{
		{[]string{"managers", "list"}, []string{`the word "HEADLINE"`, "an amount €1", "a date 2027-"}},
		{[]string{"managers", "show", "3"}, []string{`the word "yes"`}},
		{[]string{"import", "managers", roster, "--dry-run"}, []string{`the word "add"`, "the words Dry run of", "the words refused; nothing was written"}},
		{[]string{"engagements", "show", "1"}, []string{"the words Notice period", `the word "Kind"`}},
	} {
		r := cli(t, append([]string{"--db", db}, tc.args...)...)
		mustOK(t, r)
		left := strings.Join(englishLeft(domain.LangNL, english, r.stdout), "\n")
		for _, w := range tc.want {
			if !strings.Contains(left, w) {
				t.Errorf("%v: the check does not see %q in:\n%s\nit found:\n%s", tc.args, w, r.stdout, left)
			}
		}
	}
}

// TestJSONStaysTheSameInEveryLanguage runs the --json commands in Dutch:
// scripts read English keys, ISO dates and cents whatever the locale.
func TestJSONStaysTheSameInEveryLanguage(t *testing.T) {
	db := demoCopy(t)
	roster := writeFile(t, "roster.csv", "Name;E-mail;Shoe size\nAn Smet;an@example.be;40\n")
	for _, args := range [][]string{
		{"managers", "list", "--json"},
		{"managers", "show", "3", "--json"},
		{"proposals", "show", "1", "--json"},
		{"engagements", "list", "--json"},
		{"engagements", "history", "1", "--json"},
		{"contract", "clauses", "--json"},
		{"import", "managers", roster, "--dry-run", "--json"},
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			en := cli(t, append([]string{"--db", db}, args...)...)
			nl := cliEnv(t, envOf("INTERIMDESK_LANG", "nl"), append([]string{"--db", db}, args...)...)
			mustOK(t, en)
			if nl.stdout != en.stdout || nl.code != 0 {
				t.Errorf("--json in Dutch differs from English:\n%s\nEnglish:\n%s", nl.stdout, en.stdout)
			}
		})
	}
}

// TestProgressFollowsTheLanguage checks the lines an import and a batch
// write on stderr as they go.
func TestProgressFollowsTheLanguage(t *testing.T) {
	db := demoCopy(t)
	roster := writeFile(t, "roster.csv", "Name;E-mail\nAn Smet;an@example.be\n")
	env := envOf("INTERIMDESK_LANG", "fr")
	r := cliEnv(t, env, "--db", db, "import", "managers", roster, "--progress")
	if r.code != 0 || !strings.Contains(r.stderr, "import : 1 lignes") {
		t.Errorf("import progress: exit %d, stderr %q", r.code, r.stderr)
	}
	r = cliEnv(t, env, "--db", db, "contract", "batch", "--status", "all", "--out", t.TempDir(), "--progress")
	if r.code != 0 || !strings.Contains(r.stderr, "série de contrats : 11 contrats sur 11\n") {
		t.Errorf("batch progress: exit %d, stderr %q", r.code, r.stderr)
	}
}

// englishMoney and isoDate are an amount and a date as English output
// writes them: "€1,250.00", "2027-01-15" (a backup's file name, dated
// 2027-01-15T093000, is no date a person reads).
var (
	englishMoney = regexp.MustCompile(`€\d`)
	isoDate      = regexp.MustCompile(`\b\d{4}-\d{2}-\d{2}(?:[^T\d]|$)`)
)

// englishLeft returns what in out is still English: an amount or a date
// written the English way, a report text of the command line that is a
// word of its own (a column heading, "yes") standing alone in a cell, or a
// run of several words of a report sentence, unless l writes those words
// as well.
func englishLeft(l domain.Lang, english []string, out string) []string {
	var left []string
	if m := englishMoney.FindString(out); m != "" {
		left = append(left, "an amount "+m+"...")
	}
	if m := isoDate.FindString(out); m != "" {
		left = append(left, "a date "+strings.TrimSpace(m))
	}
	cells := map[string]bool{}
	for _, line := range strings.Split(out, "\n") {
		for _, c := range regexp.MustCompile(`\s{2,}|:\s+`).Split(line, -1) {
			cells[strings.TrimSpace(c)] = true
		}
	}
	translated := strings.Join(i18n.Texts(l), "\n")
	for _, e := range english {
		if i18n.Label(l, e) == e {
			continue // the same in l: "ID", "interim"
		}
		if !strings.Contains(e, "%") && !strings.Contains(e, " ") {
			if cells[e] {
				left = append(left, fmt.Sprintf("the word %q", e))
			}
			continue
		}
		for _, run := range verbs.Split(e, -1) {
			run = strings.Trim(run, " ,;:.()")
			if strings.Count(run, " ") > 0 && strings.Contains(out, run) && !strings.Contains(translated, run) {
				left = append(left, "the words "+run+" (of "+e+")")
			}
		}
	}
	return left
}

// verbs are the verbs of a format string, where its literal runs end.
var verbs = regexp.MustCompile(`%[-+# 0]*\d*(?:\.\d+)?[a-zA-Z%]`)

// reportTexts are the English texts of this package's reports, found as
// internal/i18n finds them to check their translations: the literals
// given to a parameter called sentence or word, and columns literals.
func reportTexts(t *testing.T) []string {
	t.Helper()
	_, files := i18ntest.ParseDir(t, ".")
	takes := map[string]map[int]bool{}
	for _, f := range files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok {
				continue
			}
			i := 0
			for _, p := range fd.Type.Params.List {
				for _, n := range p.Names {
					if n.Name == "sentence" || n.Name == "word" {
						if takes[fd.Name.Name] == nil {
							takes[fd.Name.Name] = map[int]bool{}
						}
						takes[fd.Name.Name][i] = true
					}
					i++
				}
			}
		}
	}
	seen := map[string]bool{}
	var out []string
	add := func(s string) {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CallExpr:
				name := ""
				switch fn := n.Fun.(type) {
				case *ast.Ident:
					name = fn.Name
				case *ast.SelectorExpr:
					name = fn.Sel.Name
				}
				for i, arg := range n.Args {
					if s, ok := i18ntest.StringLit(arg); ok && takes[name][i] {
						add(s)
					}
				}
			case *ast.CompositeLit:
				if id, ok := n.Type.(*ast.Ident); ok && id.Name == "columns" {
					for _, el := range n.Elts {
						if s, ok := i18ntest.StringLit(el); ok {
							add(s)
						}
					}
				}
			}
			return true
		})
	}
	if len(out) < 100 {
		t.Fatalf("found only %d report texts; has the convention of say.go changed?", len(out))
	}
	return out
}
