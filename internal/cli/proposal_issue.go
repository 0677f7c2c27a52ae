package cli

import (
	"fmt"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
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
// [--on YYYY-MM-DD] [--json]".
func (a *app) proposalIssue(args []string) error {
	fs := newFlagSet("proposal issue")
	on := fs.String("on", "", "the issue `DATE`, YYYY-MM-DD (default today); it starts the validity period")
	asJSON := fs.Bool("json", false, "print JSON")
	id, err := parseProposalID(fs, args)
	if err != nil {
		return err
	}
	day, err := optionalDate("Issue date", *on)
	if err != nil {
		return err
	}
	return a.withServices(mustExist, func(s domain.Services) error {
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
