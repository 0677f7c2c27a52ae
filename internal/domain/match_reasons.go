package domain

import "strings"

// MatchWording is what a reason needs to be said in a reader's language:
// a translating Sprintf (fmt.Sprintf for English) and the edge's money
// and date formats. Each variant is a format of its own, so a catalogue
// finds it whole.
type MatchWording struct {
	Sentencef func(format string, args ...any) string
	Money     func(Money) string
	Date      func(Date) string
	// Percent writes basis points as the number before "%": "3,33" on a
	// Dutch screen. Nil writes FormatPercentBP's "3.33", as the command
	// line does.
	Percent func(bp int64) string
}

// percent is bp as w writes it.
func (w MatchWording) percent(bp int64) string {
	if w.Percent != nil {
		return w.Percent(bp)
	}
	return FormatPercentBP(bp)
}

// Sentence says the reason: "matched words: finance, ziekenhuis".
func (r MatchReason) Sentence(w MatchWording) string {
	sentencef := w.Sentencef
	switch r.Kind {
	case ReasonWords:
		return sentencef("matched words: %s", strings.Join(r.Words, ", "))
	case ReasonSector:
		return sentencef("works in the sector %s", r.Text)
	case ReasonPast:
		if r.Count == 1 {
			return sentencef("1 past engagement in the sector %s", r.Text)
		}
		return sentencef("%d past engagements in the sector %s", r.Count, r.Text)
	case ReasonLanguages:
		return sentencef("speaks %s", r.Text)
	case ReasonFree:
		return sentencef("%d days a week free from the start, %s", r.Count, w.Date(r.Date))
	case ReasonFreeLater:
		return sentencef("%d days a week free only from %s", r.Count, w.Date(r.Date))
	case ReasonProposed:
		return sentencef("named in an issued proposal, %d days a week from %s", r.Count, w.Date(r.Date))
	case ReasonMargin:
		return sentencef("day fee %s, margin %s a day (%s %%)", w.Money(r.Fee), w.Money(r.Margin.PerDay), w.percent(r.Margin.PercentBP))
	case ReasonLowMargin:
		return sentencef("day fee %s, margin %s a day (%s %%), below the firm's minimum", w.Money(r.Fee), w.Money(r.Margin.PerDay), w.percent(r.Margin.PercentBP))
	case ReasonFee:
		return sentencef("day fee %s", w.Money(r.Fee))
	case ExcludedLanguage:
		return sentencef("left out: speaks none of %s", r.Text)
	case ExcludedBooked:
		return sentencef("left out: booked, not enough days free within the mandate from %s", w.Date(r.Date))
	case ExcludedNoMargin:
		return sentencef("left out: the day fee of %s leaves no margin", w.Money(r.Fee))
	case ExcludedFee:
		return sentencef("left out: the day fee of %s is above the maximum", w.Money(r.Fee))
	}
	return string(r.Kind)
}
