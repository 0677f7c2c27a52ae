package cli

import (
	"flag"
	"strings"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// engagementCommands are the subcommands of "engagements": the list and
// the record, and each step of the life cycle.
func engagementCommands() map[string]func(*app, []string) error {
	return map[string]func(*app, []string) error{
		"list":      (*app).engagementsList,
		"show":      (*app).engagementsShow,
		"accept":    (*app).engagementsAccept,
		"activate":  (*app).engagementsActivate,
		"complete":  (*app).engagementsComplete,
		"terminate": (*app).engagementsTerminate,
		"extend":    (*app).engagementsExtend,
		"history":   (*app).engagementsHistory,
	}
}

// overrideFlags are --override-capacity and --reason: booking a manager
// beyond capacity must be asked for explicitly, with the reason recorded.
type overrideFlags struct {
	on     bool
	reason string
}

func (o *overrideFlags) bind(fs *flag.FlagSet) {
	fs.BoolVar(&o.on, "override-capacity", false, "book the manager even beyond the days a week they work (needs --reason)")
	fs.StringVar(&o.reason, "reason", "", "why the capacity check is overridden, recorded in the engagement's history")
}

// override returns the override asked for, nil for none.
func (o *overrideFlags) override(usage string) (*domain.CapacityOverride, error) {
	switch {
	case o.on && strings.TrimSpace(o.reason) == "":
		return nil, usageErrorf(usage, "--override-capacity needs --reason \"...\": the reason is recorded with the override")
	case !o.on && o.reason != "":
		return nil, usageErrorf(usage, "--reason goes with --override-capacity")
	case !o.on:
		return nil, nil
	}
	return &domain.CapacityOverride{Reason: strings.TrimSpace(o.reason)}, nil
}

// parseEngagementID parses the flags and the one ID of a subcommand that
// works on a single engagement.
func parseEngagementID(fs *flag.FlagSet, args []string) (int64, error) {
	pos, err := parseArgs(fs, engagementsUsage, args)
	if err != nil {
		return 0, err
	}
	return oneID(engagementsUsage, "engagement", pos)
}

// describe is an engagement in one line: "engagement 7 (interim, planned):
// CFO a.i., from 2026-06-01 to 2026-11-29, 4 days a week at
// €1,250.00/day".
func (a *app) describe(e *domain.Engagement) string {
	dates := a.sprintf("from %s to %s", a.day(e.Start), a.day(lastDay(e)))
	if lastDay(e).IsZero() {
		dates = a.sprintf("from %s, open-ended", a.day(e.Start))
	}
	parts := []string{e.Role, dates}
	if e.Kind == domain.KindInterim {
		parts = append(parts, a.sprintf("%d days a week at %s", e.DaysPerWeek, a.price(e)))
	} else if p := a.price(e); p != "" {
		parts = append(parts, p)
	}
	return a.sprintf("engagement %d (%s, %s): %s", e.ID, a.word(string(e.Kind)), a.word(string(e.Status)), joinNonEmpty(", ", parts...))
}
