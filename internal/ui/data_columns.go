package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/interimdesk/interimdesk/internal/csvio"
	"github.com/interimdesk/interimdesk/internal/i18n"
)

// columnsText says in the import preview what each column of the file
// becomes, one line each, in the screen language: "First Name, Last Name
// → Name (joined)". A contact export (LinkedIn, Google, Outlook) has its
// name in parts, several phone columns and dozens the app has no field
// for; this is where a person sees that Outlook's Title was not taken for
// a headline.
func columnsText(uses []csvio.ColumnUse) []string {
	sl := screenLang()
	out := make([]string, 0, len(uses))
	for _, u := range uses {
		args := map[string]any{"Headers": strings.Join(u.Headers, ", "), "Field": i18n.Label(sl, u.Field)}
		var line string
		switch u.How {
		case csvio.ColumnJoined:
			line = lang.X("import.column.joined", "{{.Headers}} → {{.Field}} (joined)", args)
		case csvio.ColumnFirstFilled:
			line = lang.X("import.column.first", "{{.Headers}} → {{.Field}} (the first filled on each line)", args)
		case csvio.ColumnSalutation:
			line = lang.X("import.column.salutation", "{{.Headers}}: ignored, a salutation (Dhr., Mevr., Mr.), never a headline", args)
		case csvio.ColumnIgnored:
			line = lang.X("import.column.ignored", "{{.Headers}}: ignored", args)
		default:
			line = lang.X("import.column.read", "{{.Headers}} → {{.Field}}", args)
		}
		out = append(out, line)
	}
	return out
}

// columnLabels are the lines of columnsText, a label each.
func columnLabels(uses []csvio.ColumnUse) []*widget.Label {
	var out []*widget.Label
	for _, line := range columnsText(uses) {
		l := widget.NewLabel(line)
		l.Wrapping = fyne.TextWrapWord
		out = append(out, l)
	}
	return out
}
