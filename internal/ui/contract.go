package ui

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/interimdesk/interimdesk/internal/contracts"
	"github.com/interimdesk/interimdesk/internal/domain"
)

// contractDocs is the contract part of the engagement form. The first
// print freezes the contract as version 1 (after a question, since it
// cannot be undone); every later Open, Print or Save as… writes those same
// bytes, whatever changed since. Reissue freezes the engagement as it
// stands as the next version, and the printed versions are listed with
// their own Open and Save as….
type contractDocs struct {
	s *engagementsScreen
	// actions go above the engagement's figures, history below them.
	actions, history fyne.CanvasObject

	state                              *widget.Label
	outcome                            *widget.Label // c.said
	first, open, print, saveAs, reopen *widget.Button
	versions                           *fyne.Container
	shown                              []*contractRow

	// A mandate signed in two agreements shows which one the buttons act
	// on (party), and can print both at once.
	party   domain.ContractParty
	parties *widget.RadioGroup
	both    *widget.Button
	two     bool

	// id is the engagement whose versions are asked for or shown; a late
	// answer about another one is dropped. latest is its newest printed
	// version, nil while it was never printed.
	id     int64
	latest *domain.ContractVersion
	// known is whether the versions of id have arrived; until then Ctrl+P
	// cannot tell a first print from a reprint.
	known bool
	// said is what became of the latest version in this session: sent to
	// which printer, or saved as a file. The outcome line repeats it.
	said string
	// relayout places the form's parts again after the contract part was
	// shown, hidden or changed height (relayoutScrolled).
	relayout func()
}

// contractRow is one printed version in the list.
type contractRow struct {
	v          *domain.ContractVersion
	text       *widget.Label
	open, save *widget.Button
}

func newContractDocs(s *engagementsScreen) *contractDocs {
	c := &contractDocs{s: s, versions: container.NewVBox(), party: domain.PartyClient}
	c.parties = widget.NewRadioGroup([]string{partyName(domain.PartyClient), partyName(domain.PartyManager)}, c.chooseParty)
	c.parties.Horizontal = true
	c.parties.Required = true
	c.parties.SetSelected(partyName(domain.PartyClient))
	c.both = widget.NewButtonWithIcon(lang.L("Print both agreements…"), theme.DocumentPrintIcon(), c.askPrintBoth)
	c.state = widget.NewLabel("")
	c.state.Wrapping = fyne.TextWrapWord
	c.outcome = widget.NewLabel("")
	c.outcome.Wrapping = fyne.TextWrapWord
	c.outcome.Hide()
	c.first = widget.NewButtonWithIcon(lang.L("Print contract…"), theme.DocumentPrintIcon(), c.askFirstPrint)
	c.first.Importance = widget.HighImportance
	c.open = widget.NewButtonWithIcon(lang.L("Open"), theme.FileIcon(), c.openLatest)
	c.print = widget.NewButtonWithIcon(lang.L("Print"), theme.DocumentPrintIcon(), c.printLatest)
	c.saveAs = widget.NewButtonWithIcon(lang.L("Save as…"), theme.DocumentSaveIcon(), c.saveLatestAs)
	c.reopen = widget.NewButtonWithIcon(lang.L("Reissue…"), theme.ViewRefreshIcon(), c.askReissue)
	// Two columns: "Enregistrer sous…" is wide, and a grid makes every
	// column as wide as its widest button.
	buttons := container.NewGridWithColumns(2, c.open, c.print, c.saveAs, c.reopen)
	c.actions = container.NewVBox(widget.NewSeparator(), c.parties, c.state, c.outcome, container.NewHBox(c.first, c.both), buttons)
	c.history = section(lang.L("Printed versions"),
		lang.L("Each version is kept byte for byte, with the clause texts it was printed with."), c.versions)
	c.actions.Hide()
	c.history.Hide()
	c.parties.Hide()
	c.both.Hide()
	return c
}

// partyName names an agreement on the screen.
func partyName(p domain.ContractParty) string {
	if p == domain.PartyManager {
		return lang.L("Manager agreement")
	}
	return lang.L("Client agreement")
}

// chooseParty shows the versions of the agreement chosen.
func (c *contractDocs) chooseParty(name string) {
	p := domain.PartyClient
	if name == partyName(domain.PartyManager) {
		p = domain.PartyManager
	}
	if p == c.party {
		return
	}
	c.party, c.said = p, ""
	if e := c.s.loaded; e != nil {
		c.load(e)
	}
}

// load asks the store for the printed versions of e.
func (c *contractDocs) load(e *domain.Engagement) {
	// Until the answer, nothing may act on the previous engagement's
	// versions.
	if e.ID != c.id {
		// Another engagement starts with its client agreement.
		c.party, c.said = domain.PartyClient, ""
		c.parties.SetSelected(partyName(domain.PartyClient))
	}
	c.id, c.latest, c.known = e.ID, nil, false
	c.actions.Hide()
	c.placeAgain()
	id, party := e.ID, c.party
	c.s.parts.work.background(func(ctx context.Context) func() {
		parties, err := c.s.svc.Contracts.ContractParties(ctx, id)
		if err != nil {
			return func() { c.s.parts.showError(err) }
		}
		if len(parties) < 2 {
			party = domain.PartyClient
		}
		vs, err := c.s.svc.Contracts.ContractVersionsFor(ctx, id, party)
		return func() {
			if id != c.id {
				return
			}
			if err != nil {
				c.s.parts.showError(err)
				return
			}
			c.two, c.party = len(parties) > 1, party
			setVisible(c.parties, c.two)
			setVisible(c.both, c.two)
			c.set(vs)
		}
	})
}

// set shows the versions, newest first, and what can be done with them.
func (c *contractDocs) set(vs []*domain.ContractVersion) {
	c.versions.RemoveAll()
	c.shown = nil
	c.latest, c.known = nil, true
	if len(vs) > 0 {
		c.latest = vs[0]
	}
	for _, v := range vs {
		r := c.newRow(v)
		c.shown = append(c.shown, r)
		c.versions.Add(container.NewBorder(nil, nil, nil, container.NewHBox(r.open, r.save), r.text))
	}
	// Before the first print there is one thing to do; after it, the
	// first print is done for good and the frozen version is what counts.
	printed := c.latest != nil
	switch {
	case printed && c.party == domain.PartyManager:
		c.state.SetText(lang.L("Manager agreement {{.Number}}, version {{.Version}}, printed on {{.Date}} and kept exactly as printed. It shows the manager's day fee, never the client's rate.",
			map[string]any{"Number": c.latest.Number, "Version": c.latest.Version, "Date": formatDate(c.latest.IssuedOn)}))
	case printed:
		c.state.SetText(lang.L("Contract {{.Number}}, version {{.Version}}, frozen on {{.Date}} and kept exactly as it was first printed or saved.",
			map[string]any{"Number": c.latest.Number, "Version": c.latest.Version, "Date": formatDate(c.latest.IssuedOn)}))
	case c.party == domain.PartyManager:
		c.state.SetText(lang.L("Manager agreement not printed yet: the firm and the manager's company, at the manager's day fee. The first print freezes it as version 1."))
	default:
		c.state.SetText(lang.L("Contract not printed yet. The first print or save freezes it as version 1, with today's clause texts; later prints give the same document."))
	}
	c.outcome.SetText(c.said)
	setVisible(c.outcome, printed && c.said != "")
	for _, b := range []*widget.Button{c.open, c.print, c.saveAs, c.reopen} {
		setVisible(b, printed)
	}
	setVisible(c.first, !printed)
	c.actions.Show()
	// Lay the rows out again: a button or the choice of agreement that was
	// hidden would otherwise keep the size it had then, none.
	c.actions.Refresh()
	setVisible(c.history, printed)
	c.versions.Refresh()
	c.placeAgain()
}

// placeAgain lays the form out again, if it is built.
func (c *contractDocs) placeAgain() {
	if c.relayout != nil {
		c.relayout()
	}
}

func (c *contractDocs) newRow(v *domain.ContractVersion) *contractRow {
	r := &contractRow{v: v}
	r.text = widget.NewLabel(contractLine(v))
	// Wrapped, not cut: the date and the checksum are what tells versions apart.
	r.text.Wrapping = fyne.TextWrapWord
	id, version, party := v.EngagementID, v.Version, c.party
	r.open = widget.NewButtonWithIcon(lang.L("Open"), theme.FileIcon(), func() { c.openVersion(id, party, version) })
	r.save = widget.NewButtonWithIcon(lang.L("Save as…"), theme.DocumentSaveIcon(), func() { c.saveVersionAs(id, party, version, contracts.FileName(v)) })
	r.open.Importance = widget.LowImportance
	r.save.Importance = widget.LowImportance
	return r
}

// contractLine says which document a version is: "Version 2 ·
// CTR-2026-0004 · 09/05/2026 · nl · SHA-256 1a2b3c4d5e6f".
func contractLine(v *domain.ContractVersion) string {
	return lang.X("proposal.version.line", "Version {{.Version}} · {{.Number}} · {{.Date}} · {{.Lang}} · SHA-256 {{.Sum}}",
		map[string]any{"Version": v.Version, "Number": v.Number, "Date": formatShortDate(v.IssuedOn), "Lang": string(v.Language), "Sum": shortSum(v.SHA256)})
}

// askFirstPrint says what the first print does before it is done, since a
// frozen version cannot be taken back, after the check of what the
// parties sign.
func (c *contractDocs) askFirstPrint() {
	c.s.parts.leaveThen(func() {
		e := c.s.loaded
		if e == nil {
			return
		}
		dir, err := c.s.out.documentsDir()
		if err != nil {
			c.s.parts.showError(err)
			return
		}
		id, party, copies, today := e.ID, c.party, c.copies(e), c.s.today()
		// What the parties sign is checked before it is frozen.
		checkDocument(c.s.parts, lang.L("Print contract"), func(ctx context.Context) (domain.Problems, error) {
			doc, err := c.s.svc.Contracts.ContractDocumentFor(ctx, id, party, today)
			if err != nil {
				return nil, err
			}
			return domain.CheckContract(doc), nil
		}, func() { c.askFirstOutput(id, party, copies, today, dir) })
	})
}

// askFirstOutput says what the first print or save does, since a frozen
// version cannot be taken back, and offers both: to a printer, or saved
// as a PDF and opened.
func (c *contractDocs) askFirstOutput(id int64, party domain.ContractParty, copies int, today domain.Date, dir string) {
	msg := widget.NewLabel(lang.L("Printing or saving freezes the contract of this engagement as version 1, dated {{.Date}}: its figures, the parties and the clause texts as they are now. Later prints give exactly the same document. A copy is kept in {{.Dir}}.",
		map[string]any{"Date": formatDate(today), "Dir": dir}))
	msg.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomWithoutButtons(lang.L("Print contract"), msg, c.s.parts.win)
	cancel := widget.NewButton(cancelText(), d.Hide)
	save := widget.NewButton(lang.L("Save as PDF and open"), func() {
		d.Hide()
		c.writeLatest(id, party, func(path string) func() {
			open := c.s.out.openWritten(path)
			return func() {
				c.said = lang.L("Saved as a PDF and opened; not sent to a printer.")
				if open != nil {
					open()
				}
			}
		})
	})
	print := widget.NewButton(lang.L("Print…"), func() {
		d.Hide()
		c.printFrozen(id, []domain.ContractParty{party}, copies, 0)
	})
	print.Importance = widget.HighImportance
	d.SetButtons([]fyne.CanvasObject{cancel, save, print})
	d.Resize(fyne.NewSize(480, 0))
	c.s.parts.rec.shown(d)
	d.Show()
}

// copies is how many originals of the engagement's contract are signed:
// one per party. Each of the two agreements has two; the three-party
// contract of a mandate three (firm, client and the manager's company).
func (c *contractDocs) copies(e *domain.Engagement) int {
	if !c.two && e.Kind == domain.KindInterim && e.ManagerID > 0 {
		return 3
	}
	return 2
}

// printFrozen asks for a printer and prints the engagement's agreements
// of the parties given: version (0 for the latest, frozen now if never
// printed) of each.
func (c *contractDocs) printFrozen(id int64, parties []domain.ContractParty, copies, version int) {
	today := c.s.today()
	c.s.out.askPrint(printRequest{
		title:  lang.L("Print contract"),
		copies: copies,
		files: func(ctx context.Context) ([]string, error) {
			var paths []string
			for _, party := range parties {
				var v *domain.ContractVersion
				var err error
				if version > 0 {
					v, err = c.s.svc.Contracts.ContractVersionFor(ctx, id, party, version)
				} else {
					v, err = c.s.svc.Contracts.PrintContractFor(ctx, id, party, today)
				}
				if err != nil {
					return paths, err
				}
				path, err := c.s.out.writeContract(v)
				if err != nil {
					return paths, err
				}
				paths = append(paths, path)
			}
			return paths, nil
		},
		after:   func() { c.reloadAfter(id) },
		printed: func(sentence string) { c.said = sentence },
	})
}

// openLatest is Open and Ctrl+P: the latest printed version, or, for a
// contract never printed, the question of the first print.
func (c *contractDocs) openLatest() {
	if !c.known {
		return // the versions are on their way; the key can be pressed again
	}
	if c.latest == nil {
		c.askFirstPrint()
		return
	}
	c.writeLatest(c.latest.EngagementID, c.party, c.s.out.openWritten)
}

// printLatest sends the latest version to a printer the user chooses.
func (c *contractDocs) printLatest() {
	if c.latest == nil {
		return
	}
	copies := 2
	if e := c.s.loaded; e != nil && e.ID == c.latest.EngagementID {
		copies = c.copies(e)
	}
	c.printFrozen(c.latest.EngagementID, []domain.ContractParty{c.party}, copies, c.latest.Version)
}

// writeLatest writes the engagement's latest contract into the documents
// folder, printing (freezing) it first if it never was, and hands the file
// to then, which runs in the background and returns what to show.
func (c *contractDocs) writeLatest(id int64, party domain.ContractParty, then func(path string) func()) {
	today := c.s.today()
	c.s.out.withProgress(lang.L("Contract"), lang.L("Writing the contract…"), func(ctx context.Context) (func(), error) {
		v, err := c.s.svc.Contracts.PrintContractFor(ctx, id, party, today)
		if err != nil {
			return nil, err
		}
		return c.written(id, v, then)
	})
}

// written writes a printed version into the documents folder and hands
// the file on; the versions are read again, since a first print or a
// reissue added one.
func (c *contractDocs) written(id int64, v *domain.ContractVersion, then func(path string) func()) (func(), error) {
	path, err := c.s.out.writeContract(v)
	if err != nil {
		// The version is frozen in the database; only the file failed.
		return func() {
			c.reloadAfter(id)
			c.s.parts.showError(err)
		}, nil
	}
	show := then(path)
	return func() {
		c.reloadAfter(id)
		if show != nil {
			show()
		}
	}, nil
}

// reloadAfter reads the versions again when the engagement is still the
// one in the form.
func (c *contractDocs) reloadAfter(id int64) {
	if e := c.s.loaded; e != nil && e.ID == id {
		c.load(e)
	}
}

// askReissue freezes the engagement as it stands as the next version,
// after the question; the store refuses when nothing printed would change.
func (c *contractDocs) askReissue() {
	c.s.parts.leaveThen(func() {
		if c.latest == nil {
			return
		}
		id, next, party := c.latest.EngagementID, c.latest.Version+1, c.party
		confirm(c.s.parts.win, lang.L("Reissue contract"),
			lang.L("Reissuing freezes the engagement as it stands now as version {{.Version}} of the contract, dated {{.Date}}, with the clause texts as they are now. The earlier versions stay as they were printed.",
				map[string]any{"Version": next, "Date": formatDate(c.s.today())}),
			lang.L("Reissue and open"), func() {
				today := c.s.today()
				c.s.out.withProgress(lang.L("Reissue contract"), lang.L("Writing the contract…"), func(ctx context.Context) (func(), error) {
					v, err := c.s.svc.Contracts.ReissueContractFor(ctx, id, party, today)
					if err != nil {
						return nil, err
					}
					return c.written(id, v, c.s.out.openWritten)
				})
			})
	})
}

// openVersion writes one printed version, as stored, and opens it.
func (c *contractDocs) openVersion(id int64, party domain.ContractParty, version int) {
	c.s.out.withProgress(lang.L("Open document"), lang.L("Writing the contract…"), func(ctx context.Context) (func(), error) {
		v, err := c.s.svc.Contracts.ContractVersionFor(ctx, id, party, version)
		if err != nil {
			return nil, err
		}
		path, err := c.s.out.writeContract(v)
		if err != nil {
			return nil, err
		}
		return c.s.out.openWritten(path), nil
	})
}

// saveLatestAs writes the latest version where the user chooses.
func (c *contractDocs) saveLatestAs() {
	if c.latest != nil {
		c.saveVersionAs(c.latest.EngagementID, c.party, c.latest.Version, contracts.FileName(c.latest))
	}
}

// saveVersionAs writes one printed version where the user chooses.
func (c *contractDocs) saveVersionAs(id int64, party domain.ContractParty, version int, name string) {
	dir, _ := c.s.out.documentsDir()
	c.s.out.fileSaveDialog(dir, name, func(path string) {
		c.s.out.withProgress(lang.L("Save as…"), lang.L("Writing the contract…"), func(ctx context.Context) (func(), error) {
			v, err := c.s.svc.Contracts.ContractVersionFor(ctx, id, party, version)
			if err != nil {
				return nil, err
			}
			if err := checkContract(v); err != nil {
				return nil, err
			}
			return nil, writeFileAtomic(path, v.PDF)
		})
	})
}

// writeContract writes a printed version into the documents folder under
// its own name, CTR-2026-0004-v1-client.pdf, and returns the path. It runs in the
// background.
func (u *docOutput) writeContract(v *domain.ContractVersion) (string, error) {
	if err := checkContract(v); err != nil {
		return "", err
	}
	dir, err := u.documentsDir()
	if err != nil {
		return "", err
	}
	return writeDocument(dir, contracts.FileName(v), v.PDF)
}

// checkContract refuses bytes that are not the ones printed, as
// checkVersion does for proposals: the SHA-256 was taken when the version
// was frozen.
func checkContract(v *domain.ContractVersion) error {
	return checkVersion(&domain.ProposalVersion{Number: v.Number, Version: v.Version, PDF: v.PDF, SHA256: v.SHA256})
}

// askPrintBoth prints the client agreement and the manager agreement of
// the engagement, freezing either that was never printed, after the
// question, on the printer the user chooses.
func (c *contractDocs) askPrintBoth() {
	c.s.parts.leaveThen(func() {
		e := c.s.loaded
		if e == nil || !c.two {
			return
		}
		dir, err := c.s.out.documentsDir()
		if err != nil {
			c.s.parts.showError(err)
			return
		}
		id, today := e.ID, c.s.today()
		confirm(c.s.parts.win, lang.L("Print both agreements"),
			lang.L("Printing writes the client agreement and the manager agreement of this engagement to {{.Dir}} and sends them to the printer you choose next. An agreement printed for the first time is frozen as version 1, dated {{.Date}}; later prints give exactly the same document.",
				map[string]any{"Date": formatDate(today), "Dir": dir}),
			lang.L("Print both…"), func() { c.printFrozen(id, domain.ContractParties, 2, 0) })
	})
}

// setVisible shows or hides o.
func setVisible(o fyne.CanvasObject, on bool) {
	if on {
		o.Show()
	} else {
		o.Hide()
	}
}
