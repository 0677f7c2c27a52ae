package cli

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// proposalCreate makes a new draft from a file in the show --json format:
// "create --from FILE.json".
func (a *app) proposalCreate(args []string) error {
	flags := newFlagSet("proposal create")
	from := flags.String("from", "", "read the proposal from `FILE`, JSON as proposal show --json prints it")
	if err := parseFlags(flags, proposalsUsage, args); err != nil {
		return err
	}
	if *from == "" {
		return usageErrorf(proposalsUsage, "missing --from FILE.json: the proposal to create")
	}
	// The file is read and checked before the database is opened, so a
	// mistake in it leaves everything as it was.
	data, err := readProposalFile(*from)
	if err != nil {
		return err
	}
	p, err := decodeProposal(*from, data)
	if err != nil {
		return err
	}
	return a.withServices(mustExist, func(s domain.Services) error {
		if err := s.Proposals.CreateProposal(a.ctx, p); err != nil {
			return err
		}
		fmt.Fprintln(a.stdout, p.ID)
		return nil
	})
}

// readProposalFile reads at most maxProposalFile bytes of path.
func readProposalFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, domain.Errorf(domain.EINVALID, "--from: there is no file %s.", path)
	case err != nil:
		return nil, domain.Errorf(domain.EINVALID, "--from: cannot read %s: %s.", path, pathErrorText(err))
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxProposalFile+1))
	if err != nil {
		return nil, domain.Errorf(domain.EINVALID, "--from: cannot read %s: %s.", path, pathErrorText(err))
	}
	if len(data) > maxProposalFile {
		return nil, domain.Errorf(domain.EINVALID, "--from: %s is larger than %d MB; a proposal file is a few kilobytes of JSON.", path, maxProposalFile>>20)
	}
	return data, nil
}
