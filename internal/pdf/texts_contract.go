package pdf

import "github.com/interimdesk/interimdesk/internal/domain"

// contractTexts are the fixed words of a contract in one language: labels,
// the names of the parties and the titles of the templates. The articles
// themselves come from the clause library (domain.Clause) and are frozen
// with each printed contract; these words are the frame around them.
type contractTexts struct {
	// Kicker is the kind of document above the title; Titles name each
	// template by jurisdiction and variant.
	Kicker string
	Titles map[domain.Jurisdiction]map[domain.OfferKind]string
	// Subject is the metadata subject: "Management agreement with %s".
	Subject string
	// Contract names the document in the running header: "Contract %s".
	Contract string

	// The facts beside the client.
	Client, Number, Version, Date, Proposal, ProposalRef string

	// The parties: who they are and what the contract calls them. Seat
	// takes the address, Hereinafter the name the contract gives the party.
	Seat, EnterpriseNo, RPR, KvK, VAT           string
	RepresentedBy, DulyRepresented, Hereinafter string
	FirmAs, ClientAs, ManagerAs, SelfEmployed   string

	// Labels of the data under the articles.
	Objectives, ExitCriteria, Powers, Scope, Deliverables, NoneAgreed string
	Start, End, OpenEnd, Duration, NoticePeriod                       string
	DayRate, DaysPerWeek, Monthly, Estimated, FixedFee                string
	Phase, Fee, Total                                                 string
	// VATNote and ReverseChargeNote say what happens with VAT under a
	// consulting fee: "VAT at %s is charged on top of the fee."
	VATNote, ReverseChargeNote string

	// Below is the word that announces the data under a paragraph,
	// lower case: "hieronder". The data is printed after that paragraph.
	Below string

	// The signature block and the footer.
	ForFirm, ForClient, ForManager string
	Initials                       string
}

// contractTextsFor returns the words of a contract language; anything else
// gets English.
func contractTextsFor(l domain.Lang) *contractTexts {
	switch l {
	case domain.LangNL:
		return &contractTextsNL
	case domain.LangFR:
		return &contractTextsFR
	}
	return &contractTextsEN
}
