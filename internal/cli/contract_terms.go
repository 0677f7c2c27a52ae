package cli

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// contractTerms shows or changes what an engagement's contract says beyond
// its figures: "terms ID [--assignment FILE] [--exit-criteria FILE]
// [--authority FILE] [--deliverables FILE] [--non-solicit-months N]
// [--liability-months N] [--json]". The files hold one item per line.
func (a *app) contractTerms(args []string) error {
	fs := newFlagSet("contract terms")
	files := map[string]*string{}
	for _, name := range []string{"assignment", "exit-criteria", "authority", "deliverables"} {
		files[name] = fs.String(name, "", "read the "+strings.ReplaceAll(name, "-", " ")+" from `FILE`, one item per line")
	}
	nonSolicit := fs.Int("non-solicit-months", -1, "the `MONTHS` after the end during which the client may not hire the manager")
	liability := fs.Int("liability-months", -1, "the `MONTHS` of fees that cap liability")
	asJSON := fs.Bool("json", false, "print JSON")
	id, err := parseContractID(fs, args)
	if err != nil {
		return err
	}
	texts := map[string]string{}
	for name, path := range files {
		if *path == "" {
			continue
		}
		b, err := os.ReadFile(*path)
		if errors.Is(err, os.ErrNotExist) {
			return domain.Errorf(domain.ENOTFOUND, "There is no file %s; check the name.", *path)
		} else if err != nil {
			return domain.Errorf(domain.EINVALID, "%s cannot be read: %s.", *path, pathErrorText(err))
		}
		if err := checkUTF8(*path, b); err != nil {
			return err
		}
		texts[name] = strings.TrimSpace(strings.ReplaceAll(string(b), "\r\n", "\n"))
	}
	change := len(texts) > 0 || *nonSolicit >= 0 || *liability >= 0
	return a.withServices(mustExist, func(s domain.Services) error {
		t, err := s.Contracts.ContractTerms(a.ctx, id)
		if err != nil {
			return err
		}
		if change {
			for name, field := range map[string]*string{"assignment": &t.Assignment, "exit-criteria": &t.ExitCriteria,
				"authority": &t.Authority, "deliverables": &t.Deliverables} {
				if v, ok := texts[name]; ok {
					*field = v
				}
			}
			if *nonSolicit >= 0 {
				t.NonSolicitMonths = *nonSolicit
			}
			if *liability >= 0 {
				t.LiabilityCapMonths = *liability
			}
			if err := s.Contracts.SaveContractTerms(a.ctx, t); err != nil {
				return err
			}
		}
		if *asJSON {
			return writeJSON(a.stdout, t)
		}
		f := a.newFields()
		f.add("Engagement no.", fmt.Sprint(t.EngagementID))
		f.addLines("Assignment", t.Assignment)
		f.addLines("Exit criteria", t.ExitCriteria)
		f.addLines("Authority", t.Authority)
		f.addLines("Deliverables", t.Deliverables)
		f.add("Non-solicitation", a.sprintf("%d months", t.NonSolicitMonths))
		f.add("Liability cap", a.sprintf("fees of %d months", t.LiabilityCapMonths))
		if t.Rev == 0 {
			f.add("Source", a.word("the signed proposal and the defaults; not edited yet"))
		}
		return f.flush()
	})
}
