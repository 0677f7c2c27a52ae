package domain

import (
	"fmt"
	"strconv"
	"strings"
)

// Placeholder is a name a clause text may write between braces, {notice_period},
// and what the contract puts in its place.
type Placeholder struct {
	Name  string `json:"name"`
	Means string `json:"means"`
}

// ContractPlaceholders are the placeholders of the clause texts, for the
// settings screen and docs/CONTRACTS.md. Besides these, {art_NAME} is the
// number of an article: {art_notice}, {art_fee}.
var ContractPlaceholders = []Placeholder{
	{"firm", "the firm's legal name and form"},
	{"firm_city", "the town of the firm's registered office"},
	{"client", "the client's legal name"},
	{"manager", "the manager's name (a mandate)"},
	{"manager_company", "the manager's management company, else the manager's name"},
	{"role", "the position of a mandate, or the name of a consulting assignment"},
	{"start", "the first day"},
	{"end", "the planned last day; empty when open-ended"},
	{"period", "from the first day up to and including the last: \"from 1 June 2026 up to and including 29 November 2026\""},
	{"duration", "the planned duration in weeks; empty when open-ended"},
	{"days_per_week", "the days a week of a mandate: \"4 days a week\""},
	{"day_rate", "the day rate excluding VAT: the client's in the client's contract, the manager's day fee in the manager agreement"},
	{"monthly", "the fee of a month at the days a week agreed, excluding VAT"},
	{"total", "the estimated total of a mandate, or the fee of a consulting assignment, excluding VAT"},
	{"fee", "the fixed fee of a consulting assignment, or the estimated total of a mandate, excluding VAT"},
	{"vat", "the VAT rate: \"21%\""},
	{"payment_term", "when invoices are due: \"within 30 days of the invoice date\"; in the manager agreement, when the firm pays the manager's company"},
	{"notice_period", "the notice period: \"30 days\""},
	{"non_solicitation_period", "how long after the end the client may not hire the manager: \"12 months\""},
	{"liability_period", "the months of fees that cap liability: \"6 months\""},
	{"court", "the court of the firm's seat: the RPR court in Belgium, the town in the Netherlands"},
	{"originals", "how many originals are signed: \"three originals\""},
	{"proposal", "the proposal version the engagement came from: \"OFF-2026-0007 (version 2)\""},
}

// articlePrefix starts the placeholders that stand for article numbers.
const articlePrefix = "art_"

// knownPlaceholder reports whether name can be filled.
func knownPlaceholder(name string) bool {
	if art, ok := strings.CutPrefix(name, articlePrefix); ok {
		for _, k := range ClauseKeys() {
			if k.Article() == art && k != ClauseSignature {
				return true
			}
		}
		return false
	}
	for _, p := range ContractPlaceholders {
		if p.Name == name {
			return true
		}
	}
	return false
}

// checkPlaceholders refuses a text with a brace that does not close or a
// name the contract cannot fill.
func checkPlaceholders(field, s string) error {
	rest := s
	for {
		open := strings.IndexAny(rest, "{}")
		if open < 0 {
			return nil
		}
		if rest[open] == '}' {
			return Invalidf(field, "has a } without a { before it; placeholders are written {name}.")
		}
		end := strings.IndexAny(rest[open+1:], "{}\n")
		if end < 0 || rest[open+1+end] != '}' {
			return Invalidf(field, "has a { that is not closed on the same line; placeholders are written {name}.")
		}
		name := rest[open+1 : open+1+end]
		if !knownPlaceholder(name) {
			return Invalidf(field, "{%s} is not a placeholder the contract can fill; use one of %s.", name, placeholderList())
		}
		rest = rest[open+1+end+1:]
	}
}

func placeholderList() string {
	names := make([]string, 0, len(ContractPlaceholders)+1)
	for _, p := range ContractPlaceholders {
		names = append(names, "{"+p.Name+"}")
	}
	return strings.Join(names, ", ") + " or {art_NAME} for an article's number"
}

// ExpandClause replaces every {name} in s by vars[name]. A name without a
// value is left as written, so a mistake shows on the page instead of
// silently vanishing; Validate keeps such names out of the library.
func ExpandClause(s string, vars map[string]string) string {
	if !strings.Contains(s, "{") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 64)
	for {
		open := strings.IndexByte(s, '{')
		if open < 0 {
			break
		}
		end := strings.IndexByte(s[open:], '}')
		if end < 0 {
			break
		}
		name := s[open+1 : open+end]
		v, ok := vars[name]
		if !ok {
			v = s[open : open+end+1]
		}
		b.WriteString(s[:open])
		b.WriteString(v)
		s = s[open+end+1:]
	}
	b.WriteString(s)
	return b.String()
}

// contractWords are the few words the placeholders need in each language.
type contractWords struct {
	day, days, week, weeks, month, months string
	daysAWeek, dayAWeek                   string // "%d days a week"
	period, periodOpen                    string // "from %s up to and including %s"
	payWithin, payOnReceipt               string
	payAfterClient, payOnClient           string    // the manager's payment after the client paid
	originals                             [2]string // two, three
	percent                               string
}

var wordsFor = map[Lang]contractWords{
	LangEN: {
		day: "day", days: "days", week: "week", weeks: "weeks", month: "month", months: "months",
		daysAWeek: "%d days a week", dayAWeek: "%d day a week",
		period: "from %s up to and including %s", periodOpen: "from %s for an indefinite period",
		payWithin: "within %d days of the invoice date", payOnReceipt: "on receipt",
		payAfterClient: "within %d days after the Client has paid the Firm for the same days", payOnClient: "as soon as the Client has paid the Firm for the same days",
		originals: [2]string{"two originals", "three originals"},
		percent:   "%d%%",
	},
	LangNL: {
		day: "dag", days: "dagen", week: "week", weeks: "weken", month: "maand", months: "maanden",
		daysAWeek: "%d dagen per week", dayAWeek: "%d dag per week",
		period: "van %s tot en met %s", periodOpen: "vanaf %s voor onbepaalde tijd",
		payWithin: "binnen %d dagen na factuurdatum", payOnReceipt: "bij ontvangst",
		payAfterClient: "binnen %d dagen nadat de Opdrachtgever het Bureau voor dezelfde dagen heeft betaald", payOnClient: "zodra de Opdrachtgever het Bureau voor dezelfde dagen heeft betaald",
		originals: [2]string{"twee exemplaren", "drie exemplaren"},
		percent:   "%d%%",
	},
	LangFR: {
		day: "jour", days: "jours", week: "semaine", weeks: "semaines", month: "mois", months: "mois",
		daysAWeek: "%d jours par semaine", dayAWeek: "%d jour par semaine",
		period: "du %s au %s inclus", periodOpen: "à partir du %s pour une durée indéterminée",
		payWithin: "dans les %d jours de la date de facture", payOnReceipt: "à réception",
		payAfterClient: "dans les %d jours du paiement au Cabinet, par le Client, des mêmes jours", payOnClient: "dès que le Client a payé au Cabinet les mêmes jours",
		originals: [2]string{"deux exemplaires originaux", "trois exemplaires originaux"},
		percent:   "%d\u00a0%%",
	},
}

// nbsp keeps an amount or a date on one line wherever a clause wraps.
const nbsp = "\u00a0"

func keepTogether(s string) string { return strings.ReplaceAll(s, " ", nbsp) }

// unit writes n with the singular or plural word, kept on one line.
func unit(n int, one, many string) string {
	if n == 1 {
		return "1" + nbsp + one
	}
	return strconv.Itoa(n) + nbsp + many
}

// Vars are the values of the placeholders for this contract, in its
// language. Amounts and dates are written with no-break spaces so they never
// wrap in the middle.
func (d *ContractDocument) Vars() map[string]string {
	w, ok := wordsFor[d.Lang]
	if !ok {
		w = wordsFor[LangEN]
	}
	// e carries this side's day figure: the client never reads the
	// manager's fee, the manager never the client's rate.
	figures := d.Figures()
	e, f, l := &figures, &d.Firm, d.Lang
	date := func(x Date) string { return keepTogether(x.Format(l)) }
	money := func(m Money) string { return keepTogether(m.Format(l)) }

	v := map[string]string{
		"firm":                    FirmLegalName(f),
		"firm_city":               PlaceName(f.Address.City, f.Country(), l),
		"client":                  d.Client.LegalName,
		"role":                    roleText(e.Role),
		"start":                   date(e.Start),
		"end":                     date(e.End),
		"day_rate":                money(e.DayRate),
		"vat":                     fmt.Sprintf(w.percent, d.VATRate),
		"notice_period":           unit(e.NoticeDays, w.day, w.days),
		"non_solicitation_period": unit(d.Terms.NonSolicitMonths, w.month, w.months),
		"liability_period":        unit(d.Terms.LiabilityCapMonths, w.month, w.months),
		"court":                   PlaceName(f.Address.City, f.Country(), l),
		"originals":               w.originals[0],
		"payment_term":            w.payOnReceipt,
	}
	if f.PaymentTermsDays > 0 {
		v["payment_term"] = fmt.Sprintf(w.payWithin, f.PaymentTermsDays)
	}
	if p := d.ManagerPayment; p != nil && d.PartyOf() == PartyManager {
		v["payment_term"] = managerPaymentTerm(w, *p)
	}
	if JurisdictionOf(f) == JurisdictionBE && strings.TrimSpace(f.RPRCourt) != "" {
		v["court"] = PlaceName(f.RPRCourt, f.Country(), l)
	}
	if m := d.Manager; m != nil && e.Kind == KindInterim {
		v["manager"] = m.Name
		v["manager_company"] = m.Name
		if c := strings.TrimSpace(m.Company.Name); c != "" {
			v["manager_company"] = c
		}
		if d.ManagerSigns() && d.PartyOf() == PartyClient {
			v["originals"] = w.originals[1] // the three-party contract
		}
	}
	if e.End.IsZero() {
		v["period"] = fmt.Sprintf(w.periodOpen, date(e.Start))
	} else {
		v["period"] = fmt.Sprintf(w.period, date(e.Start), date(e.End))
		v["duration"] = unit(e.Start.DaysUntil(e.End.AddDays(1))/7, w.week, w.weeks)
	}
	n := e.DaysPerWeek
	v["days_per_week"] = fmt.Sprintf(w.daysAWeek, n)
	if n == 1 {
		v["days_per_week"] = fmt.Sprintf(w.dayAWeek, n)
	}
	v["days_per_week"] = keepTogether(v["days_per_week"])
	v["monthly"] = money(e.MonthlyFee())
	v["total"] = money(e.EstimatedTotal())
	v["fee"] = v["total"]
	if p := d.Proposal; p != nil {
		v["proposal"] = fmt.Sprintf("%s (version %d)", p.Number, p.Version)
		if l == LangNL {
			v["proposal"] = fmt.Sprintf("%s (versie %d)", p.Number, p.Version)
		}
	}
	for i, c := range d.Clauses {
		if c.Key != ClauseSignature {
			v[articlePrefix+c.Key.Article()] = strconv.Itoa(i + 1)
		}
	}
	return v
}

// managerPaymentTerm is when the firm pays the manager's company, in the
// words of the manager agreement.
func managerPaymentTerm(w contractWords, p ManagerPayment) string {
	switch {
	case p.After == PayAfterClient && p.Days > 0:
		return fmt.Sprintf(w.payAfterClient, p.Days)
	case p.After == PayAfterClient:
		return w.payOnClient
	case p.Days > 0:
		return fmt.Sprintf(w.payWithin, p.Days)
	}
	return w.payOnReceipt
}

// roleText is the role as a clause prints it: at the end of a sentence,
// so without the full stop a person may have typed after it.
func roleText(role string) string {
	return strings.TrimRight(strings.TrimSpace(role), ". ")
}

// placeNames are the towns of Belgian and Dutch courts and seats that
// French and English write their own way, by country and Dutch name. A
// town not listed keeps its own name in every language (Leuven in English,
// Namur in French).
var placeNames = map[string]map[string]map[Lang]string{
	"BE": {
		"Aarlen":      {LangFR: "Arlon", LangEN: "Arlon"},
		"Antwerpen":   {LangFR: "Anvers", LangEN: "Antwerp"},
		"Bergen":      {LangFR: "Mons", LangEN: "Mons"},
		"Brugge":      {LangFR: "Bruges", LangEN: "Bruges"},
		"Brussel":     {LangFR: "Bruxelles", LangEN: "Brussels"},
		"Dendermonde": {LangFR: "Termonde"},
		"Doornik":     {LangFR: "Tournai", LangEN: "Tournai"},
		"Gent":        {LangFR: "Gand", LangEN: "Ghent"},
		"Hoei":        {LangFR: "Huy", LangEN: "Huy"},
		"Ieper":       {LangFR: "Ypres", LangEN: "Ypres"},
		"Kortrijk":    {LangFR: "Courtrai"},
		"Leuven":      {LangFR: "Louvain"},
		"Luik":        {LangFR: "Liège", LangEN: "Liège"},
		"Mechelen":    {LangFR: "Malines"},
		"Namen":       {LangFR: "Namur", LangEN: "Namur"},
		"Nijvel":      {LangFR: "Nivelles", LangEN: "Nivelles"},
		"Oudenaarde":  {LangFR: "Audenarde"},
		"Tongeren":    {LangFR: "Tongres"},
		"Veurne":      {LangFR: "Furnes"},
	},
	"NL": {
		"Den Haag":         {LangFR: "La Haye", LangEN: "The Hague"},
		"'s-Gravenhage":    {LangFR: "La Haye", LangEN: "The Hague"},
		"'s-Hertogenbosch": {LangFR: "Bois-le-Duc"},
	},
}

// PlaceName writes a town of country ("BE", "NL"), or the court named after
// it, in the document's language, whichever of its names it was typed in:
// "Gent", "Gand" and "Ghent" are "Gand" in French, "Ghent" in English and
// "Gent" in Dutch; "Liège" is "Luik" in Dutch. A court written as "Gent,
// afdeling Brugge" has each part looked up. Other names are returned as
// given.
func PlaceName(name, country string, l Lang) string {
	name = strings.TrimSpace(name)
	if strings.Contains(name, ",") {
		parts := strings.Split(name, ",")
		for i, p := range parts {
			parts[i] = PlaceName(p, country, l)
		}
		return strings.Join(parts, ", ")
	}
	// The division of a Belgian court: "afdeling Brugge", "division Bruges".
	for _, word := range []string{"afdeling ", "division "} {
		if len(name) > len(word) && strings.EqualFold(name[:len(word)], word) {
			div := map[Lang]string{LangNL: "afdeling ", LangFR: "division ", LangEN: "division "}[l]
			if div == "" {
				div = word
			}
			return div + PlaceName(name[len(word):], country, l)
		}
	}
	for nl, names := range placeNames[strings.ToUpper(country)] {
		known := strings.EqualFold(name, nl)
		for _, n := range names {
			known = known || strings.EqualFold(name, n)
		}
		if !known {
			continue
		}
		if n, ok := names[l]; ok && l != LangNL {
			return n
		}
		return nl
	}
	return name
}

// MonthlyFee is what a mandate costs in a month at its days a week
// (52/12 weeks a month), excluding VAT; 0 for a consulting assignment.
func (e *Engagement) MonthlyFee() Money {
	if e.Kind != KindInterim {
		return 0
	}
	return (e.DayRate * Money(e.DaysPerWeek)).MulDiv(weeksPerYear, monthsPerYear)
}

// EstimatedTotal is the fee of a consulting assignment, or what a mandate
// with a planned end comes to at its days a week over its whole weeks,
// excluding VAT; 0 for an open-ended mandate.
func (e *Engagement) EstimatedTotal() Money {
	if e.Kind == KindConsulting {
		return e.Fee
	}
	if e.End.IsZero() || e.Start.IsZero() {
		return 0
	}
	weeks := e.Start.DaysUntil(e.End.AddDays(1)) / 7
	return e.DayRate * Money(e.DaysPerWeek*weeks)
}

// FirmLegalName is the firm's legal name with its legal form, once:
// "Van Damme & Partners BV".
func FirmLegalName(f *Firm) string {
	name, form := strings.TrimSpace(f.LegalName), strings.TrimSpace(f.LegalForm)
	if form == "" || strings.HasSuffix(strings.ToLower(name), " "+strings.ToLower(form)) {
		return name
	}
	return name + " " + form
}
