package domain

// NoticeRule says where the notice of a permanent hire comes from.
type NoticeRule string

const (
	// NoticeEntered is the figure the user entered (PermanentHire.NoticeMonths).
	NoticeEntered NoticeRule = "entered"
	// NoticeBE is Belgian law: the notice weeks of the single status
	// (eenheidsstatuut, art. 37/2 Arbeidsovereenkomstenwet) by tenure.
	NoticeBE NoticeRule = "BE"
	// NoticeNL is Dutch law: the employer's legal notice (art. 7:672 BW)
	// and the transitievergoeding (art. 7:673 BW).
	NoticeNL NoticeRule = "NL"
	// NoticeNone: a client in another country and no figure entered.
	NoticeNone NoticeRule = "none"
)

// Notice is how long the notice of a permanent hire is: weeks (Belgium) or
// months (the Netherlands, or the user's figure).
type Notice struct {
	Rule   NoticeRule
	Weeks  int
	Months int
}

// NoticeFor is the notice an employer in country owes a permanent hire
// after tenureWeeks of service, unless the user entered enteredMonths.
func NoticeFor(country string, tenureWeeks, enteredMonths int) Notice {
	switch {
	case enteredMonths > 0:
		return Notice{Rule: NoticeEntered, Months: enteredMonths}
	case country == "BE":
		return Notice{Rule: NoticeBE, Weeks: BelgianNoticeWeeks(tenureWeeks * monthsPerYear / weeksPerYear)}
	case country == "NL":
		return Notice{Rule: NoticeNL, Months: DutchNoticeMonths(tenureWeeks / weeksPerYear)}
	}
	return Notice{Rule: NoticeNone}
}

// belgianNotice is art. 37/2 §1 of the Arbeidsovereenkomstenwet (as in
// force since 1 May 2018): the notice weeks the employer owes, by the
// months of service completed. From 20 years on it is 62 weeks plus one
// for every year started beyond.
var belgianNotice = []struct{ fromMonths, weeks int }{
	{0, 1}, {3, 3}, {4, 4}, {5, 5}, {6, 6}, {9, 7}, {12, 8}, {15, 9}, {18, 10}, {21, 11},
	{24, 12}, {36, 13}, {48, 15}, {60, 18}, {72, 21}, {84, 24}, {96, 27}, {108, 30},
	{120, 33}, {132, 36}, {144, 39}, {156, 42}, {168, 45}, {180, 48}, {192, 51},
	{204, 54}, {216, 57}, {228, 60}, {240, 62},
}

// BelgianNoticeWeeks is the employer's notice under the single status after
// months of service.
func BelgianNoticeWeeks(months int) int {
	if months >= 252 {
		return 62 + (months-240)/12
	}
	weeks := 0
	for _, b := range belgianNotice {
		if months >= b.fromMonths {
			weeks = b.weeks
		}
	}
	return weeks
}

// DutchNoticeMonths is the employer's legal notice after years of service
// (art. 7:672 lid 2 BW): one month below five years, two below ten, three
// below fifteen, four from fifteen.
func DutchNoticeMonths(years int) int {
	switch {
	case years < 5:
		return 1
	case years < 10:
		return 2
	case years < 15:
		return 3
	}
	return 4
}

// TransitionFee is the Dutch transitievergoeding after weeks of service: a
// third of a monthly salary per year, pro rata (the yearly cap, far above
// what a few years of a manager's salary earn, is left out).
func TransitionFee(annualSalary Money, weeks int) Money {
	return annualSalary.MulDiv(int64(weeks), monthsPerYear*3*weeksPerYear)
}
