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
