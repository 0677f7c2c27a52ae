package pdf

import "github.com/interimdesk/interimdesk/internal/domain"

var contractTextsNL = contractTexts{
	Kicker: "Overeenkomst",
	Titles: map[domain.Jurisdiction]map[domain.OfferKind]string{
		domain.JurisdictionBE: {domain.KindInterim: "Managementovereenkomst", domain.KindConsulting: "Adviesovereenkomst"},
		domain.JurisdictionNL: {domain.KindInterim: "Overeenkomst van opdracht – interimmanagement", domain.KindConsulting: "Overeenkomst van opdracht – advies"},
	},
	Subject:  "%s met %s",
	Contract: "Overeenkomst %s",

	Client:      "Opdrachtgever",
	Number:      "Nummer",
	Version:     "Versie",
	Date:        "Datum",
	Proposal:    "Voorstel",
	ProposalRef: "%s, versie %d",

	Seat:            "gevestigd te %s",
	EnterpriseNo:    "ondernemingsnummer %s",
	RPR:             "RPR %s",
	KvK:             "ingeschreven in het handelsregister van de Kamer van Koophandel onder nummer %s",
	VAT:             "btw %s",
	RepresentedBy:   "vertegenwoordigd door %s",
	DulyRepresented: "rechtsgeldig vertegenwoordigd",
	Hereinafter:     "hierna “%s”",
	FirmAs:          "het Bureau",
	ClientAs:        "de Opdrachtgever",
	ManagerAs:       "de Manager",
	SelfEmployed:    "zelfstandige",

	Objectives:   "Doelstellingen",
	ExitCriteria: "Exitcriteria",
	Powers:       "Bijzondere bevoegdheden",
	Scope:        "Reikwijdte en aanpak",
	Deliverables: "Op te leveren resultaten",
	NoneAgreed:   "Partijen leggen dit schriftelijk vast.",
	Start:        "Aanvang",
	End:          "Geplande einddatum",
	OpenEnd:      "Onbepaald, tot de exitcriteria zijn bereikt",
	Duration:     "Duur",
	NoticePeriod: "Opzegtermijn",

	DayRate:     "Dagtarief excl. btw",
	DaysPerWeek: "Dagen per week",
	Monthly:     "Per maand (indicatief)",
	Estimated:   "Geraamd totaal excl. btw",
	FixedFee:    "Vast honorarium excl. btw",
	Phase:       "Fase",
	Fee:         "Honorarium",
	Total:       "Totaal",

	VATNote:           "Op het honorarium wordt %s btw in rekening gebracht.",
	ReverseChargeNote: "Btw verlegd: de btw is verschuldigd door de Opdrachtgever (artikel 196 van Richtlijn 2006/112/EG).",

	Below: "hieronder",

	ForFirm:    "Voor het Bureau",
	ForClient:  "Voor de Opdrachtgever",
	ForManager: "De Manager",
	Initials:   "Paraaf",
}
