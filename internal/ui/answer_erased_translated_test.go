package ui

import (
	"context"
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/interimdesk/interimdesk/internal/demo"
	"github.com/interimdesk/interimdesk/internal/domain"
)

// TestErasedManagerAndOpenAcceptanceShowOnlyTranslations opens an erased
// manager's form and the client's answer to a version without a manager
// and a start, in Dutch and in French.
func TestErasedManagerAndOpenAcceptanceShowOnlyTranslations(t *testing.T) {
	for _, l := range []domain.Lang{domain.LangNL, domain.LangFR} {
		t.Run(string(l), func(t *testing.T) {
			t.Cleanup(func() { useLanguage(domain.LangEN) })
			db := openStore(t)
			svc := servicesOf(db)
			ctx := context.Background()
			if err := demo.Load(ctx, svc, domain.DateOf(testNow)); err != nil {
				t.Fatal(err)
			}
			dw := &docWorld{t: t, svc: svc}
			reissueWithout(t, dw, "Post-merger", true, true)
			m, plan := issuedManager(t, svc)
			if _, err := svc.Privacy.EraseManager(ctx, m.ID, plan.Rev); err != nil {
				t.Fatal(err)
			}

			a := test.NewTempApp(t)
			a.Preferences().SetString(prefLanguage, string(l))
			u, w := newTestUIOn(t, a, svc, Options{})
			w.Resize(fyne.NewSize(1280, 800))
			look := lookerFor(t, u, w, newTextCheck(t, l, svc, "Post-merger", "morgen"))

			u.managers.open(m.ID)
			u.waitIdle()
			if !u.managers.erased.Visible() {
				t.Fatal("the erased manager's form does not say so")
			}
			look("an erased manager's form")
			erased := map[domain.Lang]string{domain.LangNL: "Gewiste manager %d", domain.LangFR: "Manager effacé %d"}[l]
			if got, want := managerName(u.managers.loaded), fmt.Sprintf(erased, m.ID); got != want {
				t.Errorf("the erased manager is called %q on the roster, want %q", got, want)
			}

			press(u, fyne.Key3)
			typeText(u, u.proposals.list.search, "Post-merger")
			u.proposals.list.selectRow(0)
			u.waitIdle()
			tap(u, u.proposals.docs.answer)
			ad := shownLast[*answerDialog](u)
			ad.choice.SetSelected(ad.choice.Options[0]) // the interim mandate
			look("the client's answer, asking for a manager and a start")
			typeText(u, ad.start, "morgen")
			look("the client's answer with an unreadable start")
		})
	}
}
