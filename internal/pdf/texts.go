package pdf

import (
	"fmt"
	"strings"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// texts are the fixed sentences of the documents in one language. Each
// language is written as a professional in that language would write it,
// not translated word by word; texts_test.go checks that no language misses
// a sentence. Format verbs are filled in by proposal.go; a no-break space
// (\u00a0) keeps French punctuation with its word.
type texts struct {
	lang domain.Lang

	// Document and letterhead.
	Proposal, Draft, DraftReference   string
	PreparedFor, Attn, ClientVAT      string
	Number, Version, Date, ValidUntil string
	PageOf, Reference                 string // "Page %d of %s"; "%s · version %d · %s"
	Subject                           string // metadata: "Proposal for %s"
	EnterpriseNo, RPR, KvK, VAT, IBAN string

	// Sections.
	Situation, OptionA, OptionB, Comparison, Costs, Recommendation, Terms, Acceptance string
	InterimName, ConsultingName                                                       string
	InterimIntro, ConsultingIntro                                                     string

	// The interim mandate.
	Manager, NoManager, Expertise, Sectors, Languages string
	// The manager's recent mandates: the sub-heading, an open-ended
	// period ("since %s") and the client's reference ("Reference: %s").
	RecentMandates, MandateSince, MandateReference string
	Role, Objectives, ExitCriteria, Schedule       string
	Start, Duration, DaysPerWeek, DayRate          string
	Days, Monthly, TotalExVAT, StartToAgree        string

	// The consulting offer.
	Approach, Deliverables, Phases, Phase, Fee, Total string

	// The comparison: row labels, then the interim and consulting cells.
	Aspect                                                                 string
	RowResponsibility, RowAuthority, RowDeliverable, RowStart, RowDuration string
	RowPrice, RowTransfer, RowExit                                         string
	InResponsibility, InAuthority, InDeliverable, InStartOn, InStartSoon   string
	InDuration, InPrice, InTransfer, InExit                                string
	CoResponsibility, CoAuthority, CoDeliverable, CoStart, CoPrice         string
	CoTransfer, CoExit                                                     string

	// Costs, the permanent comparator and the chart.
	FeeExVAT, VATRate, TotalIncVAT, ReverseCharged, ReverseChargeNote, Alternatives string
	// TotalPayable is the last line of the costs under reverse charge,
	// which has no VAT to include: "Totaal te betalen" (see totalLabel).
	TotalPayable                                                                      string
	Permanent, AnnualSalary, YearlyCost, RecruitmentFee                               string
	PeriodCost, NoticeCost, PermanentTotal, PermanentName                             string
	Chart, ChartX, ChartY, Legend                                                     string
	ChartYIncVAT, IncVATNote, RecruitmentVAT, NoticeLawBE, NoticeLawNL, TransitionFee string

	// Recommendation, terms and acceptance.
	RecommendA, RecommendB                                            string
	TermValidity, TermAmounts, TermInvoicing, TermPayment, TermPayNow string
	TermAgreement, FurtherTerms                                       string
	AcceptIntro, ChoiceA, ChoiceB, ForClient, ForFirm                 string
	SignName, SignPlace, SignHere                                     string

	// Units: singular and plural.
	Week, Weeks, Month, Months, DayOne, DayMany, About string
	// DayUnit and DayUnits count days: the notice period.
	DayUnit, DayUnits string
	// Percent writes a whole percentage: "21%" or "21 %".
	Percent string
}

// textsFor returns the sentences of a document language; anything else gets
// English, the language every reader of these documents understands.
func textsFor(l domain.Lang) *texts {
	switch l {
	case domain.LangNL:
		return &textsNL
	case domain.LangFR:
		return &textsFR
	}
	return &textsEN
}

// count writes n with the singular or plural unit.
func count(n int, one, many string) string {
	if n == 1 || n == -1 {
		return fmt.Sprintf("%d\u00a0%s", n, one)
	}
	return fmt.Sprintf("%d\u00a0%s", n, many)
}

func (t *texts) weeks(n int) string  { return count(n, t.Week, t.Weeks) }
func (t *texts) months(n int) string { return count(n, t.Month, t.Months) }

// duration writes weeks, with the months they come to once that helps.
func (t *texts) duration(weeks int) string {
	s := t.weeks(weeks)
	if weeks >= 8 {
		months := (weeks*12 + 26) / 52 // rounded: for reading, not for money
		s += " (" + fmt.Sprintf(t.About, t.months(months)) + ")"
	}
	return s
}

// totalLabel is the label of the last line of the costs: "Totaal incl.
// btw", or under reverse charge "Totaal te betalen", since the client
// accounts for the VAT itself.
func (t *texts) totalLabel(reverseCharge bool) string {
	if reverseCharge {
		return t.TotalPayable
	}
	return t.TotalIncVAT
}

// percent writes a whole percentage the language's way.
func (t *texts) percent(p int) string { return fmt.Sprintf(t.Percent, p) }

// money writes an amount with no-break spaces, so it never wraps.
func (t *texts) money(m domain.Money) string {
	return strings.ReplaceAll(m.Format(t.lang), " ", "\u00a0")
}

// moneyShort writes a whole amount without cents, for chart axes.
func (t *texts) moneyShort(m domain.Money) string {
	s := t.money(m - m%100)
	// Drop the decimal separator and the two zeros, before the € where
	// French writes it: "€ 75.000,00", "€75,000.00", "75 000,00 €".
	if number, ok := strings.CutSuffix(s, "\u00a0€"); ok {
		return number[:len(number)-3] + "\u00a0€"
	}
	return s[:len(s)-3]
}

// date writes a date in full, kept on one line.
func (t *texts) date(d domain.Date) string {
	return strings.ReplaceAll(d.Format(t.lang), " ", "\u00a0")
}
