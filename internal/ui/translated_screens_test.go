package ui

import (
	"context"
	"encoding/json"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/interimdesk/interimdesk/internal/demo"
	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/i18n"
)

// TestScreensShowOnlyTranslations opens every main screen, form and dialog
// in Dutch and in French on the sample data and fails when any visible
// text is neither a translation, nor data from the store, nor a number: a
// string that does not go through lang, a sentence left in English, a date
// or an amount written the English way.
func TestScreensShowOnlyTranslations(t *testing.T) {
	for _, l := range []domain.Lang{domain.LangNL, domain.LangFR} {
		t.Run(string(l), func(t *testing.T) {
			t.Cleanup(func() { useLanguage(domain.LangEN) })
			db := openStore(t)
			svc := servicesOf(db)
			if err := demo.Load(context.Background(), svc, domain.DateOf(testNow)); err != nil {
				t.Fatal(err)
			}
			a := test.NewTempApp(t)
			a.Preferences().SetString(prefLanguage, string(l))
			docs := t.TempDir()
			u, w := newTestUIOn(t, a, svc, Options{
				OpenFile:     func(string) error { return nil },
				DocumentsDir: docs,
				PreviewDir:   t.TempDir(),
			})
			w.Resize(fyne.NewSize(1280, 800))
			check := newTextCheck(t, l, svc, docs, "navy")

			look := lookerFor(t, u, w, check)
			closeDialogs := func() {
				for w.Canvas().Overlays().Top() != nil {
					w.Canvas().Overlays().Remove(w.Canvas().Overlays().Top())
				}
			}

			for _, m := range w.MainMenu().Items {
				for _, it := range append([]*fyne.MenuItem{{Label: m.Label}}, m.Items...) {
					if it.Label != "" && !check.allowed(it.Label) {
						t.Errorf("the menu shows %q, which is not a %s translation", it.Label, l)
					}
				}
			}

			look("the roster")
			u.managers.list.selectRow(0)
			look("a manager's form")

			press(u, fyne.Key2)
			u.clients.list.selectRow(0)
			look("a client's form")

			press(u, fyne.Key3)
			typeText(u, u.proposals.list.search, "Programmamanager")
			u.proposals.list.selectRow(0)
			look("a draft proposal")
			press(u, fyne.KeyP)
			look("the question before issuing")
			closeDialogs()
			typeText(u, u.proposals.list.search, "")
			for i := 0; i < u.proposals.list.pager.count(); i++ {
				u.proposals.list.selectRow(i)
				u.waitIdle()
				if !u.proposals.docs.answer.Disabled() {
					look("an issued proposal with its history")
					tap(u, u.proposals.docs.answer)
					look("the client's answer")
					closeDialogs()
					break
				}
			}

			press(u, fyne.Key4)
			u.engagements.list.selectRow(0)
			look("an engagement's form")

			press(u, fyne.Key5)
			look("the firm's settings")
			typeText(u, u.firm.brandColour, "navy")
			look("a mistake in the firm's settings")
			if !strings.Contains(u.firm.ed.message.Text, "#RRGGBB") {
				t.Errorf("no sentence about the brand colour: %q", u.firm.ed.message.Text)
			}

			press(u, fyne.Key1)
			look("the question about unsaved changes")
			tap(u, shownLast[*unsavedPrompt](u).discard)

			u.showShortcuts()
			look("the keyboard shortcuts")
			closeDialogs()
			u.showAbout()
			look("about Interim Desk")
			closeDialogs()
		})
	}
}

// lookerFor returns look(what), which fails on any text the window and its
// dialogs show now that check does not allow, naming what was looked at.
func lookerFor(t *testing.T, u *App, w fyne.Window, check *textCheck) func(what string) {
	return func(what string) {
		t.Helper()
		u.waitIdle()
		for _, o := range append([]fyne.CanvasObject{w.Canvas().Content()}, w.Canvas().Overlays().List()...) {
			for _, s := range visibleTexts(o) {
				if !check.allowed(s) {
					t.Errorf("%s shows %q, which is not a %s translation", what, s, check.l)
				}
			}
		}
	}
}

// TestWelcomeShowsOnlyTranslations is the first start, in Dutch and French.
func TestWelcomeShowsOnlyTranslations(t *testing.T) {
	for _, l := range []domain.Lang{domain.LangNL, domain.LangFR} {
		t.Run(string(l), func(t *testing.T) {
			t.Cleanup(func() { useLanguage(domain.LangEN) })
			db := openStore(t)
			svc := servicesOf(db)
			a := test.NewTempApp(t)
			a.Preferences().SetString(prefLanguage, string(l))
			u, w := newTestUIOn(t, a, svc, Options{IsEmpty: storeIsEmpty(svc), LoadSample: func(context.Context) error { return nil }})
			if u.welcome == nil {
				t.Fatal("no welcome on an empty database")
			}
			check := newTextCheck(t, l, svc)
			for _, s := range visibleTexts(w.Canvas().Overlays().Top()) {
				if !check.allowed(s) {
					t.Errorf("the welcome shows %q, which is not a %s translation", s, l)
				}
			}
		})
	}
}

// visibleTexts is every text a person sees in o: the whole text of a
// label or entry (not the lines it wraps into), and each text drawn on the
// canvas otherwise.
func visibleTexts(o fyne.CanvasObject) []string {
	if o == nil || !o.Visible() {
		return nil
	}
	switch v := o.(type) {
	case *widget.Label:
		return []string{v.Text}
	case *textField:
		if v.Text == "" {
			return []string{v.PlaceHolder}
		}
		return []string{v.Text}
	case *widget.RichText:
		return []string{v.String()}
	case *widget.Hyperlink:
		return []string{v.Text}
	case *widget.Button:
		return []string{v.Text}
	case *widget.Check:
		return []string{v.Text}
	case *widget.Select:
		if v.Selected == "" {
			return []string{v.PlaceHolder}
		}
		return []string{v.Selected}
	case *canvas.Text:
		return []string{v.Text}
	case *fyne.Container:
		var out []string
		for _, c := range v.Objects {
			out = append(out, visibleTexts(c)...)
		}
		return out
	case fyne.Widget:
		var out []string
		for _, c := range test.WidgetRenderer(v).Objects() {
			out = append(out, visibleTexts(c)...)
		}
		return out
	}
	return nil
}

// textCheck knows what a screen in one language may show.
type textCheck struct {
	t         *testing.T
	l         domain.Lang
	exact     map[string]bool
	templates []*regexp.Regexp // translations with placeholders
	data      []string         // values from the store, longest first
	month     *regexp.Regexp   // a date written in full in l
}

// newTextCheck knows the translations of l, the data in the store and the
// extra values the test itself typed or chose (a folder).
func newTextCheck(t *testing.T, l domain.Lang, svc domain.Services, extra ...string) *textCheck {
	t.Helper()
	c := &textCheck{t: t, l: l, exact: map[string]bool{}}
	var texts []string
	raw, err := screenTexts(l)
	if err != nil {
		t.Fatal(err)
	}
	var file map[string]any
	if err := json.Unmarshal(raw, &file); err != nil {
		t.Fatal(err)
	}
	for _, v := range file {
		for _, s := range forms(v) {
			texts = append(texts, s)
		}
	}
	for _, s := range i18n.Texts(l) {
		texts = append(texts, printfToTemplate(s))
	}
	for _, s := range texts {
		if !strings.Contains(s, "{{") {
			c.exact[s] = true
			continue
		}
		c.templates = append(c.templates, templateRegexp(s))
	}
	for _, lg := range i18n.Languages {
		c.exact[i18n.Name(lg)] = true // a language in its own name
	}
	c.data = storeStrings(t, svc, extra...)
	var months []string
	for m := time.January; m <= time.December; m++ {
		months = append(months, strings.Fields(domain.NewDate(2026, m, 1).Format(l))[1])
	}
	// The first of the month may be written its own way ("1er juin 2026").
	first := regexp.QuoteMeta(strings.Fields(domain.NewDate(2026, time.June, 1).Format(l))[0])
	c.month = regexp.MustCompile(`^(?:\d{1,2}|` + first + `) (` + strings.Join(months, "|") + `) \d{4}$`)
	return c
}

// allowed reports whether a screen in c.l may show s.
// The hair spaces that let a path wrap (wrappablePath) are not part of
// what is read.
func (c *textCheck) allowed(s string) bool {
	return c.allowedAt(strings.ReplaceAll(s, pathBreak, ""), 0)
}

func (c *textCheck) allowedAt(s string, depth int) bool {
	s = strings.TrimSpace(s)
	if c.l != domain.LangEN && englishNumbers.MatchString(s) || c.l == domain.LangNL && englishDate.MatchString(s) {
		return false // an amount or a date written the English way
	}
	if s == "" || c.exact[s] || c.month.MatchString(s) || isNeutral(s) {
		return true
	}
	if depth > 3 {
		return false
	}
	// Data from the store, alone or with punctuation and numbers around
	// it: "Gent, BE", "Anne Peeters · Interim CFO".
	rest := s
	for _, d := range c.data {
		rest = strings.ReplaceAll(rest, d, " ")
	}
	if isNeutral(rest) {
		return true
	}
	// A field's label before a sentence about it: "Huiskleur: moet ...".
	if label, sentence, ok := strings.Cut(s, ": "); ok && c.exact[strings.TrimSpace(label)] && c.allowedAt(sentence, depth+1) {
		return true
	}
	// A translation with placeholders, each filled with something allowed.
	for _, re := range c.templates {
		m := re.FindStringSubmatch(s)
		if m == nil {
			continue
		}
		ok := true
		for _, g := range m[1:] {
			if !c.allowedAt(g, depth+1) {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// neutralRe is what needs no translation: a code or a number, with no
// lowercase letter (BE, IBAN, OFF-2026-0001, € 1.250,00, 09-05-2026), a
// language code, a checksum, a keyboard shortcut.
var neutralRe = regexp.MustCompile(`^(?:[^\p{Ll}]*|(?:nl|en|fr|de)(?:[ ,/]+(?:nl|en|fr|de))*|[0-9a-f]{8,}|(?:Ctrl\+[^ ]+)(?: … Ctrl\+[^ ]+)?)$`)

func isNeutral(s string) bool { return neutralRe.MatchString(strings.TrimSpace(s)) }

var (
	// englishNumbers is "€1,250.00": Dutch writes "€ 1.250,00", French "1 250,00 €".
	englishNumbers = regexp.MustCompile(`€\d|\d,\d{3}\.\d\d`)
	// englishDate is "09/05/2026": Dutch writes "09-05-2026".
	englishDate = regexp.MustCompile(`\b\d\d/\d\d/\d{4}\b`)
)

var placeholderField = regexp.MustCompile(`{{\s*\.\w+\s*}}`)

// templateRegexp matches what a go-i18n template makes, one group per
// placeholder.
func templateRegexp(s string) *regexp.Regexp {
	parts := placeholderField.Split(s, -1)
	for i, p := range parts {
		parts[i] = regexp.QuoteMeta(p)
	}
	return regexp.MustCompile(`^` + strings.Join(parts, `(.+?)`) + `$`)
}

var printfVerb = regexp.MustCompile(`%(\[\d+\])?[-+# 0]*\d*(?:\.\d+)?[a-zA-Z]`)

// printfToTemplate turns the verbs of a translated format into
// placeholders, so templateRegexp reads both kinds.
func printfToTemplate(s string) string {
	s = printfVerb.ReplaceAllString(s, "{{.Arg}}")
	return strings.ReplaceAll(s, "%%", "%")
}

// storeStrings is every string value of the store's records, and the
// parts of those holding lists or lines, longest first.
func storeStrings(t *testing.T, svc domain.Services, extra ...string) []string {
	t.Helper()
	ctx := context.Background()
	all := domain.Page{Limit: 1000}
	var records []any
	if f, err := svc.Firm.Firm(ctx); err == nil {
		records = append(records, f)
	}
	ms, _, err := svc.Managers.FindManagers(ctx, domain.ManagerFilter{IncludeInactive: true, Page: all})
	if err != nil {
		t.Fatal(err)
	}
	cs, _, err := svc.Clients.FindClients(ctx, domain.ClientFilter{IncludeArchived: true, Page: all})
	if err != nil {
		t.Fatal(err)
	}
	ps, _, err := svc.Proposals.FindProposals(ctx, domain.ProposalFilter{Page: all})
	if err != nil {
		t.Fatal(err)
	}
	es, _, err := svc.Engagements.FindEngagements(ctx, domain.EngagementFilter{Page: all})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range ms {
		records = append(records, r)
	}
	for _, r := range cs {
		records = append(records, r)
	}
	for _, r := range ps {
		records = append(records, r)
		if vs, err := svc.Proposals.ProposalVersions(ctx, r.ID); err == nil {
			for _, v := range vs {
				records = append(records, v)
			}
		}
	}
	for _, r := range es {
		records = append(records, r)
	}
	seen := map[string]bool{}
	for _, s := range extra {
		seen[s] = true
	}
	for _, r := range records {
		collectStrings(reflect.ValueOf(r), seen)
	}
	var out []string
	for s := range seen {
		if len([]rune(s)) >= 2 {
			out = append(out, s)
		}
	}
	sort.Slice(out, func(i, j int) bool { return len(out[i]) > len(out[j]) })
	return out
}

func collectStrings(v reflect.Value, seen map[string]bool) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			collectStrings(v.Elem(), seen)
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				collectStrings(v.Field(i), seen)
			}
		}
	case reflect.Slice, reflect.Array:
		if v.Type().Elem().Kind() == reflect.Uint8 {
			return // a logo or a PDF
		}
		for i := 0; i < v.Len(); i++ {
			collectStrings(v.Index(i), seen)
		}
	case reflect.String:
		s := strings.TrimSpace(v.String())
		if s == "" {
			return
		}
		seen[s] = true
		for _, line := range strings.Split(s, "\n") {
			if line = strings.TrimSpace(line); line != "" {
				seen[line] = true
			}
		}
	}
}
