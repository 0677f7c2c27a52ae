package domain

// A search of a word a third of a 100,000-manager roster has spends most
// of its time counting the 30,000 matches, which nobody reads: they type
// another word. So a search counts its matches up to the next thousand
// past the page it shows, and the list says "more than 1,000"; a person
// who scrolls on is counted further. The roster without words is counted
// whole, since its size is worth knowing and costs an index's count.

// ManagerCountLimit is how far FindManagers counts the matches of a search
// whose page ends at end (its offset plus its limit): the next thousand
// past end. It is at least 1,000.
func ManagerCountLimit(end int) int { return (max(end, 0)/1000 + 1) * 1000 }

// MoreThan reads the total FindManagers returned for a search of query
// whose page ends at end: more is true when the matches were not all
// counted, and n is then the number there are more than; otherwise n is
// the total. Without words to search for (SearchWords) every total is
// exact.
func MoreThan(query string, total, end int) (n int, more bool) {
	if limit := ManagerCountLimit(end); total > limit && SearchWords(query) != nil {
		return limit, true
	}
	return total, false
}
