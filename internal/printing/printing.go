// Package printing sends PDF files to the printers the system's print
// service knows, through the lp and lpstat commands that CUPS installs on
// Linux and macOS. It reads their output in the C locale, so what it finds
// does not depend on the language of the machine, and runs each command
// with a time limit, so a stuck print service never freezes a window.
package printing

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"strings"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// DefaultTimeout is how long one lp or lpstat may take. A healthy CUPS
// answers in milliseconds; 15 seconds leaves room for a slow network
// printer without letting a stuck scheduler hold the window.
const DefaultTimeout = 15 * time.Second

// Service runs lp and lpstat.
type Service struct {
	lp, lpstat string
	// Timeout bounds each command; DefaultTimeout when zero.
	Timeout time.Duration
}

// Find returns the service of this machine, or nil where there is no lp
// (Windows, a Linux without CUPS): the caller then offers to save a PDF.
func Find() *Service {
	lp, err := exec.LookPath("lp")
	if err != nil {
		return nil
	}
	lpstat, err := exec.LookPath("lpstat")
	if err != nil {
		return nil
	}
	return New(lp, lpstat)
}

// New returns a service that runs the given lp and lpstat programs (tests
// give stand-ins that record their arguments).
func New(lp, lpstat string) *Service { return &Service{lp: lp, lpstat: lpstat} }

// Printer is one queue of the print service.
type Printer struct {
	Name      string
	Default   bool
	Paused    bool   // disabled: jobs are accepted and wait
	Accepting bool   // false: jobs are refused
	Reason    string // the queue's own message when paused or refusing
}

// Options say where and how often a file is printed.
type Options struct {
	Printer string // "" for the system's default printer
	Copies  int    // 1 when 0
	Title   string // the job's name in the queue
}

// Job is a file handed to the print service.
type Job struct {
	ID      string // "Office-12"
	Printer string
	// Waiting is true when the printer is paused: the job is queued, not
	// printed, until someone resumes the printer.
	Waiting bool
	Reason  string
}

// ErrNoDefault is returned by Print when no printer is named and the
// system has no default; the caller offers the list of printers.
var ErrNoDefault = domain.Errorf(domain.EINVALID, "No printer is set as the default; choose a printer from the list.")

// errNotRunning is the sentence for a print service that does not answer.
var errNotRunning = domain.Errorf(domain.EINVALID, "The print system (CUPS) is not running; start it, or save the document as a PDF and print it from the viewer.")

// run runs a command in the C locale with the time limit and returns what
// it printed on both streams.
func (s *Service) run(ctx context.Context, name string, args ...string) (string, error) {
	limit := s.Timeout
	if limit <= 0 {
		limit = DefaultTimeout
	}
	ctx, cancel := context.WithTimeout(ctx, limit)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Env = append(os.Environ(), "LC_ALL=C", "LANG=C", "LANGUAGE=")
	// A child that keeps the pipes open after lp is killed must not keep
	// Wait waiting either.
	cmd.WaitDelay = time.Second
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	err := cmd.Run()
	text := strings.TrimSpace(out.String())
	switch {
	case errors.Is(ctx.Err(), context.DeadlineExceeded):
		return text, domain.Errorf(domain.EINVALID, "The print system did not answer within %d seconds; check the printer in the system's settings.", int(limit/time.Second))
	case ctx.Err() != nil:
		return text, ctx.Err()
	case err != nil && notRunning(text):
		return text, errNotRunning
	}
	return text, err
}

// notRunning reports whether lp or lpstat said that the scheduler is away.
func notRunning(out string) bool {
	o := strings.ToLower(out)
	return strings.Contains(o, "scheduler is not running") || strings.Contains(o, "scheduler not responding")
}
