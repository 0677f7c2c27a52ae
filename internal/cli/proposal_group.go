package cli

import "flag"

// proposalCommands are the subcommands of "proposal" and of "proposals",
// its alias: people type the singular for one proposal ("proposal render
// 7") and the plural for the list, and either must work.
func proposalCommands() map[string]func(*app, []string) error {
	return map[string]func(*app, []string) error{
		"list":    (*app).proposalsList,
		"show":    (*app).proposalsShow,
		"create":  (*app).proposalCreate,
		"render":  (*app).proposalRender,
		"issue":   (*app).proposalIssue,
		"status":  (*app).proposalStatus,
		"history": (*app).proposalHistory,
		"check":   (*app).proposalCheck,
		"delete":  (*app).proposalDelete,
	}
}

// parseProposalID parses the flags and the one ID of a subcommand that
// works on a single proposal.
func parseProposalID(fs *flag.FlagSet, args []string) (int64, error) {
	pos, err := parseArgs(fs, proposalsUsage, args)
	if err != nil {
		return 0, err
	}
	return oneID(proposalsUsage, "proposal", pos)
}
