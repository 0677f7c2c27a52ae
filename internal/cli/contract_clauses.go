package cli

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// templateFlags choose a contract template: --country and --lang, by
// default the firm's country and document language.
type templateFlags struct{ country, lang string }

func (t *templateFlags) bind(fs *flag.FlagSet) {
	fs.StringVar(&t.country, "country", "", "the template's `COUNTRY`, BE or NL (default: the firm's)")
	fs.StringVar(&t.lang, "lang", "", "the `LANGUAGE` of the texts: nl, en or fr (default: the firm's document language)")
}

// resolve returns the template asked for, filling in the firm's defaults.
func (t *templateFlags) resolve(a *app, s domain.Services) (domain.Jurisdiction, domain.Lang, error) {
	firm, err := s.Firm.Firm(a.ctx)
	if domain.ErrorCode(err) == domain.ENOTFOUND {
		firm = domain.NewFirm()
	} else if err != nil {
		return "", "", err
	}
	j, l := domain.JurisdictionOf(firm), firm.DefaultLanguage
	if t.country != "" {
		if j, err = domain.ParseJurisdiction(t.country); err != nil {
			return "", "", usageErrorf(contractUsage, "--country must be BE or NL, not %q", t.country)
		}
	}
	if t.lang != "" {
		if l, err = domain.ParseLang(t.lang); err != nil {
			return "", "", usageErrorf(contractUsage, "--lang must be nl, en or fr, not %q", t.lang)
		}
	}
	return j, l, nil
}

// contractClauses lists the clause library of a template: "clauses
// [--country BE|NL] [--lang LL] [--json]".
func (a *app) contractClauses(args []string) error {
	fs := newFlagSet("contract clauses")
	var tf templateFlags
	tf.bind(fs)
	asJSON := fs.Bool("json", false, "print JSON, texts included")
	if err := parseFlags(fs, contractUsage, args); err != nil {
		return err
	}
	return a.withServices(mustExist, func(s domain.Services) error {
		j, l, err := tf.resolve(a, s)
		if err != nil {
			return err
		}
		cs, err := s.Clauses.Clauses(a.ctx, j, l)
		if err != nil {
			return err
		}
		return printList(a, *asJSON, cs, len(cs), columns{"KEY", "TITLE", "TEXT"},
			func(c *domain.ClauseText) ([]string, error) {
				source := a.word("default")
				if !c.Default {
					source = a.sprintf("the firm's (rev %d)", c.Rev)
				}
				return []string{string(c.Key), c.Title, source}, nil
			}, "%d of %d clauses of the %s template in %s", j, l)
	})
}

// contractClause shows, changes or resets one clause: "clause KEY
// [--country BE|NL] [--lang LL] [--set FILE] [--title TITLE] [--reset]
// [--json]".
func (a *app) contractClause(args []string) error {
	fs := newFlagSet("contract clause")
	var tf templateFlags
	tf.bind(fs)
	set := fs.String("set", "", "save the text of `FILE` as the firm's text of the clause")
	title := fs.String("title", "", "save this `TITLE` for the clause")
	reset := fs.Bool("reset", false, "put the default text back")
	asJSON := fs.Bool("json", false, "print JSON")
	pos, err := parseArgs(fs, contractUsage, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usageErrorf(contractUsage, "clause takes one clause KEY, as contract clauses lists them")
	}
	key := domain.ClauseKey(pos[0])
	if *reset && (*set != "" || *title != "") {
		return usageErrorf(contractUsage, "--reset puts the default back; it does not go with --set or --title")
	}
	var body string
	if *set != "" {
		b, err := os.ReadFile(*set)
		if errors.Is(err, os.ErrNotExist) {
			return domain.Errorf(domain.ENOTFOUND, "There is no file %s; check the name.", *set)
		} else if err != nil {
			return domain.Errorf(domain.EINVALID, "%s cannot be read: %s.", *set, pathErrorText(err))
		}
		if err := checkUTF8(*set, b); err != nil {
			return err
		}
		body = string(b)
	}
	return a.withServices(mustExist, func(s domain.Services) error {
		j, l, err := tf.resolve(a, s)
		if err != nil {
			return err
		}
		if *reset {
			if err := s.Clauses.ResetClause(a.ctx, j, l, key); err != nil {
				return err
			}
		}
		c, err := findClause(a, s, j, l, key)
		if err != nil {
			return err
		}
		if *set != "" || *title != "" {
			if *set != "" {
				c.Body = body
			}
			if *title != "" {
				c.Title = *title
			}
			if err := s.Clauses.SaveClause(a.ctx, c); err != nil {
				return err
			}
		}
		if *asJSON {
			return writeJSON(a.stdout, c)
		}
		source := a.word("the default text")
		if !c.Default {
			source = a.word("the firm's own text")
		}
		a.say("%s (%s template, %s): %s", c.Key, j, l, source)
		fmt.Fprintf(a.stdout, "%s\n\n%s\n", domain.SafeText(c.Title), domain.SafeText(strings.TrimSpace(c.Body)))
		return nil
	})
}

// findClause reads one clause of a template.
func findClause(a *app, s domain.Services, j domain.Jurisdiction, l domain.Lang, key domain.ClauseKey) (*domain.ClauseText, error) {
	cs, err := s.Clauses.Clauses(a.ctx, j, l)
	if err != nil {
		return nil, err
	}
	for _, c := range cs {
		if c.Key == key {
			return c, nil
		}
	}
	return nil, domain.Errorf(domain.ENOTFOUND, "There is no clause %q; contract clauses lists the keys.", key)
}
