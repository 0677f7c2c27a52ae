package domain

import (
	"fmt"
	"slices"
	"strings"
)

// Commitment is another engagement that books the same manager, as a
// capacity check needs to name it in a sentence.
type Commitment struct {
	Booking
	// Label says which engagement it is: "CFO ad interim for Brouwerij De Kroon".
	Label string
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
	if len(c.Others) == 0 {
		return fmt.Sprintf("Days per week: %s works at most %s; this engagement asks for %d. "+
			"Choose fewer days, or override the check with a reason.", c.Manager, daysAWeek(c.MaxDays), c.Days)
	}
	others := make([]string, len(c.Others))
	for i, o := range c.Others {
		others[i] = describeCommitment(o)
	}
	return fmt.Sprintf("Days per week: %s works at most %s, and from %s this engagement (%s) would come on top of %s: %s in all. "+
		"Choose other dates or fewer days, or override the check with a reason.",
		c.Manager, daysAWeek(c.MaxDays), c.Day, daysAWeek(c.Days), strings.Join(others, " and "), daysAWeek(c.Total))
}

// Unwrap makes the conflict an ECONFLICT about the days per week.
func (c *CapacityConflict) Unwrap() error {
	return &Error{Code: ECONFLICT, Field: "Days per week", Message: c.Error()}
}

// describeCommitment names an engagement with its dates and days:
// "engagement 12, CFO for De Kroon (2026-05-01 to 2026-07-31, 3 days a week)".
func describeCommitment(o Commitment) string {
	dates := fmt.Sprintf("%s to %s", o.Start, o.End)
	if o.End.IsZero() {
		dates = fmt.Sprintf("from %s, no end date", o.Start)
	}
	label := ""
	if o.Label != "" {
		label = ", " + o.Label
	}
	return fmt.Sprintf("engagement %d%s (%s, %s)", o.EngagementID, label, dates, daysAWeek(o.DaysPerWeek))
}

func daysAWeek(n int) string {
	if n == 1 {
		return "1 day a week"
	}
	return fmt.Sprintf("%d days a week", n)
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
