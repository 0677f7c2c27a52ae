// Command interimdesk-cli is Interim Desk on the command line: lists, look-ups,
// adding clients and managers, checking the database and loading the sample
// firm. It builds without cgo. Everything happens in internal/cli; this file
// only hands it the process.
package main

import (
	"context"
	"os"
	"os/signal"

	"github.com/interimdesk/interimdesk/internal/cli"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := cli.Run(ctx, os.Args[1:], os.Stdout, os.Stderr, os.Getenv)
	stop()
	os.Exit(code)
}
