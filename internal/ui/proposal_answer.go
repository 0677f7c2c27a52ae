package ui

import (
	"context"
	"encoding/json"
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// answerDialog records the client's answer to the issued version: accepted
// (with the offer it chose), declined, or expired, on a date.
//
// Accepting the interim mandate creates the engagement, which needs a
// manager and a start. A version issued while they were still open ("to be
// agreed") gets them here, from whoever records the answer: the dialog asks
// for what the version lacks, and the store records them on the engagement
// (domain.AcceptOptions), leaving the issued version as the client signed it.
type answerDialog struct {
	dialog         *dialog.CustomDialog
	choice         *widget.RadioGroup
	date           *textField
	message        *widget.Label
	record, cancel *widget.Button

	// doc is the issued version as the store keeps it, which the
	// acceptance reads; nil where the window has no engagement life cycle
	// and an acceptance only changes the proposal's status.
	doc *domain.ProposalDocument
	// accept holds the fields below; it shows while the interim mandate is
	// chosen and the version lacks one of them.
	accept *widget.Form
	// manager is asked for when the version proposes none, start when it
	// leaves the start to be agreed; nil otherwise.
	manager *picker[*domain.Manager]
	start   *textField
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
// changes are dealt with. With the engagement life cycle it first reads
// the issued version, to know what an acceptance still needs.
func (d *proposalDocs) askAnswer() {
	d.stored(func(p *domain.Proposal) {
		id, version := p.ID, p.Version
		d.s.parts.work.background(func(ctx context.Context) func() {
			doc, err := d.issuedDocument(ctx, id, version)
			return func() {
				if err != nil {
					d.s.parts.showError(err)
					return
				}
				a := d.newAnswerDialog(p, doc)
				d.s.parts.rec.shown(a)
				a.dialog.Show()
			}
		})
	})
}

// issuedDocument reads what version of proposal id froze: the document the
// client answers to, which the store also reads to make the engagement.
func (d *proposalDocs) issuedDocument(ctx context.Context, id int64, version int) (*domain.ProposalDocument, error) {
	v, err := d.s.svc.Proposals.ProposalVersion(ctx, id, version)
	if err != nil {
		return nil, err
	}
	var doc domain.ProposalDocument
	if err := json.Unmarshal(v.Data, &doc); err != nil {
		return nil, fmt.Errorf("read version %d of proposal %d: %w", version, id, err)
	}
	return &doc, nil
}

func (d *proposalDocs) newAnswerDialog(p *domain.Proposal, doc *domain.ProposalDocument) *answerDialog {
	a := &answerDialog{doc: doc}
	choices := answers()
	var labels []string
	for _, c := range choices {
		labels = append(labels, c.label)
	}
	a.choice = widget.NewRadioGroup(labels, nil)
	a.date = newTextField()
	a.date.SetText(formatDateInput(d.s.today()))
	a.date.SetPlaceHolder(dateHint())
	a.message = widget.NewLabel("")
	a.message.Wrapping = fyne.TextWrapWord
	a.message.Importance = widget.DangerImportance
	a.message.Hide()
	a.buildAccept(d.s)

	// read returns the chosen answer, its date and what an acceptance
	// adds, or the sentence that says what is missing.
	read := func() (answer, domain.Date, domain.AcceptOptions, error) {
		var c answer
		for _, it := range choices {
			if it.label == a.choice.Selected {
				c = it
			}
		}
		var opts domain.AcceptOptions
		day, err := parseDateField(lang.L("Date"), a.date.Text)
		if err != nil {
			return c, day, opts, err
		}
		if day.IsZero() {
			return c, day, opts, domain.Invalidf(lang.L("Date"), "is required: the day the client answered, or the proposal expired.")
		}
		if c.status == "" {
			return c, day, opts, domain.Invalidf(lang.L("Answer"), "choose what the client answered.")
		}
		opts, err = a.acceptOptions(c, day)
		return c, day, opts, err
	}
	check := func() {
		c, _, _, err := read()
		a.showAccept(c.option == domain.KindInterim)
		// "Choose an answer" is not worth a red line before anything was
		// chosen; the disabled button says it.
		if err != nil && a.choice.Selected != "" {
			a.message.SetText(errorSentence(err))
			a.message.Show()
		} else {
			a.message.Hide()
		}
		setEnabled(a.record, err == nil)
		a.fit()
	}
	a.choice.OnChanged = func(string) { check() }
	a.date.OnChanged = func(string) { check() }
	if a.manager != nil {
		a.manager.onPick = func(*domain.Manager, bool) { check() }
	}
	if a.start != nil {
		a.start.OnChanged = func(string) { check() }
	}

	id := p.ID
	a.cancel = widget.NewButton(cancelText(), func() { a.dialog.Hide() })
	a.record = widget.NewButton(lang.L("Record answer"), func() {
		c, day, opts, err := read()
		if err != nil {
			return
		}
		a.dialog.Hide()
		d.sendAnswer(id, c, day, opts)
	})
	a.record.Importance = widget.HighImportance
	a.record.Disable()

	intro := widget.NewLabel(lang.L("What did the client answer to {{.Number}} version {{.Version}}? Once recorded, the proposal can no longer be changed or issued again, except after it expired.",
		map[string]any{"Number": p.Number, "Version": p.Version}))
	intro.Wrapping = fyne.TextWrapWord
	content := container.NewVBox(intro, a.choice, widget.NewForm(widget.NewFormItem(lang.L("Date"), a.date)), a.accept, a.message)
	a.dialog = dialog.NewCustomWithoutButtons(lang.L("Client's answer"), content, d.s.parts.win)
	a.dialog.SetButtons([]fyne.CanvasObject{a.cancel, a.record})
	a.dialog.Resize(fyne.NewSize(480, 0))
	return a
}

// buildAccept makes the fields for what the issued version left open.
func (a *answerDialog) buildAccept(s *proposalsScreen) {
	a.accept = widget.NewForm()
	a.accept.Hide()
	if a.doc == nil {
		return
	}
	in := a.doc.Proposal.Interim
	if in.ManagerID == 0 {
		a.manager = newManagerPicker(s.parts, s.svc.Managers)
		// The labels are the fields' names in the domain's sentences, so
		// "Manager: … proposes no manager yet" names the field beside it.
		a.accept.AppendItem(&widget.FormItem{Text: lang.L("Manager"), Widget: a.manager.box,
			HintText: lang.L("The version proposed no manager; who takes the mandate?")})
	}
	if in.Start.IsZero() {
		a.start = newTextField()
		a.start.SetPlaceHolder(dateHint())
		a.accept.AppendItem(&widget.FormItem{Text: lang.L("Start date"), Widget: a.start,
			HintText: lang.L("The version left the start to be agreed; when does the mandate start?")})
	}
}

// acceptOptions is what accepting option c on day adds to the issued
// version, checked the way the store will check it: the engagement the
// acceptance would make is built by the domain from the same version.
func (a *answerDialog) acceptOptions(c answer, day domain.Date) (domain.AcceptOptions, error) {
	opts := domain.AcceptOptions{On: day}
	if c.status != domain.ProposalAccepted || a.doc == nil {
		return opts, nil
	}
	if c.option == domain.KindInterim {
		// The domain would say the same, naming the version ("version 3
		// of OFF-2026-0005 proposes no manager yet"), but the hints
		// beside the fields already say what the version lacked, and
		// internal/i18n cannot translate that reference yet: the screens
		// say only what to do.
		if a.manager != nil {
			if a.manager.id == 0 {
				return opts, screenError(lang.L("Choose the manager who takes the mandate."))
			}
			opts.ManagerID = a.manager.id
		}
		if a.start != nil {
			start, err := parseDateField("Start date", a.start.Text)
			if err != nil {
				return opts, err
			}
			if start.IsZero() {
				return opts, screenError(lang.L("Give the day the mandate starts."))
			}
			opts.Start = start
		}
	}
	_, err := domain.EngagementFromProposal(a.doc, c.option, opts)
	return opts, err
}

// showAccept shows the fields of the mandate while it is the answer.
func (a *answerDialog) showAccept(interim bool) {
	if interim && len(a.accept.Items) > 0 {
		a.accept.Show()
	} else {
		a.accept.Hide()
	}
}

// fit lets the dialog grow or shrink with the fields and the sentence
// that come and go; a dialog keeps the size it was shown with otherwise.
func (a *answerDialog) fit() {
	if a.dialog != nil {
		a.dialog.Resize(fyne.NewSize(480, 0))
	}
}

// sendAnswer records the answer in the background. An acceptance that
// would book the manager beyond capacity is refused with the engagements
// it collides with; the user may then book anyway with a reason, and the
// answer is sent again with it.
func (d *proposalDocs) sendAnswer(id int64, c answer, day domain.Date, opts domain.AcceptOptions) {
	d.s.parts.work.background(func(ctx context.Context) func() {
		err := d.recordAnswer(ctx, id, c, day, opts)
		return func() {
			if offerOverride(d.s.parts.win, err, func(o *domain.CapacityOverride) {
				opts.Override = o
				d.sendAnswer(id, c, day, opts)
			}) {
				return
			}
			if err != nil {
				d.s.parts.showError(err)
				return
			}
			d.s.refresh(id)
			// An acceptance makes an engagement.
			d.s.changes.publish(screenProposals, recordChanged{engagementRecord, 0})
		}
	})
}

// recordAnswer tells the store. Where the window has the engagement life
// cycle, an acceptance goes through it, so the engagement is created from
// the accepted version in the same step, with the manager and start the
// dialog asked for; otherwise only the proposal's status changes. It runs
// in the background.
func (d *proposalDocs) recordAnswer(ctx context.Context, id int64, c answer, day domain.Date, opts domain.AcceptOptions) error {
	if c.status == domain.ProposalAccepted {
		opts.On = day
		_, err := d.s.svc.Lifecycle.AcceptProposal(ctx, id, c.option, opts)
		return err
	}
	return d.s.svc.Proposals.SetProposalStatus(ctx, id, c.status, day, c.option)
}
