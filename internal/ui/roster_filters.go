package ui

import (
	"context"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// rosterFilters are the roster's filter widgets: sector, language, free
// days, available on, maximum day rate and inactive managers. The roster
// and the planning board each have a set, read into the same
// domain.ManagerFilter, so both select managers the same way.
type rosterFilters struct {
	today func() domain.Date

	sector      *widget.Select
	language    *widget.Select
	availableOn *textField
	freeDays    *widget.Select
	maxRate     *textField
	inactive    *widget.Check
	filterError *widget.Label
}

// newRosterFilters builds the widgets; changed runs after any of them
// changed.
func newRosterFilters(today func() domain.Date, changed func()) *rosterFilters {
	s := &rosterFilters{today: today}
	refilter := func() { changed() }
	anyText := lang.L("Any")
	// The choice that resets a filter names the filter, as its placeholder
	// does: a bare "Any" beside "Any sector" read as another filter.
	s.sector = widget.NewSelect([]string{lang.L("Any sector")}, func(string) { refilter() })
	s.sector.PlaceHolder = lang.L("Any sector")
	langs := []string{lang.L("Any language")}
	for _, code := range rosterLanguages {
		langs = append(langs, languageName(code))
	}
	s.language = widget.NewSelect(langs, func(string) { refilter() })
	s.language.PlaceHolder = lang.L("Any language")
	s.availableOn = newTextField()
	s.availableOn.SetPlaceHolder(lang.L("Available on (date)"))
	s.availableOn.OnChanged = func(string) { refilter() }
	s.freeDays = widget.NewSelect([]string{anyText, "1", "2", "3", "4", "5"}, func(string) { refilter() })
	s.freeDays.PlaceHolder = lang.L("Days/week free")
	s.maxRate = newTextField()
	s.maxRate.SetPlaceHolder(lang.L("Max day rate"))
	s.maxRate.OnChanged = func(string) { refilter() }
	s.inactive = widget.NewCheck(lang.L("Show inactive"), func(bool) { refilter() })
	s.filterError = widget.NewLabel("")
	s.filterError.Importance = widget.DangerImportance
	s.filterError.Wrapping = fyne.TextWrapWord
	s.filterError.Hide()
	return s
}

func (s *rosterFilters) filtersBox() fyne.CanvasObject {
	return container.NewVBox(
		container.NewGridWithColumns(3, s.sector, s.language, s.freeDays),
		container.NewGridWithColumns(3, s.availableOn, s.maxRate, s.inactive),
		s.filterError,
	)
}

// filter reads the filter widgets. A filter that cannot be read is said
// under the filters and left out, rather than emptying the list.
func (s *rosterFilters) filter(search, sort string, offset, limit int) domain.ManagerFilter {
	f := domain.ManagerFilter{Query: search, Sort: sort, IncludeInactive: s.inactive.Checked,
		Page: domain.Page{Offset: offset, Limit: limit}}
	anyText := lang.L("Any")
	if s.sector.SelectedIndex() > 0 {
		f.Sector = s.sector.Selected
	}
	if i := s.language.SelectedIndex(); i > 0 {
		f.Language = rosterLanguages[i-1]
	}
	if v := s.freeDays.Selected; v != "" && v != anyText {
		f.MinFreeDays, _ = strconv.Atoi(v)
	}
	var problems []string
	if d, err := parseDateField(lang.L("Available on"), s.availableOn.Text); err != nil {
		problems = append(problems, errorSentence(err))
	} else {
		f.AvailableOn = d
	}
	if m, err := parseMoneyField(lang.L("Max day rate"), s.maxRate.Text); err != nil {
		problems = append(problems, errorSentence(err))
	} else {
		f.MaxDayRate = m
	}
	if f.MinFreeDays > 0 && f.AvailableOn.IsZero() {
		f.AvailableOn = s.today()
	}
	if len(problems) > 0 {
		s.filterError.SetText(problems[0])
		s.filterError.Show()
	} else {
		s.filterError.Hide()
	}
	return f
}

// loadSectors fills the sector filter with the sectors on the roster.
func (s *rosterFilters) loadSectors(parts widgetParts, sectors func(context.Context) ([]string, error)) {
	parts.work.background(func(ctx context.Context) func() {
		list, err := sectors(ctx)
		return func() {
			if err != nil {
				parts.showError(err)
				return
			}
			s.sector.SetOptions(append([]string{lang.L("Any sector")}, list...))
		}
	})
}
