package ui

// listCount is the number of rows a list shows. A search of the roster
// counts only as far as its page needs (domain.MoreThan): then more is
// set, n is a floor, and a page further down counts further. Going back
// up must not shorten the list, so a floor is only ever raised, until the
// list starts again (known false) or a page finds the end.
type listCount struct {
	n     int
	more  bool
	known bool // a count was taken since the list started again
}

// take is the count a page came with.
func (c *listCount) take(n int, more bool) {
	if !more || !c.known || n > c.n {
		c.n, c.more = n, more
	}
	c.known = true
}
