package domain

import (
	"fmt"
	"slices"
)

// Commitment is another engagement that books the same manager, as a
// capacity check needs to name it in a sentence: "CFO ad interim" (Role,
// may be empty) for "Brouwerij De Kroon" (Client).
type Commitment struct {
	Booking
	Role, Client string
}

// CapacityOverride is a person's explicit decision to book a manager beyond
// the days per week the manager works, with the reason. The store records it
// in the engagement's history.
type CapacityOverride struct {
	Reason string
}

// Validate requires a reason: an override without one cannot be explained
// later.
func (o *CapacityOverride) Validate() error {
	if o == nil {
		return nil
	}
	return firstError(
		required("Override reason", o.Reason),
		maxLen("Override reason", o.Reason, 500),
	)
}

// CapacityConflict is an engagement that would book a manager for more days
// a week than the manager works. It is an ECONFLICT *Error (ErrorCode and
// ErrorMessage see it as one), and a screen can find it with errors.As to
// offer the override.
type CapacityConflict struct {
	Manager    string // the manager's name
	MaxDays    int    // the days a week the manager works at most
	Day        Date   // the first day the manager would be overbooked
	Days       int    // the days a week of the engagement being checked
	Total      int    // the days a week booked on Day, that engagement included
	Others     []Commitment
	Engagement int64 // the engagement being checked; 0 before it is saved
}

func (c *CapacityConflict) Error() string {
	return "Days per week: " + c.Rule(fmt.Sprintf)
}

// Rule is the sentence after the field's label, each part made by
// sentencef from a format of its own: fmt.Sprintf for English, a
// translating Sprintf for another language (internal/i18n), which finds
// every part by its exact format instead of taking the finished English
// sentence apart, where a client called "Smith and Sons" could be cut in
// the wrong place.
func (c *CapacityConflict) Rule(sentencef func(format string, args ...any) string) string {
	if len(c.Others) == 0 {
		return sentencef("%s works at most %s; this engagement asks for %s. "+
			"Choose fewer days, or override the check with a reason.",
			c.Manager, daysAWeek(sentencef, c.MaxDays), daysAWeek(sentencef, c.Days))
	}
	others := ""
	for i := len(c.Others) - 1; i >= 0; i-- {
		others = describeCommitment(sentencef, c.Others[i], others)
	}
	return sentencef("%s works at most %s, and from %s this engagement (%s) would come on top of %s: %s in all. "+
		"Choose other dates or fewer days, or override the check with a reason.",
		c.Manager, daysAWeek(sentencef, c.MaxDays), c.Day, daysAWeek(sentencef, c.Days), others, daysAWeek(sentencef, c.Total))
}

// Unwrap makes the conflict an ECONFLICT about the days per week.
func (c *CapacityConflict) Unwrap() error {
	return &Error{Code: ECONFLICT, Field: "Days per week", Message: c.Error()}
}

// describeCommitment names an engagement with its dates and days, and the
// description of the others after it, if any:
// "engagement 12, CFO for De Kroon (2026-05-01 to 2026-07-31, 3 days a week)".
//
// Every variant is a format of its own, with the words around the names
// and dates in it: the catalogue of internal/i18n also takes finished
// sentences apart by their formats, and a general "%s and %s" or "%s to %s"
// there would split and translate a client called "Smith and Sons" or
// "Back to Basics" in any sentence.
func describeCommitment(sentencef func(string, ...any) string, o Commitment, rest string) string {
	id, role, client, start, end, days := o.EngagementID, o.Role, o.Client, o.Start, o.End, daysAWeek(sentencef, o.DaysPerWeek)
	ends, more := !end.IsZero(), rest != ""
	switch {
	case role != "" && client != "" && ends && more:
		return sentencef("engagement %d, %s for %s (%s to %s, %s) and %s", id, role, client, start, end, days, rest)
	case role != "" && client != "" && ends:
		return sentencef("engagement %d, %s for %s (%s to %s, %s)", id, role, client, start, end, days)
	case role != "" && client != "" && more:
		return sentencef("engagement %d, %s for %s (from %s, no end date, %s) and %s", id, role, client, start, days, rest)
	case role != "" && client != "":
		return sentencef("engagement %d, %s for %s (from %s, no end date, %s)", id, role, client, start, days)
	case client != "" && ends && more:
		return sentencef("engagement %d, %s (%s to %s, %s) and %s", id, client, start, end, days, rest)
	case client != "" && ends:
		return sentencef("engagement %d, %s (%s to %s, %s)", id, client, start, end, days)
	case client != "" && more:
		return sentencef("engagement %d, %s (from %s, no end date, %s) and %s", id, client, start, days, rest)
	case client != "":
		return sentencef("engagement %d, %s (from %s, no end date, %s)", id, client, start, days)
	case ends && more:
		return sentencef("engagement %d (%s to %s, %s) and %s", id, start, end, days, rest)
	case ends:
		return sentencef("engagement %d (%s to %s, %s)", id, start, end, days)
	case more:
		return sentencef("engagement %d (from %s, no end date, %s) and %s", id, start, days, rest)
	}
	return sentencef("engagement %d (from %s, no end date, %s)", id, start, days)
}

func daysAWeek(sentencef func(string, ...any) string, n int) string {
	if n == 1 {
		return sentencef("1 day a week")
	}
	return sentencef("%d days a week", n)
}

// CheckCapacity reports whether e fits beside the manager's other
// engagements: on no day of e may the days per week of all engagements that
// run that day exceed m.MaxDaysPerWeek. others are the manager's live
// engagements; e itself is skipped if it is among them. The result is nil or
// a *CapacityConflict naming the engagements that run on the first day of
// the overload.
//
// The load only rises on a day an engagement starts, so it is enough to
// look at the start of e and at every start of another engagement within e.
func CheckCapacity(m *Manager, e *Engagement, others []Commitment) error {
	if m == nil || e == nil || !e.Status.Live() && e.Status != "" {
		return nil
	}
	b := e.Booking()
	days := []Date{b.Start}
	for _, o := range others {
		if o.EngagementID != e.ID || e.ID == 0 {
			if o.Start.After(b.Start) && (b.End.IsZero() || !o.Start.After(b.End)) {
				days = append(days, o.Start)
			}
		}
	}
	slices.SortFunc(days, Date.Compare)
	for _, day := range days {
		total := e.DaysPerWeek
		var on []Commitment
		for _, o := range others {
			if (o.EngagementID == e.ID && e.ID != 0) || day.Before(o.Start) || (!o.End.IsZero() && day.After(o.End)) {
				continue
			}
			total += o.DaysPerWeek
			on = append(on, o)
		}
		if total > m.MaxDaysPerWeek {
			return &CapacityConflict{
				Manager: m.Name, MaxDays: m.MaxDaysPerWeek, Day: day, Days: e.DaysPerWeek,
				Total: total, Others: on, Engagement: e.ID,
			}
		}
	}
	return nil
}
