package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/interimdesk/interimdesk/internal/demo"
	"github.com/interimdesk/interimdesk/internal/domain"
)

// TestHistory_readsInTheScreenLanguage takes the planned engagement of the
// sample through an edit, its start, an extension and notice, then opens
// its history in Dutch and French: the details the store wrote in English
// read in the screen language, with their dates as values (ISO), and the
// reason as it was typed.
func TestHistory_readsInTheScreenLanguage(t *testing.T) {
	for _, tc := range []struct {
		lang domain.Lang
		want []string
	}{
		{domain.LangNL, []string{
			"dagen per week gewijzigd van 3 naar 2",
			"Gestart\n09-05-2026\n",
			"gestart op 2026-05-09 (geplande start 2026-05-30)",
			"gepland einde verschoven van 2026-09-18 naar 2026-10-31, afgesproken op 2026-05-07",
			"opzegging gegeven op 2026-05-09, 30 dagen; laatste dag 2026-06-08; reden: “Sold to a group.”",
		}},
		{domain.LangFR, []string{
			"jours par semaine modifiés de 3 à 2",
			"commencée le 2026-05-09 (début prévu le 2026-05-30)",
			"fin prévue reportée du 2026-09-18 au 2026-10-31, par accord du 2026-05-07",
			"préavis donné le 2026-05-09, 30 jours ; dernier jour le 2026-06-08 ; motif : « Sold to a group. »",
		}},
	} {
		t.Run(string(tc.lang), func(t *testing.T) {
			t.Cleanup(func() { useLanguage(domain.LangEN) })
			ctx := context.Background()
			db := openStore(t)
			svc := servicesWith(db, func(_ context.Context, d *domain.ContractDocument) ([]byte, error) { return fakeContractPDF(d), nil })
			if err := demo.Load(ctx, svc, domain.DateOf(testNow)); err != nil {
				t.Fatal(err)
			}
			es, _, err := svc.Engagements.FindEngagements(ctx, domain.EngagementFilter{Status: domain.EngagementPlanned})
			if err != nil || len(es) != 1 {
				t.Fatalf("planned engagements of the sample: %d, %v", len(es), err)
			}
			e := es[0]
			e.DaysPerWeek = 2
			steps := []func() error{
				func() error { return svc.Engagements.UpdateEngagement(ctx, e) },
				func() error {
					_, err := svc.Lifecycle.ActivateEngagement(ctx, e.ID, domain.DateOf(testNow))
					return err
				},
				func() error {
					_, err := svc.Lifecycle.ExtendEngagement(ctx, e.ID, domain.NewDate(2026, 10, 31), domain.NewDate(2026, 5, 7), nil)
					return err
				},
				func() error {
					_, err := svc.Lifecycle.TerminateEngagement(ctx, e.ID, domain.DateOf(testNow), "Sold to a group.")
					return err
				},
			}
			for _, step := range steps {
				if err := step(); err != nil {
					t.Fatal(err)
				}
			}

			a := test.NewTempApp(t)
			a.Preferences().SetString(prefLanguage, string(tc.lang))
			u, w := newTestUIOn(t, a, svc, Options{OpenFile: func(string) error { return nil }, DocumentsDir: t.TempDir()})
			w.Resize(fyne.NewSize(1280, 800))
			ew := &engWorld{t: t, db: db, svc: svc, u: u, w: w}
			press(u, fyne.Key4)
			ew.open("Supply chain director")
			tap(u, u.engagements.steps.history)
			text := overlayTexts(w)
			for _, want := range tc.want {
				if !strings.Contains(text, want) {
					t.Errorf("the history lacks %q:\n%s", want, text)
				}
			}
			for _, english := range []string{"changed from", "started on", "planned end moved", "notice given", "reason:"} {
				if strings.Contains(text, english) {
					t.Errorf("the history still says %q:\n%s", english, text)
				}
			}
		})
	}
}
