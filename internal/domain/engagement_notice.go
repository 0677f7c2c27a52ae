package domain

// Notice runs out on its own: nobody has to record that the last day of an
// engagement under notice has passed. The stored status stays what the
// last step recorded (planned or active, with TerminatedOn set); what a
// person reads is derived from it and the day, like a manager's status on
// the roster.

// UnderNotice reports whether notice was given for a planned or active
// engagement and its last day, TerminatedOn, is day or later: it still
// runs, and books its manager, until then.
func (e *Engagement) UnderNotice(day Date) bool {
	return e.Status.Live() && !e.TerminatedOn.IsZero() && !e.TerminatedOn.Before(day)
}

// NoticeRanOut reports whether notice was given for a planned or active
// engagement and its last day is before day: it has ended, terminated,
// though that was not recorded as a step.
func (e *Engagement) NoticeRanOut(day Date) bool {
	return e.Status.Live() && !e.TerminatedOn.IsZero() && e.TerminatedOn.Before(day)
}

// StatusOn is the engagement's status on day: the recorded one, except
// that an engagement whose notice ran out before day is terminated.
func (e *Engagement) StatusOn(day Date) EngagementStatus {
	if e.NoticeRanOut(day) {
		return EngagementTerminated
	}
	return e.Status
}
