//go:build linux

package cli

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// runCmd starts cmd (through start, when given) and returns its exit code
// and streams.
func runCmd(t *testing.T, cmd *exec.Cmd, start func() error) result {
	t.Helper()
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	if start == nil {
		start = cmd.Start
	}
	if err := start(); err != nil {
		t.Fatal(err)
	}
	err := cmd.Wait()
	code := 0
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		code = exit.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return result{code: code, stdout: out.String(), stderr: errOut.String()}
}

// A full disk, made honestly for any user, root included: the import runs
// under a file-size limit (RLIMIT_FSIZE) a little above the database, so the
// write-ahead log cannot grow to hold it. The import fails with one sentence
// about the disk, and what was saved before is all still there.
func TestImportOnAFullDiskLosesNothing(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := cliBinary(t)
	path := demoCopy(t)
	file := rosterFile(t, "full", 5000)
	before := counts(t, path)
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}

	cmd := exec.Command(bin, "--db", path, "import", "managers", file)
	cmd.Env = englishEnv()
	// The child inherits the limit at fork; the test process has it only
	// for the moment of the start.
	r := runCmd(t, cmd, func() error {
		var old syscall.Rlimit
		if err := syscall.Getrlimit(syscall.RLIMIT_FSIZE, &old); err != nil {
			return err
		}
		limit := syscall.Rlimit{Cur: uint64(fi.Size()) + 256<<10, Max: old.Max}
		if err := syscall.Setrlimit(syscall.RLIMIT_FSIZE, &limit); err != nil {
			return err
		}
		defer syscall.Setrlimit(syscall.RLIMIT_FSIZE, &old)
		return cmd.Start()
	})
	if r.code != 1 || strings.Count(r.stderr, "\n") != 1 ||
		!strings.HasPrefix(r.stderr, "Nothing was saved: the disk refused to write "+path) ||
		!strings.Contains(r.stderr, "What was saved before is unchanged") {
		t.Errorf("exit %d, stderr %q", r.code, r.stderr)
	}
	if after := counts(t, path); after != before {
		t.Errorf("counts %v, want %v", after, before)
	}
	mustOK(t, cli(t, "--db", path, "check"))
}

// A read-only database: the file and its folder may not be written. Root
// ignores file modes, so as root the binary runs as nobody; any other user
// runs it as themselves. It refuses with one sentence, and the file is the
// same byte for byte.
func TestImportIntoAReadOnlyDatabase(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := cliBinary(t)
	// A folder everyone may enter, holding the database, the file to
	// import and a copy of the binary, then made read-only.
	base := t.TempDir()
	dir := filepath.Join(base, "readonly")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, d := range []string{filepath.Dir(base), base} {
		if err := os.Chmod(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	path := filepath.Join(dir, "interimdesk.db")
	data, err := os.ReadFile(demoCopy(t))
	if err != nil {
		t.Fatal(err)
	}
	roster, err := os.ReadFile(rosterFile(t, "ro", 10))
	if err != nil {
		t.Fatal(err)
	}
	self, err := os.ReadFile(bin)
	if err != nil {
		t.Fatal(err)
	}
	for name, b := range map[string][]byte{"interimdesk.db": data, "roster.csv": roster} {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o444); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "interimdesk-cli"), self, 0o555); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(dir, 0o555); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(dir, 0o755) })

	cmd := exec.Command(filepath.Join(dir, "interimdesk-cli"), "--db", path, "import", "managers", filepath.Join(dir, "roster.csv"))
	cmd.Env = []string{"HOME=" + dir}
	if os.Geteuid() == 0 {
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	}
	r := runCmd(t, cmd, nil)
	want := "Nothing was saved: " + path + " cannot be written: the file or its folder is read-only."
	if r.code != 1 || strings.Count(r.stderr, "\n") != 1 || !strings.HasPrefix(r.stderr, want) || r.stdout != "" {
		t.Errorf("exit %d, stdout %q, stderr %q; want it to start with %q", r.code, r.stdout, r.stderr, want)
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(after, data) {
		t.Error("the read-only database changed")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 3 {
		t.Errorf("files were added to the read-only folder: %d entries", len(entries))
	}
}
