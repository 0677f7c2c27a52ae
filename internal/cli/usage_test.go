package cli

import (
	"path/filepath"
	"strings"
	"testing"
)

func TestHelp(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want []string
	}{
		{[]string{"--help"}, []string{"demo", "check", "clients", "managers", "proposals", "engagements", "--db"}},
		{[]string{"-h"}, []string{"Commands:"}},
		{[]string{"help"}, []string{"Commands:", "Exit status"}},
		{[]string{"help", "managers"}, []string{"managers search QUERY", "--available-on"}},
		{[]string{"clients", "--help"}, []string{"clients add --name NAME"}},
		{[]string{"clients", "help"}, []string{"clients list"}},
		{[]string{"clients", "add", "--help"}, []string{"-trade-name", "-company-number", "-language"}},
		{[]string{"managers", "search", "-h"}, []string{"-max-rate", "-min-free-days"}},
		{[]string{"demo", "--help"}, []string{"-force", "backup"}},
		{[]string{"check", "--help"}, []string{"integrity"}},
	} {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			r := cli(t, tc.args...)
			mustOK(t, r)
			for _, w := range tc.want {
				if !strings.Contains(r.stdout, w) {
					t.Errorf("usage does not mention %q:\n%s", w, r.stdout)
				}
			}
		})
	}
}

// A command line that cannot be run exits 2 with the reason and a short
// usage on stderr, and opens no database: the file is never created.
func TestUsageErrors(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"no command", nil, "no command given"},
		{"unknown command", []string{"frobnicate"}, `unknown command "frobnicate"`},
		{"unknown global flag", []string{"--colour", "clients", "list"}, "flag provided but not defined: -colour"},
		{"help for unknown command", []string{"help", "invoices"}, `unknown command "invoices"`},
		{"missing subcommand", []string{"clients"}, "missing subcommand"},
		{"unknown subcommand", []string{"managers", "delete", "3"}, `unknown subcommand "delete"`},
		{"unknown flag", []string{"clients", "list", "--colour"}, "flag provided but not defined: -colour"},
		{"flag without value", []string{"clients", "list", "--query"}, "flag needs an argument: -query"},
		{"missing ID", []string{"clients", "show"}, "missing the client ID"},
		{"malformed ID", []string{"managers", "show", "abc"}, `"abc" is not a valid manager ID`},
		{"zero ID", []string{"proposals", "show", "0"}, `"0" is not a valid proposal ID`},
		{"negative ID", []string{"engagements", "show", "--", "-4"}, `"-4" is not a valid engagement ID`},
		{"two IDs", []string{"clients", "show", "1", "2"}, `unexpected argument "2"`},
		{"argument to list", []string{"clients", "list", "acme"}, `unexpected argument "acme"`},
		{"argument to check", []string{"check", "now"}, `unexpected argument "now"`},
		{"search without words", []string{"managers", "search", "--language", "fr"}, "missing the search words"},
		{"bad status", []string{"proposals", "list", "--status", "won"}, `not "won"`},
		{"bad engagement status", []string{"engagements", "list", "--status", "running"}, `not "running"`},
		{"bad sort", []string{"managers", "list", "--sort", "age"}, "--sort must be one of"},
		{"negative limit", []string{"clients", "list", "--limit", "-1"}, "cannot be negative"},
		{"non-numeric days", []string{"managers", "add", "--name", "X", "--days-per-week", "four"}, "invalid value"},
		{"non-numeric client filter", []string{"proposals", "list", "--client", "acme"}, "invalid value"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "never.db")
			r := cli(t, append([]string{"--db", path}, tc.args...)...)
			if r.code != 2 {
				t.Errorf("exit %d, want 2 (stderr %q)", r.code, r.stderr)
			}
			first, rest, _ := strings.Cut(r.stderr, "\n")
			if !strings.HasPrefix(first, "interimdesk-cli: ") || !strings.Contains(first, tc.want) {
				t.Errorf("first line %q, want the reason %q", first, tc.want)
			}
			if !strings.Contains(rest, "usage:") {
				t.Errorf("no usage after the reason:\n%s", r.stderr)
			}
			if r.stdout != "" {
				t.Errorf("stdout %q, want nothing", r.stdout)
			}
			if exists(path) {
				t.Error("a usage error created the database file")
			}
		})
	}
}
