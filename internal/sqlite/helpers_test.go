package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// testNow is the clock of every test database: Saturday 9 May 2026.
var testNow = time.Date(2026, time.May, 9, 10, 30, 0, 0, time.UTC)

// testToday is the calendar day of testNow.
var testToday = domain.NewDate(2026, time.May, 9)

// openTestDB opens a new database file in a temporary folder, with the
// fixed clock and a renderer that returns fixed bytes.
func openTestDB(t testing.TB) *DB {
	t.Helper()
	return openTestDBAt(t, filepath.Join(t.TempDir(), "interimdesk.db"))
}

func openTestDBAt(t testing.TB, path string) *DB {
	t.Helper()
	db, err := Open(context.Background(), path)
	if err != nil {
		t.Fatalf("Open(%s): %v", path, err)
	}
	t.Cleanup(func() {
		if err := db.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	db.Now = func() time.Time { return testNow }
	db.renderProposal = fakeRenderer
	return db
}

// fakePDF is what fakeRenderer returns: enough of a PDF to be recognised,
// with the number and version so that versions differ.
func fakeRenderer(_ context.Context, d *domain.ProposalDocument) ([]byte, error) {
	return []byte(fmt.Sprintf("%%PDF-1.4 fake %s v%d %s\n%%%%EOF\n", d.Number, d.Version, d.ShortHash)), nil
}

// beVAT makes a valid Belgian VAT number from an eight-digit base: the last
// two digits are 97 minus the base modulo 97.
func beVAT(base int) string {
	return fmt.Sprintf("BE%08d%02d", base, 97-base%97)
}

func testFirm() *domain.Firm {
	f := domain.NewFirm()
	f.LegalName = "Van Damme & Partners"
	f.LegalForm = "BV"
	f.Address = domain.Address{Street: "Kouter 1", Postcode: "9000", City: "Gent", Country: "BE"}
	f.CompanyNumber = "0123.456.749"
	f.RPRCourt = "Gent, afdeling Gent"
	f.VATID = "BE0123456749"
	f.IBAN = "BE68539007547034"
	f.BIC = "GEBABEBB"
	f.Email = "info@vandamme.example"
	f.Phone = "+32 9 123 45 67"
	f.Website = "https://vandamme.example"
	f.Logo = []byte("\x89PNG\r\n\x1a\nnot really an image")
	f.ProposalPrefix = "OFF"
	return f
}

func testClient(name string, vatBase int) *domain.Client {
	c := &domain.Client{
		LegalName: name + " NV",
		TradeName: name,
		Address:   domain.Address{Street: "Meir 10", Postcode: "2000", City: "Antwerpen", Country: "BE"},
		Sector:    "Logistiek",
		Contact:   domain.Contact{Name: "Gérard Peeters", Role: "CEO", Email: "gerard@example.be", Phone: "+32 3 000 00 00"},
		Language:  domain.LangNL,
		Notes:     "Met interesse voor een interim-CFO.",
	}
	if vatBase > 0 {
		c.VATID = beVAT(vatBase)
	}
	return c
}

func testManager(name, email string) *domain.Manager {
	return &domain.Manager{
		Name:           name,
		Email:          email,
		Phone:          "+32 470 00 00 00",
		City:           "Gent",
		Headline:       "Interim CFO",
		Skills:         []string{"Finance", "Turnaround", "M&A"},
		Sectors:        []string{"Logistiek", "Santé"},
		Languages:      []string{"nl", "fr", "en"},
		DayRate:        domain.Euros(1250),
		AvailableFrom:  domain.NewDate(2026, time.May, 1),
		MaxDaysPerWeek: 4,
		CV:             "Twintig jaar financiële leiding; geïnteresseerd in herstructureringen.",
		Company:        domain.ManagementCompany{Name: name + " Management BV", VATID: beVAT(4_000_000), IBAN: "BE68539007547034"},
		Active:         true,
		Notes:          "Voorkeur voor Oost-Vlaanderen.",
	}
}

func testProposal(clientID, managerID int64) *domain.Proposal {
	return &domain.Proposal{
		ClientID:  clientID,
		Title:     "Financiële herstructurering",
		Situation: "De groep verloor twee jaar op rij geld.",
		Interim: domain.InterimOffer{
			ManagerID: managerID, Role: "CFO a.i.", Objectives: "Cash\nBank", ExitCriteria: "Nieuwe CFO",
			Start: domain.NewDate(2026, time.June, 1), Weeks: 26, DaysPerWeek: 4, DayRate: domain.Euros(1250),
			ManagerDayFee: domain.Euros(1000),
		},
		Consulting: domain.ConsultingOffer{
			Approach: "Analyse en plan", Deliverables: "Rapport",
			Phases: []domain.Phase{{Name: "Diagnose", Weeks: 3, Fee: domain.Euros(18000)}, {Name: "Plan", Weeks: 2, Fee: domain.Euros(12000)}},
		},
		Permanent:      &domain.PermanentHire{AnnualSalary: domain.Euros(150000), EmployerCostPct: 30, RecruitmentFeePct: 25, NoticeMonths: 6},
		Recommended:    domain.KindInterim,
		Recommendation: "Interim, omdat het snel moet.",
		Terms:          "Facturatie per maand.",
	}
}

// mustCreate fails the test when a setup step fails.
func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// wantCode fails unless err carries the domain error code want.
func wantCode(t testing.TB, err error, want string) {
	t.Helper()
	if got := domain.ErrorCode(err); got != want {
		t.Fatalf("error code = %q (%v), want %q", got, err, want)
	}
}
