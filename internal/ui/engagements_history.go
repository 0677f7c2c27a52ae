package ui

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/i18n"
)

// showHistory lists what happened to the engagement, oldest first: the
// acceptance, each step with its date, every override of the capacity
// check with its reason, every printed contract.
func (st *engagementSteps) showHistory() {
	e := st.s.loaded
	if e == nil {
		return
	}
	s, id := st.s, e.ID
	openRecord(s.parts, func(ctx context.Context) ([]domain.EngagementEvent, error) {
		return s.svc.Lifecycle.EngagementHistory(ctx, id)
	}, func(events []domain.EngagementEvent) {
		rows := container.NewVBox()
		for _, ev := range events {
			at := ev.At.Local()
			what := widget.NewLabel(eventText(string(ev.What)))
			what.TextStyle = fyne.TextStyle{Bold: true}
			rows.Add(container.NewHBox(what, widget.NewLabel(formatDate(domain.DateOf(at))), widget.NewLabel(at.Format("15:04"))))
			if ev.Detail != "" {
				// Worded from the event's facts; a detail written by an
				// earlier version is its English sentence, translated when
				// a format knows it. Dates stay ISO.
				detail := widget.NewLabel(i18n.EventDetail(screenLang(), ev))
				detail.Wrapping = fyne.TextWrapWord
				rows.Add(detail)
			}
		}
		if len(events) == 0 {
			rows.Add(widget.NewLabel(lang.L("Nothing has happened to this engagement yet.")))
		}
		d := dialog.NewCustom(lang.L("History"), lang.L("Close"), container.NewVScroll(rows), s.parts.win)
		d.Resize(fyne.NewSize(640, 480))
		d.Show()
	})
}

// eventText names a step of the history in the screen language; a step
// this version does not know is shown as the store wrote it.
func eventText(what string) string {
	switch what {
	case "accepted":
		return lang.L("Proposal accepted")
	case "added":
		return lang.L("Entered by hand")
	case "activated":
		return lang.L("Activated")
	case "completed":
		return lang.L("Completed")
	case "notice":
		return lang.L("Notice given")
	case "terminated":
		return lang.L("Terminated")
	case "extended":
		return lang.L("Extended")
	case "capacity override":
		return lang.L("Capacity check overridden")
	case "contract printed":
		return lang.L("Contract printed")
	case "contract reissued":
		return lang.L("Contract reissued")
	case "contract terms":
		return lang.L("Contract terms saved")
	case "edited":
		return lang.L("Edited")
	case "status":
		return lang.L("Status changed")
	}
	return what
}
