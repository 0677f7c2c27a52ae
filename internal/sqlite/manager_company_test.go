package sqlite

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// TestManagerCompanySeatIsStoredExportedAndImported saves the management
// company's seat and number, reads them back, and finds them, with the
// engagements' manager fees, in a database made from the JSON export.
func TestManagerCompanySeatIsStoredExportedAndImported(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	must(t, db.SaveFirm(ctx, testFirm()))
	m := testManager("Gérard Dupont", "gerard@example.be")
	m.Company.Seat = domain.Address{Street: "Coupure Links 118", Postcode: "9000", City: "Gent", Country: "be"}
	m.Company.CompanyNumber = strings.TrimPrefix(beVAT(4_000_000), "BE")
	must(t, db.CreateManager(ctx, m))
	got, err := db.FindManagerByID(ctx, m.ID)
	must(t, err)
	want := domain.Address{Street: "Coupure Links 118", Postcode: "9000", City: "Gent", Country: "BE"}
	if got.Company.Seat != want || got.Company.CompanyNumber != m.Company.CompanyNumber {
		t.Fatalf("company %+v", got.Company)
	}
	got.Company.Seat.Street = "Kouter 1"
	must(t, db.UpdateManager(ctx, got))
	again, err := db.FindManagerByID(ctx, m.ID)
	must(t, err)
	if again.Company.Seat.Street != "Kouter 1" || again.Company.CompanyNumber != m.Company.CompanyNumber {
		t.Fatalf("after the update: company %+v", again.Company)
	}

	// A company number that fails the seat country's check is refused,
	// naming the field, and nothing is written.
	bad := *again
	bad.Company.CompanyNumber = "0123.456.789"
	err = db.UpdateManager(ctx, &bad)
	wantCode(t, err, domain.EINVALID)
	if !strings.Contains(err.Error(), "Company enterprise number") {
		t.Errorf("refusal %q does not name the field", err)
	}

	c := testClient("Acme", 1234567)
	must(t, db.CreateClient(ctx, c))
	p := testProposal(c.ID, m.ID)
	must(t, db.CreateProposal(ctx, p))
	_, err = db.IssueProposal(ctx, p.ID, testToday)
	must(t, err)
	e, err := db.AcceptProposal(ctx, p.ID, domain.KindInterim, domain.AcceptOptions{On: testToday})
	must(t, err)
	if e.ManagerDayFee != domain.Euros(1000) {
		t.Fatalf("the engagement's manager fee is %v, want the offer's €1,000", e.ManagerDayFee)
	}

	first := exportJSON(t, db)
	to := openTestDB(t)
	_, err = to.ImportJSON(ctx, bytes.NewReader(first))
	must(t, err)
	im, err := to.FindManagerByID(ctx, m.ID)
	must(t, err)
	if im.Company != again.Company {
		t.Errorf("imported company %+v, want %+v", im.Company, again.Company)
	}
	ie, err := to.FindEngagementByID(ctx, e.ID)
	must(t, err)
	if ie.ManagerDayFee != domain.Euros(1000) {
		t.Errorf("imported engagement's manager fee %v", ie.ManagerDayFee)
	}
}

// TestManagerFeeRefusals: a fee above the client's rate, a negative or a
// missing fee are refused with a sentence naming the field.
func TestManagerFeeRefusals(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	c := testClient("Acme", 1234567)
	must(t, db.CreateClient(ctx, c))
	m := testManager("An", "an@example.be")
	must(t, db.CreateManager(ctx, m))
	for _, tc := range []struct {
		name string
		fee  domain.Money
		want string
	}{
		{"above the client's rate", domain.Euros(1300), "Manager's day fee: €1,300.00 is above the client's day rate of €1,250.00"},
		{"negative", -1, "Manager's day fee: cannot be negative."},
		{"missing", 0, "Manager's day fee: is required when the offer names a manager"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := testProposal(c.ID, m.ID)
			p.Interim.ManagerDayFee = tc.fee
			err := db.CreateProposal(ctx, p)
			wantCode(t, err, domain.EINVALID)
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("refusal %q, want %q", err, tc.want)
			}
		})
	}
	ps, _, err := db.FindProposals(ctx, domain.ProposalFilter{})
	must(t, err)
	if len(ps) != 0 {
		t.Errorf("%d proposals written", len(ps))
	}
}

// TestIssueChecksTheMarginFloor: the floor travels in the settings; an
// offer without margin is refused until a reason is written, which the
// issued version keeps.
func TestIssueChecksTheMarginFloor(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	err := db.SetMarginFloor(ctx, domain.MarginFloor{PercentBP: 10001})
	wantCode(t, err, domain.EINVALID)
	if !strings.Contains(err.Error(), "Minimum margin (percent)") {
		t.Errorf("refusal %q", err)
	}
	a, _ := issueSetup(t, db)
	must(t, db.SetMarginFloor(ctx, domain.MarginFloor{PercentBP: 2500, PerDay: domain.Euros(200)}))
	if f, err := db.MarginFloor(ctx); err != nil || f.PercentBP != 2500 || f.PerDay != domain.Euros(200) {
		t.Fatalf("floor %+v, %v", f, err)
	}
	// The firm profile carries it, and saving the profile keeps it.
	firm, err := db.Firm(ctx)
	must(t, err)
	if firm.MarginFloor.PercentBP != 2500 {
		t.Fatalf("the profile's floor %+v", firm.MarginFloor)
	}
	must(t, db.SaveFirm(ctx, firm))
	doc, err := db.ProposalDocument(ctx, a.ID, testToday, "")
	must(t, err)
	if ws := domain.CheckProposal(doc, testToday).Warnings(); len(ws) == 0 || !strings.Contains(ws[len(ws)-1].Err.Message, "below the firm's minimum of 25 %") {
		t.Errorf("warnings %v", ws)
	}
	a.Interim.ManagerDayFee = a.Interim.DayRate
	must(t, db.UpdateProposal(ctx, a))
	_, err = db.IssueProposal(ctx, a.ID, testToday)
	if err == nil || !strings.Contains(err.Error(), "leaves the firm a margin of €0.00 a day") {
		t.Fatalf("issue without margin: %v", err)
	}
	a.MarginReason = "Door opener for the group's four other sites."
	must(t, db.UpdateProposal(ctx, a))
	v, err := db.IssueProposal(ctx, a.ID, testToday)
	must(t, err)
	if !strings.Contains(string(v.Data), `"margin_reason":"Door opener`) {
		t.Errorf("the version does not keep the reason")
	}
}
