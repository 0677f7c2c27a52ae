package domain

import "time"

// EventKind is what happened to an engagement, from a closed set. Its value
// is what the store writes in the event's what column, as earlier
// versions did, so a history keeps one vocabulary across versions.
type EventKind string

// The kinds of an engagement's history.
const (
	EventAdded            EventKind = "added"             // entered by hand
	EventAccepted         EventKind = "accepted"          // made from an accepted proposal
	EventActivated        EventKind = "activated"         // started
	EventCompleted        EventKind = "completed"         // ended as planned, or earlier
	EventNotice           EventKind = "notice"            // notice given, still running
	EventTerminated       EventKind = "terminated"        // ended by notice
	EventExtended         EventKind = "extended"          // planned end moved later
	EventCapacityOverride EventKind = "capacity override" // booked beyond the manager's days
	EventContractPrinted  EventKind = "contract printed"
	EventContractReissued EventKind = "contract reissued"
	EventContractTerms    EventKind = "contract terms"
	EventEdited           EventKind = "edited" // one figure changed
)

// Figure is the figure an EventEdited changed.
type Figure string

// The figures whose edits the history records; role and notes are not
// figures.
const (
	FigureManager     Figure = "manager"
	FigureStart       Figure = "start"
	FigureDaysPerWeek Figure = "days per week"
	FigureDayRate     Figure = "day rate"
	// FigureManagerDayFee is what the firm pays the manager's company a day.
	FigureManagerDayFee Figure = "manager's day fee"
	FigureFee           Figure = "fee"
	FigureNoticeDays    Figure = "notice period"
)

// EngagementEvent is one line of an engagement's history: acceptance,
// start, notice, extension, an override of the capacity check, a printed
// contract. What is its kind; Facts its data, which each edge words in its
// reader's language (Sentence). Detail is the same in English, as stored
// for logs and for earlier versions; an event written by an earlier
// version has only Detail, and Facts nil.
type EngagementEvent struct {
	At     time.Time   `json:"at"`
	What   EventKind   `json:"what"`
	Detail string      `json:"detail"`
	Facts  *EventFacts `json:"facts,omitempty"`
}

// EventFacts is the data of an event; each kind uses the fields its
// comment names and leaves the others zero.
type EventFacts struct {
	// On is the day it happened: accepted, started, ended, notice
	// given, extension agreed; the date of a printed contract.
	On Date `json:"on,omitzero"`
	// Planned is the planned start an activation differs from, or the
	// planned end a completion came before.
	Planned Date `json:"planned,omitzero"`
	// LastDay is the last day of a terminated engagement or a notice.
	LastDay    Date `json:"last_day,omitzero"`
	NoticeDays int  `json:"notice_days,omitempty"` // notice
	// DuringNotice marks a termination recorded by completing the
	// engagement before its notice ran out.
	DuringNotice bool   `json:"during_notice,omitempty"`
	Reason       string `json:"reason,omitempty"` // a person's words: notice, terminated, capacity override

	// Added: the kind of offer and the status it was entered with.
	Kind   OfferKind        `json:"kind,omitempty"`
	Status EngagementStatus `json:"status,omitempty"`

	// Accepted: the proposal's Number, Version and the Option accepted.
	// Contract printed or reissued: the contract's Number and Version,
	// its Language and Jurisdiction and the SHA256 of its PDF, and for
	// the manager agreement its Party (empty for the client's).
	Party        ContractParty `json:"party,omitempty"`
	Number       string        `json:"number,omitempty"`
	Version      int           `json:"version,omitempty"`
	Option       OfferKind     `json:"option,omitempty"`
	Language     Lang          `json:"language,omitempty"`
	Jurisdiction Jurisdiction  `json:"jurisdiction,omitempty"`
	SHA256       string        `json:"sha256,omitempty"`

	// Capacity override: what the check said.
	Check *CapacityConflict `json:"check,omitempty"`

	// Extended: the planned end From and To. Edited: the Figure changed,
	// from and to: From and To for the start, FromN and ToN for the
	// manager's number, the days per week and the notice days, FromMoney
	// and ToMoney for the day rate and the fee.
	Figure    Figure `json:"figure,omitempty"`
	From      Date   `json:"from,omitzero"`
	To        Date   `json:"to,omitzero"`
	FromN     int64  `json:"from_n,omitempty"`
	ToN       int64  `json:"to_n,omitempty"`
	FromMoney Money  `json:"from_money,omitempty"`
	ToMoney   Money  `json:"to_money,omitempty"`
}

// NewEvent is an event of kind with its facts, its Detail the English
// sentence of them.
func NewEvent(at time.Time, kind EventKind, facts EventFacts) EngagementEvent {
	ev := EngagementEvent{At: at, What: kind, Facts: &facts}
	if s, ok := ev.Sentence(); ok {
		ev.Detail = s.String()
	}
	return ev
}

// Sentence is the detail of the event as a format and its arguments, for
// the edge to word in its reader's language; false for an event of an
// earlier version (Facts nil), which has only its English Detail, and
// for a kind with nothing to say.
func (ev EngagementEvent) Sentence() (Sentence, bool) {
	f := ev.Facts
	if f == nil {
		return Sentence{}, false
	}
	switch ev.What {
	case EventAdded:
		return sentencef("kind %s, status %s", f.Kind, f.Status), true
	case EventAccepted:
		return sentencef("from %s version %d, option %s, accepted on %s", f.Number, f.Version, f.Option, f.On), true
	case EventActivated:
		if !f.Planned.IsZero() {
			return sentencef("started on %s (planned start %s)", f.On, f.Planned), true
		}
		return sentencef("started on %s", f.On), true
	case EventCompleted:
		if !f.Planned.IsZero() {
			return sentencef("ended on %s, before the planned end %s", f.On, f.Planned), true
		}
		return sentencef("ended on %s", f.On), true
	case EventTerminated, EventNotice:
		if f.DuringNotice {
			return sentencef("ended on %s during the notice; last day %s; reason: “%s”", f.On, f.LastDay, f.Reason), true
		}
		return sentencef("notice given on %s, %d days; last day %s; reason: “%s”", f.On, f.NoticeDays, f.LastDay, f.Reason), true
	case EventExtended:
		return sentencef("planned end moved from %s to %s, agreed on %s", f.From, f.To, f.On), true
	case EventCapacityOverride:
		if f.Check == nil {
			return Sentence{}, false
		}
		// The check's sentence stands between brackets: at the end of
		// the detail, its own format (which starts with the manager's
		// name) would have taken the whole detail for its own when
		// earlier versions parsed it back.
		return sentencef("reason: “%s” (the capacity check said: %s)", f.Reason, f.Check), true
	case EventContractPrinted, EventContractReissued:
		if f.Party == PartyManager {
			return sentencef("manager agreement %s version %d dated %s (%s, %s law), PDF sha256 %s", f.Number, f.Version, f.On, f.Language, f.Jurisdiction, f.SHA256), true
		}
		return sentencef("contract %s version %d dated %s (%s, %s law), PDF sha256 %s", f.Number, f.Version, f.On, f.Language, f.Jurisdiction, f.SHA256), true
	case EventContractTerms:
		return sentencef("the contract terms were saved"), true
	case EventEdited:
		return f.figureSentence()
	}
	return Sentence{}, false
}

// figureSentence says how an edit changed one figure: "days per week
// changed from 4 to 3". Amounts are worded in the reader's language,
// dates stay ISO.
func (f *EventFacts) figureSentence() (Sentence, bool) {
	switch f.Figure {
	case FigureManager:
		switch {
		case f.FromN == 0:
			return sentencef("manager set to number %d", f.ToN), true
		case f.ToN == 0:
			return sentencef("manager number %d taken off", f.FromN), true
		}
		return sentencef("manager changed from number %d to number %d", f.FromN, f.ToN), true
	case FigureStart:
		return sentencef("start moved from %s to %s", f.From, f.To), true
	case FigureDaysPerWeek:
		return sentencef("days per week changed from %d to %d", f.FromN, f.ToN), true
	case FigureDayRate:
		return sentencef("day rate changed from %s to %s", f.FromMoney, f.ToMoney), true
	case FigureManagerDayFee:
		return sentencef("manager's day fee changed from %s to %s", f.FromMoney, f.ToMoney), true
	case FigureFee:
		return sentencef("fee changed from %s to %s", f.FromMoney, f.ToMoney), true
	case FigureNoticeDays:
		return sentencef("notice period changed from %d to %d days", f.FromN, f.ToN), true
	}
	return Sentence{}, false
}
