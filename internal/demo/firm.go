package demo

import "github.com/interimdesk/interimdesk/internal/domain"

// The sample firm. The enterprise number, the VAT number (the same ten
// digits) and the IBAN were computed so that they pass their check digits:
// 04621329 mod 97 = 55 and 97 − 55 = 42; the Belgian account 737-4389101-88
// carries its own mod 97 check as well. They are not knowingly anyone's.
const (
	FirmName          = "Schelde Interim & Advies BV"
	firmEnterpriseNum = "0462.132.942"
	firmVAT           = "BE0462132942"
	firmIBAN          = "BE56 7374 3891 0188"
)

func firm() *domain.Firm {
	f := domain.NewFirm()
	f.LegalName = FirmName
	f.LegalForm = "BV"
	f.Address = domain.Address{
		Street:   "Coupure Rechts 88",
		Postcode: "9000",
		City:     "Gent",
		Country:  "BE",
	}
	f.CompanyNumber = firmEnterpriseNum
	f.RPRCourt = "Gent, afdeling Gent"
	f.VATID = firmVAT
	f.IBAN = firmIBAN
	f.BIC = "KREDBEBB"
	f.Email = "info@schelde-interim.be"
	f.Phone = "+32 9 224 18 60"
	f.Website = "https://www.schelde-interim.be"
	f.BrandColour = "#1F4E5F"
	f.DefaultVATRate = 21
	f.PaymentTermsDays = 30
	f.ProposalValidityDays = 30
	f.ProposalPrefix = "OFF"
	f.DefaultLanguage = domain.LangNL
	return f
}
