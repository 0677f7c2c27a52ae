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

// answerDialog records the client's answer to the issued version: accepted
// (with the offer it chose), declined, or expired, on a date.
type answerDialog struct {
	dialog         *dialog.CustomDialog
	choice         *widget.RadioGroup
	date           *widget.Entry
	message        *widget.Label
	record, cancel *widget.Button
}

// answer is one choice in the dialog and what the store is told.
type answer struct {
	label  string
	status domain.ProposalStatus
	option domain.OfferKind
}

func answers() []answer {
	return []answer{
		{lang.L("Accepted: the interim mandate"), domain.ProposalAccepted, domain.KindInterim},
		{lang.L("Accepted: the consulting offer"), domain.ProposalAccepted, domain.KindConsulting},
		{lang.L("Declined"), domain.ProposalDeclined, ""},
		{lang.L("Expired without an answer"), domain.ProposalExpired, ""},
	}
}

// askAnswer opens the dialog for the proposal in the form, once its
// changes are dealt with.
func (d *proposalDocs) askAnswer() {
	d.stored(func(p *domain.Proposal) {
		d.answerForm = d.newAnswerDialog(p)
		d.answerForm.dialog.Show()
	})
}

func (d *proposalDocs) newAnswerDialog(p *domain.Proposal) *answerDialog {
	a := &answerDialog{}
	choices := answers()
	var labels []string
	for _, c := range choices {
		labels = append(labels, c.label)
	}
	a.choice = widget.NewRadioGroup(labels, nil)
	a.date = widget.NewEntry()
	a.date.SetText(formatDateInput(d.app.today()))
	a.date.SetPlaceHolder(lang.L("YYYY-MM-DD or D-M-YYYY"))
	a.message = widget.NewLabel("")
	a.message.Wrapping = fyne.TextWrapWord
	a.message.Importance = widget.DangerImportance
	a.message.Hide()

	// read returns the chosen answer and date, or the sentence that says
	// what is missing.
	read := func() (answer, domain.Date, error) {
		day, err := parseDateField(lang.L("Date"), a.date.Text)
		if err != nil {
			return answer{}, day, err
		}
		if day.IsZero() {
			return answer{}, day, domain.Invalidf(lang.L("Date"), "is required: the day the client answered, or the proposal expired.")
		}
		for _, c := range choices {
			if c.label == a.choice.Selected {
				return c, day, nil
			}
		}
		return answer{}, day, domain.Invalidf(lang.L("Answer"), "choose what the client answered.")
	}
	check := func() {
		_, _, err := read()
		// "Choose an answer" is not worth a red line before anything was
		// chosen; the disabled button says it.
		if err != nil && a.choice.Selected != "" {
			a.message.SetText(errorSentence(err))
			a.message.Show()
		} else {
			a.message.Hide()
		}
		setEnabled(a.record, err == nil)
	}
	a.choice.OnChanged = func(string) { check() }
	a.date.OnChanged = func(string) { check() }

	id := p.ID
	a.cancel = widget.NewButton(cancelText(), func() { a.dialog.Hide() })
	a.record = widget.NewButton(lang.L("Record answer"), func() {
		c, day, err := read()
		if err != nil {
			return
		}
		a.dialog.Hide()
		d.sendAnswer(id, c, day, nil)
	})
	a.record.Importance = widget.HighImportance
	a.record.Disable()

	intro := widget.NewLabel(lang.L("What did the client answer to {{.Number}} version {{.Version}}? Once recorded, the proposal can no longer be changed or issued again, except after it expired.",
		map[string]any{"Number": p.Number, "Version": p.Version}))
	intro.Wrapping = fyne.TextWrapWord
	content := container.NewVBox(intro, a.choice, widget.NewForm(widget.NewFormItem(lang.L("Date"), a.date)), a.message)
	a.dialog = dialog.NewCustomWithoutButtons(lang.L("Client's answer"), content, d.app.win)
	a.dialog.SetButtons([]fyne.CanvasObject{a.cancel, a.record})
	a.dialog.Resize(fyne.NewSize(480, 0))
	return a
}

// sendAnswer records the answer in the background. An acceptance that
// would book the manager beyond capacity is refused with the engagements
// it collides with; the user may then book anyway with a reason, and the
// answer is sent again with it.
func (d *proposalDocs) sendAnswer(id int64, c answer, day domain.Date, o *domain.CapacityOverride) {
	d.app.background(func(ctx context.Context) func() {
		err := d.recordAnswer(ctx, id, c, day, o)
		return func() {
			if d.app.offerOverride(err, func(o *domain.CapacityOverride) { d.sendAnswer(id, c, day, o) }) {
				return
			}
			if err != nil {
				d.app.showError(err)
				return
			}
			d.s.refresh(id)
			d.app.engagements.reload()
		}
	})
}

// recordAnswer tells the store. Where the window has the engagement life
// cycle, an acceptance goes through it, so the engagement is created from
// the accepted version in the same step; otherwise only the proposal's
// status changes. It runs in the background.
func (d *proposalDocs) recordAnswer(ctx context.Context, id int64, c answer, day domain.Date, o *domain.CapacityOverride) error {
	if c.status == domain.ProposalAccepted && d.app.svc.Lifecycle != nil {
		_, err := d.app.svc.Lifecycle.AcceptProposal(ctx, id, c.option, domain.AcceptOptions{On: day, Override: o})
		return err
	}
	return d.app.svc.Proposals.SetProposalStatus(ctx, id, c.status, day, c.option)
}
