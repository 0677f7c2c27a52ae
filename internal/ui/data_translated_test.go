package ui

import (
	"context"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/interimdesk/interimdesk/internal/demo"
	"github.com/interimdesk/interimdesk/internal/domain"
)

// TestDataDialogsShowOnlyTranslations opens the import preview, the
// backups, the restore question, the personal data dialogs and a conflict
// in Dutch and in French, and fails on any text that is not a translation,
// data, or a path.
func TestDataDialogsShowOnlyTranslations(t *testing.T) {
	for _, l := range []domain.Lang{domain.LangNL, domain.LangFR} {
		t.Run(string(l), func(t *testing.T) {
			t.Cleanup(func() { useLanguage(domain.LangEN) })
			db := openStore(t)
			svc := servicesOf(db)
			ctx := context.Background()
			if err := demo.Load(ctx, svc, domain.DateOf(testNow)); err != nil {
				t.Fatal(err)
			}
			backup, err := db.BackupNow(ctx)
			if err != nil {
				t.Fatal(err)
			}
			csv := writeTestFile(t, "pool.csv", "Naam;E-mail;Dagtarief;Schoenmaat\r\n"+
				"Renée Claes;renee.claes@example.be;1.250,00;42\r\n"+
				"Wim Peeters;wim@@example.be;1.100;44\r\n")
			a := test.NewTempApp(t)
			a.Preferences().SetString(prefLanguage, string(l))
			u, w := newTestUIOn(t, a, svc, Options{OpenFile: func(string) error { return nil }})
			w.Resize(fyne.NewSize(1280, 800))
			check := newTextCheck(t, l, svc, "Renée Claes", "renee.claes@example.be", "wim@@example.be",
				"Schoenmaat", "Naam", "Dagtarief", "pool.csv", filepath.Base(backup), db.BackupDir(), backup)

			look := func(what string) {
				t.Helper()
				u.waitIdle()
				for _, o := range w.Canvas().Overlays().List() {
					for _, s := range visibleTexts(o) {
						// csvio's notices have no entries in the i18n
						// catalogue yet; that is internal/i18n's to add.
						if p := u.data.preview; p != nil && s == p.notices.Text {
							continue
						}
						if !check.allowed(s) {
							t.Errorf("%s shows %q, which is not a %s translation", what, s, l)
						}
					}
				}
				closeOverlays(w)
			}

			u.previewImport(u.managersCSV(), csv)
			u.waitIdle()
			u.data.preview.list.Select(1)
			look("the import preview")
			u.data.preview.mode.SetSelected(skipText())
			look("the preview, skipping refused lines")
			u.runImport(u.managersCSV(), csv, true, 2, u.data.preview)
			look("the result of the import")

			u.showBackups()
			look("the backups")
			u.askRestore(backup)
			look("the question before a restore")

			m, _ := issuedManager(t, svc)
			openManager(t, u, m)
			tap(u, u.managers.personalBtn)
			look("the personal data dialog")
			u.planErasure(m.ID)
			u.waitIdle()
			e := u.data.erasure
			tap(u, e.continueBtn)
			for _, o := range w.Canvas().Overlays().List() {
				for _, s := range visibleTexts(o) {
					if !check.allowed(s) && s != m.Name {
						t.Errorf("the erasure shows %q, which is not a %s translation", s, l)
					}
				}
			}
			closeOverlays(w)

			// A conflict: the record saved through another handle.
			other := servicesOf(openStoreAt(t, db.Path()))
			changed, _ := other.Managers.FindManagerByID(ctx, m.ID)
			changed.Phone = "+32 470 00 00 00"
			if err := other.Managers.UpdateManager(ctx, changed); err != nil {
				t.Fatal(err)
			}
			typeText(u, u.managers.notes, "Brussel")
			tap(u, u.managers.ed.saveBtn)
			closeOverlays(w)
			ed := u.managers.ed
			if !ed.reloadBtn.Visible() || !check.allowed(ed.reloadBtn.Text) {
				t.Errorf("after the conflict Reload reads %q (shown: %v)", ed.reloadBtn.Text, ed.reloadBtn.Visible())
			}
			// The sentence is the store's, translated by internal/i18n.
			if en := domain.ErrorMessage(staleError(t, other, m.ID)); ed.message.Text == en {
				t.Errorf("the conflict is said in English: %q", en)
			}
		})
	}
}

// staleError is the store's refusal of a save based on an old revision of
// manager id.
func staleError(t *testing.T, svc domain.Services, id int64) error {
	t.Helper()
	ctx := context.Background()
	m, err := svc.Managers.FindManagerByID(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	m.Rev--
	err = svc.Managers.UpdateManager(ctx, m)
	if !isStale(err) {
		t.Fatalf("saving an old revision gives %v", err)
	}
	return err
}
