package storetest

import (
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/sqlcol"
)

// ProposalColumns are the columns of the proposals table that ProposalRow
// fills, in its order; the same in both stores' schemas.
const ProposalColumns = `client_id, manager_id, title, content, language, vat_rate, reverse_charge,
	validity_days, status, status_date, accepted_option, number, version, issued_on, rev, created_at, updated_at`

// ProposalRow is the values of ProposalColumns for p, in the stores' text
// forms (dates 'YYYY-MM-DD' or ”, timestamps in UTC with nanoseconds).
func ProposalRow(t *testing.T, p *domain.Proposal) []any {
	t.Helper()
	content, err := sqlcol.ContentOf(p)
	if err != nil {
		t.Fatal(err)
	}
	p.Rev, p.CreatedAt, p.UpdatedAt = 1, Start, Start
	stamp := sqlcol.TimeText(Start)
	return []any{p.ClientID, sqlcol.NullID(p.Interim.ManagerID), p.Title, content, string(p.Language), p.VATRate, p.ReverseCharge,
		p.ValidityDays, string(p.Status), sqlcol.DateText(p.StatusDate), string(p.AcceptedOption), p.Number, p.Version,
		sqlcol.DateText(p.IssuedOn), p.Rev, stamp, stamp}
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
