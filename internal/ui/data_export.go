package ui

import (
	"context"
	"io"
	"path/filepath"

	"fyne.io/fyne/v2/lang"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// exportCSV writes every client or manager, archived and inactive ones
// too, as a CSV file that imports back (docs/DATA.md).
func (u *App) exportCSV(d csvData) {
	u.saveExport(u.exportName(d.noun, ".csv"), func(path string) {
		u.docs.withProgress(lang.L("Export"), lang.L("Writing the export…"), func(ctx context.Context) (func(), error) {
			var n int
			err := writeExport(path, func(w io.Writer) error {
				var err error
				n, err = d.write(ctx, w)
				return err
			})
			if err != nil {
				return nil, err
			}
			return func() { showInfo(u.win, lang.L("Export finished"), d.exported(n, path)) }, nil
		})
	})
}

// exportJSON writes the whole database as one JSON file, read in one
// transaction: the firm, clients, managers, proposals with their issued
// PDFs, engagements and the event log.
func (u *App) exportJSON() {
	u.saveExport(u.exportName("interimdesk", ".json"), func(path string) {
		u.docs.withProgress(lang.L("Export"), lang.L("Writing the export…"), func(ctx context.Context) (func(), error) {
			if err := writeExport(path, func(w io.Writer) error { return u.svc.Data.ExportJSON(ctx, w) }); err != nil {
				return nil, err
			}
			return func() {
				showInfo(u.win, lang.L("Export finished"),
					lang.X("export.json.done", "The whole database was exported to {{.Path}}.", map[string]any{"Path": wrappablePath(path)}))
			}, nil
		})
	})
}

// importJSON reads a JSON export into this database, which must be empty:
// the records keep their ids, which would collide with any already here.
// A database with data is refused before a file is even chosen.
func (u *App) importJSON() {
	title := lang.L("Import everything (JSON)")
	choose := func() {
		u.chooseFile(title, []string{".json"}, "", func(path string) { u.importJSONFrom(path) })
	}
	if u.opts.IsEmpty == nil {
		choose() // the store refuses a database with data all the same
		return
	}
	u.background(func(ctx context.Context) func() {
		empty, err := u.opts.IsEmpty(ctx)
		return func() {
			switch {
			case err != nil:
				u.showError(err)
			case !empty:
				showInfo(u.win, title, lang.L("This database already holds data. A JSON export is only imported into an empty database, so that no record is mixed up with another; nothing was imported. To go back to an earlier state of this database, restore a backup instead."))
			default:
				choose()
			}
		}
	})
}

// importJSONFrom imports the JSON export at path and shows what it holds.
func (u *App) importJSONFrom(path string) {
	title := lang.L("Import everything (JSON)")
	u.docs.withProgress(title, lang.X("import.reading", "Reading {{.File}}…", map[string]any{"File": filepath.Base(path)}),
		func(ctx context.Context) (func(), error) {
			f, err := openForReading(path)
			if err != nil {
				return nil, err
			}
			defer f.Close()
			rep, err := u.svc.Data.ImportJSON(ctx, f)
			if err != nil {
				return nil, err
			}
			return func() {
				u.reloadEverything()
				showInfo(u.win, lang.L("Import finished"), jsonImportResult(rep, path))
			}, nil
		})
}

// jsonImportResult says what an import of a JSON export wrote.
func jsonImportResult(rep *domain.JSONImportReport, path string) string {
	firm := lang.L("no firm profile")
	if rep.Firm {
		firm = lang.L("the firm profile")
	}
	return lang.X("import.json.done", "{{.File}} was imported: {{.Firm}}, {{.Clients}} clients, {{.Managers}} managers, {{.Proposals}} proposals with {{.Versions}} issued versions, {{.Engagements}} engagements.",
		map[string]any{"File": filepath.Base(path), "Firm": firm,
			"Clients": formatCount(rep.Clients), "Managers": formatCount(rep.Managers),
			"Proposals": formatCount(rep.Proposals), "Versions": formatCount(rep.ProposalVersions),
			"Engagements": formatCount(rep.Engagements)})
}

// reloadEverything reads the firm and every screen again after the whole
// database changed under them, and closes the welcome that an empty
// database showed.
func (u *App) reloadEverything() {
	if u.welcome != nil {
		u.welcome.dialog.Hide()
	}
	u.loadFirm()
	for _, s := range u.screens {
		s.reload()
	}
}
