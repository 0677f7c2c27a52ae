package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"

	"github.com/interimdesk/interimdesk/internal/csvio"
	"github.com/interimdesk/interimdesk/internal/domain"
)

// importFlags are the flags of import.
type importFlags struct {
	dryRun, skipInvalid, progress, json bool
}

func (f *importFlags) bind(fs *flag.FlagSet) {
	fs.BoolVar(&f.dryRun, "dry-run", false, "say per line what would be added, updated or refused, and write nothing")
	fs.BoolVar(&f.skipInvalid, "skip-invalid", false, "import the valid lines and leave out refused ones (default: the first refused line stops the import, nothing is written)")
	fs.BoolVar(&f.progress, "progress", false, "report progress on stderr every 1000 lines (always on a terminal)")
	fs.BoolVar(&f.json, "json", false, "print the report as JSON")
}

// importCmd is "import clients|managers|all FILE".
func (a *app) importCmd(args []string) error {
	fs := newFlagSet("import")
	var f importFlags
	f.bind(fs)
	pos, err := parseArgs(fs, importUsage, args)
	if err != nil {
		return err
	}
	if len(pos) != 2 {
		return usageErrorf(importUsage, "want what to import (clients, managers or all) and the file, as in: import managers roster.csv")
	}
	what, file := pos[0], pos[1]
	switch what {
	case "clients", "managers":
	case "all":
		if f.dryRun || f.skipInvalid {
			return usageErrorf(importUsage, "import all reads a JSON export into an empty database as a whole; --dry-run and --skip-invalid are for clients and managers")
		}
		return a.importAll(file, f.json)
	default:
		return usageErrorf(importUsage, "cannot import %q; import clients, managers or all", what)
	}
	opt := domain.ImportOptions{DryRun: f.dryRun, SkipInvalid: f.skipInvalid, Source: filepath.Base(file)}
	if f.progress || isTerminal(a.stderr) {
		// The file is read as it is imported, so the number of its lines
		// is known only at the end.
		opt.Progress = func(done, total int) {
			if total > 0 {
				a.sayTo(a.stderr, "import: %d of %d lines", done, total)
			} else {
				a.sayTo(a.stderr, "import: %d lines", done)
			}
		}
	}
	return a.withInput(file, func(in io.Reader, st *store) error {
		var rep *domain.ImportReport
		var read fileRead
		var err error
		if what == "clients" {
			rep, read, err = a.importClients(st.svc, in, opt)
		} else {
			rep, read, err = a.importManagers(st.svc, in, opt)
		}
		if err != nil {
			return importError(rep, err)
		}
		if f.json {
			return writeJSON(a.stdout, struct {
				*domain.ImportReport
				Notices    []string          `json:"notices"`
				HeaderLine int               `json:"header_line"`
				Columns    []csvio.ColumnUse `json:"columns"`
			}{rep, append([]string{}, read.notices...), read.headerLine, read.columns})
		}
		a.printImport(rep, read, file)
		return nil
	})
}

// withInput opens the file to import and the database (created when
// missing: an import may be the first thing a new firm does) for f.
func (a *app) withInput(file string, f func(in io.Reader, st *store) error) error {
	in, err := os.Open(file)
	if err != nil {
		return fileError(file, err)
	}
	defer in.Close()
	return a.withStore(mayCreate, func(st *store) error { return f(in, st) })
}

// importClients reads the file line by line as the store imports it:
// a file of 100,000 lines is never in memory as a whole.
// A new client without a language gets the firm's, and one from a
// contact export without a country the firm's country.
func (a *app) importClients(svc domain.Services, r io.Reader, opt domain.ImportOptions) (*domain.ImportReport, fileRead, error) {
	o := csvio.Options{DefaultLanguage: domain.LangNL}
	if firm, err := svc.Firm.Firm(a.ctx); err == nil {
		if firm.DefaultLanguage.Valid() {
			o.DefaultLanguage = firm.DefaultLanguage
		}
		o.DefaultCountry = firm.Country()
	}
	s, err := csvio.ScanClients(r, o)
	if err != nil {
		return nil, fileRead{}, err
	}
	rep, err := svc.Data.ImportClients(a.ctx, s.ImportRows(), opt)
	return rep, fileRead{s.Notices(), s.HeaderLine, s.Mapping}, err
}

func (a *app) importManagers(svc domain.Services, r io.Reader, opt domain.ImportOptions) (*domain.ImportReport, fileRead, error) {
	s, err := csvio.ScanManagers(r, csvio.Options{})
	if err != nil {
		return nil, fileRead{}, err
	}
	rep, err := svc.Data.ImportManagers(a.ctx, s.ImportRows(), opt)
	return rep, fileRead{s.Notices(), s.HeaderLine, s.Mapping}, err
}

// fileRead is what the reader noticed about a file, beside the lines.
type fileRead struct {
	notices    []string
	headerLine int
	columns    []csvio.ColumnUse
}

// importError says why an import wrote nothing. For a refused line the
// sentence points at the flag that imports the other lines.
func importError(rep *domain.ImportReport, err error) error {
	if rep == nil || len(rep.Lines) == 0 || domain.ErrorCode(err) != domain.EINVALID {
		return err
	}
	last := rep.Lines[len(rep.Lines)-1]
	if last.Action != domain.ImportRefuse {
		return err
	}
	return domain.Errorf(domain.EINVALID, "Nothing was imported: line %d was refused. %s Correct the line, or run again with --skip-invalid to import the other lines.",
		last.Line, last.Reason)
}

// printImport writes the report for people: every line of a dry run,
// the refused lines of a real import, the notices and a summary.
func (a *app) printImport(rep *domain.ImportReport, read fileRead, file string) {
	if rep.DryRun {
		a.printColumns(read.columns)
	}
	// A table without a header: newTable would start with a blank line.
	tw := tabwriter.NewWriter(a.stdout, 0, 0, 2, ' ', 0)
	for _, l := range rep.Lines {
		if !rep.DryRun && l.Action != domain.ImportRefuse && l.Action != domain.ImportSkip {
			continue
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\n", a.sprintf("line %d:", l.Line), a.actionWord(l.Action), domain.SafeText(strings.Join(strings.Fields(a.importWhat(rep.Noun, l)), " ")))
	}
	_ = tw.Flush()
	for _, n := range read.notices {
		a.say("Notice: %s", a.translated(n))
	}
	if rep.Skipped > 0 {
		a.say("Lines left out as likely duplicates: %d (the same name as another line or a stored record, and no key to tell them apart).", rep.Skipped)
	}
	switch {
	case rep.DryRun:
		a.say("Dry run of %s: %d to add, %d to update, %d unchanged, %d refused; nothing was written.",
			file, rep.Added, rep.Updated, rep.Unchanged, rep.Refused)
	case rep.Refused > 0:
		a.say("Imported %s from %s: %d added, %d updated, %d unchanged, %d refused lines left out.",
			a.nounWord(rep.Noun), file, rep.Added, rep.Updated, rep.Unchanged, rep.Refused)
	default:
		a.say("Imported %s from %s: %d added, %d updated, %d unchanged.",
			a.nounWord(rep.Noun), file, rep.Added, rep.Updated, rep.Unchanged)
	}
}

// actionWord is what the import does with a line, as the dry run lists it.
func (a *app) actionWord(act domain.ImportAction) string {
	switch act {
	case domain.ImportAdd:
		return a.word("add")
	case domain.ImportUpdate:
		return a.word("update")
	case domain.ImportUnchanged:
		return a.word("unchanged")
	case domain.ImportRefuse:
		return a.word("refuse")
	case domain.ImportSkip:
		return a.word("skip")
	}
	return string(act)
}

// nounWord is what was imported: "clients", "managers".
func (a *app) nounWord(noun string) string {
	switch noun {
	case "clients":
		return a.word("clients")
	case "managers":
		return a.word("managers")
	}
	return noun
}

// importWhat describes the record of one line: "manager 12 Anne Peeters
// (anne@example.be): day rate, e-mail", or why the line was refused.
func (a *app) importWhat(noun string, l domain.ImportLine) string {
	if l.Action == domain.ImportRefuse || l.Action == domain.ImportSkip {
		return a.translated(l.Reason)
	}
	var b strings.Builder
	if l.ID != 0 {
		one := a.word("client")
		if noun == "managers" {
			one = a.word("manager")
		}
		b.WriteString(one + " " + fmt.Sprint(l.ID) + " ")
	}
	b.WriteString(l.Name)
	if l.Key != "" {
		fmt.Fprintf(&b, " (%s)", l.Key)
	}
	if l.ByName {
		key := "e-mail"
		if noun == "clients" {
			key = "vat number"
		}
		b.WriteString(" " + a.sprintf("(matched by name: the line has no %s)", a.word(key)))
	}
	if l.SameNameAs > 0 {
		b.WriteString(" " + a.sprintf("(same name as line %d: check that it is someone else)", l.SameNameAs))
	}
	if len(l.Changes) > 0 {
		// The store names the changed fields by their labels; the
		// catalogue's words have them in lower case.
		changes := make([]string, len(l.Changes))
		for i, c := range l.Changes {
			changes[i] = a.word(strings.ToLower(c))
		}
		return a.sprintf("%s: %s", b.String(), strings.Join(changes, ", "))
	}
	return b.String()
}

// importAll reads a JSON export into an empty database.
func (a *app) importAll(file string, asJSON bool) error {
	return a.withInput(file, func(in io.Reader, st *store) error {
		rep, err := st.svc.Data.ImportJSON(a.ctx, in)
		if err != nil {
			return err
		}
		if asJSON {
			return writeJSON(a.stdout, rep)
		}
		a.say("Imported %s into %s: firm profile %s, %d clients, %d managers, %d proposals (%d issued versions), %d engagements, %d events.",
			file, st.name, a.yesNo(rep.Firm), rep.Clients, rep.Managers, rep.Proposals, rep.ProposalVersions, rep.Engagements, rep.Events)
		return nil
	})
}

// fileError says why a file named on the command line cannot be read.
func fileError(file string, err error) error {
	switch {
	case errors.Is(err, os.ErrNotExist):
		return domain.Errorf(domain.ENOTFOUND, "There is no file %s; check the name.", file)
	case errors.Is(err, os.ErrPermission):
		return domain.Errorf(domain.EINVALID, "%s cannot be read: permission denied.", file)
	}
	return fmt.Errorf("read %s: %w", file, err)
}

// isTerminal reports whether w is a terminal, where progress is welcome.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
