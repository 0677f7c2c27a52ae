package cli

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// usageError is a command line that cannot be run as typed: an unknown
// command or flag, a missing argument, a malformed ID. It exits 2 with a
// short usage.
type usageError struct {
	msg   string
	usage string
	// sentence is what msg was made of, which report words in the
	// language of the messages.
	sentence domain.Sentence
}

func (e *usageError) Error() string { return e.msg }

func usageErrorf(usage, format string, args ...any) error {
	return &usageError{msg: fmt.Sprintf(format, args...), usage: usage, sentence: domain.Sentence{Format: format, Args: args}}
}

// flagComplaint reports a usage error that is only the flag package's
// own English sentence ("flag provided but not defined: -x"), which has no
// format of ours to look up: report takes it apart by the catalogue's
// flag formats (i18n.Translate), the one path that still does.
func (e *usageError) flagComplaint() bool {
	if e.sentence.Format != "%s" || len(e.sentence.Args) != 1 {
		return false
	}
	err, ok := e.sentence.Args[0].(error)
	return ok && domain.ErrorCode(err) == domain.EINTERNAL
}

// helpRequest carries the usage asked for with --help or help; it is printed
// on stdout and exits 0.
type helpRequest struct{ text string }

func (h helpRequest) Error() string { return "help requested" }

// newFlagSet returns a flag set that reports instead of printing or exiting:
// Run decides where usage goes and with which exit code.
func newFlagSet(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	return fs
}

// parseArgs parses flags and positional arguments in any order, so that
// "clients show 12 --json" works as well as "clients show --json 12"; the
// flag package alone stops at the first positional argument. Everything
// after "--" is positional.
func parseArgs(fs *flag.FlagSet, usage string, args []string) ([]string, error) {
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, helpRequest{text: usage + flagDefaults(fs)}
			}
			return nil, usageErrorf(usage, "%s", err)
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return positional, nil
		}
		if n := len(args) - len(rest); n > 0 && args[n-1] == "--" {
			return append(positional, rest...), nil
		}
		positional = append(positional, rest[0])
		args = rest[1:]
	}
}

// flagDefaults lists the flags of fs with their help, for --help.
func flagDefaults(fs *flag.FlagSet) string {
	var b bytes.Buffer
	fs.SetOutput(&b)
	fs.PrintDefaults()
	fs.SetOutput(io.Discard)
	if b.Len() == 0 {
		return ""
	}
	return "\nFlags:\n" + b.String()
}

// parseFlags parses the flags of a command that takes no other arguments.
func parseFlags(fs *flag.FlagSet, usage string, args []string) error {
	pos, err := parseArgs(fs, usage, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usageErrorf(usage, "unexpected argument %q", pos[0])
	}
	return nil
}

// oneID reads the single ID argument of a show command.
func oneID(usage, what string, positional []string) (int64, error) {
	switch len(positional) {
	case 0:
		return 0, usageErrorf(usage, "missing the %s ID", domain.Word(what))
	case 1:
	default:
		return 0, usageErrorf(usage, "unexpected argument %q after the %s ID", positional[1], domain.Word(what))
	}
	id, err := strconv.ParseInt(positional[0], 10, 64)
	if err != nil || id <= 0 {
		return 0, usageErrorf(usage, "%q is not a valid %s ID; IDs are whole numbers such as 12, as shown by the list command", positional[0], domain.Word(what))
	}
	return id, nil
}

// pageFlags adds --limit and --offset; lists default to the service's page.
type pageFlags struct{ limit, offset int }

func (p *pageFlags) bind(fs *flag.FlagSet) {
	fs.IntVar(&p.limit, "limit", 0, "show at most `N` rows (default 100, at most 1000)")
	fs.IntVar(&p.offset, "offset", 0, "skip the first `N` rows")
}

func (p *pageFlags) page(usage string) (domain.Page, error) {
	if p.limit < 0 || p.offset < 0 {
		return domain.Page{}, usageErrorf(usage, "--limit and --offset cannot be negative")
	}
	return domain.Page{Limit: p.limit, Offset: p.offset}, nil
}

// parseMoneyField reads an amount typed on the command line; a mistake is an
// invalid value of the named field, reported like the forms do.
func parseMoneyField(field, s string) (domain.Money, error) {
	m, err := domain.ParseMoney(s)
	if err != nil {
		return 0, domain.Invalidf(field, "%s.", err)
	}
	return m, nil
}

// parseDateField reads a date written as YYYY-MM-DD.
func parseDateField(field, s string) (domain.Date, error) {
	d, err := domain.ParseDate(s)
	if err != nil {
		return domain.Date{}, domain.Invalidf(field, "%s.", err)
	}
	return d, nil
}
