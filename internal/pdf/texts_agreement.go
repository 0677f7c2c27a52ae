package pdf

import "github.com/interimdesk/interimdesk/internal/domain"

// agreementTexts are the words of the manager agreement's frame, where it
// differs from the client's contract: its title, the name of the
// manager's company as a party, and the labels of the manager's fee.
type agreementTexts struct {
	// Titles name the manager agreement by jurisdiction.
	Titles map[domain.Jurisdiction]string
	// Contractor labels the manager's company beside the contract's facts;
	// ContractorAs is the name the agreement gives it.
	Contractor, ContractorAs, ForContractor string
	// DayFee labels the manager's fee in the figures under the article.
	DayFee string
	// VATNote says the manager's company charges VAT on its fee;
	// ReverseChargeNote that the firm, not the client, owes the VAT on an
	// invoice from a company in another member state.
	VATNote, ReverseChargeNote string
}

var agreementTextsByLang = map[domain.Lang]*agreementTexts{
	domain.LangNL: {
		Titles: map[domain.Jurisdiction]string{
			domain.JurisdictionBE: "Managementovereenkomst – onderaanneming",
			domain.JurisdictionNL: "Overeenkomst van opdracht – onderaanneming",
		},
		Contractor: "Opdrachtnemer", ContractorAs: "de Opdrachtnemer", ForContractor: "Voor de Opdrachtnemer",
		DayFee:            "Dagvergoeding excl. btw",
		VATNote:           "De Opdrachtnemer brengt op de vergoeding %s btw in rekening.",
		ReverseChargeNote: "Btw verlegd: de btw is verschuldigd door het Bureau (artikel 196 van Richtlijn 2006/112/EG).",
	},
	domain.LangEN: {
		Titles: map[domain.Jurisdiction]string{
			domain.JurisdictionBE: "Management agreement – subcontracting",
			domain.JurisdictionNL: "Contract for services – subcontracting",
		},
		Contractor: "Contractor", ContractorAs: "the Contractor", ForContractor: "For the Contractor",
		DayFee:            "Day fee excl. VAT",
		VATNote:           "The Contractor charges VAT at %s on the fee.",
		ReverseChargeNote: "VAT reverse charged: the VAT is payable by the Firm (Article 196 of Council Directive 2006/112/EC).",
	},
	domain.LangFR: {
		Titles: map[domain.Jurisdiction]string{
			domain.JurisdictionBE: "Convention de management – sous-traitance",
			domain.JurisdictionNL: "Contrat de mission – sous-traitance",
		},
		Contractor: "Prestataire", ContractorAs: "le Prestataire", ForContractor: "Pour le Prestataire",
		DayFee:            "Par jour, hors TVA",
		VATNote:           "Le Prestataire facture la TVA à %s sur la rémunération.",
		ReverseChargeNote: "Autoliquidation\u00a0: la TVA est due par le Cabinet (article 196 de la directive 2006/112/CE).",
	},
}

// agreementTextsFor returns the manager agreement's words in a language;
// anything else gets English.
func agreementTextsFor(l domain.Lang) *agreementTexts {
	if t, ok := agreementTextsByLang[l]; ok {
		return t
	}
	return agreementTextsByLang[domain.LangEN]
}
