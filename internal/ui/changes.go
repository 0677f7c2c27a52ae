package ui

// recordKind names what a recordChanged is about.
type recordKind int

const (
	clientRecord recordKind = iota + 1
	managerRecord
	proposalRecord
	engagementRecord
)

// recordChanged says that a record changed in the store: saved, imported,
// erased, or moved a step. ID 0 means "some records of this kind".
type recordChanged struct {
	kind recordKind
	id   int64
}

// Publishers that are not screens.
const (
	fromImport  = "import"
	fromPrivacy = "privacy"
)

// changes is the window's "record changed" broadcast. A screen tells it
// what it changed; the screens that show something of that record listen
// and refresh themselves, so no screen reaches into another's caches. It
// is used on the UI goroutine only.
type changes struct {
	subs []subscription
}

type subscription struct {
	// from is the listener's own name: it is not told what it published.
	from string
	fn   func(recordChanged)
}

// subscribe calls fn for every change published by anyone but from.
func (c *changes) subscribe(from string, fn func(recordChanged)) {
	c.subs = append(c.subs, subscription{from: from, fn: fn})
}

// publish tells every listener but from's own.
func (c *changes) publish(from string, ch recordChanged) {
	for _, s := range c.subs {
		if s.from != from {
			s.fn(ch)
		}
	}
}

// reset forgets every listener: the window rebuilds its screens when the
// screen language changes.
func (c *changes) reset() { c.subs = nil }
