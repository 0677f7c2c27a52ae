package ui

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// newEngagementDialog enters an engagement by hand (Ctrl+N), for work the
// client agreed without one of our proposals: a framework agreement, a
// renewal. It goes through the life cycle's AddEngagement, so the manager's
// capacity is checked as for an accepted proposal.
type newEngagementDialog struct {
	s      *engagementsScreen
	dialog *dialog.CustomDialog

	client                 *picker[*domain.Client]
	manager                *picker[*domain.Manager]
	kind                   *widget.RadioGroup
	role, start, end, days *textField
	dayRate, fee, notice   *textField
	managerFee             *newEngagementFee // the manager's day fee and the margin (engagements_new_fee.go)
	message                *widget.Label
	add, cancel            *widget.Button
	touched                bool // a sentence only once the user changed something
	kindOptions            []domain.OfferKind
}

func newNewEngagementDialog(s *engagementsScreen) *newEngagementDialog {
	d := &newEngagementDialog{s: s, kindOptions: []domain.OfferKind{domain.KindInterim, domain.KindConsulting}}
	ready := false // the widgets fire while they are made
	changed := func() {
		if ready {
			d.touched = true
			d.check()
		}
	}
	d.client = newClientPicker(s.parts, s.svc.Clients)
	d.client.onPick = func(*domain.Client, bool) { changed() }
	d.manager = newManagerPicker(s.parts, s.svc.Managers)
	d.managerFee = newNewEngagementFee(changed)
	d.manager.onPick = func(m *domain.Manager, ok bool) { d.managerFee.pickManager(m, ok); changed() }
	var kinds []string
	for _, k := range d.kindOptions {
		kinds = append(kinds, kindText(k))
	}
	// A mandate has a manager and a day rate, a consulting assignment a
	// fee; the other kind's fields are off and not read.
	d.kind = widget.NewRadioGroup(kinds, func(string) {
		interim := d.readKind() == domain.KindInterim
		setEnabled(d.manager.button, interim)
		setEntryEnabled(d.dayRate, interim)
		setEntryEnabled(d.fee, !interim)
		d.managerFee.setKind(interim)
		changed()
	})
	d.kind.Horizontal = true
	entry := func(placeholder string) *textField {
		e := newTextField()
		e.SetPlaceHolder(placeholder)
		e.OnChanged = func(string) { changed() }
		return e
	}
	dateHint := dateHint()
	d.role, d.start, d.end = entry(""), entry(dateHint), entry(dateHint)
	d.days, d.dayRate, d.fee, d.notice = entry(""), entry(""), entry(""), entry("")
	d.notice.SetText(formatIntInput(domain.DefaultNoticeDays, false))
	d.add = widget.NewButton(lang.L("Add engagement"), func() { d.send(nil) })
	d.add.Importance = widget.HighImportance
	d.message = widget.NewLabel("")
	d.message.Wrapping = fyne.TextWrapWord
	d.message.Importance = widget.DangerImportance

	d.kind.SetSelected(kindText(domain.KindInterim))
	d.cancel = widget.NewButton(cancelText(), func() { d.dialog.Hide() })

	intro := widget.NewLabel(lang.L("Most engagements start from a proposal: record the client's answer on the proposal. Enter one here when the client agreed without a proposal of ours."))
	intro.Wrapping = fyne.TextWrapWord
	form := widget.NewForm(
		widget.NewFormItem(lang.L("Client"), d.client.box),
		widget.NewFormItem(lang.L("Kind"), d.kind),
		widget.NewFormItem(lang.L("Manager"), d.manager.box),
		widget.NewFormItem(lang.L("Role"), d.role),
		// The labels are the fields' names in the domain's sentences, so
		// "Start date: is required." names the field beside it.
		widget.NewFormItem(lang.L("Start date"), d.start),
		widget.NewFormItem(lang.L("End date"), d.end),
		widget.NewFormItem(lang.L("Days per week"), d.days),
		widget.NewFormItem(lang.L("Day rate"), d.dayRate),
		widget.NewFormItem(lang.L("Manager's day fee"), d.managerFee.fee),
		widget.NewFormItem(lang.L("Margin"), d.managerFee.margin),
		widget.NewFormItem(lang.L("Fee"), d.fee),
		&widget.FormItem{Text: lang.L("Notice period"), Widget: d.notice, HintText: lang.L("Days of notice either party gives to end early")},
	)
	d.dialog = dialog.NewCustomWithoutButtons(lang.L("New engagement"), container.NewVBox(intro, form, d.message), s.parts.win)
	d.dialog.SetButtons([]fyne.CanvasObject{d.cancel, d.add})
	d.dialog.Resize(fyne.NewSize(560, 0))
	ready = true
	d.check()
	return d
}

func (d *newEngagementDialog) readKind() domain.OfferKind {
	for _, k := range d.kindOptions {
		if kindText(k) == d.kind.Selected {
			return k
		}
	}
	return ""
}

// read builds the engagement from the fields; a field that cannot be read
// is an EINVALID error naming it, like the domain's.
func (d *newEngagementDialog) read() (*domain.Engagement, error) {
	e := &domain.Engagement{
		ClientID: d.client.id, Kind: d.readKind(), Role: d.role.Text, Status: domain.EngagementPlanned,
	}
	if e.Kind == domain.KindInterim {
		e.ManagerID = d.manager.id
	}
	rate, fee := d.dayRate.Text, d.fee.Text
	if d.dayRate.Disabled() {
		rate = ""
	}
	if d.fee.Disabled() {
		fee = ""
	}
	var err error
	if e.Start, err = parseDateField("Start date", d.start.Text); err != nil {
		return nil, err
	}
	if e.End, err = parseDateField("End date", d.end.Text); err != nil {
		return nil, err
	}
	if e.DaysPerWeek, err = parseIntField("Days per week", d.days.Text); err != nil {
		return nil, err
	}
	if e.DayRate, err = parseMoneyField("Day rate", rate); err != nil {
		return nil, err
	}
	if e.ManagerDayFee, err = d.managerFee.read(); err != nil {
		return nil, err
	}
	if e.Fee, err = parseMoneyField("Fee", fee); err != nil {
		return nil, err
	}
	if e.NoticeDays, err = parseIntField("Notice period", d.notice.Text); err != nil {
		return nil, err
	}
	return e, e.ValidateEntered()
}

// check says what is missing or wrong, once the user has begun, and
// enables Add only for an engagement the domain accepts.
func (d *newEngagementDialog) check() {
	// The line keeps its place when empty, so the dialog does not jump
	// under the pointer as the sentence comes and goes.
	e, err := d.read()
	d.managerFee.showMargin(e)
	if err != nil && d.touched {
		d.message.SetText(errorSentence(err))
	} else {
		d.message.SetText("")
	}
	setEnabled(d.add, err == nil)
}

// send asks the store to add the engagement; a capacity conflict offers
// the override and sends it again with the reason. The dialog stays open
// until the engagement exists, so a refusal loses nothing typed.
func (d *newEngagementDialog) send(o *domain.CapacityOverride) {
	e, err := d.read()
	if err != nil {
		return
	}
	s := d.s
	d.add.Disable()
	s.parts.work.background(func(ctx context.Context) func() {
		err := s.svc.Lifecycle.AddEngagement(ctx, e, o)
		return func() {
			d.add.Enable()
			if offerOverride(s.parts.win, err, d.send) {
				return
			}
			if err != nil {
				if domain.ErrorCode(err) == domain.EINTERNAL {
					s.parts.showError(err)
					return
				}
				d.message.SetText(errorSentence(err))
				return
			}
			d.dialog.Hide()
			d.s.changed(e.ID)
		}
	})
}

func setEntryEnabled(e *textField, on bool) {
	if on {
		e.Enable()
	} else {
		e.Disable()
	}
}
