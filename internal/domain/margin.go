package domain

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
)

// The margin is what the firm keeps: the client's day rate minus the
// manager's day fee. It is computed here and nowhere else, so the screen,
// the command line and the check agree. It is the firm's own figure: no
// document for the client or the manager carries it (nor the other side's
// rate).

// Margin is the firm's margin on an offer or an engagement.
type Margin struct {
	// Known is false when a figure it is made of is missing: no manager's
	// fee recorded, or no client rate or fee yet. The other fields are 0.
	Known bool `json:"-"`
	// PerDay is client rate − manager fee, for an interim offer; 0 for a
	// consulting offer, which is not sold by the day.
	PerDay Money `json:"per_day"`
	// Basis points of the client's price: 2000 is 20 %.
	PercentBP int64 `json:"-"`
	// PerMonth is the margin of a month at the offer's days a week (52/12
	// weeks a month); 0 for a consulting offer.
	PerMonth Money `json:"per_month"`
	// Total is the margin over the whole mandate or assignment; 0 for an
	// open-ended engagement.
	Total Money `json:"total"`
}

// Percent is the margin as a percentage of the client's price, to two
// decimals: 20, 18.75.
func (m Margin) Percent() float64 { return float64(m.PercentBP) / 100 }

// percentBP is part of whole in basis points, rounded half away from zero.
func percentBP(part, whole Money) int64 {
	if whole <= 0 {
		return 0
	}
	return int64(part.MulDiv(10000, int64(whole)))
}

// dayMargin is the margin of a rate and fee at days a week over days.
func dayMargin(rate, fee Money, daysPerWeek, days int) Margin {
	if rate <= 0 || fee <= 0 {
		return Margin{}
	}
	per := rate - fee
	return Margin{Known: true, PerDay: per, PercentBP: percentBP(per, rate),
		PerMonth: (per * Money(daysPerWeek)).MulDiv(weeksPerYear, monthsPerYear), Total: per * Money(days)}
}

// Margin is the margin of the interim offer: per day, per month and over
// its weeks × days a week. Unknown without a client rate or a manager fee.
func (in *InterimOffer) Margin() Margin {
	return dayMargin(in.DayRate, in.ManagerDayFee, in.DaysPerWeek, in.Weeks*in.DaysPerWeek)
}

// ManagerCost is what the consulting offer pays the manager it names: the
// day fee times the manager's days, plus the fee of each phase.
func (c *ConsultingOffer) ManagerCost() Money {
	cost := c.ManagerDayFee * Money(c.ManagerDays)
	for _, ph := range c.Phases {
		cost += ph.ManagerFee
	}
	return cost
}

// Fee is the consulting offer's fee: the sum of its phases.
func (c *ConsultingOffer) Fee() Money {
	var fee Money
	for _, ph := range c.Phases {
		fee += ph.Fee
	}
	return fee
}

// Margin is the consulting offer's fee minus the cost of the manager's
// days; without a manager, the whole fee. Unknown without a fee.
func (c *ConsultingOffer) Margin() Margin {
	fee := c.Fee()
	if fee <= 0 {
		return Margin{}
	}
	m := fee - c.ManagerCost()
	return Margin{Known: true, PercentBP: percentBP(m, fee), Total: m}
}

// Margin is the engagement's margin: per day and month of a mandate, and
// over its planned weeks (through the termination day when it ended
// early). Unknown for a mandate whose manager fee was not recorded (0,
// as migration 0007 left some), and for a consulting engagement, whose
// manager cost stays with its proposal.
func (e *Engagement) Margin() Margin {
	if e.Kind != KindInterim {
		return Margin{}
	}
	end := e.End
	if !e.TerminatedOn.IsZero() {
		end = e.TerminatedOn
	}
	days := 0
	if !end.IsZero() && !e.Start.IsZero() {
		days = e.DaysPerWeek * (e.Start.DaysUntil(end.AddDays(1)) / 7)
	}
	return dayMargin(e.DayRate, e.ManagerDayFee, e.DaysPerWeek, days)
}

// MarginFloor is the firm's minimum margin: a percentage of the client's
// price, an amount a day, or both (0 is no floor of that kind). Below it
// the proposal check warns; at or below zero it blocks unless the
// proposal says why (Proposal.MarginReason).
type MarginFloor struct {
	PercentBP int64 `json:"percent_bp"` // basis points: 1500 is 15 %
	PerDay    Money `json:"per_day"`
}

// Validate refuses a negative floor and a percentage above 100.
func (f MarginFloor) Validate() error {
	switch {
	case f.PercentBP < 0:
		return Invalidf("Minimum margin (percent)", "cannot be negative.")
	case f.PercentBP > 10000:
		return Invalidf("Minimum margin (percent)", "cannot be above 100 %%: the margin is part of what the client pays.")
	case f.PerDay < 0:
		return Invalidf("Minimum margin a day", "cannot be negative.")
	case f.PerDay > MaxDayRate:
		return Invalidf("Minimum margin a day", "must not exceed %s.", MaxDayRate.InSentence())
	}
	return nil
}

// IsZero reports whether no floor is set.
func (f MarginFloor) IsZero() bool { return f.PercentBP == 0 && f.PerDay == 0 }

// FormatPercentBP writes basis points as people type a percentage: "20",
// "18.75", "-4.5" (a dot; the edge puts the language's decimal sign).
func FormatPercentBP(bp int64) string {
	sign := ""
	if bp < 0 {
		sign, bp = "-", -bp
	}
	s := strconv.FormatInt(bp/100, 10)
	if frac := bp % 100; frac != 0 {
		s += strings.TrimRight(fmt.Sprintf(".%02d", frac), "0")
	}
	return sign + s
}

// MarshalJSON writes a known margin as the command line's --json shows it:
// per_day, per_month and total in cents, percent a number; an unknown
// margin is null.
func (m Margin) MarshalJSON() ([]byte, error) {
	if !m.Known {
		return []byte("null"), nil
	}
	return json.Marshal(struct {
		PerDay   Money   `json:"per_day"`
		PerMonth Money   `json:"per_month"`
		Total    Money   `json:"total"`
		Percent  float64 `json:"percent"`
	}{m.PerDay, m.PerMonth, m.Total, m.Percent()})
}
