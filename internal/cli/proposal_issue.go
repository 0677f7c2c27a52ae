package cli

import (
	"cmp"
	"fmt"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/i18n"
)

// versionJSON is an issued version for scripts: what identifies the
// document the client received, without the PDF and the frozen data.
type versionJSON struct {
	ProposalID int64       `json:"proposal_id"`
	Version    int         `json:"version"`
	Number     string      `json:"number"`
	IssuedOn   domain.Date `json:"issued_on"`
	Language   domain.Lang `json:"language"`
	SHA256     string      `json:"sha256"`
	CreatedAt  time.Time   `json:"created_at"`
}

func newVersionJSON(v *domain.ProposalVersion) versionJSON {
	return versionJSON{
		ProposalID: v.ProposalID, Version: v.Version, Number: v.Number, IssuedOn: v.IssuedOn,
		Language: v.Language, SHA256: v.SHA256, CreatedAt: v.CreatedAt,
	}
}

// proposalIssue freezes the current state as the next version: "issue ID
// [--on YYYY-MM-DD] [--confirm] [--json]". It first runs proposal check:
// what blocks is refused, and warnings stop the issue unless --confirm
// says a person read them.
func (a *app) proposalIssue(args []string) error {
	fs := newFlagSet("proposal issue")
	on := fs.String("on", "", "the issue `DATE`, YYYY-MM-DD (default today); it starts the validity period")
	asJSON := fs.Bool("json", false, "print JSON")
	confirm := fs.Bool("confirm", false, "issue even though proposal check warns (a start or validity date past, another language, an unusual day rate)")
	id, err := parseProposalID(fs, args)
	if err != nil {
		return err
	}
	day, err := optionalDate("Issue date", *on)
	if err != nil {
		return err
	}
	return a.withServices(mustExist, func(s domain.Services) error {
		if err := a.checkBeforeIssue(s, id, day, *confirm, *asJSON); err != nil {
			return err
		}
		v, err := s.Proposals.IssueProposal(a.ctx, id, day)
		if err != nil {
			return err
		}
		if *asJSON {
			return writeJSON(a.stdout, newVersionJSON(v))
		}
		a.say("Issued %s version %d on %s (%s), sha256 %s.",
			v.Number, v.Version, a.day(v.IssuedOn), v.Language, shortSum(v.SHA256))
		return nil
	})
}

// checkBeforeIssue runs proposal check before an issue: what blocks is
// refused with its sentence, as the store would; warnings are listed (on
// standard output, or standard error beside --json) and stop the issue
// unless confirmed. A proposal the client answered is left to the store,
// which says why it cannot be issued again.
func (a *app) checkBeforeIssue(s domain.Services, id int64, day domain.Date, confirm, asJSON bool) error {
	p, err := s.Proposals.FindProposalByID(a.ctx, id)
	if err != nil {
		return err
	}
	if p.Status == domain.ProposalAccepted || p.Status == domain.ProposalDeclined {
		return nil
	}
	if day.IsZero() {
		day = a.today()
	}
	ps, err := a.proposalProblems(s, id, day)
	if err != nil || ps.Blocking() {
		return cmp.Or(err, ps.Err())
	}
	out := a.stdout
	if asJSON {
		out = a.stderr
	}
	for _, w := range ps {
		a.sayTo(out, "warning: %s", i18n.ErrorSentence(a.lang, w.Err))
	}
	if len(ps) > 0 && !confirm {
		return domain.Errorf(domain.EINVALID, "Proposal %d was not issued: read the warnings above and issue it again with --confirm if it is right.", id)
	}
	return nil
}

// optionalDate reads a --on date; empty is the zero date, which the store
// takes as today.
func optionalDate(field, s string) (domain.Date, error) {
	if s == "" {
		return domain.Date{}, nil
	}
	return parseDateField(field, s)
}

// proposalHistory lists the issued versions, newest first: "history ID
// [--json]".
func (a *app) proposalHistory(args []string) error {
	fs := newFlagSet("proposal history")
	asJSON := fs.Bool("json", false, "print JSON")
	id, err := parseProposalID(fs, args)
	if err != nil {
		return err
	}
	return a.withServices(mustExist, func(s domain.Services) error {
		vs, err := s.Proposals.ProposalVersions(a.ctx, id)
		if err != nil {
			return err
		}
		items := make([]versionJSON, len(vs))
		for i, v := range vs {
			items[i] = newVersionJSON(v)
		}
		header := columns{"VERSION", "NUMBER", "ISSUED ON", "LANGUAGE", "SHA256"}
		return printList(a, *asJSON, items, len(items), header, func(v versionJSON) ([]string, error) {
			return []string{fmt.Sprint(v.Version), v.Number, a.date(v.IssuedOn), string(v.Language), v.SHA256}, nil
		}, "%d of %d versions")
	})
}
