// Command interimdesk-cli is Interim Desk on the command line: lists, look-ups,
// adding clients and managers, checking the database and loading the sample
// firm. It builds without cgo. Everything happens in internal/cli; this file
// only hands it the process.
package main

import (
	"context"
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
	code := cli.Run(ctx, os.Args[1:], os.Stdout, os.Stderr, os.Getenv)
	stop()
	os.Exit(code)
}
