package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"regexp"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/i18n"
)

// listJSON is the shape of every --json list: the number of matches and the
// page shown, so a script can tell when there is more.
type listJSON[T any] struct {
	Total int `json:"total"`
	// More says the matches were counted only so far: there are more
	// than Total (domain.MoreThan).
	More  bool `json:"more,omitempty"`
	Items []T  `json:"items"`
}

// writeJSON prints v as indented JSON. encoding/json escapes C0 controls
// but writes DEL, C1 controls and bidi overrides as they are; they are
// escaped here too (\u009b means the same to a JSON reader), so that JSON
// on a terminal never runs an escape sequence.
func writeJSON(w io.Writer, v any) error {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return err
	}
	out := b.Bytes()
	if bytes.ContainsFunc(out, domain.ControlRune) {
		var e bytes.Buffer
		for _, r := range string(out) {
			if r != '\n' && domain.ControlRune(r) {
				fmt.Fprintf(&e, "\\u%04x", r)
			} else {
				e.WriteRune(r)
			}
		}
		out = e.Bytes()
	}
	_, err := w.Write(out)
	return err
}

// writeList prints a page of items as JSON; never null, so scripts can
// iterate without a check.
func writeList[T any](w io.Writer, total int, items []T) error {
	return writeListMore(w, total, false, items)
}

// writeListMore is writeList for a count that may have stopped short.
func writeListMore[T any](w io.Writer, total int, more bool, items []T) error {
	if items == nil {
		items = []T{}
	}
	return writeJSON(w, listJSON[T]{Total: total, More: more, Items: items})
}

// table writes aligned columns for people.
type table struct{ tw *tabwriter.Writer }

// newTable starts a table under its column headings, in the language of
// the messages.
func (a *app) newTable(header columns) *table {
	t := &table{tw: tabwriter.NewWriter(a.stdout, 0, 0, 2, ' ', 0)}
	heads := make([]string, len(header))
	for i, h := range header {
		// The English headings are capitals; "VAT" is also a field's
		// label, whose translation ("Btw") is not.
		heads[i] = strings.ToUpper(a.word(h))
	}
	t.row(heads...)
	return t
}

// row writes one row; tabs and newlines inside a cell would break the
// columns, so they become spaces.
func (t *table) row(cells ...string) {
	for i, c := range cells {
		cells[i] = domain.SafeText(strings.Join(strings.Fields(c), " "))
	}
	fmt.Fprintln(t.tw, strings.Join(cells, "\t"))
}

func (t *table) flush() error { return t.tw.Flush() }

// fields writes label/value pairs for the show commands, skipping empty
// values so a sparse record stays short. The labels are in the language of
// the messages.
type fields struct {
	a  *app
	tw *tabwriter.Writer
}

func (a *app) newFields() *fields {
	return &fields{a: a, tw: tabwriter.NewWriter(a.stdout, 0, 0, 2, ' ', 0)}
}

// add writes one field; word is its English label.
func (f *fields) add(word, value string) {
	if strings.TrimSpace(value) == "" {
		return
	}
	fmt.Fprintf(f.tw, "%s\t%s\n", f.label(word), domain.SafeText(strings.Join(strings.Fields(value), " ")))
}

// label is "Name:", or "Nom :" in French: the catalogue's "%s: %s", the
// way a refusal names its field, with nothing after the colon yet.
func (f *fields) label(word string) string {
	return strings.TrimSuffix(f.a.sprintf("%s: %s", f.a.word(word), ""), " ")
}

// addLines writes a value kept one item per line (objectives, deliverables)
// as a list under its label.
func (f *fields) addLines(word, value string) {
	first := true
	for _, l := range strings.Split(value, "\n") {
		if l = domain.SafeText(strings.TrimSpace(l)); l == "" {
			continue
		}
		if first {
			fmt.Fprintf(f.tw, "%s\t- %s\n", f.label(word), l)
			first = false
		} else {
			fmt.Fprintf(f.tw, "\t- %s\n", l)
		}
	}
}

func (f *fields) flush() error { return f.tw.Flush() }

// money formats an amount the language's way, "€1,250.00" or
// "€ 1.250,00", blank when zero so that unset rates do not read as free.
func (a *app) money(m domain.Money) string {
	if m == 0 {
		return ""
	}
	return m.Format(a.lang)
}

// date formats a date for a table or a show command, blank when unset:
// ISO in English, as it always was, and day first in Dutch and French
// ("15-01-2027", "15/01/2027"), which --on and the other date flags read
// back as well.
func (a *app) date(d domain.Date) string {
	if a.lang == domain.LangEN {
		return d.String()
	}
	return d.FormatShort(a.lang)
}

// day formats a date inside a sentence: "15 januari 2027", "15 janvier
// 2027"; ISO in English, which scripts and the tests have read so far.
func (a *app) day(d domain.Date) string {
	if a.lang == domain.LangEN {
		return d.String()
	}
	return d.Format(a.lang)
}

// clock formats an instant for a table: date and time of day in the zone of
// the command's own instant (the machine's local zone in the binary, the
// test's chosen zone in a test), so a table never depends on where it runs.
func (a *app) clock(t time.Time) string {
	t = t.In(a.now.Location())
	return a.date(domain.DateOf(t)) + t.Format(" 15:04:05")
}

func itoa(n int) string {
	if n == 0 {
		return ""
	}
	return fmt.Sprint(n)
}

func (a *app) yesNo(b bool) string {
	if b {
		return a.word("yes")
	}
	return a.word("no")
}

// joinNonEmpty joins the parts that are not blank.
func joinNonEmpty(sep string, parts ...string) string {
	var out []string
	for _, s := range parts {
		if strings.TrimSpace(s) != "" {
			out = append(out, s)
		}
	}
	return strings.Join(out, sep)
}

// printList prints a page of a list: JSON for scripts, or a table with the
// count line under it for people: sentence, such as "%d of %d managers",
// gets the number shown and the total, then more. row returns the cells of
// one item.
func printList[T any](a *app, asJSON bool, items []T, total int, header columns, row func(T) ([]string, error), sentence string, more ...any) error {
	if asJSON {
		return writeList(a.stdout, total, items)
	}
	t := a.newTable(header)
	for _, it := range items {
		cells, err := row(it)
		if err != nil {
			return err
		}
		t.row(cells...)
	}
	if err := t.flush(); err != nil {
		return err
	}
	a.say(sentence, append([]any{len(items), total}, more...)...)
	return nil
}

// helpText is a usage text in l, with the flags --help lists under it
// (flagDefaults): their value names and help lines translated too.
func helpText(l domain.Lang, text string) string {
	usage, flags, hasFlags := strings.Cut(text, "\nFlags:\n")
	out := i18n.Usage(l, usage)
	if !hasFlags {
		return out
	}
	var b strings.Builder
	b.WriteString(out)
	b.WriteString("\n" + i18n.Label(l, "Flags:") + "\n")
	for _, line := range strings.SplitAfter(flags, "\n") {
		body := strings.TrimSuffix(line, "\n")
		end := line[len(body):]
		switch {
		case strings.HasPrefix(body, "  -"):
			// "  -o FILE" or, for a short bool flag, "  -x\thelp".
			head, help, inline := strings.Cut(body, "\t")
			name, value, hasValue := strings.Cut(strings.TrimPrefix(head, "  -"), " ")
			head = "  -" + name
			if hasValue {
				head += " " + i18n.Label(l, value)
			}
			if inline {
				head += "\t" + flagHelp(l, help)
			}
			b.WriteString(head + end)
		case strings.HasPrefix(body, "    \t"):
			b.WriteString("    \t" + flagHelp(l, strings.TrimPrefix(body, "    \t")) + end)
		default:
			b.WriteString(line)
		}
	}
	return b.String()
}

// defaultSuffix is what the flag package adds to the help of a flag whose
// default is not the zero value.
var defaultSuffix = regexp.MustCompile(`^(.*) \(default (.*)\)$`)

// flagHelp translates the help line of one flag.
func flagHelp(l domain.Lang, help string) string {
	if t := i18n.Label(l, help); t != help {
		return t
	}
	if m := defaultSuffix.FindStringSubmatch(help); m != nil {
		return i18n.Label(l, m[1]) + " " + i18n.Sprintf(l, "(default %s)", m[2])
	}
	return help
}
