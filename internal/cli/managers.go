package cli

import (
	"flag"
	"fmt"
	"slices"
	"strings"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// managerSorts are the orders FindManagers knows.
var managerSorts = []string{"name", "rate", "-rate", "available", "relevance"}

// managerFilterFlags are the filters list and search share.
type managerFilterFlags struct {
	f           domain.ManagerFilter
	availableOn string
	maxRate     string
	page        pageFlags
	json        bool
}

func (mf *managerFilterFlags) bind(fs *flag.FlagSet) {
	fs.StringVar(&mf.f.Query, "query", "", "search name, headline, skills, sectors, languages and CV; accents and case are ignored")
	fs.StringVar(&mf.f.Sector, "sector", "", "only managers working in this sector")
	fs.StringVar(&mf.f.Language, "language", "", "only managers speaking this language (`LL`: nl, fr, en, de, ...)")
	fs.StringVar(&mf.availableOn, "available-on", "", "only managers free on this day (`YYYY-MM-DD`)")
	fs.IntVar(&mf.f.MinFreeDays, "min-free-days", 0, "with at least `N` days a week still free on that day (or today)")
	fs.StringVar(&mf.maxRate, "max-rate", "", "only day rates up to this `AMOUNT`, e.g. 1250")
	fs.BoolVar(&mf.f.IncludeInactive, "inactive", false, "include managers who are no longer active")
	fs.StringVar(&mf.f.Sort, "sort", "", "order: name (default; relevance for search), rate, -rate, available or relevance")
	mf.page.bind(fs)
	fs.BoolVar(&mf.json, "json", false, "print JSON")
}

// filter turns the flags into a filter. A date or amount that cannot be read
// is an invalid value (exit 1, naming the flag); a misspelt sort order or a
// negative count is a usage error.
func (mf *managerFilterFlags) filter() (domain.ManagerFilter, error) {
	f := mf.f
	var err error
	if f.Page, err = mf.page.page(managersUsage); err != nil {
		return f, err
	}
	if f.Sort != "" && !slices.Contains(managerSorts, f.Sort) {
		return f, usageErrorf(managersUsage, "--sort must be one of %s, not %q", strings.Join(managerSorts, ", "), f.Sort)
	}
	if f.MinFreeDays < 0 || f.MinFreeDays > 5 {
		return f, usageErrorf(managersUsage, "--min-free-days must be between 0 and 5")
	}
	if f.AvailableOn, err = parseDateField("Available on", mf.availableOn); err != nil {
		return f, err
	}
	if mf.maxRate != "" {
		if f.MaxDayRate, err = parseMoneyField("Maximum day rate", mf.maxRate); err != nil {
			return f, err
		}
		if f.MaxDayRate <= 0 {
			return f, domain.Invalidf("Maximum day rate", "must be more than zero; leave --max-rate out for no maximum.")
		}
	}
	f.Language = strings.ToLower(strings.TrimSpace(f.Language))
	return f, nil
}

func (a *app) managersList(args []string) error {
	fs := newFlagSet("managers list")
	var mf managerFilterFlags
	mf.bind(fs)
	if err := parseFlags(fs, managersUsage, args); err != nil {
		return err
	}
	return a.findManagers(&mf)
}

// managersSearch is list with the query as its argument: "managers search
// interim cfo --language fr".
func (a *app) managersSearch(args []string) error {
	fs := newFlagSet("managers search")
	var mf managerFilterFlags
	mf.bind(fs)
	pos, err := parseArgs(fs, managersUsage, args)
	if err != nil {
		return err
	}
	q := strings.TrimSpace(strings.Join(pos, " "))
	if q == "" {
		return usageErrorf(managersUsage, "missing the search words, as in: managers search cfo")
	}
	mf.f.Query = strings.TrimSpace(mf.f.Query + " " + q)
	if mf.f.Sort == "" {
		// A search lists the best matches first, as the desktop does.
		mf.f.Sort = "relevance"
	}
	return a.findManagers(&mf)
}

func (a *app) findManagers(mf *managerFilterFlags) error {
	f, err := mf.filter()
	if err != nil {
		return err
	}
	return a.withServices(mustExist, func(s domain.Services) error {
		items, total, err := s.Managers.FindManagers(a.ctx, f)
		if err != nil {
			return err
		}
		// A full page ends where the store's limit did, and a count that
		// stopped short comes only with a full page.
		total, more := domain.MoreThan(f.Query, total, f.Offset+len(items))
		header := columns{"ID", "NAME", "HEADLINE", "DAY RATE", "DAYS", "FROM", "STATUS", "LANGUAGES"}
		row := func(m *domain.Manager) ([]string, error) {
			return []string{fmt.Sprint(m.ID), m.Name, m.Headline, a.money(m.DayRate), itoa(m.MaxDaysPerWeek), a.date(m.AvailableFrom), a.statusText(m.Status), strings.Join(m.Languages, ",")}, nil
		}
		switch {
		case more && mf.json:
			return writeListMore(a.stdout, total, true, items)
		case more:
			return printList(a, false, items, total, header, row, "%d of more than %d managers")
		}
		return printList(a, mf.json, items, total, header, row, "%d of %d managers")
	})
}

// statusText is the manager's status today as the roster shows it, with
// the issued proposals that name the manager said apart.
func (a *app) statusText(s domain.ManagerStatus) string {
	t := a.bookingText(s)
	if s.ProposedDays > 0 {
		t += a.sprintf("; proposed %d d/wk from %s", s.ProposedDays, a.date(s.ProposedFrom))
	}
	return t
}

func (a *app) bookingText(s domain.ManagerStatus) string {
	partly := s.DaysBooked > 0 && s.DaysBooked < s.MaxDays
	switch s.Availability {
	case domain.OnMandate:
		switch {
		case partly && s.Until.IsZero():
			return a.sprintf("booked %d of %d days", s.DaysBooked, s.MaxDays)
		case partly:
			return a.sprintf("booked %d of %d days until %s", s.DaysBooked, s.MaxDays, a.date(s.Until))
		case s.Until.IsZero():
			return a.sprintf("on mandate (%d d/wk)", s.DaysBooked)
		}
		return a.sprintf("on mandate until %s (%d d/wk)", a.date(s.Until), s.DaysBooked)
	case domain.BookedFrom:
		switch {
		case partly && s.FreeDays() == 1:
			return a.sprintf("1 day a week free from %s", a.date(s.From))
		case partly:
			return a.sprintf("%d days a week free from %s", s.FreeDays(), a.date(s.From))
		case s.Until.IsZero():
			return a.sprintf("booked from %s", a.date(s.From))
		}
		return a.sprintf("booked from %s until %s", a.date(s.From), a.date(s.Until))
	case domain.AvailableFrom:
		return a.sprintf("available from %s", a.date(s.Until))
	case domain.Available:
		return a.word("available")
	case domain.Inactive:
		return a.word("inactive")
	case "":
		return ""
	}
	return string(s.Availability)
}

func (a *app) managersShow(args []string) error {
	return a.showRecord(args, managersUsage, "manager", func(s domain.Services, id int64, asJSON bool) error {
		m, err := s.Managers.FindManagerByID(a.ctx, id)
		if err != nil {
			return err
		}
		if asJSON {
			return writeJSON(a.stdout, m)
		}
		f := a.newFields()
		f.add("ID", fmt.Sprint(m.ID))
		f.add("Name", m.Name)
		f.add("Headline", m.Headline)
		f.add("E-mail", m.Email)
		f.add("Phone", m.Phone)
		f.add("City", m.City)
		f.add("Skills", strings.Join(m.Skills, ", "))
		f.add("Sectors", strings.Join(m.Sectors, ", "))
		f.add("Languages", strings.Join(m.Languages, ", "))
		f.add("Own day fee", a.money(m.DayRate))
		f.add("Days per week", itoa(m.MaxDaysPerWeek))
		f.add("Available from", a.date(m.AvailableFrom))
		f.add("Status", a.statusText(m.Status))
		f.add("Active", a.yesNo(m.Active))
		f.add("Company", m.Company.Name)
		f.add("Company VAT", m.Company.VATID)
		if m.Company.IBAN != "" {
			f.add("Company IBAN", domain.FormatIBAN(m.Company.IBAN))
		}
		f.add("Company seat", m.Company.Seat.OneLine())
		f.add("Company country", m.Company.Seat.Country)
		f.add(domain.CompanyNumberOfCompanyLabel(m.Company.Seat.Country), m.Company.CompanyNumber)
		f.add("CV", m.CV)
		f.add("Notes", m.Notes)
		return f.flush()
	})
}

// managerFlags holds what managers add reads before it becomes a Manager:
// the lists, the amount and the date arrive as text.
type managerFlags struct {
	m                          domain.Manager
	skills, sectors, languages string
	dayRate, availableFrom     string
}

func (mf *managerFlags) bind(fs *flag.FlagSet) {
	m := &mf.m
	fs.StringVar(&m.Name, "name", "", "full name (required)")
	fs.StringVar(&m.Email, "email", "", "e-mail address")
	fs.StringVar(&m.Phone, "phone", "", "phone number")
	fs.StringVar(&m.City, "city", "", "city")
	fs.StringVar(&m.Headline, "headline", "", "one line, e.g. \"Interim CFO\"")
	fs.StringVar(&mf.skills, "skills", "", "comma-separated, e.g. \"finance,turnaround\"")
	fs.StringVar(&mf.sectors, "sectors", "", "comma-separated, e.g. \"manufacturing,food\"")
	fs.StringVar(&mf.languages, "languages", "", "comma-separated two-letter codes, e.g. \"nl,fr\"")
	fs.StringVar(&mf.dayRate, "day-rate", "", "the manager's own day fee in euros, what the firm pays the management company: 1250 or 1.250,00")
	fs.StringVar(&mf.availableFrom, "available-from", "", "first free day, `YYYY-MM-DD` (default today)")
	fs.IntVar(&m.MaxDaysPerWeek, "days-per-week", 5, "days a week the manager can work, 1 to 5")
	fs.StringVar(&m.CV, "cv", "", "a short CV")
	fs.StringVar(&m.Company.Name, "company", "", "the manager's management company")
	fs.StringVar(&m.Company.VATID, "vat", "", "the management company's VAT number")
	fs.StringVar(&m.Company.IBAN, "iban", "", "the management company's IBAN")
	fs.StringVar(&m.Company.Seat.Street, "company-street", "", "street and number of the management company's seat")
	fs.StringVar(&m.Company.Seat.Postcode, "company-postcode", "", "postcode of the management company's seat")
	fs.StringVar(&m.Company.Seat.City, "company-city", "", "city of the management company's seat")
	fs.StringVar(&m.Company.Seat.Country, "company-country", "", "country of the management company's seat, BE or NL")
	fs.StringVar(&m.Company.CompanyNumber, "company-number", "", "the management company's enterprise (BE) or KvK (NL) number")
	fs.StringVar(&m.Notes, "notes", "", "notes")
}

// manager turns the flags into a new, active manager.
func (mf *managerFlags) manager(today domain.Date) (*domain.Manager, error) {
	m := mf.m
	m.Skills = domain.SplitList(mf.skills)
	m.Sectors = domain.SplitList(mf.sectors)
	m.Languages = domain.SplitList(mf.languages)
	var err error
	if mf.dayRate != "" {
		if m.DayRate, err = parseMoneyField("Day rate", mf.dayRate); err != nil {
			return nil, err
		}
	}
	if m.AvailableFrom, err = parseDateField("Available from", mf.availableFrom); err != nil {
		return nil, err
	}
	if m.AvailableFrom.IsZero() {
		m.AvailableFrom = today
	}
	m.Active = true
	return &m, nil
}

// managersAdd validates before the database is opened, so a mistake leaves
// no trace; the store validates again in the transaction of the insert.
func (a *app) managersAdd(args []string) error {
	fs := newFlagSet("managers add")
	var mf managerFlags
	mf.bind(fs)
	if err := parseFlags(fs, managersUsage, args); err != nil {
		return err
	}
	m, err := mf.manager(a.today())
	if err != nil {
		return err
	}
	m.Normalize()
	if err := m.Validate(); err != nil {
		return err
	}
	return a.withServices(mayCreate, func(s domain.Services) error {
		if err := s.Managers.CreateManager(a.ctx, m); err != nil {
			return err
		}
		fmt.Fprintln(a.stdout, m.ID)
		return nil
	})
}
