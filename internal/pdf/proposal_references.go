package pdf

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// references prints the manager's recent mandates the proposal chose, in
// the manager profile after the CV: one short entry each, the client and
// the role, the period, the outcome and who vouches for it. The entries
// carry no rate or fee (domain.MandateReference has none): the client
// reads this document.
func (p *proposal) references() {
	refs := p.d.References
	if len(refs) == 0 {
		return
	}
	t := p.t
	p.Subheading(t.RecentMandates)
	items := make([]string, 0, len(refs))
	for _, r := range refs {
		items = append(items, t.mandate(r))
	}
	p.Bullets(items)
}

// mandate writes one entry: "Brouwerij Zenne – CFO a.i. (6 January 2024 –
// 30 September 2024). Refinanced the group. Reference: Jan Peeters, CEO".
func (t *texts) mandate(r domain.MandateReference) string {
	head := strings.Join(nonEmpty(r.Client, r.Role), " – ")
	if period := t.period(r.Start, r.End); period != "" {
		head += " (" + period + ")"
	}
	parts := []string{head}
	if o := strings.TrimSpace(r.Outcome); o != "" {
		parts = append(parts, o)
	}
	if ref := strings.TrimSpace(r.Reference); ref != "" {
		parts = append(parts, fmt.Sprintf(t.MandateReference, ref))
	}
	var b strings.Builder
	for i, s := range parts {
		b.WriteString(s)
		if i < len(parts)-1 {
			if !endsSentence(s) {
				b.WriteString(".")
			}
			b.WriteString(" ")
		}
	}
	return b.String()
}

// period writes a mandate's dates in the document's language: "from –
// to", or "since from" while it has no end.
func (t *texts) period(from, to domain.Date) string {
	switch {
	case from.IsZero():
		return ""
	case to.IsZero():
		return fmt.Sprintf(t.MandateSince, t.date(from))
	}
	return t.date(from) + " – " + t.date(to)
}

// endsSentence reports whether s already ends with punctuation, so the
// entry does not add a second full stop.
func endsSentence(s string) bool {
	r := []rune(s)
	return len(r) > 0 && unicode.IsPunct(r[len(r)-1]) && r[len(r)-1] != ')'
}
