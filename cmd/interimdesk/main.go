//go:build cgo

// Command interimdesk is the Interim Desk desktop window. It opens the
// database, wires the store, the PDF renderer and the sample data into the
// screens of internal/ui, and runs the window until it is closed.
//
//	interimdesk [--db PATH|postgres://…]
//
// Without --db the database is $INTERIMDESK_DB, or interimdesk.db in the
// user's configuration folder. A postgres:// URL opens the firm's shared
// database instead of a file (docs/TEAM.md). This is the one package that needs cgo
// (Fyne's OpenGL driver); everything it wires builds without.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
	// Before Fyne reads it: how long Fyne keeps hidden screens' renderers.
	_ "github.com/interimdesk/interimdesk/internal/fynecache"
	"github.com/interimdesk/interimdesk/internal/i18n"
	"github.com/interimdesk/interimdesk/internal/pdf"
	"github.com/interimdesk/interimdesk/internal/sqlite"
	"github.com/interimdesk/interimdesk/internal/ui"
)

func main() {
	if err := run(os.Args[1:], os.Stderr); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return
		}
		// Start-up refusals (a foreign or newer database file) in the
		// language of the locale, like the command line.
		fmt.Fprintf(os.Stderr, "interimdesk: %s\n", i18n.ErrorSentence(i18n.FromEnv(os.Getenv), err))
		if domain.ErrorCode(err) == domain.EINTERNAL {
			fmt.Fprintf(os.Stderr, "interimdesk: %v\n", err)
		}
		os.Exit(1)
	}
}

func run(args []string, stderr io.Writer) error {
	fs := flag.NewFlagSet("interimdesk", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dbPath := fs.String("db", "", "the database `file`, or the firm's shared database as a postgres:// URL (default: $INTERIMDESK_DB, else interimdesk.db in the configuration folder)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return domain.Errorf(domain.EINVALID, "Unexpected argument %q; the only option is --db PATH.", fs.Arg(0))
	}
	path := *dbPath
	if path == "" {
		var err error
		if path, err = sqlite.DefaultPath(); err != nil {
			return err
		}
	}

	heapProfileOnSignal(os.Getenv("INTERIMDESK_HEAPPROFILE"))
	// The window's live heap is small (30-40 MB, mostly Fyne's parsed
	// fonts) and its work is bursts of a few pages or one PDF, so a tighter
	// collector costs no visible time and keeps 10-20 MB of resident memory
	// that Go's default (a heap twice the live one) would hold. GOGC set
	// by the person running it wins.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(50)
	}
	if strings.HasPrefix(path, "postgres://") || strings.HasPrefix(path, "postgresql://") {
		return runShared(path)
	}
	ctx := context.Background()
	// A restore chosen in the last session takes the database's place
	// now, before anything opens it; the window then says what happened.
	// One that fails leaves the database as it was, and the app starts.
	restored, restoreErr := sqlite.FinishPendingRestore(ctx, path, time.Now)
	if restoreErr != nil {
		log.Printf("interimdesk: the scheduled restore was not done: %v", restoreErr)
	}
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		return err
	}
	defer db.Close()
	// The automatic backup of every start, the last N kept. Without it
	// the app still starts: a full disk must not lock anybody out of
	// their data. It runs beside the window, not before it: VACUUM INTO
	// reads a snapshot, so saves go on meanwhile. It waits for the
	// window's first turn of the event loop: on a large roster the copy
	// takes seconds of a core, and shared with the first screen it put
	// the start at 0.8-1.8 s instead of under one.
	firstTurn := make(chan struct{})
	go func() {
		<-firstTurn
		if _, err := db.RollingBackup(ctx); err != nil {
			log.Printf("interimdesk: the automatic backup at start-up failed: %v", err)
		}
	}()
	// Every service of the store, printing with internal/pdf: a proposal
	// is rendered when it is issued and a contract when it is first
	// printed, their bytes kept; draft previews go through the same
	// proposal printer.
	svc := sqlite.NewServices(db, sqlite.Printers{Proposal: pdf.ProposalRenderer(), Contract: pdf.ContractRenderer()})

	opts := ui.Options{
		IsEmpty:    db.IsEmpty,
		Restored:   restored,
		RestoreErr: restoreErr,
		// What a crashed backup, restore or import had left, removed by
		// Open: the window says so in one line, as the command line does.
		LeftoversRemoved: db.LeftoversRemoved(),
	}
	// Another file than the person's own remembers its own last screen
	// and searches.
	if def, err := sqlite.DefaultPath(); err != nil || absPath(def) != absPath(path) {
		opts.Database = absPath(path)
	}
	showWindow(svc, opts, "Interim Desk", firstTurn)
	return nil
}

// absPath is p made absolute, or p where that fails.
func absPath(p string) string {
	if abs, err := filepath.Abs(p); err == nil {
		return abs
	}
	return p
}
