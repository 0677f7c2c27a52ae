package ui

import (
	"context"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/i18n"
)

// matchPicker makes the interim offer's manager picker the ranking: its
// dialog opens on the roster ranked for the proposal as the form holds it
// (Services.Matches: role and title words, the client's sector and
// language, start, weeks, days a week, the client's day rate), best
// first, each manager with the reasons a person can check; those left out
// for a hard reason show with it when asked. "Use this manager" puts the
// manager into the offer as a pick by name does (the roster's fee with
// it). Typing a name searches the whole roster instead, as every picker
// does.
type matchPicker struct {
	parts    widgetParts
	svc      domain.Services
	p        *picker[*domain.Manager]
	criteria func() domain.MatchCriteria

	// The open dialog's parts.
	status       *widget.Label
	showExcluded *widget.Check
	rows         *fyne.Container
	ranking      fyne.CanvasObject
	byName       fyne.CanvasObject
	// matches is the ranking shown; use the button of each included one.
	matches []domain.Match
	use     map[int64]*widget.Button
	// gen counts the dialogs opened, so a ranking that arrives for a
	// closed one is dropped.
	gen int
}

func newMatchPicker(parts widgetParts, svc domain.Services, p *picker[*domain.Manager], criteria func() domain.MatchCriteria) *matchPicker {
	mp := &matchPicker{parts: parts, svc: svc, p: p, criteria: criteria}
	p.button.OnTapped = mp.open
	return mp
}

// open shows the ranking under a search field; typing a name there
// switches to the roster searched by name.
func (mp *matchPicker) open() {
	p := mp.p
	lv := p.newList()
	lv.search.SetPlaceHolder(lang.L("Type a name to search the whole roster"))
	lv.search.OnChanged = func(text string) {
		if strings.TrimSpace(text) == "" {
			mp.byName.Hide()
			mp.ranking.Show()
			return
		}
		mp.ranking.Hide()
		mp.byName.Show()
		lv.debounce.trigger(lv.reload)
	}
	// Enter takes the first of what is shown, so the keyboard alone can pick.
	lv.search.OnSubmitted = func(text string) {
		if strings.TrimSpace(text) != "" {
			if lv.pager.count() > 0 {
				lv.selectRow(0)
			}
			return
		}
		for _, m := range mp.matches {
			if m.Excluded == nil {
				mp.choose(m.ManagerID)
				return
			}
		}
	}
	lv.onSelect = func(m *domain.Manager) { mp.picked(m) }
	p.list = lv

	mp.status = widget.NewLabel(lang.L("Ranking the roster for this proposal…"))
	mp.status.Wrapping = fyne.TextWrapWord
	mp.showExcluded = widget.NewCheck("", func(bool) { mp.render() }) // worded by render, with the count
	mp.showExcluded.Hide()
	mp.rows = container.NewVBox()
	mp.matches, mp.use = nil, map[int64]*widget.Button{}
	mp.ranking = container.NewBorder(container.NewVBox(mp.status, mp.showExcluded), nil, nil, nil, container.NewVScroll(mp.rows))
	mp.byName = container.NewBorder(container.NewVBox(lv.count, lv.header), nil, nil, nil, lv.list)
	// Emptied once the handler above is in place: the ranking shows, and
	// the roster is not read by name until a name is typed.
	lv.search.SetText("")
	mp.byName.Hide()
	content := container.NewBorder(lv.search, nil, nil, nil, container.NewStack(mp.ranking, mp.byName))
	p.dialog = dialog.NewCustom(p.title, cancelText(), content, mp.parts.win)
	p.dialog.Resize(fyne.NewSize(760, 560))
	p.dialog.Show()
	mp.parts.win.Canvas().Focus(lv.search)
	mp.rank()
}

// rank asks the store for the ranking of the criteria the form holds now.
func (mp *matchPicker) rank() {
	mp.gen++
	gen, c := mp.gen, mp.criteria()
	mp.parts.work.background(func(ctx context.Context) func() {
		ms, err := mp.svc.Matches.MatchManagers(ctx, c)
		return func() {
			if gen != mp.gen {
				return
			}
			if err != nil {
				if domain.ErrorCode(err) == domain.EINTERNAL {
					// The dialog still searches by name; a failure of the
					// ranking need not take it away.
					mp.parts.logf("interimdesk: ranking managers: %v", err)
					mp.status.SetText(lang.L("The ranking could not be made; type a name to search the roster."))
				} else {
					mp.status.SetText(errorSentence(err))
				}
				return
			}
			mp.matches = ms
			mp.render()
		}
	})
}

// render shows the ranked managers, and those left out when asked.
func (mp *matchPicker) render() {
	mp.rows.RemoveAll()
	mp.use = map[int64]*widget.Button{}
	included, excluded := 0, 0
	w := mp.wording()
	for _, m := range mp.matches {
		if m.Excluded != nil {
			excluded++
			if !mp.showExcluded.Checked {
				continue
			}
		} else {
			included++
		}
		mp.rows.Add(mp.row(m, w))
	}
	switch {
	case mp.matches == nil:
		return // still ranking
	case included == 0:
		mp.status.SetText(lang.L("No manager of the roster fits this proposal yet; type a name to search the roster."))
	default:
		mp.status.SetText(countText("match.ranked", "{{.Count}} managers ranked for this proposal, best first", included))
	}
	if excluded == 0 {
		mp.showExcluded.Hide()
	} else {
		mp.showExcluded.SetText(countText("match.excluded", "Show the {{.Count}} left out, with the reason", excluded))
		mp.showExcluded.Show()
	}
}

// row is one manager of the ranking: name, headline with the matched
// words in bold, the score, the reasons, and the button that uses them.
func (mp *matchPicker) row(m domain.Match, w domain.MatchWording) fyne.CanvasObject {
	head := widget.NewRichText(matchHeadline(m)...)
	head.Wrapping = fyne.TextWrapWord
	var why []string
	if m.Excluded != nil {
		why = append(why, m.Excluded.Sentence(w))
	}
	for _, r := range m.Reasons {
		why = append(why, r.Sentence(w))
	}
	reasons := widget.NewLabel(strings.Join(why, " · "))
	reasons.Wrapping = fyne.TextWrapWord
	if m.Excluded != nil {
		reasons.Importance = widget.DangerImportance
	}
	id := m.ManagerID
	use := widget.NewButton(lang.L("Use this manager"), func() { mp.choose(id) })
	if m.Excluded == nil {
		use.Importance = widget.HighImportance
	}
	mp.use[id] = use
	return container.NewVBox(
		container.NewBorder(nil, nil, nil, use, head),
		reasons,
		widget.NewSeparator(),
	)
}

// matchHeadline is "Name — headline · score 72" with the matched words of
// the headline in bold.
func matchHeadline(m domain.Match) []widget.RichTextSegment {
	segs := []widget.RichTextSegment{&widget.TextSegment{Text: m.Name, Style: widget.RichTextStyleStrong}}
	plain := func(s string) {
		if s != "" {
			segs = append(segs, &widget.TextSegment{Text: s, Style: widget.RichTextStyleInline})
		}
	}
	if m.Headline != "" {
		plain(" — ")
		for _, part := range highlight(m.Headline, matchedWords(m)) {
			if part.bold {
				segs = append(segs, &widget.TextSegment{Text: part.text, Style: widget.RichTextStyleStrong})
			} else {
				plain(part.text)
			}
		}
	}
	if m.Excluded == nil {
		plain(" · " + lang.X("match.score", "score {{.Score}}", map[string]any{"Score": m.Score}))
	}
	return segs
}

// matchedWords are the words of the reason that names them.
func matchedWords(m domain.Match) []string {
	for _, r := range m.Reasons {
		if r.Kind == domain.ReasonWords {
			return r.Words
		}
	}
	return nil
}

type textPart struct {
	text string
	bold bool
}

// highlight cuts s where one of words begins a word of it, case ignored.
// The store folds the words (no accents, lower case); a headline with an
// accent in a matched word keeps that word plain rather than guess.
func highlight(s string, words []string) []textPart {
	lower := strings.ToLower(s)
	if len(words) == 0 || len(lower) != len(s) {
		return []textPart{{text: s}}
	}
	var out []textPart
	start := 0
	for i := 0; i < len(s); {
		n := 0
		if i == 0 || !isWordByte(lower[i-1]) {
			for _, w := range words {
				if w != "" && strings.HasPrefix(lower[i:], w) {
					// The whole word of the headline, not just the term.
					n = len(w)
					for i+n < len(s) && isWordByte(lower[i+n]) {
						n++
					}
					break
				}
			}
		}
		if n == 0 {
			i++
			continue
		}
		if i > start {
			out = append(out, textPart{text: s[start:i]})
		}
		out = append(out, textPart{text: s[i : i+n], bold: true})
		i += n
		start = i
	}
	if start < len(s) {
		out = append(out, textPart{text: s[start:]})
	}
	return out
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b >= 0x80
}

// wording says the reasons in the screen's language.
func (mp *matchPicker) wording() domain.MatchWording {
	l := screenLang()
	return domain.MatchWording{
		Sentencef: func(format string, args ...any) string { return i18n.Sprintf(l, format, args...) },
		Money:     formatMoney,
		Date:      formatDate,
		Percent: func(bp int64) string {
			if l == domain.LangEN {
				return domain.FormatPercentBP(bp)
			}
			return strings.Replace(domain.FormatPercentBP(bp), ".", ",", 1)
		},
	}
}

// choose reads the ranked manager whole (the ranking carries only what
// it shows) and puts them into the offer.
func (mp *matchPicker) choose(id int64) {
	if b := mp.use[id]; b != nil {
		b.Disable()
	}
	mp.parts.work.background(func(ctx context.Context) func() {
		m, err := mp.svc.Managers.FindManagerByID(ctx, id)
		return func() {
			if b := mp.use[id]; b != nil {
				b.Enable()
			}
			if err != nil {
				mp.status.SetText(errorSentence(err))
				return
			}
			mp.picked(m)
		}
	})
}

// picked closes the dialog and puts m into the offer, as the picker does.
func (mp *matchPicker) picked(m *domain.Manager) {
	p := mp.p
	mp.gen++ // a ranking still on its way has nothing to show
	p.dialog.Hide()
	p.set(m.ID, m.Name)
	if p.onPick != nil {
		p.onPick(m, true)
	}
}

// matchCriteria is what the interim offer, as the form holds it, asks of
// a manager; a number that cannot be read counts as 0, as in the totals.
func (s *proposalsScreen) matchCriteria() domain.MatchCriteria {
	if s.loaded == nil {
		return domain.MatchCriteria{}
	}
	p, _ := s.read()
	return domain.CriteriaFromProposal(p, s.clientInfo)
}
