package pdf

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// interim prints option A: the mandate, the manager and its terms.
func (p *proposal) interim() {
	t, in, tot := p.t, &p.d.Proposal.Interim, &p.d.Totals
	p.heading(t.OptionA)
	p.Paragraph(t.InterimIntro)

	p.Subheading(t.Manager)
	if m := p.d.Manager; m != nil {
		p.Strong(strings.Join(nonEmpty(m.Name, m.Headline), " – "))
		var fields []Field
		if len(m.Skills) > 0 {
			fields = append(fields, Field{t.Expertise, strings.Join(m.Skills, ", ")})
		}
		if len(m.Sectors) > 0 {
			fields = append(fields, Field{t.Sectors, strings.Join(m.Sectors, ", ")})
		}
		if len(m.Languages) > 0 {
			fields = append(fields, Field{t.Languages, languageNames(m.Languages, t.lang)})
		}
		if len(fields) > 0 {
			p.Fields(fields, labelColumn)
		}
		p.Paragraph(m.CV)
		p.references()
	} else {
		p.Paragraph(t.NoManager)
	}

	if items := ListItems(in.Objectives); len(items) > 0 {
		p.Subheading(t.Objectives)
		p.Bullets(items)
	}
	if items := ListItems(in.ExitCriteria); len(items) > 0 {
		p.Subheading(t.ExitCriteria)
		p.Bullets(items)
	}

	p.Subheading(t.Schedule)
	start := t.StartToAgree
	if !in.Start.IsZero() {
		start = t.date(in.Start)
	}
	var facts []Field
	if strings.TrimSpace(in.Role) != "" {
		facts = append(facts, Field{t.Role, in.Role})
	}
	facts = append(facts, Field{t.Start, start}, Field{t.Duration, t.duration(in.Weeks)})
	p.Fields(facts, labelColumn)
	// The figures in a column of their own, right-aligned like every
	// amount.
	p.Table(Table{
		Columns: []Column{{Width: labelColumn}, {Width: amountColumn, Align: "R"}},
		Rows: []Row{
			{Cells: []string{t.DaysPerWeek, strconv.Itoa(in.DaysPerWeek)}, Label: true},
			{Cells: []string{t.DayRate, t.money(in.DayRate)}, Label: true},
			{Cells: []string{t.Days, strconv.Itoa(tot.InterimDays)}, Label: true},
			{Cells: []string{t.Monthly, t.money(tot.InterimMonthly)}, Label: true},
			{Cells: []string{t.TotalExVAT, t.money(tot.InterimNet)}, Total: true},
		},
		Plain:        true,
		KeepTogether: true,
	})
}

// consulting prints option B: approach, deliverables, phases and fee.
func (p *proposal) consulting() {
	t, c, tot := p.t, &p.d.Proposal.Consulting, &p.d.Totals
	p.heading(t.OptionB)
	p.Paragraph(t.ConsultingIntro)
	if strings.TrimSpace(c.Approach) != "" {
		p.Subheading(t.Approach)
		p.Paragraph(c.Approach)
	}
	if items := ListItems(c.Deliverables); len(items) > 0 {
		p.Subheading(t.Deliverables)
		p.Bullets(items)
	}
	if len(c.Phases) == 0 {
		return
	}
	p.Subheading(t.Phases)
	rows := make([]Row, 0, len(c.Phases)+1)
	for i, ph := range c.Phases {
		rows = append(rows, Row{Cells: []string{strconv.Itoa(i+1) + ". " + ph.Name, t.weeks(ph.Weeks), t.money(ph.Fee)}})
	}
	rows = append(rows, Row{Cells: []string{t.Total, t.weeks(tot.ConsultingWeeks), t.money(tot.ConsultingNet)}, Total: true})
	p.Table(Table{
		Columns:      []Column{{Title: t.Phase}, {Title: t.Duration, Width: 34}, {Title: t.Fee, Width: 38, Align: "R"}},
		Rows:         rows,
		KeepTogether: true,
	})
}

// comparison sets the two options side by side, aspect by aspect.
func (p *proposal) comparison() {
	t, in, tot := p.t, &p.d.Proposal.Interim, &p.d.Totals
	p.heading(t.Comparison)
	start := t.InStartSoon
	if !in.Start.IsZero() {
		start = fmt.Sprintf(t.InStartOn, t.date(in.Start))
	}
	row := func(label, interim, consulting string) Row {
		return Row{Cells: []string{label, interim, consulting}}
	}
	p.Table(Table{
		Columns: []Column{
			{Title: t.Aspect, Width: 36},
			{Title: t.InterimName},
			{Title: t.ConsultingName},
		},
		FirstBold: true,
		Rows: []Row{
			row(t.RowResponsibility, t.InResponsibility, t.CoResponsibility),
			row(t.RowAuthority, t.InAuthority, t.CoAuthority),
			row(t.RowDeliverable, t.InDeliverable, t.CoDeliverable),
			row(t.RowStart, start, t.CoStart),
			row(t.RowDuration, fmt.Sprintf(t.InDuration, t.duration(in.Weeks)), t.weeks(tot.ConsultingWeeks)),
			row(t.RowPrice,
				fmt.Sprintf(t.InPrice, t.money(tot.InterimNet), t.money(in.DayRate), count(in.DaysPerWeek, t.DayOne, t.DayMany)),
				fmt.Sprintf(t.CoPrice, t.money(tot.ConsultingNet))),
			row(t.RowTransfer, t.InTransfer, t.CoTransfer),
			row(t.RowExit, fmt.Sprintf(t.InExit, count(p.d.Proposal.Notice(), t.DayUnit, t.DayUnits)), t.CoExit),
		},
	})
}

// languageNames writes ISO 639-1 codes as language names in the document's
// language; codes it does not know are printed as they are.
func languageNames(codes []string, l domain.Lang) string {
	names := make([]string, 0, len(codes))
	for _, c := range codes {
		if n, ok := languageName[l][strings.ToLower(c)]; ok {
			names = append(names, n)
		} else {
			names = append(names, strings.ToUpper(c))
		}
	}
	return strings.Join(names, ", ")
}

var languageName = map[domain.Lang]map[string]string{
	domain.LangEN: {"nl": "Dutch", "fr": "French", "en": "English", "de": "German", "es": "Spanish", "it": "Italian", "pt": "Portuguese", "pl": "Polish", "tr": "Turkish", "ar": "Arabic"},
	domain.LangNL: {"nl": "Nederlands", "fr": "Frans", "en": "Engels", "de": "Duits", "es": "Spaans", "it": "Italiaans", "pt": "Portugees", "pl": "Pools", "tr": "Turks", "ar": "Arabisch"},
	domain.LangFR: {"nl": "néerlandais", "fr": "français", "en": "anglais", "de": "allemand", "es": "espagnol", "it": "italien", "pt": "portugais", "pl": "polonais", "tr": "turc", "ar": "arabe"},
}
