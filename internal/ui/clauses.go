package ui

import (
	"context"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// clauseEditor is Firm settings → Contract clauses…: the article texts of
// the contract templates, per country (the law the contract is under) and
// document language. A clause shows the firm's own text where it saved
// one, else the text shipped with the application; Save keeps the firm's
// text (saving the shipped text again goes back to following it), Reset
// puts the shipped text back. Contracts already printed keep the texts
// they were printed with.
type clauseEditor struct {
	parts   widgetParts
	library domain.ClauseLibrary
	dialog  *dialog.CustomDialog

	country, language *widget.Select
	list              *widget.List
	heading           *textField
	body              *textField
	origin, message   *widget.Label
	save, reset, done *widget.Button
	mandates          *widget.Button // opens the contract settings of a mandate

	template struct {
		j domain.Jurisdiction
		l domain.Lang
	}
	clauses  []*domain.ClauseText
	selected int    // the clause in the fields; -1 before one is chosen
	clean    string // the fields as loaded, to tell an edit
	quiet    bool   // the editor sets a choice itself; not the user's
}

// showClauseEditor opens the clause library on the template of the firm
// (nil before it is set up): its country and its default document language.
func showClauseEditor(parts widgetParts, library domain.ClauseLibrary, firm *domain.Firm) *clauseEditor {
	c := &clauseEditor{parts: parts, library: library, selected: -1}
	c.template.j = domain.JurisdictionOf(firm)
	c.template.l = domain.LangNL
	if firm != nil && firm.DefaultLanguage.Valid() {
		c.template.l = firm.DefaultLanguage
	}
	c.build()
	c.dialog.Show()
	c.load(0)
	return c
}

func (c *clauseEditor) build() {
	var countries []string
	for _, j := range domain.Jurisdictions {
		countries = append(countries, string(j))
	}
	c.country = widget.NewSelect(countries, func(s string) { c.switchTemplate(domain.Jurisdiction(s), c.template.l) })
	c.language = widget.NewSelect(langOptions(), func(s string) { c.switchTemplate(c.template.j, langFromOption(s)) })
	c.quiet = true
	c.country.SetSelected(string(c.template.j))
	c.language.SetSelected(langOption(c.template.l))
	c.quiet = false

	c.list = widget.NewList(func() int { return len(c.clauses) },
		func() fyne.CanvasObject { return newTwoLineCell() },
		func(i widget.ListItemID, o fyne.CanvasObject) {
			if i < len(c.clauses) {
				setTwoLineCell(o.(*widget.RichText), clauseName(c.clauses[i]), clauseKindText(c.clauses[i]))
			}
		})
	c.list.OnSelected = c.choose

	c.heading = newTextField()
	c.heading.OnChanged = func(string) { c.changed() }
	c.body = newMultiLineField()
	c.body.Wrapping = fyne.TextWrapWord
	c.body.SetMinRowsVisible(14)
	c.body.OnChanged = func(string) { c.changed() }
	c.origin = widget.NewLabel("")
	asHint(c.origin)
	c.origin.Wrapping = fyne.TextWrapWord
	c.message = widget.NewLabel("")
	c.message.Wrapping = fyne.TextWrapWord
	c.message.Importance = widget.DangerImportance
	c.message.Hide()
	hint := widget.NewLabel(lang.L("Words in braces such as {client}, {start} or {notice_period} are filled in from each contract; a blank line starts a new numbered paragraph."))
	hint.Wrapping = fyne.TextWrapWord

	c.save = widget.NewButtonWithIcon(lang.X("action.save", "Save"), theme.DocumentSaveIcon(), c.onSave)
	c.save.Importance = widget.HighImportance
	c.reset = widget.NewButtonWithIcon(lang.L("Reset to default"), theme.ContentUndoIcon(), c.askReset)
	c.done = widget.NewButton(lang.L("Close"), func() { c.leaveThen(c.dialog.Hide) })

	c.mandates = widget.NewButton(lang.L("Mandates: contracts…"), func() { c.parts.rec.shown(showContractSettings(c.parts, c.library)) })
	top := container.NewHBox(widget.NewLabel(lang.L("Country")), c.country, widget.NewLabel(lang.L("Document language")), c.language,
		layout.NewSpacer(), c.mandates)
	fields := container.NewBorder(
		container.NewVBox(labelled(lang.L("Title"), c.heading), widget.NewLabel(lang.L("Text"))),
		container.NewVBox(c.origin, hint, c.message, container.NewHBox(c.reset, c.save)),
		nil, nil, c.body)
	split := container.NewHSplit(c.list, fields)
	split.Offset = 0.32
	intro := widget.NewLabel(lang.L("The articles of the engagement contracts. A contract prints the texts of its country and language as they are when it is first printed, and keeps them."))
	intro.Wrapping = fyne.TextWrapWord
	content := container.NewBorder(container.NewVBox(intro, top), nil, nil, nil, split)
	c.dialog = dialog.NewCustomWithoutButtons(lang.L("Contract clauses"), content, c.parts.win)
	c.dialog.SetButtons([]fyne.CanvasObject{c.done})
	c.dialog.Resize(fyne.NewSize(1000, 680))
	c.show(nil)
}

// clauseName is what the list calls a clause: its title in the
// template's language, or, for the sentence above the signatures, which
// has none, a name.
func clauseName(c *domain.ClauseText) string {
	if c.Key == domain.ClauseSignature || c.Title == "" {
		return lang.L("Sentence above the signatures")
	}
	return c.Title
}

// clauseKindText says which contracts print a clause, and whether the firm
// changed it.
func clauseKindText(c *domain.ClauseText) string {
	// Some clauses without a variant belong to one kind all the same:
	// authority to a mandate, deliverables to a consulting assignment.
	printedIn := func(k domain.OfferKind) bool { return slices.Contains(domain.ContractClauses(k), c.Key) }
	inAgreement := func(p domain.ContractParty) bool {
		return slices.Contains(domain.AgreementClauses(domain.KindInterim, p, false), c.Key)
	}
	kind := lang.L("Both kinds of contract")
	switch {
	case c.Key == domain.ClauseLaw || c.Key == domain.ClauseSignature:
		kind = lang.L("Every contract")
	case inAgreement(domain.PartyManager) && !printedIn(domain.KindInterim) && !inAgreement(domain.PartyClient):
		kind = lang.L("Manager agreements")
	case inAgreement(domain.PartyClient) && !printedIn(domain.KindInterim):
		kind = lang.L("Client agreements of mandates")
	case !printedIn(domain.KindConsulting):
		kind = lang.L("Interim mandates")
	case !printedIn(domain.KindInterim):
		kind = lang.L("Consulting assignments")
	}
	if c.Default {
		return kind
	}
	return lang.X("clause.own", "{{.Kind}} · the firm's own text", map[string]any{"Kind": kind})
}

// load reads the clauses of the template, selects the one at index and
// then runs after, if given.
func (c *clauseEditor) load(index int, after ...func()) {
	j, l := c.template.j, c.template.l
	c.parts.work.background(func(ctx context.Context) func() {
		cs, err := c.library.Clauses(ctx, j, l)
		return func() {
			if j != c.template.j || l != c.template.l {
				return // another template was chosen meanwhile
			}
			if err != nil {
				c.parts.showError(err)
				return
			}
			c.clauses = cs
			c.selected = -1
			// Selecting the row already selected would not show it again.
			c.list.UnselectAll()
			c.list.Refresh()
			if index >= 0 && index < len(cs) {
				c.list.Select(index)
			}
			for _, f := range after {
				f()
			}
		}
	})
}

// switchTemplate shows another country or language, once the clause in
// the fields is saved or its changes dropped; staying puts the choice
// back.
func (c *clauseEditor) switchTemplate(j domain.Jurisdiction, l domain.Lang) {
	if c.quiet || (j == c.template.j && l == c.template.l) {
		return
	}
	c.leaveThen(func() {
		c.template.j, c.template.l = j, l
		c.show(nil)
		c.load(max(c.selected, 0))
	}, func() {
		c.quiet = true
		c.country.SetSelected(string(c.template.j))
		c.language.SetSelected(langOption(c.template.l))
		c.quiet = false
	})
}

// choose shows the clause the user picked in the list.
func (c *clauseEditor) choose(i widget.ListItemID) {
	if c.quiet || i == c.selected {
		return
	}
	c.leaveThen(func() {
		c.selected = i
		c.show(c.clauses[i])
	}, func() {
		c.quiet = true
		if c.selected >= 0 {
			c.list.Select(c.selected)
		} else {
			c.list.UnselectAll()
		}
		c.quiet = false
	})
}

// leaveThen runs next when the fields hold no unsaved edit, or after the
// user agreed to drop it; stay runs when they would rather keep editing.
func (c *clauseEditor) leaveThen(next func(), stay ...func()) {
	if !c.dirty() {
		next()
		return
	}
	d := confirm(c.parts.win, lang.L("Unsaved changes"),
		lang.L("The text of {{.Title}} has changes that were not saved.", map[string]any{"Title": clauseName(c.clauses[c.selected])}),
		lang.L("Discard"), func() {
			c.clean = c.snapshot()
			next()
		})
	d.SetOnClosed(func() {
		if c.dirty() {
			for _, f := range stay {
				f()
			}
		}
	})
}

// show puts a clause in the fields; nil empties them.
func (c *clauseEditor) show(t *domain.ClauseText) {
	title, body := "", ""
	if t != nil {
		title, body = t.Title, t.Body
	}
	c.quiet = true
	c.heading.SetText(title)
	c.body.SetText(body)
	c.quiet = false
	c.clean = c.snapshot()
	switch {
	case t == nil:
		c.origin.SetText("")
	case t.Default:
		c.origin.SetText(lang.L("The text shipped with Interim Desk. Saving a change makes it the firm's own text."))
	default:
		c.origin.SetText(lang.L("The firm's own text, saved on {{.Date}}. Reset to default puts the shipped text back.",
			map[string]any{"Date": formatDate(domain.DateOf(t.UpdatedAt.Local()))}))
	}
	for _, e := range []*textField{c.heading, c.body} {
		if t == nil {
			e.Disable()
		} else {
			e.Enable()
		}
	}
	c.changed()
}

// edited is the clause in the fields with what was typed, tidied as the
// store will save it.
func (c *clauseEditor) edited() *domain.ClauseText {
	t := *c.clauses[c.selected]
	t.Title, t.Body = c.heading.Text, c.body.Text
	t.Normalize()
	return &t
}

func (c *clauseEditor) snapshot() string { return c.heading.Text + "\x00" + c.body.Text }

func (c *clauseEditor) dirty() bool { return c.selected >= 0 && c.snapshot() != c.clean }

// changed checks the text as typed with the domain's rules (a title, a
// body, no unknown placeholder) and enables Save for a valid edit.
func (c *clauseEditor) changed() {
	if c.quiet {
		return
	}
	if c.selected < 0 || c.selected >= len(c.clauses) {
		showLine(c.message, "")
		c.save.Disable()
		c.reset.Disable()
		return
	}
	err := c.edited().Validate()
	if err != nil {
		showLine(c.message, errorSentence(err))
	} else {
		showLine(c.message, "")
	}
	setEnabled(c.save, err == nil && c.dirty())
	setEnabled(c.reset, !c.clauses[c.selected].Default)
}

// onSave saves the firm's text of the clause. The store checks it again;
// its refusal (a placeholder it cannot fill, a text saved elsewhere
// meanwhile) is said under the text and in a dialog, and the text stays.
func (c *clauseEditor) onSave() {
	if c.selected < 0 {
		return
	}
	t, index := c.edited(), c.selected
	c.save.Disable()
	c.parts.work.background(func(ctx context.Context) func() {
		err := c.library.SaveClause(ctx, t)
		return func() {
			if domain.ErrorCode(err) == domain.ECONFLICT {
				// Saved elsewhere meanwhile: read the library again, so
				// the next Save knows what it replaces, and keep what
				// was typed for the user to decide.
				title, body := c.heading.Text, c.body.Text
				c.parts.showError(err)
				c.load(index, func() {
					c.heading.SetText(title)
					c.body.SetText(body)
					showLine(c.message, errorSentence(err))
				})
				return
			}
			if err != nil {
				c.changed()
				showLine(c.message, errorSentence(err))
				c.parts.showError(err)
				return
			}
			c.clean = c.snapshot()
			c.load(index)
		}
	})
}

// askReset puts the shipped text of the clause back, after the question.
func (c *clauseEditor) askReset() {
	if c.selected < 0 {
		return
	}
	t, index := c.clauses[c.selected], c.selected
	confirm(c.parts.win, lang.L("Reset to default"),
		lang.L("Put back the text shipped with Interim Desk for {{.Title}}? The firm's own text of this clause is removed; printed contracts keep theirs.",
			map[string]any{"Title": clauseName(t)}),
		lang.L("Reset to default"), func() {
			c.parts.work.background(func(ctx context.Context) func() {
				err := c.library.ResetClause(ctx, t.Jurisdiction, t.Lang, t.Key)
				return func() {
					if err != nil {
						c.parts.showError(err)
						return
					}
					c.clean = ""
					c.selected = -1
					c.show(nil)
					c.load(index)
				}
			})
		})
}
