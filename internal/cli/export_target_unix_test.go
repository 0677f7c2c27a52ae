//go:build unix

package cli

import (
	"net"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// -o writes regular files only: a pipe or a socket (as a device would)
// is refused and stays what it is, even with --force; so do the commands
// that render a PDF.
func TestExportRefusesWhatIsNotAFile(t *testing.T) {
	db := acceptedDemo(t)
	dir := t.TempDir()
	fifo := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("no FIFO here: %v", err)
	}
	sock := filepath.Join(dir, "sock")
	l, err := net.Listen("unix", sock)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	commands := [][]string{{"export", "managers"}}
	for _, r := range renderCommands {
		commands = append(commands, r.args)
	}
	for _, cmd := range commands {
		for _, p := range []string{fifo, sock} {
			mustRefuse(t, cli(t, append(append([]string{"--db", db}, cmd...), "-o", p, "--force")...), p+" is not a regular file")
			fi, err := os.Lstat(p)
			if err != nil || fi.Mode().IsRegular() {
				t.Errorf("%v: %s was replaced by a file", cmd, p)
			}
		}
	}
}

// A device such as /dev/null is no regular file either. Only the check
// runs here, so that a mistake cannot replace the device.
func TestExportTargetRefusesADevice(t *testing.T) {
	if fi, err := os.Stat(os.DevNull); err != nil || fi.Mode()&os.ModeDevice == 0 {
		t.Skipf("%s is no device here", os.DevNull)
	}
	_, err := checkExportTarget(os.DevNull, filepath.Join(t.TempDir(), "x.db"), true)
	if err == nil || !strings.Contains(err.Error(), "is not a regular file") {
		t.Errorf("%s: %v", os.DevNull, err)
	}
}
