package cli

import (
	"github.com/interimdesk/interimdesk/internal/domain"
)

// proposalStatus records the client's answer to the issued version:
// "status ID accepted|declined|expired [--option KIND] [--on DATE]".
func (a *app) proposalStatus(args []string) error {
	fs := newFlagSet("proposal status")
	option := fs.String("option", "", "the offer the client accepted: `KIND` interim or consulting")
	on := fs.String("on", "", "the `DATE` of the answer, YYYY-MM-DD (default today)")
	pos, err := parseArgs(fs, proposalsUsage, args)
	if err != nil {
		return err
	}
	if len(pos) < 2 {
		return usageErrorf(proposalsUsage, "proposal status takes an ID and accepted, declined or expired")
	}
	id, err := oneID(proposalsUsage, "proposal", pos[:1])
	if err != nil {
		return err
	}
	if len(pos) > 2 {
		return usageErrorf(proposalsUsage, "unexpected argument %q after the status", pos[2])
	}
	status, kind := domain.ProposalStatus(pos[1]), domain.OfferKind(*option)
	switch status {
	case domain.ProposalAccepted:
		if !kind.Valid() {
			return usageErrorf(proposalsUsage, "accepted needs --option interim or --option consulting: the offer the client chose")
		}
	case domain.ProposalDeclined, domain.ProposalExpired:
		if *option != "" {
			return usageErrorf(proposalsUsage, "--option goes only with accepted")
		}
	default:
		return usageErrorf(proposalsUsage, "the status must be accepted, declined or expired, not %q", pos[1])
	}
	day, err := optionalDate("Status date", *on)
	if err != nil {
		return err
	}
	return a.withServices(mustExist, func(s domain.Services) error {
		if err := s.Proposals.SetProposalStatus(a.ctx, id, status, day, kind); err != nil {
			return err
		}
		p, err := s.Proposals.FindProposalByID(a.ctx, id)
		if err != nil {
			return err
		}
		on := a.day(p.StatusDate)
		switch {
		case p.AcceptedOption != "":
			a.say("%s version %d accepted on %s, option %s.", p.Number, p.Version, on, a.word(string(p.AcceptedOption)))
		case p.Status == domain.ProposalDeclined:
			a.say("%s version %d declined on %s.", p.Number, p.Version, on)
		case p.Status == domain.ProposalExpired:
			a.say("%s version %d expired on %s.", p.Number, p.Version, on)
		default:
			a.say("%s version %d %s on %s.", p.Number, p.Version, a.word(string(p.Status)), on)
		}
		return nil
	})
}
