package cli

import (
	"flag"
	"go/ast"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/i18n"
	"github.com/interimdesk/interimdesk/internal/i18n/i18ntest"
)

var updateUsage = flag.Bool("update-usage", false, "write the English usage texts to internal/i18n/usage/NAME.en.txt")

// envOf is an environment holding only the given variables.
func envOf(kv ...string) func(string) string {
	m := map[string]string{}
	for i := 0; i+1 < len(kv); i += 2 {
		m[kv[i]] = kv[i+1]
	}
	return func(k string) string { return m[k] }
}

// TestMessagesFollowTheLocale runs command lines under a Flemish, a C and an
// overridden locale and checks usage, refusals and failures are in the
// language asked for.
func TestMessagesFollowTheLocale(t *testing.T) {
	flemish := envOf("LANG", "nl_BE.UTF-8")
	tests := []struct {
		name       string
		env        func(string) string
		args       []string
		wantCode   int
		wantStdout []string
		wantStderr []string
	}{
		{"help in Dutch", flemish, []string{"help"}, 0,
			[]string{"gebruik: interimdesk-cli [--db PAD] COMMANDO", "Commando's:", "INTERIMDESK_LANG"}, nil},
		{"help of a command with its flags", flemish, []string{"clients", "list", "--help"}, 0,
			[]string{"gebruik:", "Opties:", "  -country CC\n", "alleen klanten in dit land", "toon hoogstens N rijen"}, nil},
		{"a flag value named in Dutch", flemish, []string{"proposal", "render", "--help"}, 0,
			[]string{"  -lang TAAL\n", "de TAAL van het document"}, nil},
		{"unknown command", flemish, []string{"frobnicate"}, 2,
			nil, []string{"interimdesk-cli: onbekend commando \"frobnicate\"\ngebruik:"}},
		{"unknown flag", flemish, []string{"clients", "list", "--colour"}, 2,
			nil, []string{"interimdesk-cli: onbekende optie: -colour\n"}},
		{"malformed ID", flemish, []string{"managers", "show", "abc"}, 2,
			nil, []string{`interimdesk-cli: "abc" is geen geldige ID van een manager;`}},
		{"not found", flemish, []string{"clients", "show", "999"}, 1,
			nil, []string{"Er is geen klant met nummer 999; misschien is die verwijderd.\n"}},
		{"a validation refusal names the field", flemish, []string{"clients", "add", "--name", "Acme", "--country", "BE", "--vat", "BE0123456789"}, 1,
			nil, []string{"Btw-nummer: een Belgisch btw-nummer is BE gevolgd door 10 cijfers"}},
		{"C.UTF-8 is English", envOf("LANG", "C.UTF-8"), []string{"clients", "show", "999"}, 1,
			nil, []string{"There is no client with number 999; it may have been removed.\n"}},
		{"an unknown locale is English", envOf("LANG", "xx_YY.UTF-8"), []string{"frobnicate"}, 2,
			nil, []string{"interimdesk-cli: unknown command \"frobnicate\"\nusage:"}},
		{"INTERIMDESK_LANG wins over the locale", envOf("LANG", "nl_BE.UTF-8", "INTERIMDESK_LANG", "en"), []string{"frobnicate"}, 2,
			nil, []string{"unknown command"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db := demoCopy(t)
			r := cliEnv(t, tt.env, append([]string{"--db", db}, tt.args...)...)
			if r.code != tt.wantCode {
				t.Fatalf("exit %d, want %d\nstdout: %s\nstderr: %s", r.code, tt.wantCode, r.stdout, r.stderr)
			}
			for _, w := range tt.wantStdout {
				if !strings.Contains(r.stdout, w) {
					t.Errorf("stdout lacks %q:\n%s", w, r.stdout)
				}
			}
			for _, w := range tt.wantStderr {
				if !strings.Contains(r.stderr, w) {
					t.Errorf("stderr lacks %q:\n%s", w, r.stderr)
				}
			}
		})
	}
}

// TestUsageTextsAreTranslated fails when a usage text of this package has
// no copy in internal/i18n/usage (it is new or was reworded) or lacks a
// translation there. go test -run TestUsageTextsAreTranslated -update-usage
// writes the copies; then translate what changed.
func TestUsageTextsAreTranslated(t *testing.T) {
	texts := usageConstants(t)
	if len(texts) == 0 {
		t.Fatal("found no usage texts")
	}
	for name, text := range texts {
		if *updateUsage {
			path := filepath.Join("..", "i18n", "usage", name+".en.txt")
			if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if i18n.UsageName(text) != name {
			t.Errorf("%sUsage has no copy in internal/i18n/usage/%s.en.txt, or a different one; run go test ./internal/cli -run TestUsageTextsAreTranslated -update-usage and translate the change", name, name)
			continue
		}
		for _, l := range []domain.Lang{domain.LangNL, domain.LangFR} {
			if i18n.Usage(l, text) == text {
				t.Errorf("%sUsage has no translation in internal/i18n/usage/%s.%s.txt", name, name, l)
			}
		}
	}
}

// usageConstants reads the usage texts of this package from its source:
// every constant whose name ends in Usage, by the name before it.
func usageConstants(t *testing.T) map[string]string {
	t.Helper()
	_, files := i18ntest.ParseDir(t, ".")
	out := map[string]string{}
	for _, f := range files {
		for _, d := range f.Decls {
			g, ok := d.(*ast.GenDecl)
			if !ok || g.Tok != token.CONST {
				continue
			}
			for _, spec := range g.Specs {
				vs := spec.(*ast.ValueSpec)
				for i, id := range vs.Names {
					base, ok := strings.CutSuffix(id.Name, "Usage")
					if !ok || i >= len(vs.Values) {
						continue
					}
					if s, ok := i18ntest.StringLit(vs.Values[i]); ok {
						out[base] = s
					}
				}
			}
		}
	}
	return out
}
