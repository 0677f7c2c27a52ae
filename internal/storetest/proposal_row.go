package storetest

import (
	"encoding/json"
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// ProposalColumns are the columns of the proposals table that ProposalRow
// fills, in its order; the same in both stores' schemas.
const ProposalColumns = `client_id, manager_id, title, content, language, vat_rate, reverse_charge,
	validity_days, status, status_date, accepted_option, number, version, issued_on, rev, created_at, updated_at`

// proposalBody is the JSON of a proposal's content column, as both stores
// write it (sqlcol.ProposalContent).
type proposalBody struct {
	Situation      string                 `json:"situation"`
	Interim        domain.InterimOffer    `json:"interim"`
	Consulting     domain.ConsultingOffer `json:"consulting"`
	Permanent      *domain.PermanentHire  `json:"permanent,omitempty"`
	Recommended    domain.OfferKind       `json:"recommended,omitempty"`
	Recommendation string                 `json:"recommendation"`
	Terms          string                 `json:"terms"`
	VATReason      string                 `json:"vat_reason"`
	NoticeDays     int                    `json:"notice_days,omitempty"`
	MarginReason   string                 `json:"margin_reason,omitempty"`
}

// ProposalRow is the values of ProposalColumns for p, in the stores' text
// forms (dates 'YYYY-MM-DD' or ”, timestamps in UTC with nanoseconds).
func ProposalRow(t *testing.T, p *domain.Proposal) []any {
	t.Helper()
	content, err := json.Marshal(proposalBody{
		Situation: p.Situation, Interim: p.Interim, Consulting: p.Consulting, Permanent: p.Permanent,
		Recommended: p.Recommended, Recommendation: p.Recommendation, Terms: p.Terms, VATReason: p.VATReason,
		NoticeDays: p.NoticeDays, MarginReason: p.MarginReason,
	})
	if err != nil {
		t.Fatal(err)
	}
	var manager any
	if p.Interim.ManagerID != 0 {
		manager = p.Interim.ManagerID
	}
	day := func(d domain.Date) string {
		if d.IsZero() {
			return ""
		}
		return d.String()
	}
	stamp := Start.UTC().Format("2006-01-02T15:04:05.000000000Z")
	p.Rev, p.CreatedAt, p.UpdatedAt = 1, Start, Start
	return []any{p.ClientID, manager, p.Title, string(content), string(p.Language), p.VATRate, p.ReverseCharge,
		p.ValidityDays, string(p.Status), day(p.StatusDate), string(p.AcceptedOption), p.Number, p.Version,
		day(p.IssuedOn), p.Rev, stamp, stamp}
}

// interimProposal is an interim offer of weeks × days at a day rate of
// 1,500 euros and a manager's fee of 1,100 (a known margin), in status.
func interimProposal(clientID, managerID int64, title string, start domain.Date, weeks, days int, status domain.ProposalStatus) *domain.Proposal {
	return &domain.Proposal{
		ClientID: clientID, Title: title, Language: domain.LangNL, VATRate: 21, ValidityDays: 30, Status: status,
		Interim: domain.InterimOffer{ManagerID: managerID, Role: "CFO a.i.", Start: start, Weeks: weeks, DaysPerWeek: days,
			DayRate: domain.Euros(1500), ManagerDayFee: domain.Euros(1100)},
		Recommended: domain.KindInterim,
	}
}
