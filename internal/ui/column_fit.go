package ui

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// A short column (a status, a date, an amount) is as wide as the longest
// of its header and its values in the screen language, measured with the
// theme's text size: "Tarif journalier" and "Jusqu'au 21/03/2027" are
// longer than "Day rate" and "Until 21/03/2027", and fixed pixel widths
// chosen in English cut them off or let the French headers run into each
// other. The name column takes what is left.

// fitWidth is the width column c needs: its header whole, with the sort
// arrow's room when it sorts, and each of its sample values whole.
func fitWidth[T any](c column[T]) float32 {
	w := c.width
	if c.sort != "" {
		b := widget.NewButtonWithIcon(c.title, theme.MenuDropUpIcon(), nil)
		b.IconPlacement = widget.ButtonIconTrailingText
		w = max(w, b.MinSize().Width)
	} else {
		l := widget.NewLabel(c.title)
		l.TextStyle = fyne.TextStyle{Bold: true}
		w = max(w, l.MinSize().Width)
	}
	for _, v := range c.fit {
		w = max(w, widget.NewLabel(v).MinSize().Width)
	}
	// A label exactly as wide as its minimum is already cut with "…" by
	// Fyne's truncation; a little room keeps the last letter.
	return w + truncationSlack
}

// truncationSlack is the room a truncated label needs beyond its
// minimum width to draw its text whole.
const truncationSlack = 2

// sampleDate is a date with the widest digits a list shows.
var sampleDate = domain.NewDate(2026, time.December, 28)

// dateSamples are the values of a date column.
func dateSamples() []string { return []string{formatShortDate(sampleDate)} }

// kindSamples are the values of an engagement's Kind column.
func kindSamples() []string {
	return []string{kindText(domain.KindInterim), kindText(domain.KindConsulting)}
}

// engagementStatusSamples are the values of an engagement's Status column.
func engagementStatusSamples() []string {
	var out []string
	for _, st := range domain.EngagementStatuses {
		out = append(out, engagementStatusText(st))
	}
	return out
}

// proposalStatusSamples are the values of a proposal's Status column.
func proposalStatusSamples() []string {
	var out []string
	for _, st := range domain.ProposalStatuses {
		out = append(out, proposalStatusText(st))
	}
	return out
}

// proposalNumberSamples are the values of a proposal's Number column.
func proposalNumberSamples() []string {
	return []string{proposalNumber(&domain.Proposal{}),
		proposalNumber(&domain.Proposal{Number: "OFF-2026-0000", Version: 10})}
}

// managerStatusSamples are the values of the roster's Status column.
func managerStatusSamples() []string {
	return []string{
		managerStatusShort(domain.ManagerStatus{Availability: domain.OnMandate, Until: sampleDate}),
		managerStatusShort(domain.ManagerStatus{Availability: domain.AvailableFrom, Until: sampleDate}),
		managerStatusShort(domain.ManagerStatus{Availability: domain.OnMandate}),
		managerStatusShort(domain.ManagerStatus{Availability: domain.Inactive}),
		managerStatusShort(domain.ManagerStatus{Availability: domain.Available}),
	}
}

// dayRateSamples are the values of the roster's Day rate column: up to
// €9,999.00 a day.
func dayRateSamples() []string { return []string{formatMoney(domain.Euros(9999))} }

// rosterLanguageSamples are the values of the roster's Languages column.
func rosterLanguageSamples() []string { return []string{joinList(rosterLanguages)} }

// vatSamples are the values of a client's VAT number column: a Dutch
// number is the longest.
func vatSamples() []string { return []string{"NL123456789B01", "BE0417497106"} }

// languageCodeSamples are the values of a client's Language column.
func languageCodeSamples() []string { return []string{"nl", "fr", "en"} }
