package ui

import (
	"context"
)

// pageSize is how many rows one query fetches.
const pageSize = 100

// maxCachedPages bounds the memory of a list: scrolling through 10,000 rows
// keeps at most this many pages and fetches the others again when needed.
// Six pages are 40 screens of rows; twenty held 2,000 managers with their
// CVs, 2.7 MB of the desktop's heap after a scroll through the roster.
const maxCachedPages = 6

// fetchFunc prepares the query for one page of a list on the UI goroutine,
// where it may read the filter widgets, and returns the query itself, which
// runs in the background and returns the page and the number of matches.
type fetchFunc[T any] func(offset, limit int) func(ctx context.Context) ([]T, int, error)

// maxWantedPages is how many asked-for pages wait for their turn. Dragging
// the scrollbar through 100,000 rows asks for a page at every step; only the
// last few are still on screen when their turn comes.
const maxWantedPages = 3

// pager feeds a virtual list from the store one page at a time. The list
// asks for row i; if its page is not cached the pager fetches it in the
// background and refreshes the list when it arrives. One page is fetched
// at a time, the most recently asked first: a page scrolled past is never
// fetched, and a fast scroll does not open a database connection a step
// (each with its own page cache, which is how the desktop once grew by
// 100 MB on a long scroll). It is used on the UI goroutine only.
type pager[T any] struct {
	work *worker
	// showError says why a page could not be read.
	showError func(error)
	fetch     fetchFunc[T]
	// changed redraws the list after a page arrived or the count changed.
	changed func()
	// loaded, if set, runs after each page has been applied.
	loaded func()

	// gen is raised by every reset, so that a page of an old search that
	// arrives late is dropped instead of overwriting the new results.
	gen   int
	total listCount
	// cutFor, if set, is asked with each page's query, on the UI
	// goroutine, how to read its total: for a search of the roster,
	// counted only as far as the page needs (domain.MoreThan).
	cutFor  func() func(total, end int) (n int, more bool)
	pages   map[int][]T
	pending map[int]bool
	order   []int // page numbers, oldest fetch first, for eviction
	// wanted are the pages asked for and not yet fetched, the most recent
	// last; fetching is whether a page of this generation is on its way.
	wanted   []int
	fetching bool
}

func newPager[T any](work *worker, showError func(error), fetch fetchFunc[T], changed func()) *pager[T] {
	p := &pager[T]{work: work, showError: showError, fetch: fetch, changed: changed}
	p.clear()
	return p
}

func (p *pager[T]) clear() {
	p.pages = map[int][]T{}
	p.pending = map[int]bool{}
	p.order = nil
	p.wanted = nil
	p.fetching = false
}

// reset forgets everything and fetches the first page with the current
// filter. The count stays as it was until the new one arrives, so the list
// does not flash empty between keystrokes.
func (p *pager[T]) reset() {
	p.gen++
	p.clear()
	p.total.known = false
	p.request(0)
}

// count is the number of rows the list shows.
func (p *pager[T]) count() int { return p.total.n }

// item returns row i if its page is cached; otherwise it starts fetching
// that page and reports false, and the list shows a placeholder.
func (p *pager[T]) item(i int) (T, bool) {
	var zero T
	if i < 0 {
		return zero, false
	}
	n := i / pageSize
	if page, ok := p.pages[n]; ok {
		if j := i - n*pageSize; j < len(page) {
			return page[j], true
		}
		return zero, false
	}
	p.request(n)
	return zero, false
}

// request asks for page n unless it is already on its way: it waits for
// its turn behind the page being fetched, and the oldest waiting page is
// forgotten when more than maxWantedPages wait (the list asks again for a
// page it still shows, after the next page arrives).
func (p *pager[T]) request(n int) {
	if p.pending[n] {
		return
	}
	p.pending[n] = true
	p.wanted = append(p.wanted, n)
	if len(p.wanted) > maxWantedPages {
		delete(p.pending, p.wanted[0])
		p.wanted = p.wanted[1:]
	}
	p.next()
}

// next fetches the most recently asked page, when none is on its way.
func (p *pager[T]) next() {
	if p.fetching || len(p.wanted) == 0 {
		return
	}
	n := p.wanted[len(p.wanted)-1]
	p.wanted = p.wanted[:len(p.wanted)-1]
	p.fetching = true
	gen := p.gen
	run := p.fetch(n*pageSize, pageSize)
	var cut func(total, end int) (int, bool)
	if p.cutFor != nil {
		cut = p.cutFor()
	}
	p.work.background(func(ctx context.Context) func() {
		items, total, err := run(ctx)
		return func() {
			if gen != p.gen {
				return // a newer search has started; this page is stale
			}
			p.fetching = false
			delete(p.pending, n)
			defer p.next()
			if err != nil {
				p.showError(err)
				return
			}
			p.store(n, items)
			p.setTotal(total, (n+1)*pageSize, cut)
			if p.changed != nil {
				p.changed()
			}
			if p.loaded != nil {
				p.loaded()
			}
		}
	})
}

// setTotal takes the total a page ending at end came with, read by cut
// when its query counted only so far.
func (p *pager[T]) setTotal(total, end int, cut func(total, end int) (int, bool)) {
	more := false
	if cut != nil {
		total, more = cut(total, end)
	}
	p.total.take(total, more)
}

// store caches page n, evicting the oldest page when the cache is full.
func (p *pager[T]) store(n int, items []T) {
	if _, ok := p.pages[n]; !ok {
		p.order = append(p.order, n)
	}
	p.pages[n] = items
	for len(p.order) > maxCachedPages {
		delete(p.pages, p.order[0])
		p.order = p.order[1:]
	}
}

// find returns the index of the first cached row that matches, or -1.
func (p *pager[T]) find(match func(T) bool) int {
	for n, page := range p.pages {
		for j, it := range page {
			if match(it) {
				return n*pageSize + j
			}
		}
	}
	return -1
}
