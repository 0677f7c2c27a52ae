package domain

// Availability is what the roster shows about a manager on a given day.
type Availability string

const (
	Available     Availability = "available"
	AvailableFrom Availability = "available_from" // free, but not before Until
	OnMandate     Availability = "on_mandate"
	// BookedFrom: free on the day, but a later engagement books the
	// manager from From (DaysBooked days a week, until Until). A manager
	// with a mandate ahead is never shown as simply available.
	BookedFrom Availability = "booked_from"
	Inactive   Availability = "inactive"
)

// ManagerStatus says whether a manager is free on a day and, if not, until when.
type ManagerStatus struct {
	Availability Availability `json:"availability"`
	Until        Date         `json:"until"`       // last day of the engagement(s) running that day, or the first free day
	DaysBooked   int          `json:"days_booked"` // days per week already booked that day (or from From)
	// MaxDays is the days a week the manager works, so that a status can
	// say "booked 4 of 5 days".
	MaxDays int `json:"max_days,omitempty"`
	// From is the first day of the next booking when none runs on the day.
	From Date `json:"from,omitzero"`
	// ProposedDays and ProposedFrom count issued proposals that name the
	// manager, shown apart: they book nobody until the client accepts.
	ProposedDays int  `json:"proposed_days,omitempty"`
	ProposedFrom Date `json:"proposed_from,omitzero"`
}

// FreeDays is the days a week the manager still has free on the day (or
// from From): never negative.
func (st ManagerStatus) FreeDays() int { return max(st.MaxDays-st.DaysBooked, 0) }

// Booking is the part of an engagement (or of an issued proposal, when
// ProposalID is set) that capacity and status depend on.
type Booking struct {
	EngagementID int64
	ProposalID   int64 // an issued proposal naming the manager: counted apart
	Start, End   Date
	DaysPerWeek  int
}

// covers reports whether b runs on day.
func (b Booking) covers(day Date) bool {
	return !day.Before(b.Start) && (b.End.IsZero() || !day.After(b.End))
}

// StatusOn derives the manager's status on a day from its bookings: those
// that run on the day, and the later ones, so that a manager with a
// mandate ahead is not offered as free. Issued proposals among bookings are
// counted apart, in ProposedDays.
func (m *Manager) StatusOn(day Date, bookings []Booking) ManagerStatus {
	if !m.Active {
		return ManagerStatus{Availability: Inactive}
	}
	st := ManagerStatus{MaxDays: m.MaxDaysPerWeek}
	var next Date // the first start of an engagement after day
	for _, b := range bookings {
		if b.ProposalID != 0 {
			if !b.End.IsZero() && b.End.Before(day) {
				continue
			}
			st.ProposedDays += b.DaysPerWeek
			if from := maxDate(b.Start, day); st.ProposedFrom.IsZero() || from.Before(st.ProposedFrom) {
				st.ProposedFrom = from
			}
			continue
		}
		if b.covers(day) {
			st.DaysBooked += b.DaysPerWeek
			if b.End.After(st.Until) {
				st.Until = b.End
			}
		} else if b.Start.After(day) && (b.End.IsZero() || !b.End.Before(m.AvailableFrom)) &&
			(next.IsZero() || b.Start.Before(next)) {
			// A booking over before the manager said they can start
			// changes nothing about when they can take a mandate.
			next = b.Start
		}
	}
	switch {
	case st.DaysBooked > 0:
		st.Availability = OnMandate
	case !next.IsZero():
		st.Availability, st.From = BookedFrom, next
		for _, b := range bookings {
			if b.ProposalID == 0 && b.covers(next) {
				st.DaysBooked += b.DaysPerWeek
				if b.End.After(st.Until) {
					st.Until = b.End
				}
			}
		}
	case day.Before(m.AvailableFrom):
		// The manager said when they can start; the roster must not offer
		// them for a mandate that starts earlier.
		st.Availability, st.Until = AvailableFrom, m.AvailableFrom
	default:
		st.Availability, st.Until = Available, Date{}
	}
	return st
}

func maxDate(a, b Date) Date {
	if a.After(b) {
		return a
	}
	return b
}
