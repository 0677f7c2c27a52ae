package ui

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// A record tells its story: under a client's form its proposals and
// engagements, under a manager's form their engagements, each a line that
// opens it. The screen makes the part; the App gives it where the lines
// come from (story_sources.go), so the screens' constructors stay narrow.

// storyLine is one line of a record's story and how to open it.
type storyLine struct {
	text string
	open func()
}

type recordStory struct {
	parts widgetParts
	root  *fyne.Container
	box   *fyne.Container
	// lines are the buttons shown, for the tests.
	lines []*widget.Button
	// source reads the story of record id in the background; nil shows
	// nothing.
	source func(ctx context.Context, id int64) ([]storyLine, error)
	// id is the record asked for last: an answer for another one, which
	// arrives late, is dropped.
	id int64
}

func newRecordStory(parts widgetParts, title string) *recordStory {
	s := &recordStory{parts: parts, box: container.NewVBox()}
	s.root = container.NewVBox(section(title, "", s.box))
	s.root.Hide()
	return s
}

// load shows the story of record id; a new record (0) has none.
func (s *recordStory) load(id int64) {
	s.id = id
	if id == 0 || s.source == nil {
		s.root.Hide()
		return
	}
	s.parts.work.background(func(ctx context.Context) func() {
		lines, err := s.source(ctx, id)
		return func() {
			if s.id != id {
				return
			}
			if err != nil {
				s.parts.logf("the story of record %d: %v", id, err)
				s.root.Hide()
				return
			}
			s.show(lines)
		}
	})
}

func (s *recordStory) show(lines []storyLine) {
	s.lines = nil
	s.box.Objects = nil
	if len(lines) == 0 {
		s.box.Add(widget.NewLabel(lang.L("Nothing yet.")))
	}
	for _, l := range lines {
		b := line(l.text, l.open)
		s.lines = append(s.lines, b)
		s.box.Add(b)
	}
	s.root.Show()
	s.box.Refresh()
}

// engagementValue is what an engagement is worth to the client: the fee
// of an assignment, the day rate over the planned days of a mandate.
func engagementValue(e *domain.Engagement) domain.Money {
	if e.Kind == domain.KindConsulting {
		return e.Fee
	}
	last := e.LastDay()
	if last.IsZero() || e.Start.IsZero() {
		return 0
	}
	return e.DayRate * domain.Money(e.DaysPerWeek*(e.Start.DaysUntil(last.AddDays(1))/7))
}

// period is "1 June 2026 – 30 November 2026", or from the start on.
func period(start, end domain.Date) string {
	if end.IsZero() {
		return lang.X("story.period.open", "from {{.Start}}", map[string]any{"Start": formatDate(start)})
	}
	return lang.X("story.period", "{{.Start}} – {{.End}}", map[string]any{"Start": formatDate(start), "End": formatDate(end)})
}
