package domain

import (
	"strings"
)

// Problem is one thing wrong or doubtful in a proposal or a contract about
// to be issued or frozen: a sentence naming the field. A problem that
// blocks stops the issue or the first print; one that does not is a
// warning, and the document goes out once a person confirmed it.
type Problem struct {
	Blocks bool
	Err    *Error
}

// Problems are the findings of a check, in the order the document shows
// the fields.
type Problems []Problem

// Blocking reports whether any problem blocks.
func (ps Problems) Blocking() bool {
	for _, p := range ps {
		if p.Blocks {
			return true
		}
	}
	return false
}

// Err is the first blocking problem, nil when nothing blocks: what the
// store answers when it refuses to issue or freeze.
func (ps Problems) Err() error {
	for _, p := range ps {
		if p.Blocks {
			return p.Err
		}
	}
	return nil
}

// Warnings are the problems that do not block.
func (ps Problems) Warnings() Problems {
	var ws Problems
	for _, p := range ps {
		if !p.Blocks {
			ws = append(ws, p)
		}
	}
	return ws
}

func (ps *Problems) block(err *Error) { *ps = append(*ps, Problem{Blocks: true, Err: err}) }
func (ps *Problems) warn(err *Error)  { *ps = append(*ps, Problem{Err: err}) }

// HasInterim reports whether the proposal offers an interim mandate:
// anything of it filled in.
func (p *Proposal) HasInterim() bool {
	in := &p.Interim
	return in.ManagerID != 0 || in.Weeks != 0 || in.DayRate != 0 || in.DaysPerWeek != 0 ||
		strings.TrimSpace(in.Role+in.Objectives+in.ExitCriteria) != ""
}

// HasConsulting reports whether the proposal offers consulting: anything
// of it filled in.
func (p *Proposal) HasConsulting() bool {
	c := &p.Consulting
	return len(c.Phases) > 0 || strings.TrimSpace(c.Approach+c.Deliverables) != ""
}

// A day rate below 80 % or above 160 % of the manager's usual one
// (Manager.DayRate) is far from it: a typing mistake, or a price to
// explain before the client reads it.
const rateFarLow, rateFarHigh, rateFarDen = 80, 160, 100

// CheckProposal lists what is wrong or doubtful in the proposal document d
// issued on day today. It blocks an offer without days, weeks, rate or
// fee, an interim offer without a role, a proposal with neither offer, and
// a VAT treatment that does not fit the countries without a written
// reason. It warns of a start or validity date already past, text in
// another language than the document, and a day rate far from the
// proposed manager's usual one.
func CheckProposal(d *ProposalDocument, today Date) Problems {
	var ps Problems
	p := &d.Proposal
	interim, consulting := p.HasInterim(), p.HasConsulting()
	if !interim && !consulting {
		ps.block(Invalidf("Offers", "the proposal has neither an interim mandate nor a consulting offer; fill in at least one."))
	}
	if interim {
		in := &p.Interim
		if strings.TrimSpace(in.Role) == "" {
			ps.block(Invalidf("Role", "the interim mandate names no role."))
		}
		if in.Weeks == 0 {
			ps.block(Invalidf("Weeks", "the interim mandate lasts 0 weeks."))
		}
		if in.DaysPerWeek == 0 {
			ps.block(Invalidf("Days per week", "the interim mandate has 0 days per week."))
		}
		if in.DayRate == 0 {
			ps.block(Invalidf("Day rate", "the interim mandate has a day rate of € 0."))
		}
		if in.ManagerID != 0 && in.ManagerDayFee == 0 {
			ps.block(Invalidf("Manager's day fee", "the interim mandate names a manager without the fee the firm pays them."))
		}
	}
	if consulting {
		if len(p.Consulting.Phases) == 0 {
			ps.block(Invalidf("Phases", "the consulting offer has no phase, so no duration and no fee."))
		}
		for _, ph := range p.Consulting.Phases {
			if ph.Weeks == 0 {
				ps.block(Invalidf("Phases", "phase %q lasts 0 weeks.", ph.Name))
			}
			if ph.Fee == 0 {
				ps.block(Invalidf("Phases", "phase %q has a fee of € 0.", ph.Name))
			}
		}
	}
	if err := checkVATTreatment(p, &d.Firm, &d.Client); err != nil {
		ps.block(err)
	}

	if interim && !p.Interim.Start.IsZero() && p.Interim.Start.Before(today) {
		ps.warn(Invalidf("Start date", "%s is already past.", p.Interim.Start))
	}
	if until := d.ValidUntil(); !d.Date.IsZero() && until.Before(today) {
		ps.warn(Invalidf("Validity", "the proposal is valid until %s, which is already past.", until))
	}
	texts := []struct{ field, text string }{
		{"Title", p.Title}, {"Situation", p.Situation},
	}
	if interim {
		texts = append(texts, []struct{ field, text string }{
			{"Role", p.Interim.Role}, {"Objectives", p.Interim.Objectives}, {"Exit criteria", p.Interim.ExitCriteria}}...)
	}
	if consulting {
		texts = append(texts, []struct{ field, text string }{
			{"Approach", p.Consulting.Approach}, {"Deliverables", p.Consulting.Deliverables}}...)
	}
	texts = append(texts, []struct{ field, text string }{{"Recommendation", p.Recommendation}, {"Terms", p.Terms}}...)
	if d.Manager != nil && interim {
		texts = append(texts, struct{ field, text string }{"CV", d.Manager.CV})
	}
	for _, t := range texts {
		if err := checkLanguage(t.field, t.text, d.Lang); err != nil {
			ps.warn(err)
		}
	}
	// The roster's rate is the manager's own day fee: the offer's fee is
	// compared with it, never the client's rate.
	if m := d.Manager; interim && m != nil && m.DayRate > 0 && p.Interim.ManagerDayFee > 0 {
		if fee := p.Interim.ManagerDayFee; fee*rateFarDen < m.DayRate*rateFarLow || fee*rateFarDen > m.DayRate*rateFarHigh {
			ps.warn(Invalidf("Manager's day fee", "%s is far from the manager's own day fee of %s in the roster.", fee.InSentence(), m.DayRate.InSentence()))
		}
	}
	checkMargin(d, interim, consulting, &ps)
	return ps
}

// checkVATTreatment refuses a treatment that does not follow from the
// firm's and the client's countries, unless the proposal gives a reason.
func checkVATTreatment(p *Proposal, f *Firm, c *Client) *Error {
	want, got := ExpectedVATTreatment(f.Country(), c), p.VATTreatment()
	if want == got || strings.TrimSpace(p.VATReason) != "" {
		return nil
	}
	country := c.Country()
	switch {
	case want == VATOutsideScope && got == VATReverseCharged:
		return nil // no VAT either way
	case want == VATOutsideScope:
		return Invalidf("VAT treatment", "a client outside the EU (%s) pays no VAT of the firm's country; set the VAT rate to 0 %% or write the reason for this choice.", country)
	case got == VATReverseCharged && want == VATCharged && strings.EqualFold(country, f.Country()):
		return Invalidf("VAT treatment", "reverse charge does not apply to a client in %s, the firm's own country; charge VAT or write the reason for this choice.", country)
	case got == VATReverseCharged:
		return Invalidf("VAT treatment", "reverse charge needs a business client with a VAT number; charge VAT or write the reason for this choice.")
	case want == VATReverseCharged:
		return Invalidf("VAT treatment", "a business client in another EU country (%s) is reverse charged, not charged %d %% VAT; change it or write the reason for this choice.", country, p.VATRate)
	}
	return Invalidf("VAT treatment", "a client in %s is charged VAT, not 0 %%; change it or write the reason for this choice.", country)
}

// checkLanguage warns when text is clearly in another language than lang.
func checkLanguage(field, text string, lang Lang) *Error {
	if got, ok := GuessLanguage(text, lang); ok {
		return Invalidf(field, "reads as %s, but the document is in %s.", string(got), string(lang))
	}
	return nil
}

// CheckContract lists what is wrong or doubtful in the contract document
// d. It blocks an empty assignment (a mandate's objectives, a study's
// scope), a mandate without exit criteria, a consulting assignment without
// deliverables, and a notice period of 0 days: printed, they would freeze
// "to be agreed in writing" as the signed text. It warns of terms in
// another language than the contract.
func CheckContract(d *ContractDocument) Problems {
	var ps Problems
	t := &d.Terms
	empty := func(field, v string) {
		if strings.TrimSpace(v) == "" {
			ps.block(Invalidf(field, "is empty; the contract would leave it to be agreed in writing. Fill it in before the contract is printed."))
		}
	}
	empty("Assignment", t.Assignment)
	if d.Engagement.Kind == KindInterim {
		empty("Exit criteria", t.ExitCriteria)
	} else {
		empty("Deliverables", t.Deliverables)
	}
	if d.Engagement.NoticeDays == 0 {
		ps.block(Invalidf("Notice period", "is 0 days; the contract needs a notice period to end it early."))
	}
	checkAgreementParties(&ps, d)
	for _, f := range []struct{ field, text string }{
		{"Assignment", t.Assignment}, {"Exit criteria", t.ExitCriteria}, {"Authority", t.Authority}, {"Deliverables", t.Deliverables},
	} {
		if err := checkLanguage(f.field, f.text, d.Lang); err != nil {
			ps.warn(err)
		}
	}
	return ps
}
