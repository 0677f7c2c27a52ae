package ui

import (
	"strconv"
	"time"

	"fyne.io/fyne/v2/lang"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// The planning board's time axis: which days it shows (the zoom and how far
// it was moved) and where a day falls across the width. The header and
// every row lay out from the same scale, so a bar lines up with its month.

// boardZoom is one width of the board's window: some weeks or months.
type boardZoom struct {
	weeks, months int
}

// boardZooms are the choices of the zoom, from weeks to a year; the second
// is where the board opens.
var boardZooms = []boardZoom{{weeks: 6}, {months: 3}, {months: 6}, {months: 12}}

const boardDefaultZoom = 1

func (z boardZoom) label() string {
	switch {
	case z.weeks > 0:
		return lang.X("board.zoom.weeks", "{{.Count}} weeks", map[string]any{"Count": z.weeks})
	case z.months == 12:
		return lang.L("1 year")
	}
	return lang.X("board.zoom.months", "{{.Count}} months", map[string]any{"Count": z.months})
}

// window is the first and the last day shown on day today, moved by shift
// steps (a week, or a month) later or, negative, earlier. A zoom in weeks
// starts on the Monday of the week before today's, so the recent past
// shows; one in months on the first of the month.
func (z boardZoom) window(today domain.Date, shift int) (from, to domain.Date) {
	if z.weeks > 0 {
		monday := today.AddDays(-((int(today.Weekday()) + 6) % 7))
		from = monday.AddDays(7 * (shift - 1))
		return from, from.AddDays(7*z.weeks - 1)
	}
	from = domain.NewDate(today.Year(), today.Month(), 1).AddMonths(shift)
	return from, from.AddMonths(z.months).AddDays(-1)
}

// boardScale maps days to x: the window from..to spread over width,
// starting at left.
type boardScale struct {
	from, to    domain.Date
	left, width float32
	today       domain.Date
}

// days is how many days the window shows.
func (s *boardScale) days() int { return s.from.DaysUntil(s.to) + 1 }

// x is where day d starts, clamped to the window.
func (s *boardScale) x(d domain.Date) float32 {
	n := min(max(s.from.DaysUntil(d), 0), s.days())
	return s.left + s.width*float32(n)/float32(s.days())
}

// span is where a bar from..to (to zero: open-ended) is drawn: from the
// start of its first day in the window to the end of its last; ok is false
// when it has no day in the window.
func (s *boardScale) span(from, to domain.Date) (x, w float32, ok bool) {
	if from.After(s.to) || (!to.IsZero() && to.Before(s.from)) {
		return 0, 0, false
	}
	end := s.to
	if !to.IsZero() && to.Before(end) {
		end = to
	}
	x = s.x(from)
	return x, s.x(end.AddDays(1)) - x, true
}

// todayX is the middle of today, where the marker is; ok is false when
// today is outside the window.
func (s *boardScale) todayX() (float32, bool) {
	if s.today.Before(s.from) || s.today.After(s.to) {
		return 0, false
	}
	return s.x(s.today) + s.width/float32(s.days())/2, true
}

// boardTick is a line of the grid with its label: the first of each month,
// or each Monday when the zoom is in weeks.
type boardTick struct {
	day   domain.Date
	label string
}

// ticks are the grid lines of the window for zoom z.
func (s *boardScale) ticks(z boardZoom) []boardTick {
	var out []boardTick
	if z.weeks > 0 {
		for d := s.from; !d.After(s.to); d = d.AddDays(7) {
			out = append(out, boardTick{day: d, label: formatDate(d)})
		}
		return out
	}
	for d := domain.NewDate(s.from.Year(), s.from.Month(), 1); !d.After(s.to); d = d.AddMonths(1) {
		if d.Before(s.from) {
			continue
		}
		label := monthShort(d.Month())
		if d.Month() == time.January || len(out) == 0 {
			label = lang.X("board.month.year", "{{.Month}} {{.Year}}", map[string]any{"Month": label, "Year": formatYear(d.Year())})
		}
		out = append(out, boardTick{day: d, label: label})
	}
	return out
}

// formatYear writes a year as a number, not as a count: "2026", never
// "2.026".
func formatYear(y int) string { return strconv.Itoa(y) }

// monthShort is a month's short name in the screen language.
func monthShort(m time.Month) string {
	switch m {
	case time.January:
		return lang.X("month.short.1", "Jan")
	case time.February:
		return lang.X("month.short.2", "Feb")
	case time.March:
		return lang.X("month.short.3", "Mar")
	case time.April:
		return lang.X("month.short.4", "Apr")
	case time.May:
		return lang.X("month.short.5", "May")
	case time.June:
		return lang.X("month.short.6", "Jun")
	case time.July:
		return lang.X("month.short.7", "Jul")
	case time.August:
		return lang.X("month.short.8", "Aug")
	case time.September:
		return lang.X("month.short.9", "Sep")
	case time.October:
		return lang.X("month.short.10", "Oct")
	case time.November:
		return lang.X("month.short.11", "Nov")
	}
	return lang.X("month.short.12", "Dec")
}
