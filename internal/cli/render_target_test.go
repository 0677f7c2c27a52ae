package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// renderCommands are the two commands that write a PDF with -o, on
// acceptedDemo: a proposal's preview and an engagement's contract, whose
// first print freezes version 1.
var renderCommands = []struct {
	name string
	args []string
}{
	{"proposal render", []string{"proposal", "render", deltaProposal}},
	{"contract render", []string{"contract", "render", "7"}},
}

// proposal render and contract render follow the rules of the exports'
// -o: never the database or the files SQLite keeps beside it, an existing
// file replaced only with --force and then keeping its mode, a symbolic
// link written through. A refusal comes before anything is rendered: the
// contract is not frozen by a print that could not be written.
func TestRenderTargets(t *testing.T) {
	for _, cmd := range renderCommands {
		t.Run(cmd.name, func(t *testing.T) {
			db := acceptedDemo(t)
			dir := t.TempDir()
			render := func(args ...string) result {
				return cli(t, append(append([]string{"--db", db}, cmd.args...), args...)...)
			}
			mustRefuse(t, render("-o", db, "--force"), "is the database itself")
			for _, suffix := range []string{"-wal", "-shm", "-journal"} {
				mustRefuse(t, render("-o", db+suffix, "--force"), "belongs to the database")
				if _, err := os.Lstat(db + suffix); err == nil && suffix == "-journal" {
					t.Errorf("%s was written", db+suffix)
				}
			}

			existing := filepath.Join(dir, "old.pdf")
			if err := os.WriteFile(existing, []byte("old"), 0o600); err != nil {
				t.Fatal(err)
			}
			if err := os.Chmod(existing, 0o640); err != nil {
				t.Fatal(err)
			}
			mustRefuse(t, render("-o", existing), existing+" already exists; add --force to replace it. Nothing was written.")
			if b, _ := os.ReadFile(existing); string(b) != "old" {
				t.Error("the existing file was replaced without --force")
			}
			if h := cli(t, "--db", db, "contract", "history", "7", "--json"); h.code != 0 || !strings.Contains(h.stdout, `"total": 0`) {
				t.Errorf("a refused render printed the contract: %s%s", h.stdout, h.stderr)
			}
			mustOK(t, render("-o", existing, "--force"))
			fi, err := os.Stat(existing)
			if err != nil {
				t.Fatal(err)
			}
			if fi.Mode().Perm() != 0o640 {
				t.Errorf("the replaced file has mode %v, want the 0640 it had", fi.Mode().Perm())
			}
			if b, _ := os.ReadFile(existing); !bytes.HasPrefix(b, []byte("%PDF")) {
				t.Errorf("not replaced: %.20q", b)
			}

			link := filepath.Join(dir, "link.pdf")
			if err := os.Symlink(existing, link); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(existing, []byte("old"), 0o640); err != nil {
				t.Fatal(err)
			}
			mustOK(t, render("-o", link, "--force"))
			if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
				t.Error("the link was replaced by a file")
			}
			if b, _ := os.ReadFile(existing); !bytes.HasPrefix(b, []byte("%PDF")) {
				t.Errorf("the file the link points to holds %.20q", b)
			}
		})
	}
}
