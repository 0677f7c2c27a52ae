package pdf

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// parties lists who signs, each with its seat, registration, VAT number and
// representative, and the name the contract gives it.
func (c *contract) parties() {
	d, ct := c.d, c.ct
	f, cl := &d.Firm, &d.Client
	firm := c.party(firmName(f), f.Address, f.Country(), f.CompanyNumber, f.RPRCourt, f.VATID, ct.DulyRepresented, ct.FirmAs)
	rep := ct.DulyRepresented
	if n := strings.TrimSpace(cl.Contact.Name); n != "" {
		rep = fmt.Sprintf(ct.RepresentedBy, strings.Join(nonEmpty(n, cl.Contact.Role), ", "))
	}
	client := c.party(cl.LegalName, cl.Address, cl.Country(), cl.CompanyNumber, "", cl.VATID, rep, ct.ClientAs)
	items := []string{firm, client}
	switch {
	case c.forManager():
		items = []string{firm, c.manager()}
	case c.interim():
		items = append(items, c.manager())
	}
	semicolon := ";"
	if d.Lang == domain.LangFR {
		semicolon = "\u00a0;" // French sets a space before it
	}
	for i := range items {
		if i < len(items)-1 {
			items[i] += semicolon
		} else {
			items[i] += "."
		}
	}
	c.markedList(items, func(i int) string { return strconv.Itoa(i+1) + "." }, 0, clauseNumberWidth, paraGap,
		sizeBody, lineBody, colourText, true)
}

// party describes one company that signs: "Van Damme & Partners BV, with
// its registered office at …, enterprise number …, VAT …, duly represented,
// hereinafter “the Firm”".
func (c *contract) party(name string, a domain.Address, country, number, rpr, vat, rep, as string) string {
	ct := c.ct
	parts := []string{name}
	if seat := c.seat(a); seat != "" {
		parts = append(parts, fmt.Sprintf(ct.Seat, seat))
	}
	switch {
	case number == "":
	case country == "BE":
		parts = append(parts, fmt.Sprintf(ct.EnterpriseNo, domain.FormatBelgianEnterpriseNumber(number)))
	case country == "NL":
		parts = append(parts, fmt.Sprintf(ct.KvK, number))
	}
	if rpr != "" && country == "BE" {
		parts = append(parts, fmt.Sprintf(ct.RPR, domain.PlaceName(rpr, country, c.d.Lang)))
	}
	if vat != "" {
		parts = append(parts, fmt.Sprintf(ct.VAT, formatVAT(vat)))
	}
	return strings.Join(append(parts, rep, fmt.Sprintf(ct.Hereinafter, as)), ", ")
}

// manager describes the manager of a mandate: the management company that
// contracts, with its seat and registration, represented by the manager,
// or the manager as a self-employed person. In the manager agreement the
// company is "the Contractor" and the person who represents it "the
// Manager".
func (c *contract) manager() string {
	m, ct := c.d.Manager, c.ct
	as := fmt.Sprintf(ct.Hereinafter, ct.ManagerAs)
	rep := fmt.Sprintf(ct.RepresentedBy, m.Name)
	if c.forManager() {
		as = fmt.Sprintf(ct.Hereinafter, c.at.ContractorAs)
		rep = fmt.Sprintf(ct.RepresentedBy, m.Name+" ("+fmt.Sprintf(ct.Hereinafter, ct.ManagerAs)+")")
	}
	co := &m.Company
	if name := strings.TrimSpace(co.Name); name != "" {
		parts := []string{name}
		if seat := c.seat(co.Seat); seat != "" {
			parts = append(parts, fmt.Sprintf(ct.Seat, seat))
		}
		switch country := domain.CompanyCountry(co); {
		case co.CompanyNumber != "" && country == "NL":
			parts = append(parts, fmt.Sprintf(ct.KvK, co.CompanyNumber))
		case co.CompanyNumber != "" && country == "BE" && domain.CheckBelgianEnterpriseNumber(co.CompanyNumber) == nil:
			parts = append(parts, fmt.Sprintf(ct.EnterpriseNo, domain.FormatBelgianEnterpriseNumber(co.CompanyNumber)))
		case co.CompanyNumber != "":
			parts = append(parts, fmt.Sprintf(ct.EnterpriseNo, co.CompanyNumber))
		case strings.HasPrefix(co.VATID, "BE") && domain.CheckBelgianEnterpriseNumber(co.VATID) == nil:
			// A Belgian VAT number is the company's enterprise number.
			parts = append(parts, fmt.Sprintf(ct.EnterpriseNo, domain.FormatBelgianEnterpriseNumber(co.VATID)))
		}
		if co.VATID != "" {
			parts = append(parts, fmt.Sprintf(ct.VAT, formatVAT(co.VATID)))
		}
		return strings.Join(append(parts, rep, as), ", ")
	}
	city := m.City
	if seat := c.seat(co.Seat); seat != "" {
		city = fmt.Sprintf(ct.Seat, seat)
	}
	return strings.Join(nonEmpty(m.Name, ct.SelfEmployed, city, as), ", ")
}

// managerCompanyName is the name of the party that signs the manager
// agreement: the manager's company, else the manager.
func managerCompanyName(m *domain.Manager) string {
	if co := strings.TrimSpace(m.Company.Name); co != "" {
		return co
	}
	return m.Name
}

// seat writes an address the way a contract in its language does, the
// town in that language: the town first in Dutch ("9051 Gent,
// Kortrijksesteenweg 1120"), "Coupure Rechts 88 à 9000 Gand" in French,
// the street first in English ("Coupure Rechts 88, 9000 Ghent").
func (c *contract) seat(a domain.Address) string {
	a.City = domain.PlaceName(a.City, a.Country, c.d.Lang)
	switch c.d.Lang {
	case domain.LangEN:
		return a.OneLine()
	case domain.LangFR:
		return strings.Join(a.Lines(), " à ")
	}
	lines := a.Lines()
	for i, j := 0, len(lines)-1; i < j; i, j = i+1, j-1 {
		lines[i], lines[j] = lines[j], lines[i]
	}
	return strings.Join(lines, ", ")
}

// formatVAT writes a Belgian VAT number as the enterprise number it is,
// "BE 0403.170.701"; others as they are.
func formatVAT(vat string) string {
	if strings.HasPrefix(vat, "BE") && domain.CheckBelgianEnterpriseNumber(vat) == nil {
		return "BE " + domain.FormatBelgianEnterpriseNumber(vat)
	}
	return vat
}

// assignment lists what the mandate is to achieve and when it ends, or the
// scope of a consulting assignment.
func (c *contract) assignment() {
	t := &c.d.Terms
	if c.kind() == domain.KindConsulting {
		c.Subheading(c.ct.Scope)
		if strings.TrimSpace(t.Assignment) == "" {
			c.Paragraph(c.ct.NoneAgreed)
			return
		}
		c.Paragraph(t.Assignment)
		return
	}
	c.list(c.ct.Objectives, t.Assignment, true)
	c.list(c.ct.ExitCriteria, t.ExitCriteria, true)
}

// list prints the items of a text kept one per line under a subheading;
// without items it says they are still to be agreed when required, and
// prints nothing otherwise.
func (c *contract) list(title, text string, required bool) {
	items := ListItems(text)
	if len(items) == 0 && !required {
		return
	}
	if title != "" {
		c.Subheading(title)
	}
	if len(items) == 0 {
		c.Paragraph(c.ct.NoneAgreed)
		return
	}
	c.Bullets(items)
}

// term sets out the dates and the notice period.
func (c *contract) term() {
	e, ct := &c.d.Engagement, c.ct
	end := ct.OpenEnd
	if !e.End.IsZero() {
		end = c.t.date(e.End)
	}
	fields := []Field{{ct.Start, c.t.date(e.Start)}, {ct.End, end}}
	if d := c.vars["duration"]; d != "" {
		fields = append(fields, Field{ct.Duration, d})
	}
	fields = append(fields, Field{ct.NoticePeriod, c.vars["notice_period"]})
	c.Fields(fields, labelColumn)
}

// fee sets out the figures: the day rate and what it comes to for a
// mandate, the fixed fee and its phases for a consulting assignment, and
// the VAT on top.
func (c *contract) fee() {
	d, t, ct := c.d, c.t, c.ct
	// The figures of this side only: the client's rate, or the manager's fee.
	figures := d.Figures()
	e := &figures
	if c.kind() == domain.KindConsulting {
		c.consultingFee()
		return
	}
	rateLabel := ct.DayRate
	if c.forManager() {
		rateLabel = c.at.DayFee
	}
	rows := []Row{
		{Cells: []string{rateLabel, t.money(e.DayRate)}, Label: true},
		{Cells: []string{ct.DaysPerWeek, strconv.Itoa(e.DaysPerWeek)}, Label: true},
		{Cells: []string{ct.Monthly, t.money(e.MonthlyFee())}, Label: true},
	}
	if total := e.EstimatedTotal(); total > 0 {
		rows = append(rows, Row{Cells: []string{ct.Estimated, t.money(total)}, Label: true})
	}
	c.Table(Table{Columns: []Column{{Width: labelColumn}, {Width: amountColumn, Align: "R"}}, Rows: rows, Plain: true,
		KeepTogether: true, Note: c.vatNote()})
}

// vatNote says what happens with VAT on top of the fee: the rate, or the
// reverse charge with its legal reference. It stands under the figures,
// on their page.
func (c *contract) vatNote() string {
	if c.d.ReverseCharge && c.forManager() {
		return c.at.ReverseChargeNote
	}
	if c.d.ReverseCharge {
		return c.ct.ReverseChargeNote
	}
	if c.forManager() {
		return fmt.Sprintf(c.at.VATNote, c.t.percent(c.d.VATRate))
	}
	return fmt.Sprintf(c.ct.VATNote, c.t.percent(c.d.VATRate))
}

// consultingFee prints the phases of the signed proposal with their fees,
// or the fixed fee alone, and what happens with VAT.
func (c *contract) consultingFee() {
	d, t, ct := c.d, c.t, c.ct
	if len(d.Phases) == 0 {
		c.Table(Table{
			Columns: []Column{{Width: labelColumn}, {Width: amountColumn, Align: "R"}},
			Rows:    []Row{{Cells: []string{ct.FixedFee, t.money(d.Engagement.Fee)}, Label: true}},
			Plain:   true,
			Note:    c.vatNote(),
		})
	} else {
		rows := make([]Row, 0, len(d.Phases)+1)
		weeks := 0
		for i, ph := range d.Phases {
			rows = append(rows, Row{Cells: []string{strconv.Itoa(i+1) + ". " + ph.Name, t.weeks(ph.Weeks), t.money(ph.Fee)}})
			weeks += ph.Weeks
		}
		rows = append(rows, Row{Cells: []string{ct.Total, t.weeks(weeks), t.money(d.Engagement.Fee)}, Total: true})
		c.Table(Table{
			Columns:      []Column{{Title: ct.Phase}, {Title: ct.Duration, Width: 34}, {Title: ct.Fee, Width: 38, Align: "R"}},
			Rows:         rows,
			KeepTogether: true,
			Note:         c.vatNote(),
		})
	}
}
