package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/interimdesk/interimdesk/internal/demo"
	"github.com/interimdesk/interimdesk/internal/domain"
)

// TestEngagementScreensShowOnlyTranslations walks the engagement detail,
// its steps, the capacity conflict, the contract, the batch and the clause
// editor in Dutch and French, and fails on any text that is neither a
// translation nor data: what TestScreensShowOnlyTranslations does for the
// other screens.
func TestEngagementScreensShowOnlyTranslations(t *testing.T) {
	for _, l := range []domain.Lang{domain.LangNL, domain.LangFR} {
		t.Run(string(l), func(t *testing.T) {
			t.Cleanup(func() { useLanguage(domain.LangEN) })
			db := openStore(t)
			svc := servicesWith(db, func(_ context.Context, d *domain.ContractDocument) ([]byte, error) { return fakeContractPDF(d), nil })
			ctx := context.Background()
			if err := demo.Load(ctx, svc, domain.DateOf(testNow)); err != nil {
				t.Fatal(err)
			}
			historyOfTheCFO(t, svc)
			a := test.NewTempApp(t)
			a.Preferences().SetString(prefLanguage, string(l))
			docs, batchDir := t.TempDir(), t.TempDir()
			u, w := newTestUIOn(t, a, svc, Options{OpenFile: func(string) error { return nil }, DocumentsDir: docs})
			w.Resize(fyne.NewSize(1280, 800))
			ew := &engWorld{t: t, svc: svc, u: u, w: w, docs: docs}

			// What the store says in the template's language is data
			// here: the labels of the engagements a conflict names, the
			// clause texts. The history's details are translated.
			extra := []string{docs, batchDir, "Verkocht."}
			es, _, err := svc.Engagements.FindEngagements(ctx, domain.EngagementFilter{})
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range es {
				if c, err := svc.Clients.FindClientByID(ctx, e.ClientID); err == nil {
					extra = append(extra, e.Role+" for "+c.DisplayName())
				}
			}
			for _, j := range domain.Jurisdictions {
				cs, err := svc.Clauses.Clauses(ctx, j, domain.LangNL)
				if err != nil {
					t.Fatal(err)
				}
				for _, c := range cs {
					extra = append(extra, c.Title, c.Body)
				}
			}
			check := newTextCheck(t, l, svc, extra...)
			look := func(what string) {
				t.Helper()
				u.waitIdle()
				for _, o := range append([]fyne.CanvasObject{w.Canvas().Content()}, w.Canvas().Overlays().List()...) {
					for _, s := range segmentTexts(o) {
						if !check.allowed(s) {
							t.Errorf("%s shows %q, which is not a %s translation", what, s, l)
						}
					}
				}
			}

			press(u, fyne.Key4)
			s := u.engagements
			e := ew.open("CFO ad interim")
			look("an engagement with its steps and contract")
			tap(u, s.steps.terminate)
			typeText(u, shownLast[*stepDialog](u).fields[0], "2026-05-11")
			look("the notice dialog")
			typeText(u, shownLast[*stepDialog](u).fields[0], "2026-08-01")
			typeText(u, shownLast[*stepDialog](u).fields[1], "Verkocht.")
			look("a notice the domain refuses")
			ew.closeDialogs()
			tap(u, s.steps.extend)
			typeText(u, shownLast[*stepDialog](u).fields[0], "2026-09-30")
			look("the extension dialog")
			ew.closeDialogs()
			tap(u, s.steps.complete)
			look("the completion dialog")
			ew.closeDialogs()
			tap(u, s.steps.history)
			look("the history")
			ew.closeDialogs()

			press(u, fyne.KeyN)
			d := shownLast[*newEngagementDialog](u)
			typeText(u, d.start, "2026-06-30")
			typeText(u, d.end, "2026-06-01")
			look("the new engagement dialog with a mistake")
			pick(t, u, d.client, "Peeters")
			m, err := svc.Managers.FindManagerByID(ctx, e.ManagerID)
			if err != nil {
				t.Fatal(err)
			}
			pick(t, u, d.manager, m.Name)
			typeText(u, d.start, "2026-06-01")
			typeText(u, d.end, "2026-07-31")
			typeText(u, d.days, "1")
			typeText(u, d.dayRate, "1.200")
			typeText(u, d.managerFee.fee, "1.000") // the roster's € 1.550 is above this client's rate
			tap(u, d.add)
			look("the capacity conflict")
			ew.closeDialogs()

			tap(u, s.contract.first)
			look("the question before the first print")
			tap(u, overlayButton(t, w, lang.L("Save as PDF and open")))
			look("a printed contract with its versions")

			tap(u, s.printAll)
			look("the batch's question")
			ew.closeDialogs()
			press(u, fyne.Key1)
			menuItem(t, w, lang.L("Print contracts…")).Action()
			u.waitIdle()
			look("the batch's plan")
			tap(u, overlayButton(t, w, lang.L("Save to a folder…")))
			// The folder dialog is Fyne's; its own words are in
			// translations/fyne. Ours is the title and the button.
			if !strings.Contains(overlayTexts(w), lang.L("Choose the folder for the contracts")) {
				t.Errorf("the folder dialog is not titled in %s: %q", l, overlayTexts(w))
			}
			chooseFolderShown(t, ew, batchDir)
			look("the end of the batch")
			ew.closeDialogs()

			press(u, fyne.Key5)
			look("the firm's settings with the clause button")
			tap(u, u.firm.clauses)
			c := shownLast[*clauseEditor](u)
			selectClause(t, ew, c, domain.ClauseNoticeInterim)
			look("the clause editor")
			typeText(u, c.body, "")
			look("a clause without a text")
		})
	}
}

// segmentTexts is visibleTexts with the parts of a rich text apart: a list
// cell shows a value over a detail, and one may be data, the other a
// translation.
func segmentTexts(o fyne.CanvasObject) []string {
	if o == nil || !o.Visible() {
		return nil
	}
	switch v := o.(type) {
	case *widget.RichText:
		var out []string
		for _, seg := range v.Segments {
			out = append(out, seg.Textual())
		}
		return out
	case *widget.Label, *textField, *widget.Hyperlink, *widget.Button, *widget.Check, *widget.Select, *canvas.Text:
		return visibleTexts(o)
	case *fyne.Container:
		var out []string
		for _, c := range v.Objects {
			out = append(out, segmentTexts(c)...)
		}
		return out
	case fyne.Widget:
		var out []string
		for _, c := range test.WidgetRenderer(v).Objects() {
			out = append(out, segmentTexts(c)...)
		}
		return out
	}
	return nil
}

// historyOfTheCFO gives the sample's running mandate a history before the
// window opens, which the walk above then shows: its contract terms saved
// and its end moved a day.
func historyOfTheCFO(t *testing.T, svc domain.Services) {
	t.Helper()
	ctx := context.Background()
	es, _, err := svc.Engagements.FindEngagements(ctx, domain.EngagementFilter{Status: domain.EngagementActive})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range es {
		if e.Role != "CFO ad interim" {
			continue
		}
		terms, err := svc.Contracts.ContractTerms(ctx, e.ID)
		if err != nil {
			t.Fatal(err)
		}
		if err := svc.Contracts.SaveContractTerms(ctx, terms); err != nil {
			t.Fatal(err)
		}
		if _, err := svc.Lifecycle.ExtendEngagement(ctx, e.ID, e.End.AddDays(1), domain.DateOf(testNow), nil); err != nil {
			t.Fatal(err)
		}
		return
	}
	t.Fatal("the sample has no running CFO mandate")
}
