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
		return Invalidf("Manager's day fee", "must not exceed %s.", MaxDayRate.Format(LangEN))
	case dayRate > 0 && fee > dayRate:
		return Invalidf("Manager's day fee", "%s is above the client's day rate of %s; the firm would pay the manager more than the client pays.", fee.Format(LangEN), dayRate.Format(LangEN))
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
