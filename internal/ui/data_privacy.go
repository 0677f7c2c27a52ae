package ui

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// A manager may ask what the firm keeps about them (GDPR article 15) and
// to have it erased (article 17). Erasing anonymises the record rather
// than deleting it: engagements keep their figures for the firm's books,
// and issued proposals stay exactly as the client received them, because
// they are legal records.

// personalDialog offers the two requests for one manager.
type personalDialog struct {
	dialog                       *dialog.CustomDialog
	exportBtn, eraseBtn, closeBt *widget.Button
}

// showPersonalData opens the personal data dialog of a stored manager; an
// erased one has none left to export or erase.
func (u *App) showPersonalData(m *domain.Manager) {
	if m == nil || m.ID == 0 || isErased(m) {
		return
	}
	p := &personalDialog{}
	l := widget.NewLabel(lang.L("A manager may ask what the firm keeps about them, and to have it erased. The export is a JSON file with everything the database holds about them: their record, engagements, the proposals that name them, issued documents and the history."))
	l.Wrapping = fyne.TextWrapWord
	p.closeBt = widget.NewButton(lang.L("Close"), func() { p.dialog.Hide() })
	p.exportBtn = widget.NewButton(lang.L("Export personal data…"), func() {
		p.dialog.Hide()
		u.exportPersonal(m.ID, m.Name)
	})
	p.eraseBtn = widget.NewButton(lang.L("Erase personal data…"), func() {
		p.dialog.Hide()
		u.planErasure(m.ID)
	})
	p.eraseBtn.Importance = widget.DangerImportance
	p.dialog = dialog.NewCustomWithoutButtons(lang.X("personal.title", "Personal data of {{.Name}}", map[string]any{"Name": m.Name}), l, u.win)
	p.dialog.SetButtons([]fyne.CanvasObject{p.closeBt, p.exportBtn, p.eraseBtn})
	p.dialog.Resize(fyne.NewSize(560, 0))
	u.data.personal = p
	p.dialog.Show()
}

// exportPersonal writes what the database holds about manager id as JSON.
func (u *App) exportPersonal(id int64, name string) {
	u.saveExport(u.exportName(fmt.Sprintf("personal-data-manager-%d", id), ".json"), func(path string) {
		u.docs.withProgress(lang.L("Export personal data"), lang.L("Writing the export…"), func(ctx context.Context) (func(), error) {
			pd, err := u.svc.Privacy.ExportPersonal(ctx, id)
			if err != nil {
				return nil, err
			}
			err = writeExport(path, func(w io.Writer) error {
				enc := json.NewEncoder(w)
				enc.SetIndent("", "  ")
				return enc.Encode(pd)
			})
			if err != nil {
				return nil, err
			}
			return func() {
				showInfo(u.win, lang.L("Export finished"), lang.X("personal.exported", "The personal data of {{.Name}} was written to {{.Path}}.",
					map[string]any{"Name": name, "Path": wrappablePath(path)}))
			}, nil
		})
	})
}

// erasure is the two confirmations before a manager's personal data is
// erased: what will happen, then the manager's name typed to go ahead.
type erasure struct {
	plan *domain.ErasurePlan

	first                  *dialog.CustomDialog
	continueBtn, cancelBtn *widget.Button

	second         *dialog.CustomDialog
	name           *textField
	eraseBtn, back *widget.Button
}

// planErasure asks the store what erasing manager id would do and shows
// it. Unsaved changes to the manager are dealt with first: the erasure
// would make them meaningless.
func (u *App) planErasure(id int64) {
	u.leaveThen(func() {
		u.background(func(ctx context.Context) func() {
			plan, err := u.svc.Privacy.PlanErasure(ctx, id)
			return func() {
				if err != nil {
					u.showError(err)
					return
				}
				// An erased manager may still be in backups made before: then
				// erasing again rewrites those.
				if plan.AlreadyErased && len(plan.Backups) == 0 {
					showInfo(u.win, lang.L("Erase personal data"), lang.X("erase.already", "Manager {{.ID}} was already erased; nothing personal is left to erase.",
						map[string]any{"ID": plan.ManagerID}))
					return
				}
				u.askErasure(plan)
			}
		})
	})
}

// askErasure is the first confirmation: what is erased and what is kept.
func (u *App) askErasure(plan *domain.ErasurePlan) {
	e := &erasure{plan: plan}
	e.cancelBtn = widget.NewButton(cancelText(), func() { e.first.Hide() })
	e.continueBtn = widget.NewButton(lang.L("Continue…"), func() {
		e.first.Hide()
		u.confirmErasure(e)
	})
	e.continueBtn.Importance = widget.DangerImportance
	e.first = dialog.NewCustomWithoutButtons(lang.X("erase.title", "Erase the personal data of {{.Name}}?", map[string]any{"Name": plan.Name}),
		container.NewVScroll(sentencesBox(erasureSentences(plan)...)), u.win)
	e.first.SetButtons([]fyne.CanvasObject{e.cancelBtn, e.continueBtn})
	e.first.Resize(fyne.NewSize(620, 460))
	u.data.erasure = e
	e.first.Show()
}

// confirmErasure is the second confirmation: Erase stays disabled until
// the manager's name is typed, so that no double click erases anybody.
func (u *App) confirmErasure(e *erasure) {
	plan := e.plan
	l := widget.NewLabel(lang.X("erase.typeName", "Type the name {{.Name}} to confirm. This cannot be undone.", map[string]any{"Name": plan.Name}))
	l.Wrapping = fyne.TextWrapWord
	e.name = newTextField()
	e.name.SetPlaceHolder(plan.Name)
	e.back = widget.NewButton(cancelText(), func() { e.second.Hide() })
	e.eraseBtn = widget.NewButton(lang.L("Erase personal data"), func() {
		e.second.Hide()
		u.erase(plan)
	})
	e.eraseBtn.Importance = widget.DangerImportance
	e.eraseBtn.Disable()
	e.name.OnChanged = func(s string) {
		if sameName(s, plan.Name) {
			e.eraseBtn.Enable()
		} else {
			e.eraseBtn.Disable()
		}
	}
	e.second = dialog.NewCustomWithoutButtons(lang.L("Erase personal data"), container.NewVBox(l, e.name), u.win)
	e.second.SetButtons([]fyne.CanvasObject{e.back, e.eraseBtn})
	e.second.Resize(fyne.NewSize(520, 0))
	e.second.Show()
	u.win.Canvas().Focus(e.name)
}

// sameName compares a typed name with the manager's, forgiving spaces at
// the ends and capitals but not accents: "Joëlle" is not "Joelle".
func sameName(typed, name string) bool {
	return strings.EqualFold(strings.Join(strings.Fields(typed), " "), strings.Join(strings.Fields(name), " "))
}

// erase erases what the plan showed; a manager changed since is refused by
// the store (ECONFLICT) and nothing is erased.
func (u *App) erase(plan *domain.ErasurePlan) {
	u.background(func(ctx context.Context) func() {
		done, err := u.svc.Privacy.EraseManager(ctx, plan.ManagerID, plan.Rev)
		return func() {
			if err != nil {
				u.showError(err)
				return
			}
			u.changes.publish(fromPrivacy, recordChanged{managerRecord, plan.ManagerID})
			msg := []string{lang.X("erase.done", "The personal data of {{.Name}} was erased.", map[string]any{"Name": plan.Name})}
			if n := len(done.IssuedDocuments); n > 0 {
				msg = append(msg, pluralText("erase.done.kept", "{{.Count}} issued documents were kept as the legal records they are.", n,
					map[string]any{"Count": formatCount(n)}))
			}
			if n := len(done.Backups); n > 0 {
				msg = append(msg, pluralText("erase.done.backups", "{{.Count}} backups were rewritten without this manager: {{.Files}}.", n,
					map[string]any{"Count": formatCount(n), "Files": baseNames(done.Backups)}))
			}
			u.showSentences(lang.L("Personal data erased"), msg...)
		}
	})
}

// erasureSentences say what erasing does, in the screen language, from
// the store's plan.
func erasureSentences(p *domain.ErasurePlan) []string {
	backups := func() string {
		return pluralText("erase.backups", "{{.Count}} backups still hold this manager and are rewritten without them: {{.Files}}.", len(p.Backups),
			map[string]any{"Count": formatCount(len(p.Backups)), "Files": baseNames(p.Backups)})
	}
	if p.AlreadyErased {
		return []string{backups(), lang.L("This cannot be undone. If the manager asked for a copy of their data, export it first.")}
	}
	out := []string{lang.X("erase.fields", "The name, e-mail, phone, city, headline, skills, sectors, languages, day rate, CV, management company, its VAT number and IBAN, and the notes of {{.Name}} are erased. The record is renamed “{{.Erased}}” and becomes inactive.",
		map[string]any{"Name": p.Name, "Erased": domain.ErasedManagerName(p.ManagerID)})}
	if p.Engagements > 0 {
		out = append(out, pluralText("erase.engagements", "{{.Count}} engagements keep their dates, days and amounts, under the anonymised record ({{.Running}} still planned or active).", p.Engagements,
			map[string]any{"Count": formatCount(p.Engagements), "Running": formatCount(p.Running)}))
	}
	if p.Drafts > 0 {
		out = append(out, pluralText("erase.drafts", "{{.Count}} proposal drafts no longer propose this manager.", p.Drafts,
			map[string]any{"Count": formatCount(p.Drafts)}))
	}
	if n := len(p.IssuedDocuments); n > 0 {
		docs := make([]string, n)
		for i, d := range p.IssuedDocuments {
			docs[i] = "• " + lang.X("erase.document", "{{.Number}} version {{.Version}}, issued on {{.Date}}",
				map[string]any{"Number": d.Number, "Version": d.Version, "Date": formatDate(d.IssuedOn)})
		}
		out = append(out, pluralText("erase.documents", "{{.Count}} issued documents name this manager. They are kept exactly as they were issued, because they are the legal record of what the client received:", n,
			map[string]any{"Count": formatCount(n)})+"\n"+strings.Join(docs, "\n"))
	}
	if len(p.Backups) > 0 {
		out = append(out, backups())
	}
	out = append(out, lang.L("This cannot be undone. If the manager asked for a copy of their data, export it first."))
	return out
}
