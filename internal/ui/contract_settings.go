package ui

import (
	"context"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// contractSettings is Contract clauses → Mandates…: how a mandate is
// contracted. Two agreements, back to back, is the default: each side
// reads only its own day figure. The three-party contract is one document
// the manager signs too, and the setting says that it shows the client's
// day rate to the manager. The manager's payment term goes into the
// manager agreement.
type contractSettings struct {
	parts   widgetParts
	library domain.ClauseLibrary
	dialog  *dialog.CustomDialog

	threeParty *widget.Check
	days       *textField
	after      *widget.RadioGroup
	message    *widget.Label
	save       *widget.Button
}

// showContractSettings opens the settings and loads them.
func showContractSettings(parts widgetParts, library domain.ClauseLibrary) *contractSettings {
	c := &contractSettings{parts: parts, library: library}
	c.build()
	c.dialog.Show()
	c.load()
	return c
}

func (c *contractSettings) build() {
	c.threeParty = widget.NewCheck(lang.L("One three-party contract instead of two agreements"), nil)
	warning := widget.NewLabel(lang.L("The three-party contract is signed by the firm, the client and the manager's company: it shows the client's day rate to the manager. With two agreements, the client agreement carries the client's day rate and the manager agreement the manager's day fee, and neither side sees the other's figure."))
	warning.Wrapping = fyne.TextWrapWord
	c.days = newTextField()
	c.after = widget.NewRadioGroup([]string{afterName(domain.PayAfterInvoice), afterName(domain.PayAfterClient)}, nil)
	c.after.Required = true
	c.message = widget.NewLabel("")
	c.message.Wrapping = fyne.TextWrapWord
	c.message.Importance = widget.DangerImportance
	c.message.Hide()
	c.save = widget.NewButton(lang.X("action.save", "Save"), c.onSave)
	c.save.Importance = widget.HighImportance
	content := container.NewVBox(c.threeParty, warning, widget.NewSeparator(),
		labelled(lang.L("Manager payment term (days)"), c.days), c.after, c.message)
	c.dialog = dialog.NewCustomWithoutButtons(lang.L("Mandates: contracts"), content, c.parts.win)
	c.dialog.SetButtons([]fyne.CanvasObject{widget.NewButton(lang.L("Close"), func() { c.dialog.Hide() }), c.save})
	c.dialog.Resize(fyne.NewSize(620, 380))
}

// afterName says what the manager's payment term counts from.
func afterName(b domain.PaymentBasis) string {
	if b == domain.PayAfterClient {
		return lang.L("after the client paid the firm for the same days")
	}
	return lang.L("after the manager's invoice")
}

func (c *contractSettings) load() {
	c.save.Disable()
	c.parts.work.background(func(ctx context.Context) func() {
		s, err := c.library.ContractSettings(ctx)
		return func() {
			if err != nil {
				c.parts.showError(err)
				return
			}
			c.show(s)
		}
	})
}

func (c *contractSettings) show(s *domain.ContractSettings) {
	c.threeParty.SetChecked(s.ThreeParty)
	c.days.SetText(strconv.Itoa(s.ManagerPaymentDays))
	c.after.SetSelected(afterName(s.ManagerPaymentAfter))
	c.save.Enable()
}

// read is the settings in the fields; a days field that is no number is
// refused with the field's name, as the store refuses one out of range.
func (c *contractSettings) read() (*domain.ContractSettings, error) {
	s := &domain.ContractSettings{ThreeParty: c.threeParty.Checked, ManagerPaymentAfter: domain.PayAfterInvoice}
	if c.after.Selected == afterName(domain.PayAfterClient) {
		s.ManagerPaymentAfter = domain.PayAfterClient
	}
	n, err := strconv.Atoi(strings.TrimSpace(c.days.Text))
	if err != nil {
		return nil, domain.Invalidf("Manager payment term", "must be a whole number of days.")
	}
	s.ManagerPaymentDays = n
	return s, s.Validate()
}

func (c *contractSettings) onSave() {
	s, err := c.read()
	if err != nil {
		c.message.SetText(errorSentence(err))
		c.message.Show()
		return
	}
	c.message.Hide()
	c.save.Disable()
	c.parts.work.background(func(ctx context.Context) func() {
		err := c.library.SaveContractSettings(ctx, s)
		return func() {
			c.save.Enable()
			if err != nil {
				c.parts.showError(err)
				return
			}
			c.dialog.Hide()
		}
	})
}
