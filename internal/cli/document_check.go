package cli

import (
	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/i18n"
)

// problemJSON is one finding of a check for scripts: the field, whether it
// blocks, and the sentence in English.
type problemJSON struct {
	Field   string `json:"field"`
	Blocks  bool   `json:"blocks"`
	Message string `json:"message"`
}

// checkJSON is what "proposal check" and "contract check" print with --json.
type checkJSON struct {
	Blocks   bool          `json:"blocks"`
	Problems []problemJSON `json:"problems"`
}

// printProblems writes each problem on its own line, what blocks first
// marked as such, and returns an error (exit 1) when something blocks.
func (a *app) printProblems(ps domain.Problems, asJSON bool) error {
	if asJSON {
		out := checkJSON{Blocks: ps.Blocking(), Problems: []problemJSON{}}
		for _, p := range ps {
			out.Problems = append(out.Problems, problemJSON{Field: p.Err.Field, Blocks: p.Blocks, Message: p.Err.Message})
		}
		if err := writeJSON(a.stdout, out); err != nil {
			return err
		}
	} else {
		a.sayProblems(ps)
	}
	if n := countBlocking(ps); n > 0 {
		return domain.Errorf(domain.EINVALID, "It cannot go ahead: mend the problems marked as blocking (%d) first.", n)
	}
	return nil
}

// sayProblems prints the problems, one line each, in the language of the
// messages.
func (a *app) sayProblems(ps domain.Problems) {
	for _, p := range ps {
		if p.Blocks {
			a.say("blocks: %s", i18n.ErrorSentence(a.lang, p.Err))
		} else {
			a.say("warning: %s", i18n.ErrorSentence(a.lang, p.Err))
		}
	}
}

func countBlocking(ps domain.Problems) int {
	n := 0
	for _, p := range ps {
		if p.Blocks {
			n++
		}
	}
	return n
}

// proposalCheck lists what blocks or warns before the proposal is issued:
// "check ID [--on DATE] [--json]"; exit 1 when something blocks.
func (a *app) proposalCheck(args []string) error {
	fs := newFlagSet("proposal check")
	on := fs.String("on", "", "check as if issued on `DATE`, YYYY-MM-DD (default today)")
	asJSON := fs.Bool("json", false, "print JSON")
	id, err := parseProposalID(fs, args)
	if err != nil {
		return err
	}
	day, err := optionalDate("Issue date", *on)
	if err != nil {
		return err
	}
	if day.IsZero() {
		day = a.today()
	}
	return a.withServices(mustExist, func(s domain.Services) error {
		ps, err := a.proposalProblems(s, id, day)
		if err != nil {
			return err
		}
		if len(ps) == 0 && !*asJSON {
			a.say("Proposal %d can be issued: nothing blocks it and there is nothing to confirm.", id)
			return nil
		}
		return a.printProblems(ps, *asJSON)
	})
}

// proposalProblems checks the document proposal id would be issued as on day.
func (a *app) proposalProblems(s domain.Services, id int64, day domain.Date) (domain.Problems, error) {
	doc, err := s.Proposals.ProposalDocument(a.ctx, id, day, "")
	if err != nil {
		return nil, err
	}
	return domain.CheckProposal(doc, day), nil
}

// contractCheck lists what blocks or warns before the engagement's
// contract is first printed: "check ENGAGEMENT_ID [--on DATE] [--json]";
// exit 1 when something blocks.
func (a *app) contractCheck(args []string) error {
	fs := newFlagSet("contract check")
	on := fs.String("on", "", "check as if printed on `DATE`, YYYY-MM-DD (default today)")
	asJSON := fs.Bool("json", false, "print JSON")
	partyName := partyFlag(fs)
	id, err := parseContractID(fs, args)
	if err != nil {
		return err
	}
	party, err := parseParty(*partyName)
	if err != nil {
		return err
	}
	day, err := optionalDate("Print date", *on)
	if err != nil {
		return err
	}
	return a.withServices(mustExist, func(s domain.Services) error {
		doc, err := s.Contracts.ContractDocumentFor(a.ctx, id, party, day)
		if err != nil {
			return err
		}
		ps := domain.CheckContract(doc)
		if len(ps) == 0 && !*asJSON {
			a.say("The contract of engagement %d can be printed: nothing blocks it and there is nothing to confirm.", id)
			return nil
		}
		return a.printProblems(ps, *asJSON)
	})
}
