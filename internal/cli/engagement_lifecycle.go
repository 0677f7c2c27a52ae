package cli

import (
	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/i18n"
)

// engagementsAccept records the client's acceptance of an issued proposal
// and creates its engagement: "accept PROPOSAL_ID --option KIND [--on DATE]
// [--start DATE] [--notice-days N] [--manager ID] [--override-capacity
// --reason ...] [--json]".
func (a *app) engagementsAccept(args []string) error {
	fs := newFlagSet("engagements accept")
	option := fs.String("option", "", "the offer the client accepted: `KIND` interim or consulting")
	on := fs.String("on", "", "the `DATE` the client accepted, YYYY-MM-DD (default today)")
	start := fs.String("start", "", "the first `DATE` of the engagement, when it differs from the proposal's (or it left the start to be agreed)")
	notice := fs.Int("notice-days", 0, "the notice period in `DAYS` (default: the one the proposal promised)")
	managerID := fs.Int64("manager", 0, "the manager `ID`, when the proposal named none")
	var ov overrideFlags
	ov.bind(fs)
	asJSON := fs.Bool("json", false, "print the engagement as JSON")
	pos, err := parseArgs(fs, engagementsUsage, args)
	if err != nil {
		return err
	}
	id, err := oneID(engagementsUsage, "proposal", pos)
	if err != nil {
		return err
	}
	kind := domain.OfferKind(*option)
	if !kind.Valid() {
		return usageErrorf(engagementsUsage, "accept needs --option interim or --option consulting: the offer the client chose")
	}
	if *notice < 0 || *managerID < 0 {
		return usageErrorf(engagementsUsage, "--notice-days and --manager cannot be negative")
	}
	override, err := ov.override(engagementsUsage)
	if err != nil {
		return err
	}
	opts := domain.AcceptOptions{NoticeDays: *notice, ManagerID: *managerID, Override: override}
	if opts.On, err = optionalDate("Acceptance date", *on); err != nil {
		return err
	}
	if opts.Start, err = optionalDate("Start date", *start); err != nil {
		return err
	}
	return a.withServices(mustExist, func(s domain.Services) error {
		e, err := s.Lifecycle.AcceptProposal(a.ctx, id, kind, opts)
		if err != nil {
			return err
		}
		if *asJSON {
			return writeJSON(a.stdout, e)
		}
		p, err := s.Proposals.FindProposalByID(a.ctx, id)
		if err != nil {
			return err
		}
		a.say("Proposal %s version %d accepted (%s) on %s: %s.",
			p.Number, e.ProposalVersion, a.word(string(kind)), a.day(p.StatusDate), a.describe(e))
		if override != nil {
			a.say("The capacity check was overridden: %s", override.Reason)
		}
		return nil
	})
}

// engagementsActivate records the start: "activate ID [--on DATE]".
func (a *app) engagementsActivate(args []string) error {
	return a.lifecycleStep("engagements activate", "the `DATE` it started, YYYY-MM-DD (default today)", args,
		func(s domain.Services, id int64, on domain.Date) (*domain.Engagement, error) {
			return s.Lifecycle.ActivateEngagement(a.ctx, id, on)
		})
}

// engagementsComplete records the end: "complete ID [--on DATE]".
func (a *app) engagementsComplete(args []string) error {
	return a.lifecycleStep("engagements complete", "the `DATE` it ended, YYYY-MM-DD (default today)", args,
		func(s domain.Services, id int64, on domain.Date) (*domain.Engagement, error) {
			return s.Lifecycle.CompleteEngagement(a.ctx, id, on)
		})
}

// lifecycleStep runs a step that takes an ID and an optional --on date and
// prints the engagement as it then stands.
func (a *app) lifecycleStep(name, onHelp string, args []string,
	step func(s domain.Services, id int64, on domain.Date) (*domain.Engagement, error)) error {
	fs := newFlagSet(name)
	on := fs.String("on", "", onHelp)
	id, err := parseEngagementID(fs, args)
	if err != nil {
		return err
	}
	day, err := optionalDate("Date", *on)
	if err != nil {
		return err
	}
	return a.withServices(mustExist, func(s domain.Services) error {
		e, err := step(s, id, day)
		if err != nil {
			return err
		}
		a.say("Now %s.", a.describe(e))
		return nil
	})
}

// engagementsTerminate records notice: "terminate ID --notice-given DATE
// --reason ...". The last day follows from the notice period.
func (a *app) engagementsTerminate(args []string) error {
	fs := newFlagSet("engagements terminate")
	given := fs.String("notice-given", "", "the `DATE` notice was given, YYYY-MM-DD")
	reason := fs.String("reason", "", "why the engagement ends early, recorded with it")
	id, err := parseEngagementID(fs, args)
	if err != nil {
		return err
	}
	if *given == "" || *reason == "" {
		return usageErrorf(engagementsUsage, "terminate needs --notice-given DATE and --reason \"...\"")
	}
	day, err := parseDateField("Notice date", *given)
	if err != nil {
		return err
	}
	return a.withServices(mustExist, func(s domain.Services) error {
		e, err := s.Lifecycle.TerminateEngagement(a.ctx, id, day, *reason)
		if err != nil {
			return err
		}
		then := a.sprintf("it stays %s until then", a.word(string(e.Status)))
		if e.Status == domain.EngagementTerminated {
			then = a.word("it is terminated")
		}
		a.say("Notice given on %s for engagement %d (%d days' notice): the last day is %s; %s.",
			a.day(day), e.ID, e.NoticeDays, a.day(e.TerminatedOn), then)
		return nil
	})
}

// engagementsExtend moves the planned end: "extend ID --to DATE [--on
// DATE] [--override-capacity --reason ...]".
func (a *app) engagementsExtend(args []string) error {
	fs := newFlagSet("engagements extend")
	to := fs.String("to", "", "the new last `DATE`, YYYY-MM-DD")
	on := fs.String("on", "", "the `DATE` the extension was agreed (default today)")
	var ov overrideFlags
	ov.bind(fs)
	id, err := parseEngagementID(fs, args)
	if err != nil {
		return err
	}
	if *to == "" {
		return usageErrorf(engagementsUsage, "extend needs --to DATE: the new last day")
	}
	override, err := ov.override(engagementsUsage)
	if err != nil {
		return err
	}
	end, err := parseDateField("New end date", *to)
	if err != nil {
		return err
	}
	agreed, err := optionalDate("Agreement date", *on)
	if err != nil {
		return err
	}
	return a.withServices(mustExist, func(s domain.Services) error {
		e, err := s.Lifecycle.ExtendEngagement(a.ctx, id, end, agreed, override)
		if err != nil {
			return err
		}
		a.say("Extended: %s.", a.describe(e))
		if override != nil {
			a.say("The capacity check was overridden: %s", override.Reason)
		}
		return nil
	})
}

// engagementsHistory lists what happened to an engagement: "history ID
// [--json]".
func (a *app) engagementsHistory(args []string) error {
	fs := newFlagSet("engagements history")
	asJSON := fs.Bool("json", false, "print JSON")
	id, err := parseEngagementID(fs, args)
	if err != nil {
		return err
	}
	return a.withServices(mustExist, func(s domain.Services) error {
		h, err := s.Lifecycle.EngagementHistory(a.ctx, id)
		if err != nil {
			return err
		}
		return printList(a, *asJSON, h, len(h), columns{"AT", "WHAT", "DETAIL"},
			func(ev domain.EngagementEvent) ([]string, error) {
				// The detail is worded from the event's facts; one
				// written by an earlier version is its stored English
				// sentence, translated when a format knows it.
				return []string{a.clock(ev.At), a.eventWord(ev.What), i18n.EventDetail(a.lang, ev)}, nil
			}, "%d of %d events")
	})
}

// eventWord names a step of an engagement's history in the language of the
// messages; the store records it in English, as it does the detail. A step
// this version does not know is shown as the store wrote it.
func (a *app) eventWord(what domain.EventKind) string {
	switch what {
	case "accepted":
		return a.word("accepted")
	case "added":
		return a.word("added")
	case "activated":
		return a.word("activated")
	case "completed":
		return a.word("completed")
	case "notice":
		return a.word("notice")
	case "terminated":
		return a.word("terminated")
	case "extended":
		return a.word("extended")
	case "edited":
		return a.word("edited")
	case "capacity override":
		return a.word("capacity override")
	case "contract printed":
		return a.word("contract printed")
	case "contract reissued":
		return a.word("contract reissued")
	case "contract terms":
		return a.word("contract terms")
	}
	return string(what)
}
