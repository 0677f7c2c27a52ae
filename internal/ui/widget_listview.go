package ui

import (
	"context"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// column is one column of a list: its header, its share of the width, how a
// row shows in it and, if the store can sort by it, the sort key.
type column[T any] struct {
	title  string
	weight float32 // share of the width left over by fixed columns
	width  float32 // a fixed width, for short values such as a country
	// fit are the values a short column must show whole in the screen
	// language; its width is then measured (column_fit.go).
	fit   []string
	value func(T) string
	// detail, if set, is a second, quieter line under the value, such as a
	// manager's headline under the name: a narrow list then still shows
	// both whole instead of two truncated columns.
	detail func(T) string
	sort   string // "" when the column is not sortable
}

// queryFunc prepares, on the UI goroutine, the query for one page of rows
// matching the search text in the given order; the returned function runs
// in the background.
type queryFunc[T any] func(search, sort string, offset, limit int) func(ctx context.Context) ([]T, int, error)

// listView is the searchable, sortable, paged list on the left of every
// list/detail screen. The list widget is virtual (it only builds the rows
// in view) and the pager fetches 100 rows at a time, so 10,000 rows scroll
// as smoothly as ten.
type listView[T any] struct {
	parts    widgetParts
	name     string // the screen's name, for the remembered search
	cols     []column[T]
	query    queryFunc[T]
	idOf     func(T) int64
	countFmt func(n int) string
	// moreFmt, when set, words a count that stopped short: "more than n"
	// (countsUpTo).
	moreFmt func(n int) string

	search  *textField
	newBtn  *widget.Button // beside the search: the screen's Ctrl+N
	count   *widget.Label
	list    *widget.List
	header  *fyne.Container
	sortBtn map[string]*widget.Button
	pager   *pager[T]

	sort       string
	selectedID int64
	// onSelect runs when the user picks a row and the previous record has
	// been dealt with (saved or discarded).
	onSelect func(T)
	// guardLeave asks about the form's unsaved changes before onSelect;
	// pickers in dialogs have no form behind them and leave it off.
	guardLeave bool
	// quiet suppresses onSelect while the list selects a row by itself.
	quiet    bool
	debounce debouncer
	// onRefreshed, when set, runs after each page arrived: for a footer
	// that sums more than the page.
	onRefreshed func()
	// searchSort, when set, is the order while searching ("relevance"),
	// until the person clicks a column; userSorted says they did.
	searchSort string
	userSorted bool
}

func newListView[T any](parts widgetParts, name string, cols []column[T], defaultSort string,
	query queryFunc[T], idOf func(T) int64, countFmt func(int) string) *listView[T] {
	lv := &listView[T]{
		parts: parts, name: name, cols: cols, query: query, idOf: idOf, countFmt: countFmt,
		sort: defaultSort, sortBtn: map[string]*widget.Button{},
		debounce: debouncer{work: parts.work}, guardLeave: true,
	}
	lv.pager = newPager[T](parts.work, parts.showError, func(offset, limit int) func(ctx context.Context) ([]T, int, error) {
		search := strings.TrimSpace(lv.search.Text)
		return lv.query(search, lv.sortFor(search), offset, limit)
	}, lv.refreshed)
	lv.build()
	return lv
}

func (lv *listView[T]) build() {
	lv.search = newTextField()
	lv.search.SetPlaceHolder(lang.L("Search"))
	lv.search.ActionItem = widget.NewIcon(theme.SearchIcon())
	lv.search.SetText(lv.parts.prefs.String(lv.parts.dbPref(prefSearchPrefix + lv.name)))
	lv.search.OnChanged = func(s string) {
		if strings.TrimSpace(s) == "" && lv.userSorted {
			// The next search starts best match first again.
			lv.userSorted = false
		}
		lv.showSort()
		lv.parts.prefs.SetString(lv.parts.dbPref(prefSearchPrefix+lv.name), s)
		lv.debounce.trigger(lv.reload)
	}
	lv.count = widget.NewLabel("")
	asHint(lv.count)

	weights := make([]float32, len(lv.cols))
	widths := make([]float32, len(lv.cols))
	var heads []fyne.CanvasObject
	for i, c := range lv.cols {
		weights[i], widths[i] = c.weight, c.width
		if c.width > 0 || len(c.fit) > 0 {
			widths[i] = fitWidth(c)
		}
		if c.sort == "" {
			l := widget.NewLabel(c.title)
			l.TextStyle = fyne.TextStyle{Bold: true}
			l.Truncation = fyne.TextTruncateEllipsis
			heads = append(heads, l)
			continue
		}
		c := c
		b := widget.NewButton(c.title, func() { lv.toggleSort(c.sort) })
		b.Alignment = widget.ButtonAlignLeading
		b.IconPlacement = widget.ButtonIconTrailingText
		b.Importance = widget.LowImportance
		lv.sortBtn[c.sort] = b
		heads = append(heads, b)
	}
	lv.header = container.New(&columnsLayout{weights: weights, widths: widths}, heads...)
	lv.showSort()

	lv.list = widget.NewList(lv.pager.count, func() fyne.CanvasObject {
		cells := make([]fyne.CanvasObject, len(lv.cols))
		for i, c := range lv.cols {
			if c.detail != nil {
				cells[i] = newTwoLineCell()
				continue
			}
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			cells[i] = l
		}
		return container.New(&columnsLayout{weights: weights, widths: widths}, cells...)
	}, func(id widget.ListItemID, o fyne.CanvasObject) {
		cells := o.(*fyne.Container).Objects
		it, ok := lv.pager.item(id)
		for i, c := range lv.cols {
			text, detail := "", ""
			if ok {
				text = c.value(it)
				if c.detail != nil {
					detail = c.detail(it)
				}
			} else if i == 0 {
				text = "…"
			}
			switch cell := cells[i].(type) {
			case *widget.Label:
				cell.SetText(text)
			case *widget.RichText:
				setTwoLineCell(cell, text, detail)
			}
		}
	})
	lv.list.OnSelected = lv.selected
}

// content is the search field with a New button beside it, the count, the
// header and the list. onNew is the screen's Ctrl+N: the button says the
// shortcut exists, for those who never open a menu.
func (lv *listView[T]) content(filters fyne.CanvasObject, onNew func()) fyne.CanvasObject {
	var top *fyne.Container
	if onNew == nil { // a picker chooses among what exists
		top = container.NewVBox(lv.search)
	} else {
		lv.newBtn = widget.NewButtonWithIcon(lang.L("New"), theme.ContentAddIcon(), func() { lv.parts.leaveThen(onNew) })
		top = container.NewVBox(container.NewBorder(nil, nil, nil, lv.newBtn, lv.search))
	}
	if filters != nil {
		top.Add(filters)
	}
	top.Add(lv.count)
	top.Add(lv.header)
	return container.NewBorder(top, nil, nil, nil, lv.list)
}

// countsUpTo says the query counts a search's matches only as far as
// domain.ManagerCountLimit, as FindManagers does; moreFmt words the count
// then: "more than 1,000 managers".
func (lv *listView[T]) countsUpTo(moreFmt func(n int) string) {
	lv.pager.cutFor = func() func(total, end int) (int, bool) {
		q := lv.search.Text
		return func(total, end int) (int, bool) { return domain.MoreThan(q, total, end) }
	}
	lv.moreFmt = moreFmt
}

// reload runs the query again from the first page.
func (lv *listView[T]) reload() { lv.pager.reset() }

// refreshed runs when a page arrived.
func (lv *listView[T]) refreshed() {
	if lv.pager.total.more && lv.moreFmt != nil {
		lv.count.SetText(lv.moreFmt(lv.pager.count()))
	} else {
		lv.count.SetText(lv.countFmt(lv.pager.count()))
	}
	lv.list.Refresh()
	lv.reselect()
	if lv.onRefreshed != nil {
		lv.onRefreshed()
	}
}

// reselect highlights the row of the record in the form, if it is loaded,
// without selecting it again.
func (lv *listView[T]) reselect() {
	row := -1
	if lv.selectedID != 0 {
		row = lv.pager.find(func(it T) bool { return lv.idOf(it) == lv.selectedID })
	}
	lv.quiet = true
	defer func() { lv.quiet = false }()
	if row >= 0 {
		lv.list.Select(row)
	} else {
		lv.list.UnselectAll()
	}
}

// selected handles a tap on a row: the form's unsaved changes are dealt
// with first, and if the user stays the highlight goes back.
func (lv *listView[T]) selected(id widget.ListItemID) {
	if lv.quiet {
		return
	}
	it, ok := lv.pager.item(id)
	if !ok {
		return
	}
	if lv.idOf(it) == lv.selectedID {
		return
	}
	pick := func() {
		lv.selectedID = lv.idOf(it)
		lv.onSelect(it)
		lv.reselect()
	}
	if !lv.guardLeave {
		pick()
		return
	}
	lv.parts.leaveThen(pick)
	// If leaveThen is asking, the highlight stays on the record in the
	// form until the user decided.
	lv.reselect()
}

// selectRow selects row i as a user would; for tests and keyboard users.
func (lv *listView[T]) selectRow(i int) { lv.list.Select(i) }

// clearSelection forgets the selected record (after Ctrl+N).
func (lv *listView[T]) clearSelection() {
	lv.selectedID = 0
	lv.reselect()
}

// sortFor is the order of the list for a search: the best match first
// while searching, if the list has such an order and the person did not
// click a column; else the column's.
func (lv *listView[T]) sortFor(search string) string {
	if lv.searchSort != "" && search != "" && !lv.userSorted {
		return lv.searchSort
	}
	return lv.sort
}

// toggleSort sorts by key, or reverses the order when already sorted by it.
// While the list shows the best matches first, a click sorts by the column.
func (lv *listView[T]) toggleSort(key string) {
	if lv.sortFor(strings.TrimSpace(lv.search.Text)) != lv.sort {
		lv.userSorted = true
		lv.sort = key
	} else if lv.sort == key {
		lv.sort = "-" + key
	} else {
		lv.sort = key
	}
	lv.showSort()
	lv.reload()
}

// showSort puts an arrow after the header the list is sorted by. The arrow
// is the theme's icon, not a ▲ or ▼ character: Fyne's font has no such
// glyph and would draw a box.
func (lv *listView[T]) showSort() {
	sort := lv.sort
	if lv.search != nil {
		sort = lv.sortFor(strings.TrimSpace(lv.search.Text))
	}
	for _, c := range lv.cols {
		b := lv.sortBtn[c.sort]
		if b == nil {
			continue
		}
		switch sort {
		case c.sort:
			b.SetIcon(theme.MenuDropUpIcon())
		case "-" + c.sort:
			b.SetIcon(theme.MenuDropDownIcon())
		default:
			b.SetIcon(nil)
		}
	}
}

// columnsLayout places its objects side by side: fixed columns get their
// width, the others share the rest by weight. The header and the rows use
// the same layout, so they line up.
type columnsLayout struct {
	weights []float32
	widths  []float32 // 0: by weight; may be nil
}

func (l *columnsLayout) fixed(i int) float32 {
	if i < len(l.widths) {
		return l.widths[i]
	}
	return 0
}

func (l *columnsLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	var total, fixed float32
	for i, w := range l.weights {
		if f := l.fixed(i); f > 0 {
			fixed += f
		} else {
			total += w
		}
	}
	rest := size.Width - fixed
	if rest < 0 {
		rest = 0
	}
	x := float32(0)
	for i, o := range objs {
		w := l.fixed(i)
		if w == 0 && total > 0 {
			w = rest * l.weights[i] / total
		}
		o.Move(fyne.NewPos(x, 0))
		o.Resize(fyne.NewSize(w, size.Height))
		x += w
	}
}

func (l *columnsLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var h, w float32
	for i, o := range objs {
		m := o.MinSize()
		if m.Height > h {
			h = m.Height
		}
		if f := l.fixed(i); f > 0 {
			w += f
		} else {
			w += 40 // truncated labels may shrink; keep each column visible
		}
	}
	return fyne.NewSize(w, h)
}

// newTwoLineCell is a list cell with a value over a smaller, grey detail.
func newTwoLineCell() *widget.RichText {
	rt := widget.NewRichText(
		&widget.TextSegment{Style: widget.RichTextStyleParagraph},
		&widget.TextSegment{Style: widget.RichTextStyle{
			ColorName: theme.ColorNamePlaceHolder,
			SizeName:  theme.SizeNameCaptionText,
		}},
	)
	rt.Truncation = fyne.TextTruncateEllipsis
	return rt
}

func setTwoLineCell(rt *widget.RichText, value, detail string) {
	rt.Segments[0].(*widget.TextSegment).Text = value
	rt.Segments[1].(*widget.TextSegment).Text = detail
	rt.Refresh()
}
