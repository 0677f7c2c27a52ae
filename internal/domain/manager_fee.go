package domain

// The manager's day fee is what the firm pays the manager's company a day,
// beside the client's day rate, what the client pays the firm. The
// difference is the firm's margin (margin.go).

// ManagerDayFeeLabel names the manager's day fee in forms and refusals.
const ManagerDayFeeLabel = "Manager's day fee"

// validateManagerFee checks the manager's day fee of an interim offer or
// engagement against the client's day rate. required says whether a fee
// of 0 is a figure never filled in: an offer that names a manager at a
// day rate. An engagement may keep 0: not recorded (before the fee was
// kept, see migration 0007), its margin unknown until someone enters it.
func validateManagerFee(fee, dayRate Money, required bool) error {
	switch {
	case fee < 0:
		return Invalidf("Manager's day fee", "cannot be negative.")
	case fee == 0 && required:
		return Invalidf("Manager's day fee", "is required when the offer names a manager: it is what the firm pays the manager's company a day.")
	case fee > MaxDayRate:
		return Invalidf("Manager's day fee", "must not exceed %s.", MaxDayRate.InSentence())
	case dayRate > 0 && fee > dayRate:
		return Invalidf("Manager's day fee", "%s is above the client's day rate of %s; the firm would pay the manager more than the client pays.", amount(fee), amount(dayRate))
	}
	return nil
}

// validateManagerFee checks the interim offer's fee: required once the
// offer names a manager and a day rate.
func (in *InterimOffer) validateManagerFee() error {
	return validateManagerFee(in.ManagerDayFee, in.DayRate, in.ManagerID != 0 && in.DayRate > 0)
}

// validateManagerFee checks the engagement's fee; a consulting engagement
// keeps none.
func (e *Engagement) validateManagerFee() error {
	if e.Kind != KindInterim {
		if e.ManagerDayFee != 0 {
			return Invalidf("Manager's day fee", "belongs to an interim mandate; a consulting engagement keeps its manager's cost in its proposal.")
		}
		return nil
	}
	return validateManagerFee(e.ManagerDayFee, e.DayRate, false)
}

// ValidateEntered checks an engagement entered by hand: Validate, and a
// mandate that names a manager at a day rate needs the manager's day fee,
// as an offer does. Validate alone keeps accepting 0 (engagements stored
// before the fee was kept, see migration 0007); one entered now has no
// such excuse.
func (e *Engagement) ValidateEntered() error {
	if err := e.Validate(); err != nil {
		return err
	}
	if e.Kind == KindInterim && e.ManagerID != 0 && e.DayRate > 0 && e.ManagerDayFee == 0 {
		return Invalidf("Manager's day fee", "is required for a mandate with a manager and a day rate: it is what the firm pays the manager's company a day.")
	}
	return nil
}

// validateManager checks the manager a consulting offer names and what it
// pays them: nothing negative, and no more than the offer's fee. Its
// fields are the "Consulting manager…" ones: both offers stand side by
// side in one form, beside the interim offer's "Manager" and "Manager's
// day fee", and a refusal names the field it is about.
func (c *ConsultingOffer) validateManager() error {
	switch {
	case c.ManagerDayFee < 0:
		return Invalidf("Consulting manager's day fee", "cannot be negative.")
	case c.ManagerDayFee > MaxDayRate:
		return Invalidf("Consulting manager's day fee", "must not exceed %s.", MaxDayRate.InSentence())
	case c.ManagerDays < 0 || c.ManagerDays > 520:
		return Invalidf("Consulting manager's days", "must be between 0 and 520.")
	case c.ManagerID == 0 && (c.ManagerDayFee != 0 || c.ManagerDays != 0):
		return Invalidf("Consulting manager", "the consulting offer pays a manager but names none; choose the manager or clear the fee.")
	case c.ManagerDays > 0 && c.ManagerDayFee == 0:
		return Invalidf("Consulting manager's day fee", "is required with the manager's days: it is what the firm pays the manager's company a day.")
	case c.ManagerDayFee > 0 && c.ManagerDays == 0:
		return Invalidf("Consulting manager's days", "is required with a day fee: how many days the firm pays the manager.")
	case c.ManagerID != 0 && c.ManagerCost() == 0:
		return Invalidf("Consulting manager's day fee", "is required when the consulting offer names a manager: a day fee with its days, or a manager's fee beside each phase.")
	}
	for _, ph := range c.Phases {
		if ph.ManagerFee < 0 {
			return Invalidf("Phases", "the manager's fee of phase %q cannot be negative.", ph.Name)
		}
		if ph.ManagerFee > 0 && c.ManagerID == 0 {
			return Invalidf("Consulting manager", "the consulting offer pays a manager but names none; choose the manager or clear the fee.")
		}
	}
	if cost, fee := c.ManagerCost(), c.Fee(); fee > 0 && cost > fee {
		// The refusal names the day fee when the days make part of the
		// cost, else the phases whose fees make all of it.
		if c.ManagerDayFee*Money(c.ManagerDays) > 0 {
			return Invalidf("Consulting manager's day fee", "the manager's cost of %s is above the consulting fee of %s; the firm would pay the manager more than the client pays.", amount(cost), amount(fee))
		}
		return Invalidf("Phases", "the manager's cost of %s is above the consulting fee of %s; the firm would pay the manager more than the client pays.", amount(cost), amount(fee))
	}
	return nil
}

// amount is an amount inside a refusal, written the reader's way where
// the refusal is shown (an English Message keeps "€1,300.00").
func amount(m Money) Sentence { return Sentence{Format: "%s", Args: []any{m}} }
