package ui

import (
	"strings"
	"testing"
)

// The engagements list names a consulting assignment after itself under
// the client, where a mandate shows its manager.
func TestEngagementList_consultingShowsItsOwnName(t *testing.T) {
	ew := newEngWorld(t, engOptions{})
	rows := listTexts(ew.u.engagements.list, 20)
	var consulting, cfo string
	for _, r := range rows {
		switch {
		case strings.Contains(r, "| Consulting |"):
			consulting = r
		case strings.Contains(r, "Gérard Van den Bossche"):
			cfo = r
		}
	}
	if !strings.HasPrefix(consulting, "ISV / Doorlichting afvaldienst |") {
		t.Errorf("the consulting row reads %q; rows: %q", consulting, rows)
	}
	if !strings.HasPrefix(cfo, "Vandewalle Plastics / Gérard Van den Bossche |") {
		t.Errorf("the mandate's row reads %q", cfo)
	}
}
