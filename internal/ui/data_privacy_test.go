package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// issuedManager is a sample manager whose name is on an issued proposal,
// with the plan of erasing them.
func issuedManager(t *testing.T, svc domain.Services) (*domain.Manager, *domain.ErasurePlan) {
	t.Helper()
	ctx := context.Background()
	for _, m := range allManagers(t, svc) {
		plan, err := svc.Privacy.PlanErasure(ctx, m.ID)
		if err != nil {
			t.Fatal(err)
		}
		if len(plan.IssuedDocuments) > 0 {
			return m, plan
		}
	}
	t.Fatal("no sample manager is named on an issued proposal")
	return nil, nil
}

// openManager chooses the manager on the roster.
func openManager(t *testing.T, u *App, m *domain.Manager) {
	t.Helper()
	typeText(u, u.managers.list.search, m.Name)
	u.managers.list.selectRow(0)
	u.waitIdle()
	if u.managers.loaded == nil || u.managers.loaded.ID != m.ID {
		t.Fatalf("%s did not open", m.Name)
	}
}

func TestErase_asksTwiceAndAnonymises(t *testing.T) {
	u, svc, _ := sampleUI(t)
	ctx := context.Background()
	m, plan := issuedManager(t, svc)
	doc := plan.IssuedDocuments[0]
	before, err := svc.Proposals.ProposalVersion(ctx, doc.ProposalID, doc.Version)
	if err != nil {
		t.Fatal(err)
	}
	openManager(t, u, m)

	tap(u, u.managers.personalBtn)
	tap(u, u.data.personal.eraseBtn)
	e := u.data.erasure
	if e == nil {
		t.Fatalf("no first confirmation; the window says:\n%s", overlayTexts(u.win))
	}
	// The first question says what goes and which documents stay.
	wantOverlay(t, u.win, "are erased", "Erased manager", doc.Number+" version", "legal record of what the client received", "cannot be undone")
	tap(u, e.continueBtn)

	// The second asks for the name; Erase waits for it.
	if !e.eraseBtn.Disabled() {
		t.Fatal("Erase is enabled before the name was typed")
	}
	test.Type(e.name, "Someone Else")
	if !e.eraseBtn.Disabled() {
		t.Error("another name enables Erase")
	}
	e.name.SetText("")
	test.Type(e.name, " "+strings.ToUpper(m.Name)+" ")
	if e.eraseBtn.Disabled() {
		t.Fatal("the manager's name does not enable Erase")
	}
	tap(u, e.eraseBtn)
	wantOverlay(t, u.win, "The personal data of "+m.Name+" was erased.", "kept as the legal record")

	got, err := svc.Managers.FindManagerByID(ctx, m.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Name != domain.ErasedManagerName(m.ID) || got.Email != "" || got.CV != "" || got.Active {
		t.Errorf("the manager was not anonymised: %+v", got)
	}
	after, err := svc.Proposals.ProposalVersion(ctx, doc.ProposalID, doc.Version)
	if err != nil || after.SHA256 != before.SHA256 {
		t.Errorf("the issued document was not kept as issued: %v", err)
	}
	if u.managers.fullName.Text != domain.ErasedManagerName(m.ID) {
		t.Errorf("the form still shows %q", u.managers.fullName.Text)
	}
}

func TestErase_cancelAtEitherQuestionErasesNothing(t *testing.T) {
	tests := []struct {
		name   string
		cancel func(u *App, e *erasure)
	}{
		{"first question", func(u *App, e *erasure) { tap(u, e.cancelBtn) }},
		{"second question", func(u *App, e *erasure) {
			tap(u, e.continueBtn)
			test.Type(e.name, e.plan.Name)
			tap(u, e.back)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u, svc, _ := sampleUI(t)
			m, _ := issuedManager(t, svc)
			openManager(t, u, m)
			tap(u, u.managers.personalBtn)
			tap(u, u.data.personal.eraseBtn)
			tt.cancel(u, u.data.erasure)
			got, err := svc.Managers.FindManagerByID(context.Background(), m.ID)
			if err != nil || got.Name != m.Name || got.Email != m.Email {
				t.Errorf("cancelling erased something: %+v %v", got, err)
			}
		})
	}
}

func TestErase_refusedWhenTheManagerChangedSinceThePlan(t *testing.T) {
	u, svc, _ := sampleUI(t)
	ctx := context.Background()
	m, _ := issuedManager(t, svc)
	openManager(t, u, m)
	tap(u, u.managers.personalBtn)
	tap(u, u.data.personal.eraseBtn)
	e := u.data.erasure
	tap(u, e.continueBtn)
	test.Type(e.name, m.Name)

	// Meanwhile, elsewhere, the manager's phone number changes.
	changed, _ := svc.Managers.FindManagerByID(ctx, m.ID)
	changed.Phone = "+32 470 00 00 00"
	if err := svc.Managers.UpdateManager(ctx, changed); err != nil {
		t.Fatal(err)
	}
	tap(u, e.eraseBtn)
	if text := overlayTexts(u.win); strings.Contains(text, "was erased") {
		t.Errorf("a manager changed since the plan was erased: %s", text)
	}
	got, _ := svc.Managers.FindManagerByID(ctx, m.ID)
	if got.Name != m.Name {
		t.Error("the manager was erased although they changed since the plan")
	}
}

func TestPersonalData_notOfferedForANewManager(t *testing.T) {
	u, _, _ := sampleUI(t)
	u.managers.newRecord()
	u.waitIdle()
	if u.managers.personalBtn.Visible() {
		t.Error("a manager never saved offers Personal data…")
	}
}

// TestErasedManager_isLockedForGood: what erasure leaves of a manager is
// shown as such, read-only, without "Make active again" or the personal
// data dialog, and nothing typed or tapped writes it back into a person.
func TestErasedManager_isLockedForGood(t *testing.T) {
	tests := []struct {
		name  string
		erase func(t *testing.T, u *App, svc domain.Services, m *domain.Manager)
	}{
		{"erased through the store", func(t *testing.T, u *App, svc domain.Services, m *domain.Manager) {
			ctx := context.Background()
			plan, err := svc.Privacy.PlanErasure(ctx, m.ID)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := svc.Privacy.EraseManager(ctx, m.ID, plan.Rev); err != nil {
				t.Fatal(err)
			}
			u.managers.open(m.ID) // as the roster does when the record is chosen again
			u.waitIdle()
		}},
		{"erased through the dialogs", func(t *testing.T, u *App, svc domain.Services, m *domain.Manager) {
			tap(u, u.managers.personalBtn)
			tap(u, u.data.personal.eraseBtn)
			tap(u, u.data.erasure.continueBtn)
			test.Type(u.data.erasure.name, m.Name)
			tap(u, u.data.erasure.eraseBtn)
			closeOverlays(u.win)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u, svc, _ := sampleUI(t)
			ctx := context.Background()
			m, _ := issuedManager(t, svc)
			openManager(t, u, m)
			if !u.managers.activeBtn.Visible() || !u.managers.personalBtn.Visible() || u.managers.erased.Visible() {
				t.Fatal("a manager not erased yet shows the wrong buttons or the erased line")
			}
			tt.erase(t, u, svc, m)
			s := u.managers
			if s.loaded == nil || !isErased(s.loaded) {
				t.Fatalf("the form shows %+v, not the erased record", s.loaded)
			}
			before, err := svc.Managers.FindManagerByID(ctx, m.ID)
			if err != nil {
				t.Fatal(err)
			}

			if s.activeBtn.Visible() || s.personalBtn.Visible() {
				t.Errorf("an erased manager offers %q %v, Personal data… %v", s.activeBtn.Text, s.activeBtn.Visible(), s.personalBtn.Visible())
			}
			if !s.erased.Visible() || !strings.Contains(s.erased.Text, "erased on 09/05/2026") || !strings.Contains(s.erased.Text, "kept") {
				t.Errorf("the erased line says %q (visible %v)", s.erased.Text, s.erased.Visible())
			}
			for name, e := range map[string]*textField{"name": s.fullName, "e-mail": s.email, "notes": s.notes, "day rate": s.dayRate, "CV": s.cv} {
				if !e.Disabled() {
					t.Errorf("the %s of an erased manager can be typed in", name)
				}
			}
			if s.headline.PlaceHolder != "" {
				t.Errorf("the empty headline of an erased manager shows %q as if it were theirs", s.headline.PlaceHolder)
			}

			// Nothing writes it: not the hidden buttons, not Save, not
			// Ctrl+S, even with text put into a field behind the lock.
			tap(u, s.activeBtn)
			test.Tap(s.personalBtn)
			u.waitIdle()
			if top := overlayTexts(u.win); top != "" {
				t.Errorf("a hidden button opened a dialog: %s", top)
			}
			s.fullName.SetText("Jan Peeters")
			s.email.SetText("jan@example.be")
			u.waitIdle()
			if !s.ed.saveBtn.Disabled() {
				t.Error("Save is enabled on an erased manager")
			}
			tap(u, s.ed.saveBtn)
			press(u, fyne.KeyS)
			after, err := svc.Managers.FindManagerByID(ctx, m.ID)
			if err != nil {
				t.Fatal(err)
			}
			if after.Rev != before.Rev || after.Name != domain.ErasedManagerName(m.ID) || after.Email != "" || after.Active {
				t.Errorf("the erased record was written: %+v", after)
			}
			if s.ed.dirty() {
				t.Error("a locked form asks to save changes")
			}

			// Another manager opens unlocked, with its buttons.
			other := otherManager(t, svc, m.ID)
			openManager(t, u, other)
			if s.fullName.Disabled() || !s.activeBtn.Visible() || !s.personalBtn.Visible() || s.erased.Visible() || s.headline.PlaceHolder == "" {
				t.Error("the next manager opened after an erased one is still locked")
			}
		})
	}
}

// otherManager is an active sample manager other than id.
func otherManager(t *testing.T, svc domain.Services, id int64) *domain.Manager {
	t.Helper()
	for _, m := range allManagers(t, svc) {
		if m.ID != id && m.Active {
			return m
		}
	}
	t.Fatal("the sample has one active manager only")
	return nil
}
