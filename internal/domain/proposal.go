package domain

import (
	"strings"
	"time"
)

// OfferKind names one of the two offers of a proposal, and the kind of an
// engagement that comes from it.
type OfferKind string

const (
	KindInterim    OfferKind = "interim"
	KindConsulting OfferKind = "consulting"
)

// Valid reports whether k is interim or consulting.
func (k OfferKind) Valid() bool { return k == KindInterim || k == KindConsulting }

// ProposalStatus is where a proposal stands with the client.
type ProposalStatus string

const (
	ProposalDraft    ProposalStatus = "draft"
	ProposalIssued   ProposalStatus = "issued"
	ProposalAccepted ProposalStatus = "accepted"
	ProposalDeclined ProposalStatus = "declined"
	ProposalExpired  ProposalStatus = "expired"
)

// ProposalStatuses lists the statuses in pipeline order.
var ProposalStatuses = []ProposalStatus{ProposalDraft, ProposalIssued, ProposalAccepted, ProposalDeclined, ProposalExpired}

// Valid reports whether s is a known status.
func (s ProposalStatus) Valid() bool {
	for _, v := range ProposalStatuses {
		if s == v {
			return true
		}
	}
	return false
}

// InterimOffer is the mandate: a manager takes a line position and answers for results.
type InterimOffer struct {
	ManagerID    int64  `json:"manager_id"` // 0 while no manager is proposed yet
	Role         string `json:"role"`
	Objectives   string `json:"objectives"`    // one per line
	ExitCriteria string `json:"exit_criteria"` // one per line
	Start        Date   `json:"start"`
	Weeks        int    `json:"weeks"`
	DaysPerWeek  int    `json:"days_per_week"`
	DayRate      Money  `json:"day_rate"` // what the client pays a day
	// ManagerDayFee is what the firm pays the manager's company a day: taken
	// from the roster when the manager is chosen, then editable. The client
	// never sees it.
	ManagerDayFee Money `json:"manager_day_fee"`
	// References are the engagements of the manager the document prints
	// in the manager's profile (engagement_outcome.go).
	References []int64 `json:"references,omitempty"`
}

// Phase is one step of a consulting offer with its own fee.
type Phase struct {
	Name  string `json:"name"`
	Weeks int    `json:"weeks"`
	Fee   Money  `json:"fee"`
	// ManagerFee is what the firm pays the consulting offer's manager for
	// this phase, when it pays by phase; the client never sees it.
	ManagerFee Money `json:"manager_fee,omitempty"`
}

// ConsultingOffer is the advice: analysis, recommendations, a plan; the client decides.
type ConsultingOffer struct {
	Approach     string  `json:"approach"`
	Deliverables string  `json:"deliverables"` // one per line
	Phases       []Phase `json:"phases"`
	// A consulting offer may name a manager of the roster who does part of
	// the work, paid by the day (ManagerDayFee × ManagerDays) or by phase
	// (Phase.ManagerFee), or both; 0 names none. The client never sees
	// the fee; the margin subtracts it from the fee.
	ManagerID     int64 `json:"manager_id,omitempty"`
	ManagerDayFee Money `json:"manager_day_fee,omitempty"`
	ManagerDays   int   `json:"manager_days,omitempty"`
}

// PermanentHire is the comparator clients carry in their heads: what hiring
// someone permanently for the same position would cost.
type PermanentHire struct {
	AnnualSalary      Money `json:"annual_salary"`
	EmployerCostPct   int   `json:"employer_cost_pct"`   // on top of salary, e.g. 30
	RecruitmentFeePct int   `json:"recruitment_fee_pct"` // of annual salary, e.g. 25
	// NoticeMonths is the notice the user entered; 0 follows the law of the
	// client's country for the tenure compared (see NoticeFor).
	NoticeMonths int `json:"notice_months"`
}

// Proposal answers a client's question with an interim mandate beside a
// consulting offer for the same problem.
type Proposal struct {
	ID             int64           `json:"id"`
	ClientID       int64           `json:"client_id"`
	Title          string          `json:"title"`
	Situation      string          `json:"situation"`
	Interim        InterimOffer    `json:"interim"`
	Consulting     ConsultingOffer `json:"consulting"`
	Permanent      *PermanentHire  `json:"permanent,omitempty"`
	Recommended    OfferKind       `json:"recommended,omitempty"`
	Recommendation string          `json:"recommendation"`
	Terms          string          `json:"terms"`    // extra terms; the document adds the standard ones
	Language       Lang            `json:"language"` // empty: the client's language
	VATRate        int             `json:"vat_rate"` // whole percent
	ReverseCharge  bool            `json:"reverse_charge"`
	// VATReason is why the VAT treatment differs from the one that follows
	// from the countries (ExpectedVATTreatment); kept with each version.
	VATReason    string `json:"vat_reason"`
	ValidityDays int    `json:"validity_days"`
	// NoticeDays is the notice either party gives to end the engagement
	// early: the proposal promises it and the contract of the accepted
	// offer carries it. 0 (proposals saved before it existed) is
	// DefaultNoticeDays; see Notice.
	NoticeDays int `json:"notice_days,omitempty"`
	// MarginReason is why the firm offers at a margin of zero or less,
	// which the check blocks without one; kept with each version.
	MarginReason string `json:"margin_reason,omitempty"`

	Status         ProposalStatus `json:"status"`
	StatusDate     Date           `json:"status_date"` // when it was issued, accepted, declined or expired
	AcceptedOption OfferKind      `json:"accepted_option,omitempty"`
	Number         string         `json:"number"`  // given when first issued: OFF-2026-0007
	Version        int            `json:"version"` // the last issued version, 0 before the first
	IssuedOn       Date           `json:"issued_on"`
	Rev            int64          `json:"rev"`
	CreatedAt      time.Time      `json:"created_at"`
	UpdatedAt      time.Time      `json:"updated_at"`
}

// Starting values of a permanent-hire comparator: what employer costs and a
// recruiter's fee usually come to in Belgium and the Netherlands.
const (
	DefaultEmployerCostPct   = 30
	DefaultRecruitmentFeePct = 25
)

// NewPermanentHire is a comparator with its starting values filled in and
// no salary yet; without a salary it is not compared.
func NewPermanentHire() *PermanentHire {
	return &PermanentHire{EmployerCostPct: DefaultEmployerCostPct, RecruitmentFeePct: DefaultRecruitmentFeePct}
}

// NewProposal is a new draft with the starting values a form shows.
func NewProposal() *Proposal {
	return &Proposal{Status: ProposalDraft, Permanent: NewPermanentHire(), NoticeDays: DefaultNoticeDays}
}

// ValidUntil is the last day the client can accept the issued version.
func (p *Proposal) ValidUntil() Date {
	if p.IssuedOn.IsZero() {
		return Date{}
	}
	return p.IssuedOn.AddDays(p.ValidityDays)
}

// Validate checks the proposal in the order the form shows its fields.
func (p *Proposal) Validate() error {
	in := &p.Interim
	return firstError(
		func() error {
			if p.ClientID <= 0 {
				return Invalidf("Client", "is required; choose the client this proposal is for.")
			}
			return nil
		}(),
		oneLine("Title", p.Title),
		required("Title", p.Title),
		maxLen("Title", p.Title, 200),
		multiLine("Situation", p.Situation),
		oneLine("Role", in.Role),
		multiLine("Objectives", in.Objectives),
		multiLine("Exit criteria", in.ExitCriteria),
		multiLine("Approach", p.Consulting.Approach),
		multiLine("Deliverables", p.Consulting.Deliverables),
		func() error {
			for _, ph := range p.Consulting.Phases {
				if err := oneLine("Phases", ph.Name); err != nil {
					return err
				}
			}
			return nil
		}(),
		multiLine("Recommendation", p.Recommendation),
		multiLine("Terms", p.Terms),
		multiLine("VAT treatment", p.VATReason),
		multiLine("Margin reason", p.MarginReason),
		maxLen("Margin reason", p.MarginReason, 2000),
		p.Consulting.validateManager(),
		maxLen("Situation", p.Situation, 100000),
		maxLen("Role", in.Role, 200),
		func() error {
			if in.Weeks < 0 || in.Weeks > 156 {
				return Invalidf("Weeks", "must be between 0 and 156 (three years).")
			}
			if in.DaysPerWeek < 0 || in.DaysPerWeek > 5 {
				return Invalidf("Days per week", "must be between 1 and 5.")
			}
			if in.Weeks > 0 && in.DaysPerWeek == 0 {
				return Invalidf("Days per week", "must be between 1 and 5.")
			}
			if in.DayRate < 0 {
				return Invalidf("Day rate", "cannot be negative.")
			}
			if in.DayRate > MaxDayRate {
				return Invalidf("Day rate", "must not exceed %s.", MaxDayRate.InSentence())
			}
			return nil
		}(),
		in.validateManagerFee(),
		in.validateReferences(),
		func() error {
			for i, ph := range p.Consulting.Phases {
				if strings.TrimSpace(ph.Name) == "" {
					return Invalidf("Phases", "phase %d has no name.", i+1)
				}
				if ph.Weeks < 0 || ph.Weeks > 104 {
					return Invalidf("Phases", "phase %q must last between 0 and 104 weeks.", ph.Name)
				}
				if ph.Fee < 0 {
					return Invalidf("Phases", "the fee of phase %q cannot be negative.", ph.Name)
				}
			}
			return nil
		}(),
		func() error {
			h := p.Permanent
			if h == nil {
				return nil
			}
			if h.AnnualSalary < 0 {
				return Invalidf("Annual salary", "cannot be negative.")
			}
			if h.EmployerCostPct < 0 || h.EmployerCostPct > 100 {
				return Invalidf("Employer cost", "must be between 0 and 100 percent.")
			}
			if h.RecruitmentFeePct < 0 || h.RecruitmentFeePct > 100 {
				return Invalidf("Recruitment fee", "must be between 0 and 100 percent.")
			}
			if h.NoticeMonths < 0 || h.NoticeMonths > 36 {
				return Invalidf("Notice period", "must be between 0 and 36 months.")
			}
			return nil
		}(),
		func() error {
			if p.Recommended != "" && !p.Recommended.Valid() {
				return Invalidf("Recommended option", "must be interim or consulting.")
			}
			if p.Language != "" && !p.Language.Valid() {
				return Invalidf("Document language", "must be nl, en or fr.")
			}
			return nil
		}(),
		validateVATRate("VAT rate", p.VATRate),
		func() error {
			if p.NoticeDays < 0 || p.NoticeDays > 365 {
				return Invalidf("Notice period", "must be between 1 and 365 days.")
			}
			return nil
		}(),
		maxLen("VAT treatment", p.VATReason, 2000),
		func() error {
			if p.ValidityDays < 1 || p.ValidityDays > 365 {
				return Invalidf("Validity", "must be between 1 and 365 days.")
			}
			if !p.Status.Valid() {
				return Invalidf("Status", "%q is not a proposal status.", p.Status)
			}
			if p.Status == ProposalAccepted && !p.AcceptedOption.Valid() {
				return Invalidf("Accepted option", "say which offer the client accepted: interim or consulting.")
			}
			return nil
		}(),
	)
}

// DocumentLanguage is the language the document is written in: the
// proposal's own choice, else the client's, else the firm's default.
func (p *Proposal) DocumentLanguage(c *Client, f *Firm) Lang {
	switch {
	case p.Language.Valid():
		return p.Language
	case c != nil && c.Language.Valid():
		return c.Language
	case f != nil && f.DefaultLanguage.Valid():
		return f.DefaultLanguage
	}
	return LangEN
}

// ProposalVersion is an issued, frozen version of a proposal: what the client
// received, kept so that it can be reprinted byte for byte.
type ProposalVersion struct {
	ProposalID int64     `json:"proposal_id"`
	Version    int       `json:"version"`
	Number     string    `json:"number"`
	IssuedOn   Date      `json:"issued_on"`
	Language   Lang      `json:"language"`
	Data       []byte    `json:"data"` // JSON of the ProposalSnapshot the document showed
	PDF        []byte    `json:"-"`
	SHA256     string    `json:"sha256"` // hex of PDF
	CreatedAt  time.Time `json:"created_at"`
}
