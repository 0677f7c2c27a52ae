package demo

import "github.com/interimdesk/interimdesk/internal/domain"

// companySeats are the seats and numbers of the management companies of
// the managers the sample engagements and proposals name: the manager
// agreement prints them. A Belgian company's enterprise number is its VAT number's digits.
var companySeats = map[string]struct {
	seat   domain.Address
	number string
}{
	"vandenbossche": {domain.Address{Street: "Coupure Links 118", Postcode: "9000", City: "Gent", Country: "BE"}, "0792.430.018"},
	"wouters":       {domain.Address{Street: "Brusselsesteenweg 42", Postcode: "2800", City: "Mechelen", Country: "BE"}, "0740.897.579"},
	"devries":       {domain.Address{Street: "Oudegracht 231", Postcode: "3511 NK", City: "Utrecht", Country: "NL"}, "71524836"},
	"claeys":        {domain.Address{Street: "Langestraat 17", Postcode: "8000", City: "Brugge", Country: "BE"}, "0698.408.314"},
	"maes":          {domain.Address{Street: "Tiensestraat 205", Postcode: "3000", City: "Leuven", Country: "BE"}, "0612.223.319"},
	"dubois":        {domain.Address{Street: "Avenue Louise 231", Postcode: "1050", City: "Bruxelles", Country: "BE"}, "0604.901.896"},
	"hendrickx":     {domain.Address{Street: "Rue de la Loi 81", Postcode: "1040", City: "Bruxelles", Country: "BE"}, "0789.480.228"},
	"jansen":        {domain.Address{Street: "Stationsplein 50", Postcode: "3818 LE", City: "Amersfoort", Country: "NL"}, "64218390"},
	"lambert":       {domain.Address{Street: "Rue de Fer 24", Postcode: "5000", City: "Namur", Country: "BE"}, "0887.965.318"},
	"lefevre":       {domain.Address{Street: "Place Bosch 12", Postcode: "1300", City: "Wavre", Country: "BE"}, "0830.773.029"},
	"peeters":       {domain.Address{Street: "Meir 78", Postcode: "2000", City: "Antwerpen", Country: "BE"}, "0820.332.661"},
}

// withSeat gives the manager's company its seat and number when the sample
// has them.
func withSeat(key string, m *domain.Manager) {
	if s, ok := companySeats[key]; ok {
		m.Company.Seat, m.Company.CompanyNumber = s.seat, s.number
	}
}
