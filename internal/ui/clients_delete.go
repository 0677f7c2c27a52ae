package ui

import (
	"context"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// A client nothing refers to (added by mistake, or twice) can be deleted;
// one that proposals or engagements name is refused by the store with a
// sentence that says to archive it, as before.

func (s *clientsScreen) newDeleteButton() *widget.Button {
	b := widget.NewButtonWithIcon(lang.L("Delete…"), theme.DeleteIcon(), s.deleteClient)
	b.Importance = widget.DangerImportance
	return b
}

// deleteClient asks, then deletes the client shown and closes its form.
func (s *clientsScreen) deleteClient() {
	c := s.loaded
	if c == nil || c.ID == 0 {
		return
	}
	ask := &question{lang.L("Delete client"),
		lang.L("Delete {{.Name}}? This cannot be undone. A client that proposals or engagements name cannot be deleted; archive it instead.",
			map[string]any{"Name": c.DisplayName()}),
		lang.L("Delete")}
	setFlag(s.parts, ask, func(ctx context.Context) error {
		return s.clients.DeleteClient(ctx, c.ID)
	}, func() {
		s.loaded = nil
		s.list.clearSelection()
		s.pane.close()
		s.list.reload()
		s.changes.publish(screenClients, recordChanged{clientRecord, c.ID})
	})
}
