package ui

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// maxMandatesListed bounds how many of a manager's engagements the form
// lists to choose from: the latest, since the profile prints recent ones.
const maxMandatesListed = 50

// proposalReferences is the part of the interim offer that chooses which
// engagements of its manager the document prints under "Recent mandates"
// (domain.InterimOffer.References): the manager's engagements, latest
// first, each with a check box, its client, role, dates and outcome. It
// shows only while a manager is chosen; choosing another manager clears
// the ticks, since the store refuses another manager's engagements.
type proposalReferences struct {
	parts widgetParts
	svc   domain.Services
	ed    *editor

	root  *fyne.Container // the label and the rows; hidden without a manager
	rows  *fyne.Container
	empty *widget.Label

	managerID int64
	chosen    []int64
	checks    map[int64]*widget.Check
	gen       int // the load whose result the rows show
}

func newProposalReferences(parts widgetParts, svc domain.Services, ed *editor) *proposalReferences {
	r := &proposalReferences{parts: parts, svc: svc, ed: ed, checks: map[int64]*widget.Check{}}
	r.rows = container.NewVBox()
	r.empty = widget.NewLabel("")
	r.empty.Wrapping = fyne.TextWrapWord
	r.empty.Importance = widget.LowImportance
	head := widget.NewLabel(lang.L("Recent mandates to print"))
	head.TextStyle = fyne.TextStyle{Bold: true}
	r.root = container.NewVBox(head, r.rows, r.empty)
	r.root.Hide()
	ed.track(func() string { return fmt.Sprint(r.chosen) })
	return r
}

// show fills the part for a proposal just loaded: its manager and the
// engagements it chose. Called inside the editor's fill.
func (r *proposalReferences) show(in domain.InterimOffer) {
	r.chosen = slices.Clone(in.References)
	r.load(in.ManagerID)
}

// setManager follows the manager picker: another manager's engagements
// replace the list, and the ticks of the former one go.
func (r *proposalReferences) setManager(id int64) {
	if id == r.managerID {
		return
	}
	r.chosen = nil
	r.load(id)
}

// read puts the ticked engagements in the offer.
func (r *proposalReferences) read(in *domain.InterimOffer) {
	in.References = slices.Clone(r.chosen)
}

// load lists the engagements of manager id in the background.
func (r *proposalReferences) load(id int64) {
	r.managerID = id
	r.gen++
	gen := r.gen
	r.rows.RemoveAll()
	r.checks = map[int64]*widget.Check{}
	if id == 0 {
		r.root.Hide()
		return
	}
	r.empty.SetText(lang.L("Reading the manager's engagements…"))
	r.empty.Show()
	r.root.Show()
	r.parts.work.background(func(ctx context.Context) func() {
		list, total, names, err := r.find(ctx, id)
		return func() {
			if gen != r.gen {
				return // the manager changed meanwhile
			}
			if err != nil {
				r.parts.logf("interimdesk: reading the engagements of manager %d: %v", id, err)
				r.empty.SetText(lang.L("The manager's engagements could not be read."))
				return
			}
			r.fill(list, total, names)
		}
	})
}

// find reads the manager's latest engagements and their clients' names.
func (r *proposalReferences) find(ctx context.Context, id int64) ([]*domain.Engagement, int, map[int64]string, error) {
	list, total, err := r.svc.Engagements.FindEngagements(ctx, domain.EngagementFilter{ManagerID: id, Page: domain.Page{Limit: maxMandatesListed}})
	if err != nil {
		return nil, 0, nil, err
	}
	names := map[int64]string{}
	for _, e := range list {
		if _, ok := names[e.ClientID]; ok {
			continue
		}
		c, err := r.svc.Clients.FindClientByID(ctx, e.ClientID)
		if err != nil {
			return nil, 0, nil, err
		}
		names[e.ClientID] = c.DisplayName()
	}
	return list, total, names, nil
}

// fill shows one row per engagement, ticked when the proposal chose it.
// When list is all of the manager's engagements (total), a chosen one not
// in it is no longer the manager's (its manager was changed since) and is
// dropped: it could not be unticked, and the store would refuse it.
func (r *proposalReferences) fill(list []*domain.Engagement, total int, names map[int64]string) {
	r.rows.RemoveAll()
	if total <= len(list) {
		n := len(r.chosen)
		r.chosen = slices.DeleteFunc(r.chosen, func(id int64) bool {
			return !slices.ContainsFunc(list, func(e *domain.Engagement) bool { return e.ID == id })
		})
		if len(r.chosen) != n {
			r.ed.changed()
		}
	}
	if len(list) == 0 {
		r.empty.SetText(lang.L("This manager has no engagements yet."))
		r.empty.Show()
		return
	}
	r.empty.Hide()
	for _, e := range list {
		id := e.ID
		check := widget.NewCheck("", func(on bool) { r.tick(id, on) })
		check.SetChecked(slices.Contains(r.chosen, id))
		r.checks[id] = check
		// The proposal may be read-only (issued): its ticks are too, and
		// unlocking it enables them with the rest.
		if r.ed.readOnly {
			check.Disable()
			r.ed.locked = append(r.ed.locked, check)
		}
		text := widget.NewLabel(mandateLine(e, names[e.ClientID]))
		text.Wrapping = fyne.TextWrapWord
		// The box stays at the top, beside the first line of a wrapped text.
		r.rows.Add(container.NewBorder(nil, nil, container.NewVBox(check), nil, text))
	}
	r.root.Refresh()
}

// tick adds or removes an engagement from the chosen ones.
func (r *proposalReferences) tick(id int64, on bool) {
	has := slices.Contains(r.chosen, id)
	switch {
	case on && !has:
		r.chosen = append(r.chosen, id)
	case !on && has:
		r.chosen = slices.DeleteFunc(r.chosen, func(x int64) bool { return x == id })
	default:
		return
	}
	r.ed.changed()
}

// mandateLine is one engagement as the form lists it: "Acme – CFO a.i.,
// 6 Jan 2025 to 30 Sep 2025: Refinanced €40M". No rate: the choice is
// about what the client will read.
func mandateLine(e *domain.Engagement, client string) string {
	head := strings.Join(slices.DeleteFunc([]string{client, e.Role}, func(s string) bool { return strings.TrimSpace(s) == "" }), " – ")
	line := lang.X("mandate.line", "{{.Who}}, {{.Period}}", map[string]any{"Who": head, "Period": engagementPeriod(e)})
	if o := strings.TrimSpace(e.Outcome); o != "" {
		line = lang.X("mandate.outcome", "{{.Line}}: {{.Outcome}}", map[string]any{"Line": line, "Outcome": o})
	}
	return line
}
