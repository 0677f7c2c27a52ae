package cli

import (
	"flag"
	"fmt"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// managersEdit changes the fields its flags name and leaves the others as
// they are: "managers edit ID --company-number 0123.456.749 ...". The
// store validates the whole manager, as the form does.
func (a *app) managersEdit(args []string) error {
	fs := newFlagSet("managers edit")
	var mf managerFlags
	mf.bind(fs)
	pos, err := parseArgs(fs, managersUsage, args)
	if err != nil {
		return err
	}
	id, err := oneID(managersUsage, "manager", pos)
	if err != nil {
		return err
	}
	given, err := mf.manager(a.today())
	if err != nil {
		return err
	}
	return a.withServices(mustExist, func(s domain.Services) error {
		m, err := s.Managers.FindManagerByID(a.ctx, id)
		if err != nil {
			return err
		}
		fs.Visit(func(f *flag.Flag) { copyManagerFlag(m, given, f.Name) })
		if err := s.Managers.UpdateManager(a.ctx, m); err != nil {
			return err
		}
		fmt.Fprintln(a.stdout, m.ID)
		return nil
	})
}

// copyManagerFlag copies the field flag name sets from src to dst.
func copyManagerFlag(dst, src *domain.Manager, name string) {
	co, sc := &dst.Company, &src.Company
	switch name {
	case "name":
		dst.Name = src.Name
	case "email":
		dst.Email = src.Email
	case "phone":
		dst.Phone = src.Phone
	case "city":
		dst.City = src.City
	case "headline":
		dst.Headline = src.Headline
	case "skills":
		dst.Skills = src.Skills
	case "sectors":
		dst.Sectors = src.Sectors
	case "languages":
		dst.Languages = src.Languages
	case "day-rate":
		dst.DayRate = src.DayRate
	case "available-from":
		dst.AvailableFrom = src.AvailableFrom
	case "days-per-week":
		dst.MaxDaysPerWeek = src.MaxDaysPerWeek
	case "cv":
		dst.CV = src.CV
	case "company":
		co.Name = sc.Name
	case "vat":
		co.VATID = sc.VATID
	case "iban":
		co.IBAN = sc.IBAN
	case "company-street":
		co.Seat.Street = sc.Seat.Street
	case "company-postcode":
		co.Seat.Postcode = sc.Seat.Postcode
	case "company-city":
		co.Seat.City = sc.Seat.City
	case "company-country":
		co.Seat.Country = sc.Seat.Country
	case "company-number":
		co.CompanyNumber = sc.CompanyNumber
	case "notes":
		dst.Notes = src.Notes
	}
}
