//go:build unix

package cli

import (
	"net"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// proposal render and contract render write regular files only, as the
// exports do: a pipe or a socket is refused and stays what it is, even
// with --force.
func TestRenderRefusesWhatIsNotAFile(t *testing.T) {
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
	for _, cmd := range renderCommands {
		for _, p := range []string{fifo, sock} {
			args := append(append([]string{"--db", db}, cmd.args...), "-o", p, "--force")
			mustRefuse(t, cli(t, args...), p+" is not a regular file")
			if fi, err := os.Lstat(p); err != nil || fi.Mode().IsRegular() {
				t.Errorf("%s: %s was replaced by a file", cmd.name, p)
			}
		}
	}
}
