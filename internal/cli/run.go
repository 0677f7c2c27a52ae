// Package cli is the command line of Interim Desk: the same services as the
// desktop app, for scripts, quick look-ups and loading the sample data. It is
// a library so that tests can run every command in-process; the binary in
// cmd/interimdesk-cli only passes it the process's arguments, streams and
// environment.
package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/i18n"
)

// Exit codes.
const (
	exitOK     = 0
	exitFailed = 1 // refused or failed: one sentence on stderr
	exitUsage  = 2 // the command line itself is wrong: a short usage on stderr
)

// Run runs one command line (without the program name) and returns the exit
// code: 0 done, 1 refused or failed, 2 usage error. Output for people and
// scripts goes to stdout, every complaint to stderr. env looks up
// environment variables (os.Getenv in the binary).
func Run(ctx context.Context, args []string, stdout, stderr io.Writer, env func(string) string) int {
	// The one call to the clock: every command, the store's timestamps and
	// "today" see the same instant.
	return run(ctx, args, stdout, stderr, env, time.Now())
}

// app is what every command needs: the streams, the environment, the
// language it speaks, the instant the command line started and the --db
// flag.
type app struct {
	ctx    context.Context
	stdout io.Writer
	stderr io.Writer
	env    func(string) string
	lang   domain.Lang
	now    time.Time
	dbFlag string
}

// today is the date of the instant the command started, in local time: the
// day the person at the keyboard lives in.
func (a *app) today() domain.Date { return domain.DateOf(a.now) }

func run(ctx context.Context, args []string, stdout, stderr io.Writer, env func(string) string, now time.Time) int {
	a := &app{ctx: ctx, stdout: stdout, stderr: stderr, env: env, now: now}
	a.lang = a.language()
	err := a.dispatch(args)
	return a.report(err)
}

// dispatch reads the global flags and runs the command.
func (a *app) dispatch(args []string) error {
	if err := checkArgs(args); err != nil {
		return err
	}
	fs := newFlagSet("interimdesk-cli")
	fs.StringVar(&a.dbFlag, "db", "", "database file (default: $INTERIMDESK_DB, else the user's config folder)")
	// The global flags end at the command name: flag stops at the first
	// argument that is not a flag, which is what we want here.
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return helpRequest{text: mainUsage}
		}
		return usageErrorf(mainUsage, "%s", err)
	}
	rest := fs.Args()
	if len(rest) == 0 {
		return usageErrorf(mainUsage, "no command given")
	}
	name, rest := rest[0], rest[1:]
	if name == "help" {
		return a.help(rest)
	}
	cmd, ok := commands()[name]
	if !ok {
		return usageErrorf(mainUsage, "unknown command %q", name)
	}
	return cmd.run(a, rest)
}

// command is a top-level command; group commands (clients, managers, ...)
// dispatch again on their first argument.
type command struct {
	usage string
	run   func(a *app, args []string) error
}

func commands() map[string]command {
	return map[string]command{
		"demo":        {demoUsage, (*app).demo},
		"check":       {checkUsage, (*app).check},
		"today":       {todayUsage, (*app).todayCmd},
		"import":      {importUsage, (*app).importCmd},
		"export":      {exportUsage, (*app).exportCmd},
		"backup":      {backupUsage, (*app).backup},
		"restore":     {restoreUsage, (*app).restore},
		"clients":     {clientsUsage, group(clientsUsage, map[string]func(*app, []string) error{"list": (*app).clientsList, "show": (*app).clientsShow, "add": (*app).clientsAdd, "delete": (*app).clientsDelete})},
		"managers":    {managersUsage, group(managersUsage, map[string]func(*app, []string) error{"list": (*app).managersList, "show": (*app).managersShow, "search": (*app).managersSearch, "add": (*app).managersAdd, "edit": (*app).managersEdit, "export-personal": (*app).managersExportPersonal, "erase": (*app).managersErase, "match": (*app).managersMatch})},
		"proposal":    {proposalsUsage, group(proposalsUsage, proposalCommands())},
		"proposals":   {proposalsUsage, group(proposalsUsage, proposalCommands())},
		"engagements": {engagementsUsage, group(engagementsUsage, engagementCommands())},
		"contract":    {contractUsage, group(contractUsage, contractCommands())},
		"contracts":   {contractUsage, group(contractUsage, contractCommands())},
	}
}

// group dispatches "clients list ..." to the list subcommand.
func group(usage string, subs map[string]func(*app, []string) error) func(*app, []string) error {
	return func(a *app, args []string) error {
		if len(args) == 0 {
			return usageErrorf(usage, "missing subcommand")
		}
		switch args[0] {
		case "help", "-h", "-help", "--help":
			return helpRequest{text: usage}
		}
		sub, ok := subs[args[0]]
		if !ok {
			return usageErrorf(usage, "unknown subcommand %q", args[0])
		}
		return sub(a, args[1:])
	}
}

// help prints the usage of everything, or of one command: "help clients".
func (a *app) help(args []string) error {
	if len(args) == 0 {
		return helpRequest{text: mainUsage}
	}
	cmd, ok := commands()[args[0]]
	if !ok {
		return usageErrorf(mainUsage, "unknown command %q", args[0])
	}
	return helpRequest{text: cmd.usage}
}

// report prints what went wrong, if anything, and returns the exit code.
// A refusal or failure is exactly one line, so scripts can show it as is.
// Usage, refusals and failures are in the language of the environment
// (see language), as is the report of a command that worked (say.go);
// only --json output is the same in every language.
func (a *app) report(err error) int {
	var help helpRequest
	var usage *usageError
	l := a.lang
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &help):
		fmt.Fprint(a.stdout, helpText(l, help.text))
		return exitOK
	case errors.As(err, &usage):
		msg := i18n.Sprintf(l, usage.sentence.Format, usage.sentence.Args...)
		if usage.flagComplaint() {
			msg = i18n.Translate(l, usage.msg)
		}
		fmt.Fprintf(a.stderr, "interimdesk-cli: %s\n%s", domain.SafeText(msg), helpText(l, usage.usage))
		return exitUsage
	}
	fmt.Fprintln(a.stderr, oneLine(errorSentence(l, err)))
	return exitFailed
}

// language is the language of the messages: $INTERIMDESK_LANG, else the
// locale (LC_ALL, LC_MESSAGES, LANG, LANGUAGE) as the desktop reads it;
// English for C.UTF-8 or a language without translations.
func (a *app) language() domain.Lang {
	if a.env == nil {
		return domain.LangEN
	}
	return i18n.FromEnv(a.env)
}

// errorSentence is what a person reads: the service's own sentence, which
// names the field and the rule, or for an internal failure a plain sentence
// with the detail (a command line has no log to send it to).
func errorSentence(l domain.Lang, err error) string {
	if domain.ErrorCode(err) != domain.EINTERNAL {
		return i18n.ErrorSentence(l, err)
	}
	return i18n.Sprintf(l, "Something went wrong on our side: %s", err.Error())
}

// oneLine keeps a message on a single line whatever it holds.
func oneLine(s string) string {
	return domain.SafeText(strings.Join(strings.Fields(s), " "))
}
