package domain

// CheckEdit says whether e, an edited copy of the engagement stored, only
// changes what editing may change. The status, the end and the termination
// belong to the steps of the life cycle (Activate, Complete, GiveNotice,
// Extend), which check the status and write the history; the client, the
// kind and the proposal version make the engagement what it is. Editing
// may change the role and the notes at any time, and, while the
// engagement is planned or active, its figures (manager, start, days per
// week, rate, fee) and, before notice is given, its notice period. The
// caller checks the manager's capacity when the booking changed
// (BookingChanged).
func (e *Engagement) CheckEdit(stored *Engagement) error {
	id := stored.ID
	switch {
	case e.Status != stored.Status:
		return Invalidf("Status", "engagement %d is %s; its status changes through the steps of its life (start, complete, give notice), not by editing it.", id, stored.Status)
	case e.End != stored.End:
		return Invalidf("End date", "the planned end of engagement %d is %s; move it with an extension, or record an earlier end with complete or by giving notice, not by editing it.", id, dateOrNone(stored.End))
	case e.TerminatedOn != stored.TerminatedOn:
		return Invalidf("Termination date", "the last day of engagement %d follows from the notice given (terminate), which records it with its reason; it cannot be edited.", id)
	case e.EndReason != stored.EndReason:
		return Invalidf("End reason", "the reason engagement %d ends is recorded when notice is given; it cannot be edited.", id)
	case e.ClientID != stored.ClientID:
		return Invalidf("Client", "engagement %d stays with the client it was made for; add a new engagement for another client.", id)
	case e.Kind != stored.Kind:
		return Invalidf("Kind", "engagement %d stays %s; add a new engagement for the other kind.", id, articled(stored.Kind))
	case e.ProposalID != stored.ProposalID || e.ProposalVersion != stored.ProposalVersion:
		return Invalidf("Proposal", "engagement %d keeps the proposal version it was accepted from.", id)
	}
	figures := e.ManagerID != stored.ManagerID || e.Start != stored.Start || e.DaysPerWeek != stored.DaysPerWeek ||
		e.DayRate != stored.DayRate || e.ManagerDayFee != stored.ManagerDayFee || e.Fee != stored.Fee ||
		e.NoticeDays != stored.NoticeDays
	if figures && !stored.Status.Live() {
		return Invalidf(changedFigure(e, stored), "engagement %d is %s; its figures are the record of what ran and cannot change.", id, stored.Status)
	}
	if e.NoticeDays != stored.NoticeDays && !stored.TerminatedOn.IsZero() {
		return Invalidf("Notice period", "notice was given for engagement %d already; its last day, %s, follows from the %d days' notice that applied then.",
			id, stored.TerminatedOn, stored.NoticeDays)
	}
	return nil
}

// BookingChanged reports whether e books its manager's time otherwise than
// stored does: another manager, start or days per week.
func (e *Engagement) BookingChanged(stored *Engagement) bool {
	return e.ManagerID != stored.ManagerID || e.Start != stored.Start || e.DaysPerWeek != stored.DaysPerWeek
}

// changedFigure names the first figure e changes, for the refusal.
func changedFigure(e, stored *Engagement) string {
	switch {
	case e.ManagerID != stored.ManagerID:
		return "Manager"
	case e.Start != stored.Start:
		return "Start date"
	case e.DaysPerWeek != stored.DaysPerWeek:
		return "Days per week"
	case e.DayRate != stored.DayRate:
		return "Day rate"
	case e.ManagerDayFee != stored.ManagerDayFee:
		return ManagerDayFeeLabel
	case e.Fee != stored.Fee:
		return "Fee"
	}
	return "Notice period"
}

// dateOrNone is d, or the word "not set", translated where it is shown.
func dateOrNone(d Date) any {
	if d.IsZero() {
		return Word("not set")
	}
	return d.String()
}

// articled is "an interim mandate" or "a consulting assignment".
func articled(k OfferKind) Word {
	if k == KindConsulting {
		return "a consulting assignment"
	}
	return "an interim mandate"
}
