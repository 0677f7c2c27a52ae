package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2/lang"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// The screens write every date one way per screen language and region, in
// the list, in the form's fields and in the sentences around them: CLDR's
// short date with the year written whole, so that what a field shows can
// be typed back and a date in a sentence reads like the one in the list.
//
//	nl-BE  d/MM/y    9/05/2026
//	nl-NL  dd-MM-y   09-05-2026
//	fr-BE  d/MM/y    9/05/2026   (CLDR's fr-BE short date has a two-digit year)
//	en     dd/MM/y   09/05/2026  (en-BE and en-GB; the firms are European)
//
// Documents keep their long dates ("9 mei 2026"): a contract is not a list.

// dateRegion is the region whose habits the screen language follows:
// "NL" or "BE". The system says it (LANG=nl_NL.UTF-8); a system in another
// language, or without a region, gives Belgium, where both languages are
// written. Tests pin it.
var dateRegion = func(l domain.Lang) string { return regionOf(l, systemLocales()) }

// regionOf is the region of the first locale in tags written in l, or BE.
func regionOf(l domain.Lang, tags []string) string {
	for _, t := range tags {
		t = strings.ReplaceAll(strings.SplitN(t, ".", 2)[0], "_", "-")
		base, region, _ := strings.Cut(t, "-")
		if strings.EqualFold(base, string(l)) && len(region) == 2 {
			return strings.ToUpper(region)
		}
	}
	return "BE"
}

// screenDate writes d in the screen's one date format; nothing for no date.
func screenDate(d domain.Date) string {
	if d.IsZero() {
		return ""
	}
	return writeDate(d, screenLang(), dateRegion(screenLang()))
}

// writeDate writes d as CLDR's short date of l in region, the year whole.
func writeDate(d domain.Date, l domain.Lang, region string) string {
	y, m, day := d.Year(), int(d.Month()), d.Day()
	switch {
	case l == domain.LangNL && region == "NL":
		return fmt.Sprintf("%02d-%02d-%04d", day, m, y)
	case l == domain.LangNL || l == domain.LangFR:
		return fmt.Sprintf("%d/%02d/%04d", day, m, y)
	}
	return fmt.Sprintf("%02d/%02d/%04d", day, m, y)
}

// dateHint is the placeholder of a date field: the screen's format, shown
// on an example, and ISO, which every field also reads.
func dateHint() string {
	ex := domain.NewDate(2026, 5, 9)
	return lang.X("date.hint", "{{.Local}} or {{.ISO}}", map[string]any{"Local": screenDate(ex), "ISO": ex.String()})
}
