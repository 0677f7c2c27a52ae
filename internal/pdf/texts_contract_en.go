package pdf

import "github.com/interimdesk/interimdesk/internal/domain"

var contractTextsEN = contractTexts{
	Kicker: "Agreement",
	Titles: map[domain.Jurisdiction]map[domain.OfferKind]string{
		domain.JurisdictionBE: {domain.KindInterim: "Management agreement", domain.KindConsulting: "Consulting agreement"},
		domain.JurisdictionNL: {domain.KindInterim: "Contract for services – interim management", domain.KindConsulting: "Contract for services – consulting"},
	},
	Subject:  "%s with %s",
	Contract: "Contract %s",

	Client:      "Client",
	Number:      "Number",
	Version:     "Version",
	Date:        "Date",
	Proposal:    "Proposal",
	ProposalRef: "%s, version %d",

	Seat:            "with its registered office at %s",
	EnterpriseNo:    "enterprise number %s",
	RPR:             "RLE %s",
	KvK:             "registered with the Chamber of Commerce (KvK) under number %s",
	VAT:             "VAT %s",
	RepresentedBy:   "represented by %s",
	DulyRepresented: "duly represented",
	Hereinafter:     "hereinafter “%s”",
	FirmAs:          "the Firm",
	ClientAs:        "the Client",
	ManagerAs:       "the Manager",
	SelfEmployed:    "self-employed",

	Objectives:   "Objectives",
	ExitCriteria: "Exit criteria",
	Powers:       "Specific powers",
	Scope:        "Scope and approach",
	Deliverables: "Deliverables",
	NoneAgreed:   "To be agreed between the Parties in writing.",
	Start:        "Start",
	End:          "Planned end",
	OpenEnd:      "Indefinite, until the exit criteria are met",
	Duration:     "Duration",
	NoticePeriod: "Notice period",

	DayRate:     "Day rate excl. VAT",
	DaysPerWeek: "Days per week",
	Monthly:     "Per month (indicative)",
	Estimated:   "Estimated total excl. VAT",
	FixedFee:    "Fixed fee excl. VAT",
	Phase:       "Phase",
	Fee:         "Fee",
	Total:       "Total",

	VATNote:           "VAT at %s is charged on top of the fee.",
	ReverseChargeNote: "VAT reverse charged: the VAT is payable by the Client (Article 196 of Council Directive 2006/112/EC).",

	Below: "below",

	ForFirm:    "For the Firm",
	ForClient:  "For the Client",
	ForManager: "The Manager",
	Initials:   "Initials",
}
