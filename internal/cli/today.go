package cli

import (
	"fmt"

	"github.com/interimdesk/interimdesk/internal/domain"
)

const todayUsage = `usage: interimdesk-cli today [--json]

What needs doing today, as the desktop's first screen shows it: the
proposals by status with their value and expected margin (the open ones and
those answered in the last 12 months), the issued proposals whose validity
ends within 14 days, the engagements ending within 6 weeks, the managers
becoming free within 30, 60 or 90 days, and the share of the proposals won
in the last 12 months by option. --json prints the same figures for
scripts, amounts in cents.
`

// today prints the first screen's figures, computed by the domain from
// the store's data on the command's day.
func (a *app) todayCmd(args []string) error {
	fs := newFlagSet("today")
	asJSON := fs.Bool("json", false, "print JSON")
	if err := parseFlags(fs, todayUsage, args); err != nil {
		return err
	}
	return a.withServices(mustExist, func(s domain.Services) error {
		on := a.today()
		data, err := s.Today.TodayData(a.ctx, on)
		if err != nil {
			return err
		}
		t := domain.ComputeToday(data, on)
		if *asJSON {
			return writeJSON(a.stdout, t)
		}
		return a.printToday(t)
	})
}

func (a *app) printToday(t *domain.Today) error {
	a.say("What needs doing on %s", a.day(t.On))
	fmt.Fprintln(a.stdout)
	a.say("Proposals by status:")
	tb := a.newTable(columns{"STATUS", "COUNT", "VALUE", "EXPECTED MARGIN"})
	for _, f := range t.ByStatus {
		tb.row(a.word(string(f.Status)), itoa(f.Count), a.money(f.Value), a.money(f.Margin))
	}
	if err := tb.flush(); err != nil {
		return err
	}
	fmt.Fprintln(a.stdout)
	a.say("Validity ends within %d days:", domain.TodayValidityDays)
	if len(t.Expiring) == 0 {
		a.say("none")
	} else {
		tb = a.newTable(columns{"ID", "NUMBER", "TITLE", "CLIENT", "VALID UNTIL", "VALUE"})
		for _, p := range t.Expiring {
			tb.row(fmt.Sprint(p.ID), p.Number, p.Title, p.Client, a.date(p.ValidUntil), a.money(p.Value))
		}
		if err := tb.flush(); err != nil {
			return err
		}
	}
	fmt.Fprintln(a.stdout)
	a.say("Engagements ending within %d weeks:", domain.TodayEndingDays/7)
	if len(t.Ending) == 0 {
		a.say("none")
	} else {
		tb = a.newTable(columns{"ID", "CLIENT", "MANAGER", "ROLE", "END"})
		for _, e := range t.Ending {
			tb.row(fmt.Sprint(e.ID), e.Client, e.Manager, e.Role, a.date(e.End))
		}
		if err := tb.flush(); err != nil {
			return err
		}
	}
	fmt.Fprintln(a.stdout)
	a.say("Managers becoming free within %d days:", domain.TodayFreeBuckets[len(domain.TodayFreeBuckets)-1])
	if len(t.FreeSoon) == 0 {
		a.say("none")
	} else {
		tb = a.newTable(columns{"ID", "NAME", "FREE FROM", "WITHIN DAYS"})
		for _, m := range t.FreeSoon {
			tb.row(fmt.Sprint(m.ID), m.Name, a.date(m.FreeFrom), itoa(m.Within))
		}
		if err := tb.flush(); err != nil {
			return err
		}
	}
	fmt.Fprintln(a.stdout)
	a.say("Won since %s:", a.day(t.WonSince))
	if t.WonCount == 0 {
		a.say("none")
		return nil
	}
	tb = a.newTable(columns{"OPTION", "COUNT", "SHARE", "VALUE"})
	for _, w := range t.Won {
		tb.row(a.word(string(w.Option)), itoa(w.Count), domain.FormatPercentBP(w.PercentBP)+" %", a.money(w.Value))
	}
	return tb.flush()
}
