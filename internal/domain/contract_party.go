package domain

import "strings"

// ContractParty says which of an engagement's agreements a contract is. A
// mandate has two sides, signed back to back: the firm contracts the
// client at the client's day rate (the client agreement) and the manager's
// company at the manager's day fee (the manager agreement). Each side sees
// only its own figure.
type ContractParty string

const (
	// PartyClient is the agreement between the firm and the client; the
	// only contract of a consulting assignment, and the three-party
	// contract when the firm chose that.
	PartyClient ContractParty = "client"
	// PartyManager is the agreement between the firm and the manager's
	// management company: a mandate's only, when the firm signs two
	// agreements.
	PartyManager ContractParty = "manager"
)

// ContractParties lists the parties there are, the client's first.
var ContractParties = []ContractParty{PartyClient, PartyManager}

// Valid reports whether p is a party a contract is made for.
func (p ContractParty) Valid() bool { return p == PartyClient || p == PartyManager }

// ParseContractParty reads "client" or "manager"; empty is the client.
func ParseContractParty(s string) (ContractParty, error) {
	s = strings.ToLower(strings.TrimSpace(s))
	if s == "" {
		return PartyClient, nil
	}
	p := ContractParty(s)
	if !p.Valid() {
		return "", Invalidf("Party", "%q is not a party of a contract; use client or manager.", s)
	}
	return p, nil
}

// PaymentBasis is what the days of the manager's payment term count from.
type PaymentBasis string

const (
	// PayAfterInvoice counts from the date of the manager company's invoice.
	PayAfterInvoice PaymentBasis = "invoice"
	// PayAfterClient counts from the day the client paid the firm for the
	// same days.
	PayAfterClient PaymentBasis = "client_payment"
)

// MaxManagerPaymentDays caps the manager's payment term: Belgian law (wet
// van 2 augustus 2002, art. 4) and Dutch law (art. 6:119a BW) allow at
// most 60 days between businesses.
const MaxManagerPaymentDays = 60

// ContractSettings are the firm's choices about the contracts of a
// mandate, kept in the settings table.
type ContractSettings struct {
	// ThreeParty prints one contract that the firm, the client and the
	// manager's company all sign, instead of two agreements. It shows the
	// client's day rate to the manager.
	ThreeParty bool `json:"three_party"`
	// ManagerPaymentDays and ManagerPaymentAfter set when the firm pays the
	// manager's company: so many days after its invoice, or after the
	// client paid the firm for the same days.
	ManagerPaymentDays  int          `json:"manager_payment_days"`
	ManagerPaymentAfter PaymentBasis `json:"manager_payment_after"`
}

// DefaultContractSettings are the settings of a firm that never chose:
// two agreements, the manager's company paid 30 days after its invoice.
func DefaultContractSettings() ContractSettings {
	return ContractSettings{ManagerPaymentDays: 30, ManagerPaymentAfter: PayAfterInvoice}
}

// Validate checks the settings in the order the settings screen shows them.
func (s *ContractSettings) Validate() error {
	if s.ManagerPaymentDays < 0 || s.ManagerPaymentDays > MaxManagerPaymentDays {
		return Invalidf("Manager payment term", "must be between 0 and %d days; the law allows no longer term between businesses.", MaxManagerPaymentDays)
	}
	if s.ManagerPaymentAfter != PayAfterInvoice && s.ManagerPaymentAfter != PayAfterClient {
		return Invalidf("Manager payment term", "must count from the manager's invoice or from the client's payment.")
	}
	return nil
}

// ManagerPayment is when the firm pays the manager's company, as a manager
// agreement freezes it.
type ManagerPayment struct {
	Days  int          `json:"days"`
	After PaymentBasis `json:"after"`
}

// HasManagerAgreement reports whether an engagement signs a manager
// agreement beside its client agreement: a mandate with a manager, when
// the firm does not sign one three-party contract.
func HasManagerAgreement(e *Engagement, s ContractSettings) bool {
	return e.Kind == KindInterim && e.ManagerID != 0 && !s.ThreeParty
}

// PartiesOf lists the agreements an engagement prints, the client's first.
func PartiesOf(e *Engagement, s ContractSettings) []ContractParty {
	if HasManagerAgreement(e, s) {
		return []ContractParty{PartyClient, PartyManager}
	}
	return []ContractParty{PartyClient}
}

// PartyOf is the party of a document; frozen data from before there were
// two agreements has none and is the client's.
func (d *ContractDocument) PartyOf() ContractParty {
	if d.Party == PartyManager {
		return PartyManager
	}
	return PartyClient
}

// ManagerSigns reports whether the manager (or the manager's company) is a
// party: the manager agreement, and the three-party contract of a mandate.
func (d *ContractDocument) ManagerSigns() bool {
	if d.Engagement.Kind != KindInterim || d.Manager == nil {
		return false
	}
	return d.PartyOf() == PartyManager || d.ThreeParty
}

// DayFigure is the day figure this document shows: the client's day rate
// in the client's contract, the manager's day fee in the manager's.
func (d *ContractDocument) DayFigure() Money {
	if d.PartyOf() == PartyManager {
		return d.Engagement.ManagerDayFee
	}
	return d.Engagement.DayRate
}

// Figures is the engagement with the day figure of this document in its
// day rate, so its monthly fee and estimated total are this side's.
func (d *ContractDocument) Figures() Engagement {
	e := d.Engagement
	e.DayRate = d.DayFigure()
	return e
}

// KeepOwnSide removes from the document what the other side of the deal
// must never read: the manager's fee from the client's contract (even a
// three-party one: the manager signs it, the client reads it), the
// client's rate, fee, proposal and its phases from the manager's. What the
// document holds is what can be frozen, exported or printed.
func (d *ContractDocument) KeepOwnSide() {
	if d.PartyOf() == PartyManager {
		d.Engagement.DayRate, d.Engagement.Fee = 0, 0
		d.Proposal, d.Phases = nil, nil
		return
	}
	d.Engagement.ManagerDayFee = 0
	d.ManagerPayment = nil
}

// AgreementClauses lists the clauses a contract prints, in order: the
// consulting template, the manager agreement, the three-party contract of
// a mandate, or the client agreement of a mandate.
func AgreementClauses(kind OfferKind, party ContractParty, threeParty bool) []ClauseKey {
	switch {
	case kind == KindConsulting:
		return consultingArticles
	case party == PartyManager:
		return managerArticles
	case threeParty:
		return interimArticles
	}
	return clientArticles
}

// ManagerAgreementLanguage is the language of the manager agreement: the
// client agreement's when the manager speaks it (the two are read side by
// side), else the firm's own language when the manager speaks that, else
// the client agreement's all the same.
func ManagerAgreementLanguage(m *Manager, c *Client, f *Firm) Lang {
	lang := ContractLanguage(c, f)
	if m == nil || len(m.Languages) == 0 {
		return lang
	}
	speaks := func(l Lang) bool {
		for _, s := range m.Languages {
			if strings.EqualFold(strings.TrimSpace(s), string(l)) {
				return true
			}
		}
		return false
	}
	if speaks(lang) {
		return lang
	}
	if f != nil && f.DefaultLanguage.Valid() && speaks(f.DefaultLanguage) {
		return f.DefaultLanguage
	}
	return lang
}

// CompanyCountry is the country of a management company: its seat's, else
// the prefix of its VAT number, else "".
func CompanyCountry(co *ManagementCompany) string {
	if co.Seat.Country != "" {
		return strings.ToUpper(co.Seat.Country)
	}
	if len(co.VATID) >= 2 {
		return strings.ToUpper(co.VATID[:2])
	}
	return ""
}
