package domain

import "context"

// The planning board, "who is free when": managers down, time across, each
// engagement and each issued proposal that names the manager a bar from
// its first to its last day. The store reads a page of rows; the desktop
// draws them. What a bar's status is follows from the engagement and the
// day, here, so every edge colours a bar the same way.

// BarKind says what record a bar of the board stands for.
type BarKind string

const (
	BarEngagement BarKind = "engagement"
	BarProposal   BarKind = "proposal"
)

// BarStatus is how a bar is coloured.
type BarStatus string

const (
	BarPlanned BarStatus = "planned"
	BarActive  BarStatus = "active"
	// BarNotice: notice was given; the engagement runs until its last day.
	BarNotice BarStatus = "under_notice"
	// BarEnded: completed, terminated, or notice ran out.
	BarEnded BarStatus = "ended"
	// BarProposed: an issued proposal naming the manager, not yet answered;
	// it books nobody until the client accepts.
	BarProposed BarStatus = "proposed"
)

// BarStatuses lists the statuses in the order a legend shows them.
var BarStatuses = []BarStatus{BarProposed, BarPlanned, BarActive, BarNotice, BarEnded}

// BoardBar is one engagement or issued proposal on a manager's row.
type BoardBar struct {
	Kind   BarKind
	ID     int64 // the engagement's or the proposal's
	Client string
	Role   string // the engagement's role; the interim role or title of a proposal
	Status BarStatus
	// From is the first day; To the last, zero when open-ended.
	From, To    Date
	DaysPerWeek int
}

// BoardRow is a manager with the bars that fall in the board's window.
type BoardRow struct {
	ManagerID int64
	Name      string
	Headline  string
	Status    ManagerStatus
	Bars      []BoardBar
}

// BoardService reads the planning board.
type BoardService interface {
	// Board returns the page of managers that f selects (f.Page, in f's
	// order, with their status today) and the number of them, counted as
	// FindManagers counts (a search only so far: MoreThan), each
	// with the engagements and issued proposals naming them that overlap
	// from..to, in order of their first day. EINVALID as FindManagers, or
	// when to is before from.
	Board(ctx context.Context, f ManagerFilter, from, to Date) ([]BoardRow, int, error)
}

// EngagementBarStatus is the colour of an engagement's bar on day: under
// notice until its last day, ended once that has passed or it was
// completed or terminated, else its recorded status.
func EngagementBarStatus(e *Engagement, day Date) BarStatus {
	switch {
	case e.UnderNotice(day):
		return BarNotice
	case !e.Status.Live() || e.NoticeRanOut(day):
		return BarEnded
	case e.Status == EngagementActive:
		return BarActive
	}
	return BarPlanned
}

// Overlaps reports whether the bar has a day in from..to.
func (b BoardBar) Overlaps(from, to Date) bool {
	return !b.From.After(to) && (b.To.IsZero() || !b.To.Before(from))
}
