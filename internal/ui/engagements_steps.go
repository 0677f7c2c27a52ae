package ui

import (
	"context"
	"errors"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// engagementSteps are the life-cycle buttons of the engagement in the
// form: start, end, notice, extension and the history. Each opens a small
// dialog that checks the input with the domain's own rules as it is typed
// and says what the step will do (the last day after notice, say) before
// anything is written; the store then checks again and logs the step.
type engagementSteps struct {
	s    *engagementsScreen
	root fyne.CanvasObject

	activate, complete, terminate, extend, history *widget.Button
}

func newEngagementSteps(s *engagementsScreen) *engagementSteps {
	st := &engagementSteps{s: s}
	st.activate = widget.NewButton(lang.L("Activate…"), st.askActivate)
	st.complete = widget.NewButton(lang.L("Complete…"), st.askComplete)
	st.terminate = widget.NewButton(lang.L("Terminate…"), st.askTerminate)
	st.extend = widget.NewButton(lang.L("Extend…"), st.askExtend)
	st.history = widget.NewButton(lang.L("History"), st.showHistory)
	st.root = container.NewGridWithColumns(3, st.activate, st.complete, st.terminate, st.extend, st.history)
	return st
}

// update enables the steps the engagement's status allows; the domain
// refuses the others anyway, but a button that cannot work should not
// invite a try.
func (st *engagementSteps) update(e *domain.Engagement) {
	underNotice := !e.TerminatedOn.IsZero()
	setEnabled(st.activate, e.Status == domain.EngagementPlanned)
	setEnabled(st.complete, e.Status == domain.EngagementActive)
	setEnabled(st.terminate, e.Status.Live() && !underNotice)
	setEnabled(st.extend, e.Status.Live() && !underNotice && !e.End.IsZero())
}

// withEngagement runs next with the engagement in the form once its role
// and notes are saved or discarded, so a step never works on a stale row.
func (st *engagementSteps) withEngagement(next func(e *domain.Engagement)) {
	st.s.parts.leaveThen(func() {
		if e := st.s.loaded; e != nil {
			next(e)
		}
	})
}

// run performs a step in the background and shows its outcome; a
// capacity conflict offers the override, which runs the step again with
// the reason.
func (st *engagementSteps) run(step func(ctx context.Context, o *domain.CapacityOverride) (*domain.Engagement, error), o *domain.CapacityOverride) {
	s := st.s
	s.parts.work.background(func(ctx context.Context) func() {
		e, err := step(ctx, o)
		return func() {
			if offerOverride(s.parts.win, err, func(o *domain.CapacityOverride) { st.run(step, o) }) {
				return
			}
			if err != nil {
				s.parts.showError(err)
				return
			}
			st.s.changed(e.ID)
		}
	})
}

// datedStep is a step that happens on one day: its dialog's texts, the
// domain's rule on a copy of the engagement (what it will do, or why
// not), and the store's call.
type datedStep struct {
	title, intro, action, field string
	probe                       func(before, after *domain.Engagement, day domain.Date) (string, error)
	store                       func(ctx context.Context, id int64, day domain.Date) (*domain.Engagement, error)
}

// askDated opens the dialog of a dated step, starting on today.
func (st *engagementSteps) askDated(step datedStep) {
	st.withEngagement(func(e *domain.Engagement) {
		d := newStepDialog(st.s.parts.win, step.title, step.intro, step.action)
		on := d.date(step.field, st.s.today())
		d.check = func() (string, error) {
			day, err := requiredDate(step.field, on.Text)
			if err != nil {
				return "", err
			}
			probe := *e
			return step.probe(e, &probe, day)
		}
		d.run = func() {
			day, _ := requiredDate("", on.Text)
			st.run(func(ctx context.Context, _ *domain.CapacityOverride) (*domain.Engagement, error) {
				return step.store(ctx, e.ID, day)
			}, nil)
		}
		st.s.parts.rec.shown(d.show())
	})
}

func (st *engagementSteps) askActivate() {
	st.askDated(datedStep{
		title:  lang.L("Activate engagement"),
		intro:  lang.L("Record the day the engagement started. It then counts as active until it is completed or terminated."),
		action: lang.L("Activate"),
		field:  lang.L("Started on"),
		probe: func(before, after *domain.Engagement, day domain.Date) (string, error) {
			if err := after.Activate(); err != nil {
				return "", err
			}
			if day != before.Start {
				return lang.L("The planned start was {{.Date}}; the history keeps both days.", map[string]any{"Date": formatDate(before.Start)}), nil
			}
			return "", nil
		},
		store: st.s.svc.Lifecycle.ActivateEngagement,
	})
}

func (st *engagementSteps) askComplete() {
	st.askDated(datedStep{
		title:  lang.L("Complete engagement"),
		intro:  lang.L("Record the day the engagement ended because its work was done or its exit criteria were met."),
		action: lang.L("Complete"),
		field:  lang.L("Ended on"),
		probe: func(before, after *domain.Engagement, day domain.Date) (string, error) {
			if err := after.Complete(day); err != nil {
				return "", err
			}
			switch {
			case after.Status == domain.EngagementTerminated:
				return lang.L("Notice was given, so the engagement is closed as terminated; its last day is {{.Date}}.",
					map[string]any{"Date": formatDate(after.TerminatedOn)}), nil
			case after.End != before.End:
				return lang.L("It ends before the planned end {{.Planned}}: the end moves to {{.Date}}, and the manager is free from the next day.",
					map[string]any{"Planned": formatDate(before.End), "Date": formatDate(after.End)}), nil
			}
			return "", nil
		},
		store: st.s.svc.Lifecycle.CompleteEngagement,
	})
}

// askTerminate gives notice: the last day follows from the notice period
// and is shown, computed by the domain, before anything is recorded.
func (st *engagementSteps) askTerminate() {
	st.withEngagement(func(e *domain.Engagement) {
		today := st.s.today()
		d := newStepDialog(st.s.parts.win, lang.L("Terminate engagement"),
			lang.L("Notice ends the engagement early. It keeps running, and booking its manager, until the last day of the notice period."),
			lang.L("Give notice"))
		given := d.date(lang.L("Notice given on"), today)
		reason := d.text(lang.L("Reason"))
		d.check = func() (string, error) {
			day, err := requiredDate(lang.L("Notice given on"), given.Text)
			if err != nil {
				return "", err
			}
			// The last day is worth seeing before the reason is typed:
			// try the notice with a stand-in reason first.
			probe := *e
			if err := probe.GiveNotice(day, "-", today); err != nil {
				return "", err
			}
			outcome := noticeOutcome(e, &probe, day, today)
			probe = *e
			if strings.TrimSpace(reason.Text) == "" {
				return outcome, errQuiet
			}
			return outcome, probe.GiveNotice(day, reason.Text, today)
		}
		d.run = func() {
			day, _ := requiredDate("", given.Text)
			why := reason.Text
			st.run(func(ctx context.Context, _ *domain.CapacityOverride) (*domain.Engagement, error) {
				return st.s.svc.Lifecycle.TerminateEngagement(ctx, e.ID, day, why)
			}, nil)
		}
		st.s.parts.rec.shown(d.show())
	})
}

// noticeOutcome says what notice given on a day does: the last day, and
// whether the engagement ends at once or never starts.
func noticeOutcome(before, after *domain.Engagement, given, today domain.Date) string {
	args := map[string]any{"Given": formatDate(given), "Days": before.NoticeDays, "Date": formatDate(after.TerminatedOn)}
	switch {
	case after.Status == domain.EngagementTerminated && after.TerminatedOn == before.Start && before.LastDayAfterNotice(given).Before(before.Start):
		return lang.L("The notice runs out before the start on {{.Date}}: the engagement is cancelled and never starts.", args)
	case after.Status == domain.EngagementTerminated:
		return lang.L("Notice given on {{.Given}} runs {{.Days}} days: the last day was {{.Date}}, so the engagement ends at once.", args)
	}
	return lang.L("Notice given on {{.Given}} runs {{.Days}} days: the last day is {{.Date}}.", args)
}

// askExtend moves the planned end; the store checks the manager's
// capacity over the longer period.
func (st *engagementSteps) askExtend() {
	st.withEngagement(func(e *domain.Engagement) {
		today := st.s.today()
		d := newStepDialog(st.s.parts.win, lang.L("Extend engagement"),
			lang.L("An extension moves the planned end. It is kept in the history with the day it was agreed."),
			lang.L("Extend"))
		to := d.date(lang.L("New end date"), domain.Date{})
		agreed := d.date(lang.L("Agreed on"), today)
		d.check = func() (string, error) {
			day, err := requiredDate(lang.L("New end date"), to.Text)
			if err != nil {
				return "", err
			}
			if _, err := requiredDate(lang.L("Agreed on"), agreed.Text); err != nil {
				return "", err
			}
			probe := *e
			if err := probe.Extend(day); err != nil {
				return "", err
			}
			return lang.L("The end moves from {{.From}} to {{.To}}.",
				map[string]any{"From": formatDate(e.End), "To": formatDate(day)}), nil
		}
		d.run = func() {
			day, _ := requiredDate("", to.Text)
			on, _ := requiredDate("", agreed.Text)
			st.run(func(ctx context.Context, o *domain.CapacityOverride) (*domain.Engagement, error) {
				return st.s.svc.Lifecycle.ExtendEngagement(ctx, e.ID, day, on, o)
			}, nil)
		}
		st.s.parts.rec.shown(d.show())
	})
}

// errQuiet is a check that fails without a sentence: a field not filled in
// yet, which the disabled button already points to.
var errQuiet = errors.New("not filled in yet")

// requiredDate reads a date a step cannot do without. An empty field is
// errQuiet: the disabled button says enough until something is typed.
func requiredDate(field, s string) (domain.Date, error) {
	day, err := parseDateField(field, s)
	if err == nil && day.IsZero() {
		return day, errQuiet
	}
	return day, err
}

// stepDialog is the dialog of one step: a few fields, a line saying what
// the step will do, a line saying what is wrong, Cancel and the step's
// button, which stays disabled until the check passes.
type stepDialog struct {
	win     fyne.Window
	dialog  *dialog.CustomDialog
	form    *widget.Form
	outcome *widget.Label
	message *widget.Label
	ok      *widget.Button
	cancel  *widget.Button
	fields  []*textField

	// check reads the fields and returns what the step will do, or why it
	// cannot; errQuiet disables the button without a sentence.
	check func() (string, error)
	// run performs the step once the button is tapped.
	run func()
}

func newStepDialog(win fyne.Window, title, intro, action string) *stepDialog {
	d := &stepDialog{win: win, form: widget.NewForm()}
	d.outcome = widget.NewLabel("")
	d.outcome.Wrapping = fyne.TextWrapWord
	d.outcome.TextStyle = fyne.TextStyle{Bold: true}
	d.message = widget.NewLabel("")
	d.message.Wrapping = fyne.TextWrapWord
	d.message.Importance = widget.DangerImportance
	d.cancel = widget.NewButton(cancelText(), func() { d.dialog.Hide() })
	d.ok = widget.NewButton(action, func() {
		if _, err := d.check(); err != nil {
			return
		}
		d.dialog.Hide()
		d.run()
	})
	d.ok.Importance = widget.HighImportance
	text := widget.NewLabel(intro)
	text.Wrapping = fyne.TextWrapWord
	d.dialog = dialog.NewCustomWithoutButtons(title, container.NewVBox(text, d.form, d.outcome, d.message), win)
	d.dialog.SetButtons([]fyne.CanvasObject{d.cancel, d.ok})
	d.dialog.Resize(fyne.NewSize(500, 0))
	return d
}

// date adds a date field filled with day (nothing when zero).
func (d *stepDialog) date(label string, day domain.Date) *textField {
	e := newTextField()
	e.SetText(formatDateInput(day))
	e.SetPlaceHolder(dateHint())
	return d.add(label, e)
}

// text adds a field for a sentence or two.
func (d *stepDialog) text(label string) *textField {
	e := newMultiLineField()
	e.Wrapping = fyne.TextWrapWord
	e.SetMinRowsVisible(3)
	return d.add(label, e)
}

func (d *stepDialog) add(label string, e *textField) *textField {
	e.OnChanged = func(string) { d.refresh() }
	d.form.Append(label, e)
	d.fields = append(d.fields, e)
	return e
}

// refresh runs the check and shows its outcome. Both lines keep their
// place when empty, so the dialog does not jump while typing.
func (d *stepDialog) refresh() {
	outcome, err := d.check()
	d.outcome.SetText(outcome)
	if err != nil && err != errQuiet {
		d.message.SetText(errorSentence(err))
	} else {
		d.message.SetText("")
	}
	setEnabled(d.ok, err == nil)
}

// show checks the fields as they were filled in and opens the dialog.
func (d *stepDialog) show() *stepDialog {
	d.refresh()
	d.dialog.Show()
	if len(d.fields) > 0 {
		d.win.Canvas().Focus(d.fields[0])
	}
	return d
}

// showLine shows a sentence in a label, or hides the label when there is
// none, so an empty line takes no room.
func showLine(l *widget.Label, s string) {
	l.SetText(s)
	if s == "" {
		l.Hide()
	} else {
		l.Show()
	}
}
