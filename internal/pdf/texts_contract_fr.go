package pdf

import "github.com/interimdesk/interimdesk/internal/domain"

var contractTextsFR = contractTexts{
	Kicker: "Convention",
	Titles: map[domain.Jurisdiction]map[domain.OfferKind]string{
		domain.JurisdictionBE: {domain.KindInterim: "Convention de management", domain.KindConsulting: "Convention de conseil"},
		domain.JurisdictionNL: {domain.KindInterim: "Contrat de mission – management de transition", domain.KindConsulting: "Contrat de mission – conseil"},
	},
	Subject:  "%s avec %s",
	Contract: "Convention %s",

	Client:      "Client",
	Number:      "Numéro",
	Version:     "Version",
	Date:        "Date",
	Proposal:    "Proposition",
	ProposalRef: "%s, version %d",

	Seat:            "dont le siège est établi %s",
	EnterpriseNo:    "numéro d’entreprise %s",
	RPR:             "RPM %s",
	KvK:             "inscrite à la Chambre de commerce néerlandaise (KvK) sous le numéro %s",
	VAT:             "TVA %s",
	RepresentedBy:   "représentée par %s",
	DulyRepresented: "valablement représentée",
	Hereinafter:     "ci-après «\u00a0%s\u00a0»",
	FirmAs:          "le Cabinet",
	ClientAs:        "le Client",
	ManagerAs:       "le Manager",
	SelfEmployed:    "indépendant",

	Objectives:   "Objectifs",
	ExitCriteria: "Critères de sortie",
	Powers:       "Pouvoirs particuliers",
	Scope:        "Périmètre et démarche",
	Deliverables: "Livrables",
	NoneAgreed:   "À convenir par écrit entre les Parties.",
	Start:        "Début",
	End:          "Fin prévue",
	OpenEnd:      "Indéterminée, jusqu’à ce que les critères de sortie soient remplis",
	Duration:     "Durée",
	NoticePeriod: "Préavis",

	DayRate:     "Tarif journalier hors TVA",
	DaysPerWeek: "Jours par semaine",
	Monthly:     "Par mois (indicatif)",
	Estimated:   "Total estimé hors TVA",
	FixedFee:    "Honoraires forfaitaires hors TVA",
	Phase:       "Phase",
	Fee:         "Honoraires",
	Total:       "Total",

	VATNote:           "La TVA au taux de %s s’ajoute aux honoraires.",
	ReverseChargeNote: "Autoliquidation\u00a0: la TVA est due par le Client (article 196 de la directive 2006/112/CE).",

	Below: "ci-dessous",

	ForFirm:    "Pour le Cabinet",
	ForClient:  "Pour le Client",
	ForManager: "Le Manager",
	Initials:   "Paraphe",
}
