package cli

import (
	"strconv"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// clientsDelete is "clients delete ID [--confirm ID]", proposalDelete is
// "proposal delete ID [--confirm ID]": what the desktop's Delete buttons
// do, for a client nothing refers to and a draft never issued. Without
// --confirm they only say what would go; the deletion needs the ID a
// second time, as an erasure does, so that a slip of the keyboard
// deletes nothing. What is referenced or issued is refused by the store
// with its sentence (archive the client instead).
func (a *app) clientsDelete(args []string) error {
	fs := newFlagSet("clients delete")
	confirm := fs.String("confirm", "", "repeat the client's `ID` to delete; without it nothing is deleted")
	pos, err := parseArgs(fs, clientsUsage, args)
	if err != nil {
		return err
	}
	id, err := oneID(clientsUsage, "client", pos)
	if err != nil {
		return err
	}
	return a.withServices(mustExist, func(s domain.Services) error {
		c, err := s.Clients.FindClientByID(a.ctx, id)
		if err != nil {
			return err
		}
		if *confirm == "" {
			a.say("Deleting removes client %d, %s, for good.", id, c.DisplayName())
			a.say("Nothing was deleted yet. To delete, repeat the ID: interimdesk-cli clients delete %d --confirm %d", id, id)
			return nil
		}
		if !confirmed(*confirm, id) {
			return domain.Errorf(domain.EINVALID, "--confirm %s does not repeat the client's ID %d; nothing was deleted.", *confirm, id)
		}
		if err := s.Clients.DeleteClient(a.ctx, id); err != nil {
			return err
		}
		a.say("Deleted client %d, %s.", id, c.DisplayName())
		return nil
	})
}

func (a *app) proposalDelete(args []string) error {
	fs := newFlagSet("proposal delete")
	confirm := fs.String("confirm", "", "repeat the proposal's `ID` to delete; without it nothing is deleted")
	id, err := parseProposalID(fs, args)
	if err != nil {
		return err
	}
	return a.withServices(mustExist, func(s domain.Services) error {
		p, err := s.Proposals.FindProposalByID(a.ctx, id)
		if err != nil {
			return err
		}
		if *confirm == "" {
			a.say("Deleting removes the draft proposal %d, %q, for good.", id, p.Title)
			a.say("Nothing was deleted yet. To delete, repeat the ID: interimdesk-cli proposal delete %d --confirm %d", id, id)
			return nil
		}
		if !confirmed(*confirm, id) {
			return domain.Errorf(domain.EINVALID, "--confirm %s does not repeat the proposal's ID %d; nothing was deleted.", *confirm, id)
		}
		// At the revision just read: a proposal saved elsewhere since
		// is refused with the store's Reload sentence, not deleted.
		if err := s.Proposals.DeleteProposal(a.ctx, id, p.Rev); err != nil {
			return err
		}
		a.say("Deleted the draft proposal %d, %q.", id, p.Title)
		return nil
	})
}

// confirmed reports whether --confirm repeats the record's ID.
func confirmed(confirm string, id int64) bool {
	c, err := strconv.ParseInt(confirm, 10, 64)
	return err == nil && c == id
}
