package cli

import (
	"flag"
	"fmt"
	"strings"

	"github.com/interimdesk/interimdesk/internal/domain"
)

func (a *app) clientsList(args []string) error {
	fs := newFlagSet("clients list")
	var f domain.ClientFilter
	var pf pageFlags
	fs.StringVar(&f.Query, "query", "", "search names, VAT number, city, sector and contact; accents and case are ignored")
	fs.StringVar(&f.Country, "country", "", "only clients in this country (`CC`: BE, NL, ...)")
	fs.BoolVar(&f.IncludeArchived, "archived", false, "include archived clients")
	pf.bind(fs)
	asJSON := fs.Bool("json", false, "print JSON")
	if err := parseFlags(fs, clientsUsage, args); err != nil {
		return err
	}
	var err error
	if f.Page, err = pf.page(clientsUsage); err != nil {
		return err
	}
	f.Country = strings.ToUpper(strings.TrimSpace(f.Country))

	return a.withServices(mustExist, func(s domain.Services) error {
		items, total, err := s.Clients.FindClients(a.ctx, f)
		if err != nil {
			return err
		}
		header := columns{"ID", "NAME", "VAT", "CITY", "COUNTRY", "SECTOR", "LANG", "CONTACT"}
		return printList(a, *asJSON, items, total, header, func(c *domain.Client) ([]string, error) {
			name := c.DisplayName()
			if c.Archived {
				name = a.sprintf("%s (archived)", name)
			}
			return []string{fmt.Sprint(c.ID), name, c.VATID, c.Address.City, c.Address.Country, c.Sector, string(c.Language), c.Contact.Name}, nil
		}, "%d of %d clients")
	})
}

func (a *app) clientsShow(args []string) error {
	return a.showRecord(args, clientsUsage, "client", func(s domain.Services, id int64, asJSON bool) error {
		c, err := s.Clients.FindClientByID(a.ctx, id)
		if err != nil {
			return err
		}
		if asJSON {
			return writeJSON(a.stdout, c)
		}
		f := a.newFields()
		f.add("ID", fmt.Sprint(c.ID))
		f.add("Legal name", c.LegalName)
		f.add("Trade name", c.TradeName)
		f.add("VAT number", c.VATID)
		f.add(domain.CompanyNumberLabel(c.Address.Country), c.CompanyNumber)
		f.add("Address", c.Address.OneLine())
		f.add("Country", c.Address.Country)
		f.add("Sector", c.Sector)
		f.add("Contact", joinNonEmpty(", ", c.Contact.Name, c.Contact.Role))
		f.add("Contact e-mail", c.Contact.Email)
		f.add("Contact phone", c.Contact.Phone)
		f.add("Document language", string(c.Language))
		f.add("Archived", a.yesNo(c.Archived))
		f.add("Notes", c.Notes)
		return f.flush()
	})
}

// clientFlags binds one flag to each field of clients add.
func clientFlags(fs *flag.FlagSet, c *domain.Client) {
	fs.StringVar(&c.LegalName, "name", "", "legal name (required)")
	fs.StringVar(&c.TradeName, "trade-name", "", "the name people use, if different")
	fs.StringVar(&c.VATID, "vat", "", "VAT number, e.g. BE0123456749 or NL123456782B01")
	fs.StringVar(&c.CompanyNumber, "company-number", "", "enterprise number (BE) or KvK number (NL)")
	fs.StringVar(&c.Address.Street, "street", "", "street and number")
	fs.StringVar(&c.Address.Postcode, "postcode", "", "postcode")
	fs.StringVar(&c.Address.City, "city", "", "city")
	fs.StringVar(&c.Address.Country, "country", "", "country code, BE or NL (required)")
	fs.StringVar(&c.Sector, "sector", "", "sector, e.g. manufacturing")
	fs.StringVar(&c.Contact.Name, "contact-name", "", "contact person")
	fs.StringVar(&c.Contact.Role, "contact-role", "", "the contact's role, e.g. CFO")
	fs.StringVar(&c.Contact.Email, "email", "", "the contact's e-mail address")
	fs.StringVar(&c.Contact.Phone, "phone", "", "the contact's phone number")
	fs.StringVar((*string)(&c.Language), "language", "", "document language nl, en or fr (default: the firm's default language)")
	fs.StringVar(&c.Notes, "notes", "", "notes")
}

// clientsAdd validates the client before the database is even opened, so
// that a mistake leaves no trace; the store validates again in the same
// transaction as the insert.
func (a *app) clientsAdd(args []string) error {
	fs := newFlagSet("clients add")
	c := &domain.Client{}
	clientFlags(fs, c)
	if err := parseFlags(fs, clientsUsage, args); err != nil {
		return err
	}
	c.Normalize()
	if err := validateClient(c); err != nil {
		return err
	}
	return a.withServices(mayCreate, func(s domain.Services) error {
		if c.Language == "" {
			c.Language = domain.LangNL
			if f, err := s.Firm.Firm(a.ctx); err == nil && f.DefaultLanguage.Valid() {
				c.Language = f.DefaultLanguage
			} else if err != nil && domain.ErrorCode(err) != domain.ENOTFOUND {
				return err
			}
		}
		if err := s.Clients.CreateClient(a.ctx, c); err != nil {
			return err
		}
		fmt.Fprintln(a.stdout, c.ID)
		return nil
	})
}

// validateClient checks everything but a language left to the firm's
// default, which is only known once the database is open.
func validateClient(c *domain.Client) error {
	if c.Language != "" {
		return c.Validate()
	}
	probe := *c
	probe.Language = domain.LangNL
	return probe.Validate()
}
