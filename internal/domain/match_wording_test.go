package domain

import (
	"fmt"
	"strings"
	"testing"
)

// A reason's percentage is written by the edge when it says how (a
// Dutch screen writes 3,33), and FormatPercentBP's way when it does not
// (the command line).
func TestMatchReasonPercent(t *testing.T) {
	r := MatchReason{Kind: ReasonMargin, Fee: Euros(1450), Margin: dayMargin(Euros(1500), Euros(1450), 4, 60)}
	w := MatchWording{Sentencef: fmt.Sprintf, Money: func(m Money) string { return m.Format(LangEN) }, Date: Date.String}
	if got, want := r.Sentence(w), "day fee €1,450.00, margin €50.00 a day (3.33 %)"; got != want {
		t.Errorf("without Percent: %q, want %q", got, want)
	}
	w.Percent = func(bp int64) string { return strings.Replace(FormatPercentBP(bp), ".", ",", 1) }
	r.Kind = ReasonLowMargin
	if got, want := r.Sentence(w), "day fee €1,450.00, margin €50.00 a day (3,33 %), below the firm's minimum"; got != want {
		t.Errorf("with Percent: %q, want %q", got, want)
	}
}
