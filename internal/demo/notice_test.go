package demo_test

import (
	"strings"
	"testing"
)

// The notice is said once, by the proposal's notice field, which the
// document prints and the contract carries: no sample restates it in its
// extra terms, where it could disagree.
func TestSampleNoticeIsSaidOnce(t *testing.T) {
	all := readAll(t, storeServices(loadDemo(t)))
	for _, p := range all.Proposals {
		terms := strings.ToLower(p.Terms)
		for _, w := range []string{"opzeg", "notice", "préavis"} {
			if strings.Contains(terms, w) {
				t.Errorf("proposal %q restates the notice in its terms: %q", p.Title, p.Terms)
			}
		}
		for _, e := range all.Engagements {
			if e.ProposalID == p.ID && e.NoticeDays != p.Notice() {
				t.Errorf("the engagement of %q has %d days' notice; the proposal promised %d", p.Title, e.NoticeDays, p.Notice())
			}
		}
	}
}
