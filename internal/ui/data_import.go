package ui

import (
	"context"
	"io"
	"path/filepath"

	"fyne.io/fyne/v2/lang"

	"github.com/interimdesk/interimdesk/internal/csvio"
	"github.com/interimdesk/interimdesk/internal/domain"
)

// A CSV import is two passes over the file: a dry run that judges every
// line and writes nothing (the preview), and, once the person has looked
// and chosen how refused lines are treated, the import itself in one
// transaction. The file is read again for the second pass rather than
// kept from the first, so a roster of 100,000 lines is never in memory
// twice; the store judges it afresh, and the result says what it did.

// csvData is what differs between clients and managers in an import or an
// export.
type csvData struct {
	noun  string // "clients", "managers": the start of an export's file name
	title string // "Import managers", in the screen language
	// read hands the lines of the file at path to the store and returns
	// its report and what the reader noticed about the file.
	read func(ctx context.Context, path string, opt domain.ImportOptions) (*domain.ImportReport, csvFacts, error)
	// match says how an updated line found its record: "matched by
	// e-mail joelle@example.be".
	match func(key string) string
	// byName says how a line without a key found its record.
	byName func() string
	// write writes every record as CSV and returns how many.
	write func(ctx context.Context, w io.Writer) (int, error)
	// exported is the sentence after an export of n records to path.
	exported func(n int, path string) string
	// imported shows the records an import wrote.
	imported func(rep *domain.ImportReport)
}

func (u *App) clientsCSV() csvData {
	return csvData{
		noun:  "clients",
		title: lang.L("Import clients"),
		read: func(ctx context.Context, path string, opt domain.ImportOptions) (*domain.ImportReport, csvFacts, error) {
			return readCSV(path, func(r io.Reader) (*domain.ImportReport, csvFacts, error) {
				// A new client without a language gets the firm's, and
				// one from a contact export without a country the firm's.
				var o csvio.Options
				if f := u.firmProfile; f != nil {
					o.DefaultLanguage, o.DefaultCountry = f.DefaultLanguage, f.Country()
				}
				s, err := csvio.ScanClients(r, o)
				if err != nil {
					return nil, csvFacts{}, err
				}
				rep, err := u.svc.Data.ImportClients(ctx, s.ImportRows(), opt)
				return rep, csvFacts{s.Notices(), s.Mapping}, err
			})
		},
		match: func(key string) string {
			return lang.X("import.match.vat", "matched by VAT number {{.Key}}", map[string]any{"Key": key})
		},
		byName: func() string { return lang.L("matched by name, likely the same client: the line has no VAT number") },
		write: func(ctx context.Context, w io.Writer) (int, error) {
			cs, err := u.svc.Data.AllClients(ctx)
			if err != nil {
				return 0, err
			}
			return len(cs), csvio.WriteClients(w, cs, csvio.WriteOptions{})
		},
		exported: func(n int, path string) string {
			return pluralText("export.clients.done", "Exported {{.Count}} clients to {{.Path}}.", n,
				map[string]any{"Count": formatCount(n), "Path": path})
		},
		imported: func(*domain.ImportReport) {
			u.changes.publish(fromImport, recordChanged{clientRecord, 0})
		},
	}
}

func (u *App) managersCSV() csvData {
	return csvData{
		noun:  "managers",
		title: lang.L("Import managers"),
		read: func(ctx context.Context, path string, opt domain.ImportOptions) (*domain.ImportReport, csvFacts, error) {
			return readCSV(path, func(r io.Reader) (*domain.ImportReport, csvFacts, error) {
				s, err := csvio.ScanManagers(r, csvio.Options{})
				if err != nil {
					return nil, csvFacts{}, err
				}
				rep, err := u.svc.Data.ImportManagers(ctx, s.ImportRows(), opt)
				return rep, csvFacts{s.Notices(), s.Mapping}, err
			})
		},
		match: func(key string) string {
			return lang.X("import.match.email", "matched by e-mail {{.Key}}", map[string]any{"Key": key})
		},
		byName: func() string { return lang.L("matched by name, likely the same person: the line has no e-mail") },
		write: func(ctx context.Context, w io.Writer) (int, error) {
			ms, err := u.svc.Data.AllManagers(ctx)
			if err != nil {
				return 0, err
			}
			return len(ms), csvio.WriteManagers(w, ms, csvio.WriteOptions{})
		},
		exported: func(n int, path string) string {
			return pluralText("export.managers.done", "Exported {{.Count}} managers to {{.Path}}.", n,
				map[string]any{"Count": formatCount(n), "Path": path})
		},
		imported: func(*domain.ImportReport) {
			u.changes.publish(fromImport, recordChanged{managerRecord, 0})
		},
	}
}

// csvFacts is what the reader noticed about a file: notices, and what
// each column becomes.
type csvFacts struct {
	notices []string
	columns []csvio.ColumnUse
}

// readCSV opens the file at path for one pass of an import.
func readCSV(path string, pass func(r io.Reader) (*domain.ImportReport, csvFacts, error)) (*domain.ImportReport, csvFacts, error) {
	f, err := openForReading(path)
	if err != nil {
		return nil, csvFacts{}, err
	}
	defer f.Close()
	return pass(f)
}

// refreshAfterImport reads the screen's list again, and the record in its
// form when the form holds no edits: an import may have updated it. A form
// with edits is left alone; saving it finds the change and offers Reload.
func refreshAfterImport(s screen, ed *editor) {
	s.reload()
	if ed.active && !ed.dirty() {
		if open := ed.reopen(); open != nil {
			open()
		}
	}
}

// importCSV asks for a CSV file and previews its import.
func (u *App) importCSV(d csvData) {
	u.chooseFile(d.title, []string{".csv", ".txt"}, "", func(path string) { u.previewImport(d, path) })
}

// previewImport judges every line of the file at path without writing,
// off the UI goroutine, and shows what the import would do.
func (u *App) previewImport(d csvData, path string) {
	u.docs.withProgress(d.title, lang.X("import.reading", "Reading {{.File}}…", map[string]any{"File": filepath.Base(path)}),
		func(ctx context.Context) (func(), error) {
			rep, facts, err := d.read(ctx, path, domain.ImportOptions{DryRun: true, Source: filepath.Base(path)})
			if err != nil {
				return nil, err
			}
			return func() { u.showImportPreview(d, path, rep, facts) }, nil
		})
}

// runImport imports the file at path for real, off the UI goroutine,
// behind a progress bar that can cancel it; total is the number of lines
// the preview counted. A cancelled or refused import writes nothing, and
// the store's sentence says so in the preview pv, which stays open for
// another try; a finished import closes it.
func (u *App) runImport(d csvData, path string, skip bool, total int, pv *importPreview) {
	ctx, cancel := context.WithCancel(u.ctx)
	p := u.showImportProgress(d.title, path, total, cancel)
	u.background(func(context.Context) func() {
		defer cancel()
		rep, _, err := d.read(ctx, path, domain.ImportOptions{
			SkipInvalid: skip,
			Total:       total,
			Progress:    p.report,
			Source:      filepath.Base(path),
		})
		return func() {
			p.dialog.Hide()
			if err != nil {
				// The preview stays open with the reason in it: the person
				// changes the choice and tries again, or cancels.
				if domain.ErrorCode(err) == domain.EINTERNAL {
					u.logf("interimdesk: %v", err)
				}
				pv.failed(errorSentence(err))
				return
			}
			pv.dialog.Hide()
			d.imported(rep)
			u.showSentences(lang.L("Import finished"), importResult(rep, path)...)
		}
	})
}

// importResult says after an import what it wrote.
func importResult(rep *domain.ImportReport, path string) []string {
	out := []string{lang.X("import.result", "{{.File}} was imported: {{.Added}} added, {{.Updated}} updated, {{.Unchanged}} unchanged.",
		map[string]any{"File": filepath.Base(path), "Added": formatCount(rep.Added),
			"Updated": formatCount(rep.Updated), "Unchanged": formatCount(rep.Unchanged)})}
	if rep.Refused > 0 {
		out = append(out, pluralText("import.result.skipped", "{{.Count}} refused lines were left out.", rep.Refused,
			map[string]any{"Count": formatCount(rep.Refused)}))
	}
	if rep.Skipped > 0 {
		out = append(out, pluralText("import.result.duplicates", "{{.Count}} likely duplicates were left out.", rep.Skipped,
			map[string]any{"Count": formatCount(rep.Skipped)}))
	}
	return out
}
