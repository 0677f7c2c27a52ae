package printing

import (
	"context"
	"strings"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// Printers lists the queues of the print service with their state, the
// default first. A service without any queue gives an empty list.
func (s *Service) Printers(ctx context.Context) ([]Printer, error) {
	// -p: each queue and whether it is paused; -a: whether it accepts
	// jobs; -d: the default. One call, so the answer is one moment.
	out, err := s.run(ctx, s.lpstat, "-d", "-p", "-a")
	if err != nil && !noDestinations(out) {
		if _, ok := err.(*domain.Error); ok || ctx.Err() != nil {
			return nil, err
		}
		return nil, domain.Errorf(domain.EINVALID, "The print system could not list its printers: %s", domain.Word(firstLine(out)))
	}
	return parseLpstat(out), nil
}

// noDestinations is lpstat's way of saying the list is empty.
func noDestinations(out string) bool {
	return strings.Contains(strings.ToLower(out), "no destinations added")
}

// parseLpstat reads the output of lpstat -d -p -a in the C locale:
//
//	system default destination: Office
//	printer Office is idle.  enabled since Sun Dec  6 10:00:00 2026
//	printer Lab disabled since Sun Dec  6 10:00:00 2026 -
//		Paused
//	Office accepting requests since Sun Dec  6 10:00:00 2026
//	Lab not accepting requests since Sun Dec  6 10:00:00 2026 -
//		Rejecting Jobs
//
// A tab-indented line is the reason of the line before it.
func parseLpstat(out string) []Printer {
	var (
		order  []string
		byName = map[string]*Printer{}
		def    string
		last   *Printer
	)
	get := func(name string) *Printer {
		p, ok := byName[name]
		if !ok {
			p = &Printer{Name: name, Accepting: true}
			byName[name] = p
			order = append(order, name)
		}
		return p
	}
	for _, line := range strings.Split(out, "\n") {
		if strings.TrimSpace(line) == "" {
			last = nil
			continue
		}
		if line[0] == '\t' || line[0] == ' ' {
			if last != nil && last.Reason == "" {
				last.Reason = strings.TrimSpace(line)
			}
			continue
		}
		last = nil
		f := strings.Fields(line)
		switch {
		case strings.HasPrefix(line, "system default destination:"):
			def = strings.TrimSpace(strings.TrimPrefix(line, "system default destination:"))
		case len(f) >= 3 && f[0] == "printer":
			p := get(f[1])
			p.Paused = f[2] == "disabled"
			if p.Paused {
				last = p
			}
		case len(f) >= 3 && f[1] == "not" && f[2] == "accepting":
			p := get(f[0])
			p.Accepting = false
			last = p
		case len(f) >= 2 && f[1] == "accepting":
			get(f[0])
		}
	}
	list := make([]Printer, 0, len(order))
	if p, ok := byName[def]; ok {
		p.Default = true
		list = append(list, *p)
	}
	for _, name := range order {
		if name != def {
			list = append(list, *byName[name])
		}
	}
	return list
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	return strings.TrimSpace(s)
}
