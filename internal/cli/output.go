package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"regexp"
	"strings"
	"text/tabwriter"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/i18n"
)

// lang is how amounts are written in the output of commands: the same
// whatever the language of the messages (see app.language), so a script
// reads the same columns on every machine. Documents keep their own
// language.
const lang = domain.LangEN

// listJSON is the shape of every --json list: the number of matches and the
// page shown, so a script can tell when there is more.
type listJSON[T any] struct {
	Total int `json:"total"`
	Items []T `json:"items"`
}

// writeJSON prints v as indented JSON.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// writeList prints a page of items as JSON; never null, so scripts can
// iterate without a check.
func writeList[T any](w io.Writer, total int, items []T) error {
	if items == nil {
		items = []T{}
	}
	return writeJSON(w, listJSON[T]{Total: total, Items: items})
}

// table writes aligned columns for people.
type table struct{ tw *tabwriter.Writer }

func newTable(w io.Writer, header ...string) *table {
	t := &table{tw: tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)}
	t.row(header...)
	return t
}

// row writes one row; tabs and newlines inside a cell would break the
// columns, so they become spaces.
func (t *table) row(cells ...string) {
	for i, c := range cells {
		cells[i] = strings.Join(strings.Fields(c), " ")
	}
	fmt.Fprintln(t.tw, strings.Join(cells, "\t"))
}

func (t *table) flush() error { return t.tw.Flush() }

// countLine is the line under a list: "12 of 27 managers".
func countLine(w io.Writer, shown, total int, noun string) {
	fmt.Fprintf(w, "%d of %d %s\n", shown, total, noun)
}

// fields writes label/value pairs for the show commands, skipping empty
// values so a sparse record stays short.
type fields struct{ tw *tabwriter.Writer }

func newFields(w io.Writer) *fields {
	return &fields{tw: tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)}
}

func (f *fields) add(label, value string) {
	if strings.TrimSpace(value) == "" {
		return
	}
	fmt.Fprintf(f.tw, "%s:\t%s\n", label, strings.Join(strings.Fields(value), " "))
}

// addLines writes a value kept one item per line (objectives, deliverables)
// as a list under its label.
func (f *fields) addLines(label, value string) {
	first := true
	for _, l := range strings.Split(value, "\n") {
		if l = strings.TrimSpace(l); l == "" {
			continue
		}
		if first {
			fmt.Fprintf(f.tw, "%s:\t- %s\n", label, l)
			first = false
		} else {
			fmt.Fprintf(f.tw, "\t- %s\n", l)
		}
	}
}

func (f *fields) flush() error { return f.tw.Flush() }

// money formats an amount for the terminal, blank when zero so that unset
// rates do not read as free.
func money(m domain.Money) string {
	if m == 0 {
		return ""
	}
	return m.Format(lang)
}

// date formats a date as ISO, blank when unset.
func date(d domain.Date) string {
	if d.IsZero() {
		return ""
	}
	return d.String()
}

func itoa(n int) string {
	if n == 0 {
		return ""
	}
	return fmt.Sprint(n)
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
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
// count line under it for people. row returns the cells of one item.
func printList[T any](a *app, asJSON bool, items []T, total int, noun string, header []string, row func(T) ([]string, error)) error {
	if asJSON {
		return writeList(a.stdout, total, items)
	}
	t := newTable(a.stdout, header...)
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
	countLine(a.stdout, len(items), total, noun)
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
