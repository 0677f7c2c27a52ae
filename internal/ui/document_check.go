package ui

import (
	"context"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// checkDocument runs the domain's check of a document (domain.CheckProposal
// or domain.CheckContract, through check, in the background) before a
// document goes out, and shows what it found: what blocks stops there with
// the list, since the store would refuse it anyway and the person must know
// which fields to mend; warnings are listed and asked about; with nothing
// found, then runs at once. title names the action ("Issue proposal").
func checkDocument(p widgetParts, title string, check func(ctx context.Context) (domain.Problems, error), then func()) {
	p.work.background(func(ctx context.Context) func() {
		ps, err := check(ctx)
		return func() {
			if err != nil {
				p.showError(err)
				return
			}
			showProblems(p.win, title, ps, then)
		}
	})
}

// showProblems shows ps before the action title: blocking ones in a
// message with only OK, warnings in a question whose "Go on" runs then.
func showProblems(w fyne.Window, title string, ps domain.Problems, then func()) {
	switch {
	case len(ps) == 0:
		then()
	case ps.Blocking():
		showMessage(w, title, lang.L("This cannot go out yet. Mend what blocks it, save, and try again:")+"\n\n"+problemLines(ps))
	default:
		confirm(w, title, lang.L("Please confirm that these points are intended before the document goes out:")+"\n\n"+problemLines(ps),
			lang.L("Go on"), then)
	}
}

// problemLines is one line per problem, in the screen's language, naming
// the field: what blocks first, then the warnings.
func problemLines(ps domain.Problems) string {
	var b strings.Builder
	for _, blocks := range []bool{true, false} {
		for _, p := range ps {
			if p.Blocks != blocks {
				continue
			}
			if blocks {
				b.WriteString(lang.L("Blocks:") + " ")
			} else {
				b.WriteString(lang.L("Warning:") + " ")
			}
			b.WriteString(errorSentence(p.Err) + "\n")
		}
	}
	return strings.TrimRight(b.String(), "\n")
}
