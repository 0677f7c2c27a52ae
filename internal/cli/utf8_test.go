package cli

import (
	"os"
	"path/filepath"
	"testing"
)

func TestArgumentsThatAreNotUTF8AreRefused(t *testing.T) {
	path := demoCopy(t)
	before := counts(t, path)
	// "Joël" typed in a Latin-1 terminal.
	mustRefuse(t, cli(t, "--db", path, "managers", "add", "--name", "Jo\xebl Peeters"),
		`Argument 6, "Jo\xebl Peeters", is not UTF-8 text`)
	if counts(t, path) != before {
		t.Error("something was stored")
	}
	mustOK(t, cli(t, "--db", path, "managers", "add", "--name", "Joël Peeters"))
}

func TestFilesThatAreNotUTF8AreRefusedNamingTheLine(t *testing.T) {
	path := demoCopy(t)
	file := filepath.Join(t.TempDir(), "proposal.json")
	if err := os.WriteFile(file, []byte("{\n  \"title\": \"Caf\xe9 CFO\"\n}\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	mustRefuse(t, cli(t, "--db", path, "proposal", "create", "--from", file),
		file+", line 2: this is not UTF-8 text")
}

func TestControlCharactersInArgumentsAreRefusedNamingTheField(t *testing.T) {
	path := demoCopy(t)
	mustRefuse(t, cli(t, "--db", path, "clients", "add", "--name", "Acme\x1b[31m NV", "--country", "BE"),
		"Legal name: holds an invisible control character (U+001B) at character 5")
}
