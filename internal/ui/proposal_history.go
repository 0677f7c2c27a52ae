package ui

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// versionHistory lists the issued versions of the proposal in the form,
// newest first, each with Open and Save as… for its frozen PDF. It is
// hidden until the proposal has been issued.
type versionHistory struct {
	d    *proposalDocs
	rows *fyne.Container
	root *fyne.Container
	// id is the proposal whose versions are asked for or shown; a late
	// answer about another proposal is dropped.
	id    int64
	shown []*versionRow
}

// versionRow is one issued version in the history.
type versionRow struct {
	v          *domain.ProposalVersion
	text       *widget.Label
	open, save *widget.Button
}

func newVersionHistory(d *proposalDocs) *versionHistory {
	h := &versionHistory{d: d, rows: container.NewVBox()}
	h.root = container.NewVBox(section(lang.L("Issued versions"),
		lang.L("What the client received, kept byte for byte. Open writes the PDF into the documents folder exactly as it was issued."),
		h.rows))
	h.root.Hide()
	return h
}

// load asks the store for the versions of p, unless it was never issued.
func (h *versionHistory) load(p *domain.Proposal) {
	h.id = p.ID
	if p.ID == 0 || p.Version == 0 {
		h.set(nil)
		return
	}
	id := p.ID
	h.d.s.parts.work.background(func(ctx context.Context) func() {
		vs, err := h.d.s.svc.Proposals.ProposalVersions(ctx, id)
		return func() {
			if id != h.id {
				return
			}
			if err != nil {
				h.d.s.parts.showError(err)
				return
			}
			h.set(vs)
		}
	})
}

// set shows the versions.
func (h *versionHistory) set(vs []*domain.ProposalVersion) {
	h.rows.RemoveAll()
	h.shown = nil
	for _, v := range vs {
		r := h.newRow(v)
		h.shown = append(h.shown, r)
		h.rows.Add(container.NewBorder(nil, nil, nil, container.NewHBox(r.open, r.save), r.text))
	}
	if len(vs) == 0 {
		h.root.Hide()
	} else {
		h.root.Show()
	}
	h.root.Refresh()
}

func (h *versionHistory) newRow(v *domain.ProposalVersion) *versionRow {
	r := &versionRow{v: v}
	r.text = widget.NewLabel(versionLine(v))
	r.text.Truncation = fyne.TextTruncateEllipsis
	id, number, version := v.ProposalID, v.Number, v.Version
	r.open = widget.NewButtonWithIcon(lang.L("Open"), theme.FileIcon(), func() { h.d.openVersion(id, version) })
	r.save = widget.NewButtonWithIcon(lang.L("Save as…"), theme.DocumentSaveIcon(), func() { h.d.saveVersionAs(id, number, version) })
	r.open.Importance = widget.LowImportance
	r.save.Importance = widget.LowImportance
	return r
}

// versionLine says which document a version is: "Version 2 · OFF-2026-0005
// · 09/05/2026 · nl · SHA-256 1a2b3c4d5e6f".
func versionLine(v *domain.ProposalVersion) string {
	return lang.X("proposal.version.line", "Version {{.Version}} · {{.Number}} · {{.Date}} · {{.Lang}} · SHA-256 {{.Sum}}",
		map[string]any{"Version": v.Version, "Number": v.Number, "Date": formatShortDate(v.IssuedOn), "Lang": string(v.Language), "Sum": shortSum(v.SHA256)})
}

// shortSum is the start of a SHA-256 in hex, enough to tell versions apart
// and to compare with the command line's history.
func shortSum(sum string) string {
	const n = 12
	if len(sum) > n {
		return sum[:n]
	}
	return sum
}
