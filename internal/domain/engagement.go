package domain

import "time"

// EngagementStatus is the life cycle of a running mandate or assignment.
type EngagementStatus string

const (
	EngagementPlanned    EngagementStatus = "planned"
	EngagementActive     EngagementStatus = "active"
	EngagementCompleted  EngagementStatus = "completed"
	EngagementTerminated EngagementStatus = "terminated"
)

// EngagementStatuses lists the statuses in life-cycle order.
var EngagementStatuses = []EngagementStatus{EngagementPlanned, EngagementActive, EngagementCompleted, EngagementTerminated}

// Valid reports whether s is a known status.
func (s EngagementStatus) Valid() bool {
	for _, v := range EngagementStatuses {
		if s == v {
			return true
		}
	}
	return false
}

// Live reports whether the engagement still books the manager's time.
func (s EngagementStatus) Live() bool { return s == EngagementPlanned || s == EngagementActive }

// Engagement is what an accepted offer becomes: the mandate or assignment
// actually running.
type Engagement struct {
	ID              int64            `json:"id"`
	ClientID        int64            `json:"client_id"`
	ProposalID      int64            `json:"proposal_id"`      // 0 when entered by hand
	ProposalVersion int              `json:"proposal_version"` // the issued version the client signed
	Kind            OfferKind        `json:"kind"`
	ManagerID       int64            `json:"manager_id"` // required for an interim mandate
	Role            string           `json:"role"`
	Start           Date             `json:"start"`
	End             Date             `json:"end"`
	DaysPerWeek     int              `json:"days_per_week"`
	DayRate         Money            `json:"day_rate"`        // interim: what the client pays a day
	ManagerDayFee   Money            `json:"manager_day_fee"` // what the firm pays the manager's company a day
	Fee             Money            `json:"fee"`             // consulting: fixed fee
	NoticeDays      int              `json:"notice_days"`
	Status          EngagementStatus `json:"status"`
	TerminatedOn    Date             `json:"terminated_on"`
	EndReason       string           `json:"end_reason"`
	Notes           string           `json:"notes"`
	// Outcome is one line on what the manager achieved; Reference who at
	// the client vouches for it (engagement_outcome.go).
	Outcome   string    `json:"outcome"`
	Reference string    `json:"reference"`
	Rev       int64     `json:"rev"`
	CreatedAt time.Time `json:"created_at"`
	UpdatedAt time.Time `json:"updated_at"`
}

// Validate checks the engagement in the order the form shows its fields.
func (e *Engagement) Validate() error {
	return firstError(
		func() error {
			if e.ClientID <= 0 {
				return Invalidf("Client", "is required.")
			}
			if !e.Kind.Valid() {
				return Invalidf("Kind", "must be interim or consulting.")
			}
			if e.Kind == KindInterim && e.ManagerID <= 0 {
				return Invalidf("Manager", "is required for an interim mandate.")
			}
			return nil
		}(),
		oneLine("Role", e.Role),
		maxLen("Role", e.Role, 200),
		multiLine("End reason", e.EndReason),
		multiLine("Notes", e.Notes),
		e.validateOutcome(),
		func() error {
			if e.Start.IsZero() {
				return Invalidf("Start date", "is required.")
			}
			if !e.End.IsZero() && e.End.Before(e.Start) {
				return Invalidf("End date", "%s is before the start date %s.", e.End, e.Start)
			}
			if e.DaysPerWeek < 1 || e.DaysPerWeek > 5 {
				if e.Kind == KindInterim || e.DaysPerWeek != 0 {
					return Invalidf("Days per week", "must be between 1 and 5.")
				}
			}
			if e.DayRate < 0 {
				return Invalidf("Day rate", "cannot be negative.")
			}
			// A contract at €0 is a figure never filled in, not a price.
			if e.Kind == KindInterim && e.DayRate == 0 {
				return Invalidf("Day rate", "is required for an interim mandate.")
			}
			if e.DayRate > MaxDayRate {
				return Invalidf("Day rate", "must not exceed %s.", MaxDayRate.InSentence())
			}
			if err := e.validateManagerFee(); err != nil {
				return err
			}
			if e.Fee < 0 {
				return Invalidf("Fee", "cannot be negative.")
			}
			if e.Kind == KindConsulting && e.Fee == 0 {
				return Invalidf("Fee", "is required for a consulting assignment.")
			}
			if e.NoticeDays < 0 || e.NoticeDays > 365 {
				return Invalidf("Notice period", "must be between 0 and 365 days.")
			}
			if !e.Status.Valid() {
				return Invalidf("Status", "%q is not an engagement status.", e.Status)
			}
			if e.Status == EngagementTerminated && e.TerminatedOn.IsZero() {
				return Invalidf("Termination date", "is required when an engagement is terminated.")
			}
			if !e.TerminatedOn.IsZero() && e.TerminatedOn.Before(e.Start) {
				return Invalidf("Termination date", "%s is before the start date %s.", e.TerminatedOn, e.Start)
			}
			return nil
		}(),
	)
}

// Booking returns the part of the engagement that books the manager's time;
// the end is the termination date when it ended early.
func (e *Engagement) Booking() Booking {
	end := e.End
	if !e.TerminatedOn.IsZero() {
		end = e.TerminatedOn
	}
	return Booking{EngagementID: e.ID, Start: e.Start, End: end, DaysPerWeek: e.DaysPerWeek}
}

// LastDayAfterNotice is the last day of an engagement ended early: notice
// given on the given day runs for the notice period, but never past the
// planned end.
func (e *Engagement) LastDayAfterNotice(noticeGiven Date) Date {
	last := noticeGiven.AddDays(e.NoticeDays)
	if !e.End.IsZero() && last.After(e.End) {
		return e.End
	}
	return last
}
