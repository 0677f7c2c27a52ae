package ui

import (
	"context"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// enabledControls are the controls of the proposal form that can be used:
// every one the form holds, outside the issued versions' Open and Save
// as…, that is not disabled. The walk knows nothing of the form's fields,
// so a field added later is checked too.
func enabledControls(s *proposalsScreen) []fyne.Disableable {
	var out []fyne.Disableable
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch v := o.(type) {
		case nil:
		case *fyne.Container:
			if v == s.docs.history.root {
				return
			}
			for _, c := range v.Objects {
				walk(c)
			}
		case *widget.Form:
			for _, it := range v.Items {
				walk(it.Widget)
			}
		case *container.Scroll:
			walk(v.Content)
		case fyne.Disableable:
			if !v.Disabled() {
				out = append(out, v)
			}
		}
	}
	walk(s.pane.scroll.Content)
	return out
}

// Each status past the draft opens read-only, saying why, with the one
// action the store allows: a new version of an issued or expired
// proposal, a copy of an answered one. The other buttons are as before:
// an issued proposal is answered, not issued again; an expired one may be.
func TestProposalForm_issuedAndAnsweredOpenReadOnly(t *testing.T) {
	dw := newDocWorld(t)
	u, s := dw.u, dw.u.proposals
	tests := []struct {
		search, notice string
		status         domain.ProposalStatus
		newVersion     bool
		issue, answer  bool
	}{
		{"Direction financière ad interim", "This version is with the client and stays as issued.", domain.ProposalIssued, true, false, true},
		{"Direction des opérations", "This version expired and stays as issued.", domain.ProposalExpired, true, true, false},
		{"Interim CFO tijdens", "The client answered; this proposal stays as it is.", domain.ProposalAccepted, false, false, false},
		{"independent finance review", "The client answered; this proposal stays as it is.", domain.ProposalDeclined, false, false, false},
	}
	for _, tt := range tests {
		t.Run(string(tt.status), func(t *testing.T) {
			p := dw.open(tt.search)
			if p.Status != tt.status {
				t.Fatalf("%q is %s, the test needs %s", p.Title, p.Status, tt.status)
			}
			if on := enabledControls(s); len(on) > 0 {
				t.Errorf("%d controls of the form can be used, e.g. %T", len(on), on[0])
			}
			if !s.client.button.Disabled() || !s.manager.button.Disabled() || !s.phases.add.Disabled() || !s.language.Disabled() || !s.reverseCharge.Disabled() {
				t.Error("a picker, the phases, a drop-down or a check can be used")
			}
			title := s.titleEntry.Text
			test.Type(s.titleEntry, " (revised)")
			test.Type(s.role, "x")
			u.waitIdle()
			if s.titleEntry.Text != title || s.role.Text != p.Interim.Role {
				t.Errorf("typing changed the fields: %q, %q", s.titleEntry.Text, s.role.Text)
			}
			if !s.ed.saveBtn.Disabled() || s.ed.dirty() {
				t.Error("Save lights up on a read-only proposal")
			}
			press(u, fyne.KeyS)
			if got, _ := dw.svc.Proposals.FindProposalByID(context.Background(), p.ID); got.Rev != p.Rev || got.Status != tt.status {
				t.Errorf("Ctrl+S changed the stored proposal: %+v", got)
			}
			l := s.lock
			if !l.row.Visible() || l.notice.Text != tt.notice {
				t.Errorf("notice shown %v: %q, want %q", l.row.Visible(), l.notice.Text, tt.notice)
			}
			if l.newVersion.Visible() != tt.newVersion || l.copyNew.Visible() == tt.newVersion {
				t.Errorf("new version shown %v, copy shown %v", l.newVersion.Visible(), l.copyNew.Visible())
			}
			if s.docs.issue.Disabled() == tt.issue || s.docs.answer.Disabled() == tt.answer || s.docs.preview.Disabled() {
				t.Errorf("issue enabled %v, answer enabled %v, preview enabled %v", !s.docs.issue.Disabled(), !s.docs.answer.Disabled(), !s.docs.preview.Disabled())
			}
			for _, r := range s.docs.history.shown {
				if r.open.Disabled() || r.save.Disabled() {
					t.Errorf("version %d cannot be opened from a read-only proposal", r.v.Version)
				}
			}
		})
	}

	// A draft is the form as it always was.
	dw.open("Programmamanager")
	if s.lock.row.Visible() || s.titleEntry.Disabled() || s.client.button.Disabled() || s.phases.add.Disabled() || s.ed.readOnly {
		t.Error("a draft opened after an answered proposal stays locked")
	}
}

// "Make a new version" unlocks an issued proposal; saving makes it the
// draft of the next version, and issuing it gives version 2 while
// version 1 stays as it was.
func TestProposalForm_makeANewVersionOfAnIssuedProposal(t *testing.T) {
	dw := newDocWorld(t)
	u, w, s := dw.u, dw.w, dw.u.proposals
	p := dw.open("Direction financière ad interim")
	if p.Status != domain.ProposalIssued || p.Version != 1 {
		t.Fatalf("the test needs version 1 issued: %s version %d", p.Status, p.Version)
	}
	tap(u, s.lock.newVersion)
	if s.titleEntry.Disabled() || s.client.button.Disabled() || s.manager.button.Disabled() || s.phases.add.Disabled() || s.language.Disabled() {
		t.Fatal("the fields are still locked")
	}
	if want := "Saving makes these changes the draft of version 2; version 1 stays as issued."; s.lock.notice.Text != want || s.lock.newVersion.Visible() {
		t.Errorf("notice %q (button shown %v), want %q", s.lock.notice.Text, s.lock.newVersion.Visible(), want)
	}
	if !s.ed.saveBtn.Disabled() {
		t.Error("Save is on before anything changed")
	}
	revised := p.Title + " (revised)"
	typeText(u, s.titleEntry, revised)
	dw.saveForm()
	got, err := dw.svc.Proposals.FindProposalByID(context.Background(), p.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Status != domain.ProposalDraft || got.Version != 1 || got.Number != p.Number || got.Title != revised {
		t.Errorf("stored after the change: %s version %d %q %q", got.Status, got.Version, got.Number, got.Title)
	}
	if s.ed.readOnly || s.lock.row.Visible() || s.docs.issue.Disabled() {
		t.Errorf("the saved draft: read-only %v, notice %v, issue disabled %v", s.ed.readOnly, s.lock.row.Visible(), s.docs.issue.Disabled())
	}

	tap(u, s.docs.issue)
	tap(u, overlayButton(t, w, "Issue and open"))
	if v := dw.stored(p.ID, 2); v.Number != p.Number {
		t.Errorf("version 2 is %s", v.Number)
	}
	if v := dw.stored(p.ID, 1); v.Version != 1 {
		t.Errorf("version 1 is gone: %+v", v)
	}
	if !s.ed.readOnly || !s.lock.newVersion.Visible() || !s.titleEntry.Disabled() {
		t.Error("version 2, once issued, is not read-only")
	}
}

// An accepted proposal is copied into a new draft with the same content,
// opened ready to save; saving it makes a second proposal and leaves the
// accepted one as the client answered it.
func TestProposalForm_copyAnAnsweredProposalIntoANewOne(t *testing.T) {
	dw := newDocWorld(t)
	u, s := dw.u, dw.u.proposals
	ctx := context.Background()
	p := dw.open("Interim CFO tijdens")
	if p.Status != domain.ProposalAccepted {
		t.Fatalf("the test needs an accepted proposal, not %s", p.Status)
	}
	_, before, err := dw.svc.Proposals.FindProposals(ctx, domain.ProposalFilter{Page: domain.Page{Limit: 100}})
	if err != nil {
		t.Fatal(err)
	}
	clientText, managerText := s.client.button.Text, s.manager.button.Text

	tap(u, s.lock.copyNew)
	c := s.loaded
	if c.ID != 0 || c.Number != "" || c.Version != 0 || c.Status != domain.ProposalDraft || !c.StatusDate.IsZero() {
		t.Errorf("the copy is %+v", c)
	}
	if s.number.Text != "Draft" || s.status.Text != "New; not saved yet" || s.pane.heading.Text != "New proposal" {
		t.Errorf("the form shows %q, %q, %q", s.number.Text, s.status.Text, s.pane.heading.Text)
	}
	if s.titleEntry.Text != p.Title || s.client.id != p.ClientID || s.manager.id != p.Interim.ManagerID ||
		s.client.button.Text != clientText || s.manager.button.Text != managerText || s.role.Text != p.Interim.Role {
		t.Errorf("the copy lost content: %q, client %d %q, manager %d %q", s.titleEntry.Text, s.client.id, s.client.button.Text, s.manager.id, s.manager.button.Text)
	}
	f, err := dw.svc.Firm.Firm(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if s.validity.Text != formatIntInput(f.ProposalValidityDays, false) {
		t.Errorf("validity %q, want the firm's %d days", s.validity.Text, f.ProposalValidityDays)
	}
	if s.ed.readOnly || s.lock.row.Visible() || s.titleEntry.Disabled() || s.client.button.Disabled() {
		t.Error("the copy is locked")
	}
	if s.ed.saveBtn.Disabled() || !s.ed.dirty() {
		t.Fatalf("the copy is not ready to save: %q", s.ed.message.Text)
	}
	dw.saveForm()

	all, after, err := dw.svc.Proposals.FindProposals(ctx, domain.ProposalFilter{Page: domain.Page{Limit: 100}})
	if err != nil {
		t.Fatal(err)
	}
	if after != before+1 || s.loaded.ID == 0 || s.loaded.ID == p.ID {
		t.Fatalf("%d proposals before, %d after; the form holds %d", before, after, s.loaded.ID)
	}
	for _, q := range all {
		if q.ID == s.loaded.ID && (q.Status != domain.ProposalDraft || q.Number != "" || q.Title != p.Title || q.ClientID != p.ClientID) {
			t.Errorf("the saved copy is %+v", q)
		}
	}
	if got, _ := dw.svc.Proposals.FindProposalByID(ctx, p.ID); got.Status != domain.ProposalAccepted || got.Rev != p.Rev {
		t.Errorf("the accepted proposal changed: %s rev %d", got.Status, got.Rev)
	}
}

// The notice and its buttons are in the screen's language.
func TestProposalForm_readOnlyNoticeTranslated(t *testing.T) {
	for _, tt := range []struct {
		l                             domain.Lang
		issued, newVersion, copyIntoN string
	}{
		{domain.LangNL, "Deze versie ligt bij de klant en blijft zoals uitgebracht.", "Nieuwe versie maken", "Kopiëren naar een nieuw voorstel"},
		{domain.LangFR, "Cette version est chez le client et reste telle qu'émise.", "Créer une nouvelle version", "Copier dans une nouvelle proposition"},
	} {
		t.Run(string(tt.l), func(t *testing.T) {
			u, _ := demoWindowIn(t, tt.l, fyne.NewSize(1366, 768))
			s := u.proposals
			press(u, fyne.Key3)
			typeText(u, s.list.search, "Direction financière ad interim")
			s.list.selectRow(0)
			u.waitIdle()
			if s.lock.notice.Text != tt.issued || s.lock.newVersion.Text != tt.newVersion || s.lock.copyNew.Text != tt.copyIntoN {
				t.Errorf("notice %q, buttons %q and %q", s.lock.notice.Text, s.lock.newVersion.Text, s.lock.copyNew.Text)
			}
		})
	}
}
