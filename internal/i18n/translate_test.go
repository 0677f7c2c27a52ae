package i18n

import (
	"fmt"
	"sort"
	"strings"
	"testing"
	"unicode"

	"github.com/interimdesk/interimdesk/internal/domain"
)

func TestErrorSentence(t *testing.T) {
	badVAT := (&domain.Client{LegalName: "Acme", Address: domain.Address{Country: "BE"}, VATID: "BE0123456789", Language: domain.LangNL}).Validate()
	badMail := (&domain.Client{LegalName: "Acme", Address: domain.Address{Country: "BE"}, Contact: domain.Contact{Email: "jan"}, Language: domain.LangNL}).Validate()
	tests := []struct {
		name string
		l    domain.Lang
		err  error
		want string
	}{
		{"English is the message", domain.LangEN, domain.Invalidf("Legal name", "is required."), "Legal name: is required."},
		{"field label and rule", domain.LangNL, domain.Invalidf("Legal name", "is required."), "Juridische naam: is verplicht."},
		{"a number in the rule", domain.LangNL, domain.Invalidf("Title", "is longer than %d characters.", 200), "Titel: is langer dan 200 tekens."},
		{"a reason inside the sentence", domain.LangNL, badVAT,
			"Btw-nummer: een Belgisch btw-nummer is BE gevolgd door 10 cijfers, waarvan de laatste twee gelijk zijn aan 97 min de eerste acht modulo 97; BE0123456789 doorstaat die controle niet."},
		{"a rule inside a reason inside the sentence", domain.LangNL, badMail,
			"E-mail contactpersoon: een e-mailadres ziet eruit als naam@example.nl; “jan” bevat geen @."},
		{"words as arguments", domain.LangNL, domain.Errorf(domain.ECONFLICT, "Engagement %d is %s; it cannot be %s.", 4, domain.EngagementCompleted, domain.Word("extended")),
			"Opdracht 4 is afgerond; ze kan niet worden verlengd."},
		{"arguments in another order", domain.LangNL,
			domain.Errorf(domain.ECONFLICT, "Proposal %s was %s on %s and can no longer be changed; make a new proposal instead.", "OFF-2026-0001", domain.ProposalAccepted, "2026-05-09"),
			"Voorstel OFF-2026-0001 is op 2026-05-09 aanvaard en kan niet meer worden gewijzigd; maak in de plaats een nieuw voorstel."},
		{"what was typed stays as typed", domain.LangNL, domain.Invalidf("Status", "%q is not a proposal status.", "draft"),
			`Status: "draft" is geen status van een voorstel.`},
		{"not found", domain.LangNL, domain.Errorf(domain.ENOTFOUND, "There is no client with number %d; it may have been removed.", 7),
			"Er is geen klant met nummer 7; misschien is die verwijderd."},
		{"what the system said", domain.LangNL, domain.Errorf(domain.EINVALID, "Could not write %s: %s.", "/data/offer.pdf", domain.Word("permission denied")),
			"Kon /data/offer.pdf niet schrijven: geen toestemming."},
		{"an unknown sentence stays English", domain.LangNL, domain.Errorf(domain.EINVALID, "Something nobody wrote down."), "Something nobody wrote down."},
		{"a failure is a plain sentence", domain.LangNL, fmt.Errorf("disk on fire"), "Er ging bij ons iets mis; de details staan in het logboek."},
		{"no error", domain.LangNL, nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ErrorSentence(tt.l, tt.err); got != tt.want {
				t.Errorf("ErrorSentence =\n %q\nwant\n %q", got, tt.want)
			}
		})
	}
}

// TestTranslationsKeepTheArguments checks every translation uses each
// argument of its English format exactly as often as a verb, in any order.
func TestTranslationsKeepTheArguments(t *testing.T) {
	c, err := readCatalogue()
	if err != nil {
		t.Fatal(err)
	}
	for l, m := range c.text {
		for english, tr := range m {
			if strings.TrimSpace(tr) == "" {
				t.Errorf("%s: %q has an empty translation", l, english)
				continue
			}
			want := verbsOf(english)
			got := verbsOf(tr)
			sort.Ints(got)
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("%s: %q\n  uses arguments %v, the English %v: %q", l, tr, got, want, english)
			}
		}
	}
}

// TestEverySentenceIsRecognised writes every format of the catalogue with
// sample arguments and checks the finished sentence is translated by that
// format and not mistaken for another one.
func TestEverySentenceIsRecognised(t *testing.T) {
	c, err := readCatalogue()
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range c.patterns {
		var args, written []any
		for i, v := range e.verbs {
			switch v {
			case 'q':
				args = append(args, fmt.Sprintf("typed %d", i))
				written = append(written, fmt.Sprintf("%q", fmt.Sprintf("typed %d", i)))
			case 'd':
				args = append(args, 40+i)
				written = append(written, fmt.Sprint(40+i))
			default:
				args = append(args, fmt.Sprintf("Zeta%d", i))
				written = append(written, fmt.Sprintf("Zeta%d", i))
			}
		}
		english := fmt.Sprintf(e.english, args...)
		for _, l := range c.languages() {
			tr, ok := c.text[l][e.english]
			if !ok {
				continue
			}
			want := fmt.Sprintf(asStrings(tr), written...)
			if got := Translate(l, english); got != want {
				t.Errorf("%s: %q\n  became %q\n  want   %q", l, english, got, want)
			}
		}
	}
}

func TestParse(t *testing.T) {
	tests := []struct {
		in     string
		want   domain.Lang
		wantOK bool
	}{
		{"nl", domain.LangNL, true},
		{"nl-BE", domain.LangNL, true},
		{"nl_NL.UTF-8", domain.LangNL, true},
		{"NL", domain.LangNL, true},
		{"fr_BE@euro", domain.LangFR, true},
		{"en-GB", domain.LangEN, true},
		{"de-DE", domain.LangEN, false},
		{"C", domain.LangEN, false},
		{"C.UTF-8", domain.LangEN, false},
		{"", domain.LangEN, false},
		{"xx", domain.LangEN, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, ok := Parse(tt.in)
			if got != tt.want || ok != tt.wantOK {
				t.Errorf("Parse(%q) = %s, %v; want %s, %v", tt.in, got, ok, tt.want, tt.wantOK)
			}
		})
	}
}

func TestFromEnv(t *testing.T) {
	tests := []struct {
		name string
		env  map[string]string
		want domain.Lang
	}{
		{"nothing set", nil, domain.LangEN},
		{"Flemish", map[string]string{"LANG": "nl_BE.UTF-8"}, domain.LangNL},
		{"Walloon", map[string]string{"LANG": "fr_BE.UTF-8"}, domain.LangFR},
		{"C.UTF-8", map[string]string{"LANG": "C.UTF-8"}, domain.LangEN},
		{"German", map[string]string{"LANG": "de_DE.UTF-8"}, domain.LangEN},
		{"Frisian, then Dutch", map[string]string{"LANG": "fy_NL.UTF-8", "LANGUAGE": "fy:nl"}, domain.LangNL},
		{"the override wins", map[string]string{"LANG": "nl_BE.UTF-8", EnvOverride: "en"}, domain.LangEN},
		{"an unknown override is ignored", map[string]string{"LANG": "nl_BE.UTF-8", EnvOverride: "klingon"}, domain.LangNL},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := FromEnv(func(k string) string { return tt.env[k] }); got != tt.want {
				t.Errorf("FromEnv = %s, want %s", got, tt.want)
			}
		})
	}
}

func TestInt(t *testing.T) {
	tests := []struct {
		l    domain.Lang
		n    int
		want string
	}{
		{domain.LangEN, 0, "0"},
		{domain.LangEN, 999, "999"},
		{domain.LangEN, 10000, "10,000"},
		{domain.LangNL, 10000, "10.000"},
		{domain.LangFR, 1234567, "1\u00a0234\u00a0567"},
		{domain.LangNL, -1250, "-1.250"},
		{domain.LangEN, -9223372036854775808, "-9,223,372,036,854,775,808"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			if got := Int(tt.l, tt.n); got != tt.want {
				t.Errorf("Int(%s, %d) = %q, want %q", tt.l, tt.n, got, tt.want)
			}
		})
	}
}

// FuzzTranslate fills a format of the catalogue with arguments and checks
// that the two ways to a translation agree: Sprintf, which looks the
// format up (errors and events that keep their format), and Translate,
// which takes the finished English sentence apart (events written by
// earlier versions). English is the sentence itself both ways, and
// Translate leaves any English text as it is.
func FuzzTranslate(f *testing.F) {
	f.Add(0, "draft", 3, "Legal name: is required.")
	f.Add(7, "Smith and Sons", -12, "%s")
	f.Add(123, "“quoted”", 40, "Engagement 1 is active; it cannot be started.")
	f.Add(-5, `back\slash "q"`, 0, "%!d(string=x)")
	c := theCatalogue()
	patterns, err := c.legacyPatterns()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, which int, typed string, n int, text string) {
		if got := Translate(domain.LangEN, text); got != text {
			t.Errorf("English changed: %q became %q", text, got)
		}
		e := patterns[uint(which)%uint(len(patterns))]
		var args []any
		for i, verb := range e.verbs {
			switch verb {
			case 'd':
				args = append(args, n+i)
			case 'q':
				args = append(args, typed)
			case 's', 'v':
				// A name nobody translates: letters and digits only, so
				// it cannot be taken for the words around it.
				args = append(args, fmt.Sprintf("Zq%d%s", i, lettersOnly(typed)))
			default:
				t.Skipf("%q has a verb %%%c the fuzz test does not fill", e.english, verb)
			}
		}
		english := fmt.Sprintf(e.english, args...)
		if got := Sprintf(domain.LangEN, e.english, args...); got != english {
			t.Errorf("Sprintf in English %q, fmt %q", got, english)
		}
		for _, l := range []domain.Lang{domain.LangNL, domain.LangFR} {
			if _, ok := c.text[l][e.english]; !ok {
				continue
			}
			if keyed, parsed := Sprintf(l, e.english, args...), Translate(l, english); keyed != parsed {
				t.Errorf("%s: %q\n  by its format %q\n  taken apart  %q", l, english, keyed, parsed)
			}
		}
	})
}

// lettersOnly keeps the ASCII letters and digits of s.
func lettersOnly(s string) string {
	return strings.Map(func(r rune) rune {
		if r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			return r
		}
		return -1
	}, s)
}

// TestSentencesInsideSentences words every kind of argument in the
// language: a reason kept as an error, a part kept as a sentence, a word,
// an amount; a plain string stays as it is.
func TestSentencesInsideSentences(t *testing.T) {
	mistake := domain.Invalidf("Legal name", "is required.")
	for _, tc := range []struct {
		name string
		got  string
		want string
	}{
		{"an error inside another", ErrorSentence(domain.LangNL, domain.Errorf(domain.EINVALID, "%s: %s Nothing was imported.", "clients[3]", domain.ErrorPart(fmt.Errorf("read: %w", mistake)))),
			"clients[3]: Juridische naam: is verplicht. Er is niets geïmporteerd."},
		{"a failure inside another", Sprintf(domain.LangNL, "%s: %s Nothing was imported.", "clients[3]", domain.ErrorPart(fmt.Errorf("disk on fire"))),
			"clients[3]: Er ging bij ons iets mis; de details staan in het logboek. Er is niets geïmporteerd."},
		{"an amount", Sprintf(domain.LangNL, "day rate changed from %s to %s", domain.Euros(1250), domain.Euros(1300)), "dagtarief gewijzigd van € 1.250,00 naar € 1.300,00"},
		{"a plain string that looks like a word", Sprintf(domain.LangNL, "Engagement %d is %s; it cannot be %s.", 4, "completed", domain.Word("extended")),
			"Opdracht 4 is completed; ze kan niet worden verlengd."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.got != tc.want {
				t.Errorf("got\n %q\nwant\n %q", tc.got, tc.want)
			}
		})
	}
}
