package ui

import (
	"github.com/interimdesk/interimdesk/internal/domain"
)

// Two windows, or the desktop and the command line, may edit one database.
// Every record carries a revision; a save based on an older one is refused
// by the store with ECONFLICT, and the form then offers Reload (editor.go)
// instead of overwriting what the other side saved.

// isStale reports whether err is the store's refusal of a record changed
// elsewhere since it was read, or one that can no longer change (a proposal
// accepted meanwhile): reading it again shows why. A conflict about a field
// (a VAT number or e-mail address another record has) is not: reloading
// would only throw the edits away, and the sentence names what to change.
func isStale(err error) bool {
	return domain.ErrorCode(err) == domain.ECONFLICT && domain.ErrorField(err) == ""
}

// canReopen reports whether the form of ed shows a stored record that
// reopenRecord can read again. A new record was never stored: there is
// nothing to reload.
func (u *App) canReopen(ed *editor) bool {
	return u.reopener(ed) != nil
}

// reopenRecord reads the record of ed's form again from the store and shows
// it, as if it had just been chosen; the edits in the form are dropped. The
// list beside it is read again too: its row may be as outdated as the form.
func (u *App) reopenRecord(ed *editor) {
	if open := u.reopener(ed); open != nil {
		open()
	}
}

// reopener is how the screen that owns ed opens its record again, or nil.
func (u *App) reopener(ed *editor) func() {
	switch {
	case u.managers != nil && ed == u.managers.ed:
		if m := u.managers.loaded; m != nil && m.ID != 0 {
			return func() { u.managers.open(m.ID); u.managers.list.reload() }
		}
	case u.clients != nil && ed == u.clients.ed:
		if c := u.clients.loaded; c != nil && c.ID != 0 {
			return func() { u.clients.open(c.ID); u.clients.list.reload() }
		}
	case u.proposals != nil && ed == u.proposals.ed:
		if p := u.proposals.loaded; p != nil && p.ID != 0 {
			return func() { u.proposals.open(p.ID); u.proposals.list.reload() }
		}
	case u.engagements != nil && ed == u.engagements.ed:
		if e := u.engagements.loaded; e != nil && e.ID != 0 {
			return func() { u.engagements.open(e.ID); u.engagements.list.reload() }
		}
	case u.firm != nil && ed == u.firm.ed:
		// One firm: a profile set up elsewhere meanwhile is the one to show.
		return u.firm.reload
	}
	return nil
}
