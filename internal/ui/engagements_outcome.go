package ui

import (
	"strings"

	"fyne.io/fyne/v2/lang"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// addOutcome adds the engagement's track record to its form: one line on
// what the manager achieved and who at the client vouches for it. They can
// be written at any time, also once the engagement is over; a proposal of
// the manager may print them (proposal_references.go).
func (s *engagementsScreen) addOutcome(ed *editor) {
	s.outcome = ed.entry("Outcome")
	s.outcome.SetPlaceHolder(lang.L("Refinanced €40M; handed over to the new CFO"))
	s.reference = ed.entry("Client reference")
	s.reference.SetPlaceHolder(lang.L("Jan Peeters, CEO"))
	ed.add(lang.L("Outcome"), s.outcome)
	ed.add(lang.L("Client reference"), s.reference)
}

// withOutcome adds an engagement's outcome and client reference, when
// written, to its line in the manager's story.
func withOutcome(line string, e *domain.Engagement) string {
	if o := strings.TrimSpace(e.Outcome); o != "" {
		line = lang.X("story.manager.outcome", "{{.Line}} — {{.Outcome}}", map[string]any{"Line": line, "Outcome": o})
	}
	if r := strings.TrimSpace(e.Reference); r != "" {
		line = lang.X("story.manager.reference", "{{.Line}} (reference: {{.Reference}})", map[string]any{"Line": line, "Reference": r})
	}
	return line
}
