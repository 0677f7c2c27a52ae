package ui

import (
	"context"
	"crypto/sha256"
	"encoding/hex"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// proposalDocs is the document side of the proposals screen: a preview of
// the draft, issuing a version and opening it, saving a PDF elsewhere, the
// issued versions, and the client's answer.
//
// Every action works on the proposal as stored: unsaved changes are saved
// first, or the user is asked, so the PDF never shows something other than
// what the form shows after saving.
type proposalDocs struct {
	s *proposalsScreen

	preview, issue, saveAs, answer *widget.Button
	history                        *versionHistory
}

func newProposalDocs(s *proposalsScreen) *proposalDocs {
	d := &proposalDocs{s: s}
	d.preview = widget.NewButtonWithIcon(lang.L("Preview PDF"), theme.VisibilityIcon(), d.previewPDF)
	d.issue = widget.NewButtonWithIcon(lang.L("Issue and open"), theme.DocumentPrintIcon(), d.issueAndOpen)
	d.saveAs = widget.NewButtonWithIcon(lang.L("Save as…"), theme.DocumentSaveIcon(), d.saveCurrentAs)
	d.answer = widget.NewButton(lang.L("Client's answer…"), d.askAnswer)
	d.history = newVersionHistory(d)
	return d
}

// buttons are the actions under the form, before Save.
func (d *proposalDocs) buttons() []*widget.Button {
	return []*widget.Button{d.preview, d.issue, d.saveAs, d.answer}
}

// update enables what makes sense for p, the proposal now in the form. An
// issued proposal that has not changed since is not issued again by
// accident: its version is in the history; once it expired, it can be.
func (d *proposalDocs) update(p *domain.Proposal) {
	saved := p.ID != 0
	issuable := p.Status == domain.ProposalDraft || p.Status == domain.ProposalExpired
	setEnabled(d.preview, saved)
	setEnabled(d.issue, saved && issuable)
	setEnabled(d.saveAs, saved)
	setEnabled(d.answer, saved && p.Status == domain.ProposalIssued)
	d.history.load(p)
}

func setEnabled(b *widget.Button, on bool) {
	if on {
		b.Enable()
	} else {
		b.Disable()
	}
}

// stored runs next with the proposal once its changes are saved or
// discarded; a proposal never saved has no document yet.
func (d *proposalDocs) stored(next func(p *domain.Proposal)) {
	d.s.parts.leaveThen(func() {
		p := d.s.loaded
		if p == nil || p.ID == 0 {
			showInfo(d.s.parts.win, lang.L("Save the proposal first"),
				lang.L("A proposal has a document once it is saved: fill in the client and the title, and press Save."))
			return
		}
		next(p)
	})
}

// previewPDF renders the saved draft as the document would print if it
// were issued today, marked as a draft, and opens it.
func (d *proposalDocs) previewPDF() {
	d.stored(func(p *domain.Proposal) {
		id, name, today := p.ID, previewFileName(p), d.s.today()
		d.s.out.withProgress(lang.L("Preview PDF"), lang.L("Rendering the preview…"), func(ctx context.Context) (func(), error) {
			b, err := d.renderPreview(ctx, id, today)
			if err != nil {
				return nil, err
			}
			dir, err := d.s.out.previewDir()
			if err != nil {
				return nil, err
			}
			path, err := writePreview(dir, name, b)
			if err != nil {
				return nil, err
			}
			return d.s.out.openWritten(path), nil
		})
	})
}

// renderPreview renders the proposal's current state on day, in its own
// language. It runs in the background.
func (d *proposalDocs) renderPreview(ctx context.Context, id int64, day domain.Date) ([]byte, error) {
	doc, err := d.s.svc.Proposals.ProposalDocument(ctx, id, day, "")
	if err != nil {
		return nil, err
	}
	// For an issued proposal the store fills in its last version, and the
	// PDF would read "version 2" under today's date without being version
	// 2 as issued. Version 0 prints it as a draft, with the draft mark, as
	// the command line's preview does.
	doc.Version = 0
	return d.s.svc.Previews.PreviewProposal(ctx, doc)
}

// issueAndOpen asks, then freezes the proposal's current state as its next
// version, writes the PDF into the documents folder and opens it.
func (d *proposalDocs) issueAndOpen() {
	d.stored(func(p *domain.Proposal) {
		dir, err := d.s.out.documentsDir()
		if err != nil {
			d.s.parts.showError(err)
			return
		}
		id := p.ID
		d.checked(lang.L("Issue proposal"), id, func() {
			confirm(d.s.parts.win, lang.L("Issue proposal"), issueQuestion(p, d.s.today(), dir),
				lang.L("Issue and open"), func() { d.runIssue(id) })
		})
	})
}

// checked shows domain.CheckProposal's findings about the document
// proposal id would be issued as today, then runs next unless something
// blocks (document_check.go).
func (d *proposalDocs) checked(title string, id int64, next func()) {
	today := d.s.today()
	checkDocument(d.s.parts, title, func(ctx context.Context) (domain.Problems, error) {
		doc, err := d.s.svc.Proposals.ProposalDocument(ctx, id, today, "")
		if err != nil {
			return nil, err
		}
		return domain.CheckProposal(doc, today), nil
	}, next)
}

// issueQuestion says what issuing does before it is done, since a number
// once given cannot be given back.
func issueQuestion(p *domain.Proposal, today domain.Date, dir string) string {
	args := map[string]any{
		"Date": formatDate(today), "Until": formatDate(today.AddDays(p.ValidityDays)), "Dir": dir,
		"Number": p.Number, "Next": p.Version + 1, "Last": p.Version,
	}
	if p.Number == "" {
		return lang.X("proposal.issue.first",
			"Issuing gives this proposal the next number of the firm's sequence, which cannot be given back, and freezes it as version 1: "+
				"the PDF is kept exactly as the client receives it, and later changes become version 2. "+
				"It is dated {{.Date}}, valid until {{.Until}}, and written to {{.Dir}}.", args)
	}
	return lang.X("proposal.issue.next",
		"Issuing freezes the current state of {{.Number}} as version {{.Next}}: the PDF is kept exactly as the client receives it, "+
			"and version {{.Last}} stays in the history. It is dated {{.Date}}, valid until {{.Until}}, and written to {{.Dir}}.", args)
}

// runIssue issues proposal id today, writes and opens the frozen PDF, and
// shows the proposal with its number and new version.
func (d *proposalDocs) runIssue(id int64) {
	today := d.s.today()
	d.s.out.withProgress(lang.L("Issue proposal"), lang.L("Issuing the proposal and writing its PDF…"), func(ctx context.Context) (func(), error) {
		v, err := d.s.svc.Proposals.IssueProposal(ctx, id, today)
		if err != nil {
			return nil, err
		}
		path, err := d.s.out.writeVersion(v)
		if err != nil {
			// The version is issued and kept in the database; only the
			// file failed, and History can write it again.
			return func() {
				d.s.refresh(id)
				d.s.parts.showError(err)
			}, nil
		}
		open := d.s.out.openWritten(path)
		return func() {
			d.s.refresh(id)
			if open != nil {
				open()
			}
		}, nil
	})
}

// openVersion writes the stored PDF of an issued version into the
// documents folder and opens it. The bytes are the ones issued, never
// rendered again, so the client's copy and this one are identical.
func (d *proposalDocs) openVersion(id int64, version int) {
	d.s.out.withProgress(lang.L("Open document"), lang.L("Writing the issued PDF…"), func(ctx context.Context) (func(), error) {
		v, err := d.s.svc.Proposals.ProposalVersion(ctx, id, version)
		if err != nil {
			return nil, err
		}
		path, err := d.s.out.writeVersion(v)
		if err != nil {
			return nil, err
		}
		return d.s.out.openWritten(path), nil
	})
}

// writeVersion writes an issued version into the documents folder and
// returns its path. It runs in the background.
func (u *docOutput) writeVersion(v *domain.ProposalVersion) (string, error) {
	if err := checkVersion(v); err != nil {
		return "", err
	}
	dir, err := u.documentsDir()
	if err != nil {
		return "", err
	}
	return writeDocument(dir, versionFileName(v.Number, v.Version), v.PDF)
}

// checkVersion refuses bytes that are not the ones issued: the hash was
// taken when the version was issued, so a mismatch means the database was
// damaged or altered, and such a file must not go out as the document.
func checkVersion(v *domain.ProposalVersion) error {
	sum := sha256.Sum256(v.PDF)
	if got := hex.EncodeToString(sum[:]); got != v.SHA256 {
		return domain.Errorf(domain.EINVALID,
			"Version %d of %s does not match the SHA-256 recorded when it was issued: the database was damaged or altered, and nothing was written. Restore the database from a backup.",
			v.Version, v.Number)
	}
	return nil
}

// saveCurrentAs saves the document of the proposal as it stands: the
// latest issued version when nothing changed since, else a preview of the
// draft.
func (d *proposalDocs) saveCurrentAs() {
	d.stored(func(p *domain.Proposal) {
		if p.Status != domain.ProposalDraft && p.Version > 0 {
			d.saveVersionAs(p.ID, p.Number, p.Version)
			return
		}
		id, today := p.ID, d.s.today()
		dir, _ := d.s.out.documentsDir()
		name := previewFileName(p)
		// A saved PDF may be sent: it is checked as an issue would be.
		d.checked(lang.L("Save as…"), id, func() {
			d.s.out.fileSaveDialog(dir, name, func(path string) {
				d.s.out.withProgress(lang.L("Save as…"), lang.L("Rendering the preview…"), func(ctx context.Context) (func(), error) {
					b, err := d.renderPreview(ctx, id, today)
					if err != nil {
						return nil, err
					}
					return nil, writeFileAtomic(path, b)
				})
			})
		})
	})
}

// saveVersionAs writes the stored PDF of an issued version where the user
// chooses.
func (d *proposalDocs) saveVersionAs(id int64, number string, version int) {
	dir, _ := d.s.out.documentsDir()
	d.s.out.fileSaveDialog(dir, versionFileName(number, version), func(path string) {
		d.s.out.withProgress(lang.L("Save as…"), lang.L("Writing the issued PDF…"), func(ctx context.Context) (func(), error) {
			v, err := d.s.svc.Proposals.ProposalVersion(ctx, id, version)
			if err != nil {
				return nil, err
			}
			if err := checkVersion(v); err != nil {
				return nil, err
			}
			return nil, writeFileAtomic(path, v.PDF)
		})
	})
}

// generate is Ctrl+P on the proposals screen: a draft with changes is
// issued and opened (after the question), an issued proposal opens its
// latest version.
func (d *proposalDocs) generate() {
	d.stored(func(p *domain.Proposal) {
		if p.Status == domain.ProposalDraft {
			d.issueAndOpen()
			return
		}
		d.openVersion(p.ID, p.Version)
	})
}
