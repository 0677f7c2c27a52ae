package ui

import (
	"encoding/json"
	"flag"
	"go/ast"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/i18n"
	"github.com/interimdesk/interimdesk/internal/i18n/i18ntest"
)

var updateTranslations = flag.Bool("update-translations", false, "write translations/app/en.json from the texts in the code")

// codeText is a text the code asks lang for.
type codeText struct {
	key, fallback string
	plural        bool
	where         string
}

// codeTexts finds every lang.L, lang.X, lang.N, lang.XN, countText and pluralText call of
// the package with literal arguments. A call with a key that is not a
// literal is reported, since the tests could not check it.
func codeTexts(t *testing.T) map[string]codeText {
	t.Helper()
	fset, files := i18ntest.ParseDir(t, ".")
	out := map[string]codeText{}
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			c, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			var fn string
			switch f := c.Fun.(type) {
			case *ast.SelectorExpr:
				if id, ok := f.X.(*ast.Ident); ok && id.Name == "lang" {
					fn = f.Sel.Name
				}
			case *ast.Ident:
				if f.Name == "countText" || f.Name == "pluralText" {
					fn = "XN"
				}
			}
			arg := func(i int) (string, bool) {
				if i >= len(c.Args) {
					return "", false
				}
				return i18ntest.StringLit(c.Args[i])
			}
			where := fset.Position(c.Pos()).String()
			var ct codeText
			switch fn {
			case "L", "N":
				k, ok := arg(0)
				if !ok {
					return true // lang.L(variable): checked where the variable is made
				}
				ct = codeText{key: k, fallback: k, plural: fn == "N"}
			case "X", "XN":
				k, ok1 := arg(0)
				fb, ok2 := arg(1)
				if !ok1 {
					return true // a helper passing its key on, as countText does
				}
				if !ok2 {
					t.Errorf("%s: the English text of %q is not a literal; the tests cannot check it", where, k)
					return true
				}
				ct = codeText{key: k, fallback: fb, plural: fn == "XN"}
			default:
				return true
			}
			ct.where = where
			if old, dup := out[ct.key]; dup && (old.fallback != ct.fallback || old.plural != ct.plural) {
				t.Errorf("%s: key %q has another English text or form at %s", where, ct.key, old.where)
			}
			out[ct.key] = ct
			return true
		})
	}
	return out
}

// translationFile is one go-i18n JSON file: a key gives a text, or plural
// forms ({"one": ..., "other": ...}).
type translationFile map[string]any

func readTranslationFile(t *testing.T, path string) translationFile {
	t.Helper()
	b, err := translations.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var f translationFile
	if err := json.Unmarshal(b, &f); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return f
}

// translationFolders lists translations/*/ with the languages of each.
func translationFolders(t *testing.T) map[string][]string {
	t.Helper()
	dirs, err := translations.ReadDir("translations")
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]string{}
	for _, d := range dirs {
		if !d.IsDir() {
			continue
		}
		files, err := translations.ReadDir("translations/" + d.Name())
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			if l, ok := strings.CutSuffix(f.Name(), ".json"); ok {
				out[d.Name()] = append(out[d.Name()], l)
			}
		}
	}
	return out
}

// otherText is the text of an entry, or its "other" plural form.
func otherText(v any) string {
	switch v := v.(type) {
	case string:
		return v
	case map[string]any:
		s, _ := v["other"].(string)
		return s
	}
	return ""
}

// TestTranslationKeysMatchTheCode fails when the code asks for a text that
// translations/*/en.json lacks, gives a key another English text than the
// file, or when the file holds a key the code no longer asks for.
// go test -run TestTranslationKeysMatchTheCode -update-translations adds
// the new keys to translations/app/en.json and drops the unused ones; the
// other languages then need them too (TestTranslationsHaveTheSameKeys).
func TestTranslationKeysMatchTheCode(t *testing.T) {
	code := codeTexts(t)
	app := readTranslationFile(t, "translations/app/en.json")
	if *updateTranslations {
		out := translationFile{}
		for k, ct := range code {
			switch {
			case ct.plural:
				forms := map[string]any{"one": ct.fallback, "other": ct.fallback}
				if old, ok := app[k].(map[string]any); ok {
					forms["one"] = old["one"]
				}
				out[k] = forms
			default:
				out[k] = ct.fallback
			}
		}
		var b strings.Builder
		enc := json.NewEncoder(&b)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", " ")
		if err := enc.Encode(out); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile("translations/app/en.json", []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	english := translationFile{}
	for folder := range translationFolders(t) {
		for k, v := range readTranslationFile(t, "translations/"+folder+"/en.json") {
			english[k] = v
		}
	}
	var problems []string
	for k, ct := range code {
		v, ok := english[k]
		switch {
		case !ok:
			problems = append(problems, ct.where+": "+strconv.Quote(k)+" is not in translations/*/en.json")
		case otherText(v) != ct.fallback:
			problems = append(problems, ct.where+": "+strconv.Quote(k)+" reads "+strconv.Quote(ct.fallback)+" in the code but "+strconv.Quote(otherText(v))+" in en.json")
		case ct.plural != isPlural(v):
			problems = append(problems, ct.where+": "+strconv.Quote(k)+" is plural in one of the code and en.json only")
		}
	}
	for k := range app {
		if _, ok := code[k]; !ok {
			problems = append(problems, "translations/app/en.json: "+strconv.Quote(k)+" is not used by the code")
		}
	}
	sort.Strings(problems)
	if len(problems) > 0 {
		t.Errorf("%d problems (see translations/README.md):\n%s", len(problems), strings.Join(problems, "\n"))
	}
}

func isPlural(v any) bool { _, ok := v.(map[string]any); return ok }

var placeholderRe = regexp.MustCompile(`{{\s*\.(\w+)\s*}}`)

// placeholders are the template fields a text uses, sorted: [Count Date].
func placeholders(s string) string {
	var out []string
	for _, m := range placeholderRe.FindAllStringSubmatch(s, -1) {
		out = append(out, m[1])
	}
	sort.Strings(out)
	return strings.Join(slicesCompact(out), " ")
}

func slicesCompact(s []string) []string {
	var out []string
	for i, v := range s {
		if i == 0 || v != s[i-1] {
			out = append(out, v)
		}
	}
	return out
}

// TestTranslationsHaveTheSameKeys fails when a key is in one language and
// not in another, when a translation is empty, lacks a plural form or
// uses other placeholders than the English.
func TestTranslationsHaveTheSameKeys(t *testing.T) {
	for folder, langs := range translationFolders(t) {
		en := readTranslationFile(t, "translations/"+folder+"/en.json")
		if len(langs) < 3 {
			t.Errorf("translations/%s has %v; want en, nl and fr", folder, langs)
		}
		for _, l := range langs {
			if l == "en" {
				continue
			}
			path := "translations/" + folder + "/" + l + ".json"
			tr := readTranslationFile(t, path)
			for k, ev := range en {
				tv, ok := tr[k]
				if !ok {
					t.Errorf("%s lacks %q", path, k)
					continue
				}
				if isPlural(ev) != isPlural(tv) {
					t.Errorf("%s: %q is plural in one language only", path, k)
					continue
				}
				for form, text := range forms(tv) {
					if strings.TrimSpace(text) == "" {
						t.Errorf("%s: %q has an empty %s", path, k, form)
					}
					if placeholders(text) != placeholders(otherText(ev)) {
						t.Errorf("%s: %q uses {{%s}} in its %s, the English {{%s}}", path, k, placeholders(text), form, placeholders(otherText(ev)))
					}
				}
				if isPlural(tv) {
					if _, ok := tv.(map[string]any)["one"]; !ok {
						t.Errorf("%s: %q has no \"one\" form", path, k)
					}
				}
			}
			for k := range tr {
				if _, ok := en[k]; !ok {
					t.Errorf("%s has %q, which translations/%s/en.json has not", path, k, folder)
				}
			}
		}
	}
}

// forms are the texts of an entry by plural form; "" for a plain text.
func forms(v any) map[string]string {
	out := map[string]string{}
	switch v := v.(type) {
	case string:
		out["text"] = v
	case map[string]any:
		for f, s := range v {
			out[f], _ = s.(string)
		}
	}
	return out
}

// TestFieldLabelsAgreeWithErrorSentences: a form names a field with the
// same words as the sentence about it ("Btw-nummer" beside the entry and in
// "Btw-nummer: ..."), the one from the screens' translations, the other
// from internal/i18n.
func TestFieldLabelsAgreeWithErrorSentences(t *testing.T) {
	for _, l := range []domain.Lang{domain.LangNL, domain.LangFR} {
		tr := readTranslationFile(t, "translations/app/"+string(l)+".json")
		for k, v := range tr {
			s, ok := v.(string)
			if !ok {
				continue
			}
			if label := i18n.Label(l, k); label != k && label != s {
				t.Errorf("%s: %q is %q on screen but %q in error sentences", l, k, s, label)
			}
		}
	}
}
