package printing

import (
	"context"
	"path/filepath"
	"regexp"
	"strconv"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// requestID is lp's answer: "request id is Office-12 (1 file(s))".
var requestID = regexp.MustCompile(`request id is (\S+)`)

// Print hands the file at path to the printer. It refuses, with a sentence
// naming the printer, when the printer does not accept jobs or does not
// exist, and returns ErrNoDefault when no printer is named and there is no
// default. A paused printer takes the job, which then waits: Job.Waiting
// says so, since the file is not on paper yet.
func (s *Service) Print(ctx context.Context, path string, o Options) (Job, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return Job{}, err
	}
	printers, err := s.Printers(ctx)
	if err != nil {
		return Job{}, err
	}
	target, err := choose(printers, o.Printer)
	if err != nil {
		return Job{}, err
	}
	copies := o.Copies
	if copies < 1 {
		copies = 1
	}
	args := []string{"-d", target.Name, "-n", strconv.Itoa(copies)}
	if o.Title != "" {
		args = append(args, "-t", o.Title)
	}
	// "--" ends the options, so no file name is ever read as one.
	args = append(args, "--", abs)
	out, err := s.run(ctx, s.lp, args...)
	if err != nil {
		if _, ok := err.(*domain.Error); ok {
			return Job{}, err
		}
		if ctx.Err() != nil {
			return Job{}, ctx.Err()
		}
		return Job{}, domain.Errorf(domain.EINVALID, "Printer %s refused the document: %s", target.Name, domain.Word(firstLine(out)))
	}
	job := Job{Printer: target.Name, Waiting: target.Paused, Reason: target.Reason}
	if m := requestID.FindStringSubmatch(out); m != nil {
		job.ID = m[1]
	}
	return job, nil
}

// choose finds the named printer, or the default, in the list.
func choose(printers []Printer, name string) (Printer, error) {
	for _, p := range printers {
		if name == "" && p.Default || name != "" && p.Name == name {
			if !p.Accepting {
				return p, domain.Errorf(domain.EINVALID, "Printer %s is not accepting jobs (%s); choose another printer or enable it in the system's settings.", p.Name, domain.Word(orUnknown(p.Reason)))
			}
			return p, nil
		}
	}
	if name == "" {
		return Printer{}, ErrNoDefault
	}
	return Printer{}, domain.Errorf(domain.EINVALID, "The print system has no printer called %s; choose one from the list.", name)
}

func orUnknown(reason string) string {
	if reason == "" {
		return "no reason given"
	}
	return reason
}
