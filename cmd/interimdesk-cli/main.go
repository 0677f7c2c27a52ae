// Command interimdesk-cli is Interim Desk on the command line: lists, look-ups,
// adding clients and managers, checking the database and loading the sample
// firm. It builds without cgo. Everything happens in internal/cli; this file
// only hands it the process.
package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/interimdesk/interimdesk/internal/cli"
)

func main() {
	// Ctrl-C and a plain kill (SIGTERM, what a service manager or a
	// logout sends) both cancel the command, so it rolls back and removes
	// its temporary files instead of dying halfway.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	// A report goes out in one write instead of one per field (200 for a
	// proposal) when it goes to a file or a pipe; a terminal shows lines
	// as they come.
	var stdout io.Writer = os.Stdout
	var buffered *bufio.Writer
	if fi, err := os.Stdout.Stat(); err == nil && fi.Mode()&os.ModeCharDevice == 0 {
		buffered = bufio.NewWriterSize(os.Stdout, 64<<10)
		stdout = buffered
	}
	code := cli.Run(ctx, os.Args[1:], stdout, os.Stderr, os.Getenv)
	stop()
	if buffered != nil {
		if err := buffered.Flush(); err != nil && code == 0 {
			fmt.Fprintln(os.Stderr, "interimdesk-cli: writing the output:", err)
			code = 1
		}
	}
	os.Exit(code)
}
