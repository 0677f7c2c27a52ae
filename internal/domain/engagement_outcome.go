package domain

// What a manager achieved on an engagement, and who at the client vouches
// for it: the manager's track record, which a proposal may print in its
// manager profile (InterimOffer.References). Both are words the client may
// read, so neither holds a figure of the deal by design: the form asks for
// a line of results, never a rate.
const (
	// MaxOutcomeLen bounds the outcome line: one short sentence.
	MaxOutcomeLen = 300
	// MaxReferenceLen bounds the client reference: a name and a title.
	MaxReferenceLen = 200
	// MaxReferences is how many engagements one proposal may print: a
	// profile shows the recent few, not the whole career.
	MaxReferences = 5
)

// Field labels of the track record, for the form and the tests; the calls
// below write them out, where the translation check finds them.
const (
	OutcomeLabel    = "Outcome"
	ReferenceLabel  = "Client reference"
	ReferencesLabel = "References"
)

// validateOutcome checks the outcome line and the client reference: one
// line each, bounded.
func (e *Engagement) validateOutcome() error {
	return firstError(
		oneLine("Outcome", e.Outcome),
		maxLen("Outcome", e.Outcome, MaxOutcomeLen),
		oneLine("Client reference", e.Reference),
		maxLen("Client reference", e.Reference, MaxReferenceLen),
	)
}

// validateReferences checks the engagements chosen for printing as far as
// the proposal alone can: a manager to take them from, at most
// MaxReferences, each named once. That each is an engagement of that
// manager is the store's to check.
func (in *InterimOffer) validateReferences() error {
	if len(in.References) == 0 {
		return nil
	}
	if in.ManagerID == 0 {
		return Invalidf("References", "choose the manager first; the mandates printed are the manager's own.")
	}
	if len(in.References) > MaxReferences {
		return Invalidf("References", "at most %d mandates can be printed; %d are chosen.", MaxReferences, len(in.References))
	}
	seen := map[int64]bool{}
	for _, id := range in.References {
		if id <= 0 {
			return Invalidf("References", "%d is not an engagement number.", id)
		}
		if seen[id] {
			return Invalidf("References", "engagement %d is chosen twice.", id)
		}
		seen[id] = true
	}
	return nil
}

// MandateReference is an engagement as a proposal prints it in the
// manager's profile: who, what, when and what came of it. It carries no
// rate or fee: the client reads it.
type MandateReference struct {
	EngagementID int64  `json:"engagement_id"`
	Client       string `json:"client"` // the client's display name
	Role         string `json:"role"`
	Start        Date   `json:"start"`
	End          Date   `json:"end"` // the last day, early when it ended early; zero while open-ended
	Outcome      string `json:"outcome,omitempty"`
	Reference    string `json:"reference,omitempty"`
}

// NewMandateReference is e as printed, for the client named clientName.
func NewMandateReference(e *Engagement, clientName string) MandateReference {
	return MandateReference{
		EngagementID: e.ID, Client: clientName, Role: e.Role,
		Start: e.Start, End: e.Booking().End, Outcome: e.Outcome, Reference: e.Reference,
	}
}
