package ui

import (
	"context"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// picker chooses one record among thousands: a button shows the current
// choice, and tapping it opens a dialog with a search field and a paged
// list, so nothing ever loads the whole table into a drop-down.
type picker[T any] struct {
	parts  widgetParts
	title  string
	button *widget.Button
	clear  *widget.Button
	box    *fyne.Container

	cols  []column[T]
	query queryFunc[T]
	idOf  func(T) int64
	label func(T) string

	id   int64
	text string
	// onPick runs after the user chose a record (or cleared the choice).
	onPick func(it T, ok bool)

	dialog *dialog.CustomDialog
	list   *listView[T] // the list of the open dialog
	// moreFmt, when set, words a count that stopped short (countsUpTo).
	moreFmt func(n int) string
}

func newPicker[T any](parts widgetParts, title, empty string, cols []column[T], query queryFunc[T],
	idOf func(T) int64, label func(T) string) *picker[T] {
	p := &picker[T]{parts: parts, title: title, cols: cols, query: query, idOf: idOf, label: label}
	p.button = widget.NewButtonWithIcon(empty, theme.SearchIcon(), p.open)
	p.button.Alignment = widget.ButtonAlignLeading
	p.clear = widget.NewButtonWithIcon("", theme.ContentClearIcon(), func() {
		var zero T
		p.set(0, "")
		if p.onPick != nil {
			p.onPick(zero, false)
		}
	})
	p.clear.Importance = widget.LowImportance
	p.box = container.NewBorder(nil, nil, nil, p.clear, p.button)
	p.set(0, "")
	return p
}

// set shows a choice without it counting as the user's.
func (p *picker[T]) set(id int64, text string) {
	p.id, p.text = id, text
	if id == 0 {
		p.button.SetText(lang.L("Choose…"))
		p.clear.Hide()
	} else {
		p.button.SetText(text)
		p.clear.Show()
	}
	// The border layout places the clear button only when laid out again.
	p.box.Refresh()
}

// value is the choice, for dirty tracking.
func (p *picker[T]) value() string { return strconv.FormatInt(p.id, 10) }

// newList is the list of the picker's dialog: the search, the count of
// what it found and the rows.
func (p *picker[T]) newList() *listView[T] {
	lv := newListView(p.parts, "", p.cols, "name", p.query, p.idOf,
		func(n int) string { return lang.L("{{.Count}} found", map[string]any{"Count": formatCount(n)}) })
	lv.guardLeave = false
	if p.moreFmt != nil {
		lv.countsUpTo(p.moreFmt)
	}
	return lv
}

// open shows the search dialog.
func (p *picker[T]) open() {
	lv := p.newList()
	lv.search.OnChanged = func(string) { lv.debounce.trigger(lv.reload) }
	lv.search.SetText("")
	// Enter takes the first match, so the keyboard alone can pick.
	lv.search.OnSubmitted = func(string) {
		if lv.pager.count() > 0 {
			lv.selectRow(0)
		}
	}
	lv.onSelect = func(it T) {
		p.dialog.Hide()
		p.set(p.idOf(it), p.label(it))
		if p.onPick != nil {
			p.onPick(it, true)
		}
	}
	p.list = lv
	content := lv.content(nil, nil)
	p.dialog = dialog.NewCustom(p.title, cancelText(), content, p.parts.win)
	p.dialog.Resize(fyne.NewSize(640, 480))
	p.dialog.Show()
	p.parts.win.Canvas().Focus(lv.search)
	lv.reload()
}

// newClientPicker chooses a client by name, VAT number or city.
func newClientPicker(parts widgetParts, clients domain.ClientService) *picker[*domain.Client] {
	cols := []column[*domain.Client]{
		{title: lang.L("Name"), weight: 3, value: func(c *domain.Client) string { return c.DisplayName() }},
		{title: lang.L("VAT number"), weight: 2, value: func(c *domain.Client) string { return c.VATID }},
		{title: lang.L("City"), weight: 2, value: func(c *domain.Client) string { return c.Address.City }},
	}
	query := func(search, sort string, offset, limit int) func(context.Context) ([]*domain.Client, int, error) {
		f := domain.ClientFilter{Query: search, Sort: sort, Page: domain.Page{Offset: offset, Limit: limit}}
		return func(ctx context.Context) ([]*domain.Client, int, error) { return clients.FindClients(ctx, f) }
	}
	return newPicker(parts, lang.L("Choose the client"), lang.L("Choose…"), cols, query,
		func(c *domain.Client) int64 { return c.ID }, func(c *domain.Client) string { return c.DisplayName() })
}

// newManagerPicker chooses an active manager from the roster.
func newManagerPicker(parts widgetParts, managers domain.ManagerService) *picker[*domain.Manager] {
	cols := []column[*domain.Manager]{
		{title: lang.L("Name"), weight: 3, value: func(m *domain.Manager) string { return m.Name }},
		{title: lang.L("Headline"), weight: 3, value: func(m *domain.Manager) string { return m.Headline }},
		{title: lang.L("Status"), weight: 3, value: func(m *domain.Manager) string { return managerStatusText(m.Status) }},
	}
	query := func(search, sort string, offset, limit int) func(context.Context) ([]*domain.Manager, int, error) {
		f := domain.ManagerFilter{Query: search, Sort: sort, Page: domain.Page{Offset: offset, Limit: limit}}
		return func(ctx context.Context) ([]*domain.Manager, int, error) {
			return managers.FindManagers(ctx, f)
		}
	}
	p := newPicker(parts, lang.L("Choose the manager"), lang.L("Choose…"), cols, query,
		func(m *domain.Manager) int64 { return m.ID }, func(m *domain.Manager) string { return m.Name })
	p.moreFmt = func(n int) string {
		return lang.L("more than {{.Count}} found", map[string]any{"Count": formatCount(n)})
	}
	return p
}
