package domain

// An EngagementChange moves an engagement one step through its life and
// says what to record: the event and its facts. A store reads the
// engagement, applies the change, checks the manager's capacity where the
// dates grew, and writes the engagement with the event in one
// transaction; the steps are here so that both stores record the same.
type EngagementChange func(e *Engagement) (EventKind, EventFacts, error)

// ActivateOn starts a planned engagement on day on; the event names the
// planned start when the engagement started on another day.
func ActivateOn(on Date) EngagementChange {
	return func(e *Engagement) (EventKind, EventFacts, error) {
		if err := e.Activate(); err != nil {
			return "", EventFacts{}, err
		}
		if on != e.Start {
			return EventActivated, EventFacts{On: on, Planned: e.Start}, nil
		}
		return EventActivated, EventFacts{On: on}, nil
	}
}

// CompleteOn ends an active engagement on day on: completed, or
// terminated when notice had been given.
func CompleteOn(on Date) EngagementChange {
	return func(e *Engagement) (EventKind, EventFacts, error) {
		end := e.End
		if err := e.Complete(on); err != nil {
			return "", EventFacts{}, err
		}
		if e.Status == EngagementTerminated {
			// Ended before the last day of the notice: that day is the
			// last, and the manager is free after it, not after the notice.
			if on.Before(e.TerminatedOn) {
				e.TerminatedOn = on
			}
			return EventTerminated, EventFacts{On: on, LastDay: e.TerminatedOn, Reason: e.EndReason, DuringNotice: true}, nil
		}
		if e.End != end {
			return EventCompleted, EventFacts{On: on, Planned: end}, nil
		}
		return EventCompleted, EventFacts{On: on}, nil
	}
}

// NoticeGiven records notice given on day given, with the reason, on day
// today (GiveNotice): terminated at once when the last day is past.
func NoticeGiven(given Date, reason string, today Date) EngagementChange {
	return func(e *Engagement) (EventKind, EventFacts, error) {
		if err := e.GiveNotice(given, reason, today); err != nil {
			return "", EventFacts{}, err
		}
		facts := EventFacts{On: given, NoticeDays: e.NoticeDays, LastDay: e.TerminatedOn, Reason: e.EndReason}
		if e.Status == EngagementTerminated {
			return EventTerminated, facts, nil
		}
		return EventNotice, facts, nil
	}
}

// ExtendTo moves the planned end to day to, as agreed on day on.
func ExtendTo(to, on Date) EngagementChange {
	return func(e *Engagement) (EventKind, EventFacts, error) {
		from := e.End
		if err := e.Extend(to); err != nil {
			return "", EventFacts{}, err
		}
		return EventExtended, EventFacts{From: from, To: to, On: on}, nil
	}
}
