package cli

import (
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/pdf"
)

// contractCommands are the subcommands of "contract" (and "contracts").
func contractCommands() map[string]func(*app, []string) error {
	return map[string]func(*app, []string) error{
		"render":   (*app).contractRender,
		"batch":    (*app).contractBatch,
		"reissue":  (*app).contractReissue,
		"history":  (*app).contractHistory,
		"terms":    (*app).contractTerms,
		"clauses":  (*app).contractClauses,
		"clause":   (*app).contractClause,
		"check":    (*app).contractCheck,
		"settings": (*app).contractSettings,
	}
}

// partyFlag adds --party to a subcommand that works on one of an
// engagement's agreements.
func partyFlag(fs *flag.FlagSet) *string {
	return fs.String("party", "", "the `PARTY` whose agreement: client (the default) or manager")
}

// parseParty reads --party; the client's when it is absent.
func parseParty(s string) (domain.ContractParty, error) {
	p, err := domain.ParseContractParty(s)
	if err != nil {
		return "", usageErrorf(contractUsage, "--party must be client or manager, not %q", s)
	}
	return p, nil
}

// parseContractID parses the flags and the engagement ID of a subcommand
// that works on one engagement's contract.
func parseContractID(fs *flag.FlagSet, args []string) (int64, error) {
	pos, err := parseArgs(fs, contractUsage, args)
	if err != nil {
		return 0, err
	}
	return oneID(contractUsage, "engagement", pos)
}

// contractJSON is a printed contract for scripts: what identifies it,
// without the PDF and the frozen data.
type contractJSON struct {
	EngagementID int64                `json:"engagement_id"`
	Party        domain.ContractParty `json:"party"`
	Version      int                  `json:"version"`
	Number       string               `json:"number"`
	IssuedOn     domain.Date          `json:"issued_on"`
	Language     domain.Lang          `json:"language"`
	Jurisdiction domain.Jurisdiction  `json:"jurisdiction"`
	SHA256       string               `json:"sha256"`
	CreatedAt    time.Time            `json:"created_at"`
}

func newContractJSON(v *domain.ContractVersion) contractJSON {
	return contractJSON{EngagementID: v.EngagementID, Party: v.Party, Version: v.Version, Number: v.Number, IssuedOn: v.IssuedOn,
		Language: v.Language, Jurisdiction: v.Jurisdiction, SHA256: v.SHA256, CreatedAt: v.CreatedAt}
}

// contractRender writes one of an engagement's agreements: "render ID
// [--party client|manager] -o FILE.pdf [--on DATE] [--version N |
// --preview]". Without --version it prints the latest version, freezing
// version 1 on first print.
func (a *app) contractRender(args []string) error {
	fs := newFlagSet("contract render")
	var out string
	fs.StringVar(&out, "o", "", "write the PDF to `FILE`; - writes it to standard output")
	fs.StringVar(&out, "output", "", "the same as -o")
	force := fs.Bool("force", false, "replace the file named by -o if it exists")
	on := fs.String("on", "", "the print `DATE` of a first print, YYYY-MM-DD (default today)")
	version := fs.Int("version", 0, "write printed version `N` exactly as it was signed")
	preview := fs.Bool("preview", false, "write the engagement's current state as a draft, without freezing anything")
	partyName := partyFlag(fs)
	id, err := parseContractID(fs, args)
	if err != nil {
		return err
	}
	party, err := parseParty(*partyName)
	if err != nil {
		return err
	}
	switch {
	case out == "":
		return usageErrorf(contractUsage, "missing -o FILE.pdf: say where to write the PDF")
	case *version < 0:
		return usageErrorf(contractUsage, "--version takes a printed version such as 1, as shown by contract history")
	case *preview && *version > 0:
		return usageErrorf(contractUsage, "--preview and --version exclude each other: a preview is never a printed version")
	}
	day, err := optionalDate("Print date", *on)
	if err != nil {
		return err
	}
	// Refused before a first print freezes a version.
	o := pdfOutput{path: out, force: *force}
	if _, err := a.pdfTarget(o); err != nil {
		return err
	}
	return a.withServices(mustExist, func(s domain.Services) error {
		if *preview {
			return a.writeContractPreview(s, id, party, day, o)
		}
		var v *domain.ContractVersion
		if *version > 0 {
			v, err = s.Contracts.ContractVersionFor(a.ctx, id, party, *version)
		} else {
			v, err = s.Contracts.PrintContractFor(a.ctx, id, party, day)
		}
		if err != nil {
			return err
		}
		if err := checkContractSum(v); err != nil {
			return err
		}
		if toFile, err := a.writePDF(o, v.PDF); err != nil || !toFile {
			return err
		}
		a.say("Wrote %s version %d (%s, %s law, printed on %s, sha256 %s) to %s.",
			v.Number, v.Version, v.Language, v.Jurisdiction, a.day(v.IssuedOn), shortSum(v.SHA256), out)
		return nil
	})
}

// writeContractPreview renders the contract as it would print today,
// marked as a draft; nothing is frozen.
func (a *app) writeContractPreview(s domain.Services, id int64, party domain.ContractParty, day domain.Date, out pdfOutput) error {
	doc, err := s.Contracts.ContractDocumentFor(a.ctx, id, party, day)
	if err != nil {
		return err
	}
	doc.Version = 0
	b, err := pdf.ContractRenderer()(a.ctx, doc)
	if err != nil {
		return err
	}
	if toFile, err := a.writePDF(out, b); err != nil || !toFile {
		return err
	}
	if party == domain.PartyManager {
		a.say("Wrote the %s draft of the manager agreement of engagement %d, dated %s, to %s; nothing was frozen.",
			doc.Lang, id, a.day(doc.Date), out.path)
		return nil
	}
	a.say("Wrote the %s draft of the contract of engagement %d, dated %s, to %s; nothing was frozen.",
		doc.Lang, id, a.day(doc.Date), out.path)
	return nil
}

// checkContractSum refuses a printed contract whose bytes no longer match
// the SHA-256 recorded when it was printed.
func checkContractSum(v *domain.ContractVersion) error {
	sum := sha256.Sum256(v.PDF)
	if got := hex.EncodeToString(sum[:]); got != v.SHA256 {
		return domain.Errorf(domain.EINVALID,
			"Version %d of contract %s does not match the SHA-256 recorded when it was printed (%s, now %s): the database was damaged or altered; nothing was written. Restore the database from a backup.",
			v.Version, v.Number, shortSum(v.SHA256), shortSum(got))
	}
	return nil
}

// contractReissue prints the engagement's current state as the next
// version: "reissue ID [--on DATE] [--json]".
func (a *app) contractReissue(args []string) error {
	fs := newFlagSet("contract reissue")
	on := fs.String("on", "", "the print `DATE`, YYYY-MM-DD (default today)")
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
		v, err := s.Contracts.ReissueContractFor(a.ctx, id, party, day)
		if err != nil {
			return err
		}
		if *asJSON {
			return writeJSON(a.stdout, newContractJSON(v))
		}
		a.say("Reissued %s as version %d on %s (%s), sha256 %s.",
			v.Number, v.Version, a.day(v.IssuedOn), v.Language, shortSum(v.SHA256))
		return nil
	})
}

// contractHistory lists the printed versions of both agreements, or of
// one: "history ID [--party client|manager] [--json]".
func (a *app) contractHistory(args []string) error {
	fs := newFlagSet("contract history")
	asJSON := fs.Bool("json", false, "print JSON")
	partyName := fs.String("party", "", "list only the versions of this `PARTY`'s agreement: client or manager")
	id, err := parseContractID(fs, args)
	if err != nil {
		return err
	}
	var party domain.ContractParty
	if *partyName != "" {
		if party, err = parseParty(*partyName); err != nil {
			return err
		}
	}
	return a.withServices(mustExist, func(s domain.Services) error {
		var vs []*domain.ContractVersion
		if party == "" {
			vs, err = s.Contracts.ContractVersions(a.ctx, id)
		} else {
			vs, err = s.Contracts.ContractVersionsFor(a.ctx, id, party)
		}
		if err != nil {
			return err
		}
		items := make([]contractJSON, len(vs))
		for i, v := range vs {
			items[i] = newContractJSON(v)
		}
		header := columns{"PARTY", "VERSION", "NUMBER", "PRINTED ON", "LANGUAGE", "LAW", "SHA256"}
		return printList(a, *asJSON, items, len(items), header, func(v contractJSON) ([]string, error) {
			return []string{a.word(string(v.Party)), fmt.Sprint(v.Version), v.Number, a.date(v.IssuedOn), string(v.Language), string(v.Jurisdiction), v.SHA256}, nil
		}, "%d of %d versions")
	})
}
