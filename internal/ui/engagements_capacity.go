package ui

import (
	"errors"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// offerOverride shows the capacity conflict err holds, if it is one, and
// lets the user book the manager anyway with a reason, which retry sends
// back to the store, where it is recorded in the engagement's history. It
// reports whether err was a conflict; anything else is for the caller.
func offerOverride(win fyne.Window, err error, retry func(o *domain.CapacityOverride)) bool {
	var c *domain.CapacityConflict
	if !errors.As(err, &c) {
		return false
	}
	askOverride(win, c, retry)
	return true
}

// askOverride is the refusal with its way out: the sentence naming the
// other engagements and their dates, a reason, and "Book anyway", which
// stays disabled until the reason is one the domain accepts.
func askOverride(win fyne.Window, c *domain.CapacityConflict, retry func(o *domain.CapacityOverride)) {
	lines := container.NewVBox()
	for _, s := range conflictLines(c) {
		l := widget.NewLabel(s)
		l.Wrapping = fyne.TextWrapWord
		lines.Add(l)
	}
	ask := widget.NewLabel(lang.L("Choose other dates or fewer days, or book the manager anyway and say why: the reason is kept in the engagement's history."))
	ask.Wrapping = fyne.TextWrapWord
	asHint(ask)
	reason := newMultiLineField()
	reason.Wrapping = fyne.TextWrapWord
	reason.SetMinRowsVisible(2)
	reason.SetPlaceHolder(lang.L("Why the manager is booked beyond capacity"))
	message := widget.NewLabel("")
	message.Wrapping = fyne.TextWrapWord
	message.Importance = widget.DangerImportance
	message.Hide()

	var d *dialog.CustomDialog
	read := func() (*domain.CapacityOverride, error) {
		o := &domain.CapacityOverride{Reason: strings.TrimSpace(reason.Text)}
		return o, o.Validate()
	}
	book := widget.NewButton(lang.L("Book anyway"), func() {
		o, err := read()
		if err != nil {
			return
		}
		d.Hide()
		retry(o)
	})
	book.Importance = widget.DangerImportance
	book.Disable()
	reason.OnChanged = func(string) {
		_, err := read()
		// An empty reason is not worth a red line; the disabled button
		// says it.
		if err != nil && strings.TrimSpace(reason.Text) != "" {
			showLine(message, errorSentence(err))
		} else {
			showLine(message, "")
		}
		setEnabled(book, err == nil)
	}
	cancel := widget.NewButton(cancelText(), func() { d.Hide() })
	content := container.NewVBox(lines, ask, widget.NewForm(widget.NewFormItem(lang.L("Reason"), reason)), message)
	d = dialog.NewCustomWithoutButtons(lang.L("The manager is fully booked"), content, win)
	d.SetButtons([]fyne.CanvasObject{cancel, book})
	d.Resize(fyne.NewSize(560, 0))
	d.Show()
	win.Canvas().Focus(reason)
}

// conflictLines says what the capacity check found, in the screen
// language, one line per engagement the manager is already booked for:
//
//	Sophie Peeters works at most 4 days a week, and from 19 May 2026 this
//	engagement (3 days a week) would come on top of:
//	Engagement 3, CFO ad interim for Vandewalle: 24 February 2026 to 23 August 2026, 4 days a week
//	That makes 7 days a week in all.
func conflictLines(c *domain.CapacityConflict) []string {
	args := map[string]any{
		"Manager": c.Manager, "Max": daysAWeek(c.MaxDays), "Days": daysAWeek(c.Days),
		"Day": formatDate(c.Day), "Total": daysAWeek(c.Total),
	}
	if len(c.Others) == 0 {
		return []string{lang.L("{{.Manager}} works at most {{.Max}}; this engagement asks for {{.Days}}.", args)}
	}
	lines := []string{lang.L("{{.Manager}} works at most {{.Max}}, and from {{.Day}} this engagement ({{.Days}}) would come on top of:", args)}
	for _, o := range c.Others {
		lines = append(lines, commitmentText(o))
	}
	return append(lines, lang.L("That makes {{.Total}} in all.", args))
}

// commitmentText names another engagement with its dates and days.
func commitmentText(o domain.Commitment) string {
	label := o.Client
	if o.Role != "" {
		label = lang.L("{{.Role}} for {{.Client}}", map[string]any{"Role": o.Role, "Client": o.Client})
	}
	args := map[string]any{"ID": o.EngagementID, "Label": label, "Start": formatDate(o.Start),
		"End": formatDate(o.End), "Days": daysAWeek(o.DaysPerWeek)}
	if o.End.IsZero() {
		return lang.L("Engagement {{.ID}}, {{.Label}}: from {{.Start}}, without an end date, {{.Days}}", args)
	}
	return lang.L("Engagement {{.ID}}, {{.Label}}: {{.Start}} to {{.End}}, {{.Days}}", args)
}

// daysAWeek is "1 day a week" or "4 days a week".
func daysAWeek(n int) string {
	return countText("count.daysAWeek", "{{.Count}} days a week", n)
}
