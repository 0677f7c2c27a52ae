package domain

import (
	"strings"
)

// DefaultNoticeDays is the notice period an engagement gets when accepting
// a proposal does not say otherwise: a month, as mandates usually agree.
const DefaultNoticeDays = 30

// AcceptOptions are what accepting a proposal adds to the figures of the
// version the client signed. The figures themselves (role, days, rate, fee,
// duration) always come from that version.
type AcceptOptions struct {
	// On is the day the client accepted; today when zero.
	On Date
	// Start replaces the start of the signed version, or sets it when the
	// version left it "to be agreed". A consulting assignment starts on
	// this day, else on the day of acceptance.
	Start Date
	// ManagerID names the manager when the signed version proposed none.
	ManagerID int64
	// NoticeDays is the notice period; 0 means the one the accepted
	// version promised (Proposal.Notice).
	NoticeDays int
	// Override books the manager even beyond capacity; nil means the check
	// refuses a conflict.
	Override *CapacityOverride
}

// EngagementFromProposal is the engagement that accepting option of the
// issued version doc creates: its figures copied from that version (not from
// the live proposal, which may have moved on), planned, starting on the
// version's start (or opts.Start). The planned end is the last day of the
// last week: 26 weeks from Monday 1 June end on Sunday 29 November. EINVALID
// when the version lacks what the engagement needs.
func EngagementFromProposal(doc *ProposalDocument, option OfferKind, opts AcceptOptions) (*Engagement, error) {
	if doc == nil {
		return nil, Errorf(EINVALID, "Proposal: there is no issued version to accept.")
	}
	if !option.Valid() {
		return nil, Invalidf("Option", "say which offer the client accepted: interim or consulting.")
	}
	p := &doc.Proposal
	ref := sentencef("version %d of %s", doc.Version, doc.Number) // translated inside the sentences below
	e := &Engagement{
		ClientID:        p.ClientID,
		ProposalID:      p.ID,
		ProposalVersion: doc.Version,
		Kind:            option,
		Status:          EngagementPlanned,
		NoticeDays:      opts.NoticeDays,
	}
	if e.NoticeDays == 0 {
		e.NoticeDays = p.Notice()
	}
	weeks := 0
	switch option {
	case KindInterim:
		in := &p.Interim
		e.ManagerID = in.ManagerID
		switch {
		case in.ManagerID != 0 && opts.ManagerID != 0 && opts.ManagerID != in.ManagerID:
			return nil, Invalidf("Manager", "%s proposes manager %d; the engagement takes the manager the client accepted.", ref, in.ManagerID)
		case in.ManagerID == 0 && opts.ManagerID == 0:
			return nil, Invalidf("Manager", "%s proposes no manager yet; name the manager who takes the mandate.", ref)
		case in.ManagerID == 0:
			e.ManagerID = opts.ManagerID
		}
		e.Role = strings.TrimSpace(in.Role)
		e.Start = in.Start
		e.DaysPerWeek, e.DayRate, e.ManagerDayFee = in.DaysPerWeek, in.DayRate, in.ManagerDayFee
		weeks = in.Weeks
		if in.DayRate <= 0 {
			return nil, Invalidf("Day rate", "%s has no day rate for the interim mandate; issue a version with one first.", ref)
		}
	case KindConsulting:
		if opts.ManagerID != 0 {
			return nil, Invalidf("Manager", "a consulting assignment is carried out by the firm, not by a manager of the roster.")
		}
		e.Start = opts.On
		e.Fee = doc.Totals.ConsultingNet
		weeks = doc.Totals.ConsultingWeeks
		if e.Fee <= 0 {
			return nil, Invalidf("Fee", "%s has no fee for the consulting assignment; issue a version with its phases first.", ref)
		}
	}
	if e.Role == "" {
		e.Role = strings.TrimSpace(p.Title)
	}
	if !opts.Start.IsZero() {
		e.Start = opts.Start
	}
	if e.Start.IsZero() {
		return nil, Invalidf("Start date", "%s leaves the start to be agreed; give the day the engagement starts.", ref)
	}
	if weeks > 0 {
		e.End = e.Start.AddDays(weeks*7 - 1)
	}
	if err := opts.Override.Validate(); err != nil {
		return nil, err
	}
	if err := e.Validate(); err != nil {
		return nil, err
	}
	return e, nil
}

// Activate records that a planned engagement has started.
func (e *Engagement) Activate() error {
	if e.Status != EngagementPlanned {
		return e.errStatus("started")
	}
	e.Status = EngagementActive
	return nil
}

// Complete records that an active engagement ended on day on. Ended before
// its planned end (the exit criteria met early), its end moves to that day
// so the manager is free again. An engagement under notice ends as
// terminated instead: notice was given, so it did not run its course.
func (e *Engagement) Complete(on Date) error {
	if e.Status != EngagementActive {
		if e.Status == EngagementPlanned {
			return Errorf(ECONFLICT, "Engagement %d has not started yet; record its start first, or give notice to cancel it.", e.ID)
		}
		return e.errStatus("completed")
	}
	if on.Before(e.Start) {
		return Invalidf("End date", "%s is before the start date %s.", on, e.Start)
	}
	if !e.TerminatedOn.IsZero() {
		e.Status = EngagementTerminated
		return nil
	}
	if e.End.IsZero() || on.Before(e.End) {
		e.End = on
	}
	e.Status = EngagementCompleted
	return nil
}

// GiveNotice ends a planned or active engagement early: notice given on day
// given runs for the notice period (LastDayAfterNotice), with the reason.
// The engagement stays live, and keeps booking its manager, until that last
// day; when that day is already before today it is terminated at once, and
// so is an engagement whose notice runs out before it starts, which then
// never starts (its termination date is its start date).
func (e *Engagement) GiveNotice(given Date, reason string, today Date) error {
	if !e.Status.Live() {
		return e.errStatus("ended early")
	}
	if !e.TerminatedOn.IsZero() {
		return Errorf(ECONFLICT, "Notice was already given for engagement %d: its last day is %s.", e.ID, e.TerminatedOn)
	}
	if err := firstError(
		required("Reason", reason),
		maxLen("Reason", reason, 1000),
	); err != nil {
		return err
	}
	if given.IsZero() {
		return Invalidf("Notice date", "is required: the day notice was given.")
	}
	if !e.End.IsZero() && given.After(e.End) {
		return Invalidf("Notice date", "%s is after the planned end %s; the engagement had already ended.", given, e.End)
	}
	last := e.LastDayAfterNotice(given)
	if !e.End.IsZero() && last == e.End {
		return Invalidf("Notice date", "notice given on %s runs %d days, to %s, the planned end: the engagement ends as planned, not early.",
			given, e.NoticeDays, e.End)
	}
	e.EndReason = strings.TrimSpace(reason)
	if last.Before(e.Start) {
		e.TerminatedOn = e.Start
		e.Status = EngagementTerminated
		return nil
	}
	e.TerminatedOn = last
	if last.Before(today) {
		e.Status = EngagementTerminated
	}
	return nil
}

// Extend moves the planned end of a planned or active engagement to a later
// day.
func (e *Engagement) Extend(to Date) error {
	if !e.Status.Live() {
		return e.errStatus("extended")
	}
	if !e.TerminatedOn.IsZero() {
		return Errorf(ECONFLICT, "Notice was given for engagement %d, which ends on %s; it cannot be extended.", e.ID, e.TerminatedOn)
	}
	if e.End.IsZero() {
		return Errorf(ECONFLICT, "Engagement %d has no planned end; there is nothing to extend.", e.ID)
	}
	if to.IsZero() {
		return Invalidf("New end date", "is required.")
	}
	if !to.After(e.End) {
		return Invalidf("New end date", "%s is not after the current end date %s.", to, e.End)
	}
	e.End = to
	return nil
}

// errStatus says why an engagement in its status cannot be changed so.
func (e *Engagement) errStatus(change Word) error {
	return Errorf(ECONFLICT, "Engagement %d is %s; it cannot be %s.", e.ID, e.Status, change)
}
