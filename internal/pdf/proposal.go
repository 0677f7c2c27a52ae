package pdf

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// RenderProposal prints a proposal: the interim mandate beside the consulting
// offer, their comparison and costs, and the page the client signs. It is
// pure: the same document gives the same bytes, whatever the clock or the
// machine says. Amounts come from d.Totals and the chart from
// d.Proposal.CostCurve(); nothing is computed here but layout.
func RenderProposal(d *domain.ProposalDocument) ([]byte, error) {
	if d == nil {
		return nil, domain.Errorf(domain.EINVALID, "Proposal: there is no document to print.")
	}
	return safely("proposal", d.Number, func() ([]byte, error) { return renderProposal(d) })
}

// ProposalRenderer adapts RenderProposal to the domain's renderer type,
// which the store calls when a version is issued.
func ProposalRenderer() domain.ProposalRenderer { return withContext(RenderProposal) }

// renderProposal lays the document out in its language.
func renderProposal(d *domain.ProposalDocument) ([]byte, error) {
	lang := d.Lang
	if !lang.Valid() {
		lang = d.Proposal.DocumentLanguage(&d.Client, &d.Firm)
	}
	p := &proposal{d: d, t: textsFor(lang)}
	p.Doc = NewDoc(p.setup())
	p.build()
	out, err := p.Bytes()
	if err != nil {
		return nil, domain.Errorf(domain.EINTERNAL, "pdf: printing proposal %q: %v", d.Number, err)
	}
	return out, nil
}

// proposal is one proposal being printed.
type proposal struct {
	*Doc
	d       *domain.ProposalDocument
	t       *texts
	section int
}

// setup is the page setup of a proposal: metadata, brand colour, footer,
// and the draft watermark for a version not yet issued.
func (p *proposal) setup() Setup {
	d, t := p.d, p.t
	s := Setup{
		Title:    d.Proposal.Title,
		Author:   firmName(&d.Firm),
		Subject:  fmt.Sprintf(t.Subject, d.Client.LegalName),
		Keywords: strings.TrimSpace(d.Number + " " + d.Client.LegalName),
		Date:     metadataDate(d.Date),
		Brand:    d.Firm.BrandColour,
		Footer: Footer{
			Page:   func(page int, total string) string { return fmt.Sprintf(t.PageOf, page, total) },
			Header: strings.Join(nonEmpty(firmName(&d.Firm), p.reference(), d.Client.DisplayName()), " · "),
		},
	}
	s.markVersion(t, p.draft(), d.Number, d.Version, d.ShortHash)
	return s
}

// draft reports whether this is a preview of a version not yet issued.
func (p *proposal) draft() bool { return p.d.Version <= 0 }

// reference is "Proposal OFF-2026-0007", or the kind alone for a draft.
func (p *proposal) reference() string {
	if p.draft() || p.d.Number == "" {
		return p.t.Proposal
	}
	return p.t.Proposal + " " + p.d.Number
}

// build prints the document, block after block.
func (p *proposal) build() {
	p.letterhead()
	p.Kicker(p.t.Proposal)
	p.Title(p.d.Proposal.Title)
	p.Space()
	p.addressee()
	p.situation()
	p.interim()
	p.consulting()
	p.comparison()
	p.costs()
	p.recommendation()
	p.terms()
	p.acceptance()
}

// heading starts the next numbered section.
func (p *proposal) heading(title string) {
	p.section++
	p.Heading(strconv.Itoa(p.section), title)
}

// letterhead prints the firm's name and legal mentions.
func (p *proposal) letterhead() { p.Letterhead(firmLetterhead(&p.d.Firm, p.t)) }

// firmName is the legal name with the legal form, once.
func firmName(f *domain.Firm) string { return domain.FirmLegalName(f) }

// addressee prints the client and the proposal's number, version and dates.
func (p *proposal) addressee() {
	c, t := &p.d.Client, p.t
	lines := []string{c.LegalName}
	if c.TradeName != "" && c.TradeName != c.LegalName {
		lines[0] += " (" + c.TradeName + ")"
	}
	if n := strings.TrimSpace(c.Contact.Name); n != "" {
		lines = append(lines, fmt.Sprintf(t.Attn, strings.Join(nonEmpty(n, c.Contact.Role), ", ")))
	}
	lines = append(lines, c.Address.Lines()...)
	if c.VATID != "" {
		lines = append(lines, fmt.Sprintf(t.ClientVAT, c.VATID))
	}
	number, version := p.d.Number, strconv.Itoa(p.d.Version)
	if p.draft() {
		version = capitalise(t.Draft)
		if number == "" {
			number = "–"
		}
	}
	facts := []Field{
		{t.Number, number},
		{t.Version, version},
		{t.Date, t.date(p.d.Date)},
		{t.ValidUntil, t.date(p.validUntil())},
	}
	p.Addressee(Addressee{Label: t.PreparedFor, Lines: lines, Facts: facts})
}

// capitalise writes "DRAFT" as "Draft".
func capitalise(s string) string {
	if s == "" {
		return s
	}
	r := []rune(strings.ToLower(s))
	return strings.ToUpper(string(r[0])) + string(r[1:])
}

// situation prints the client's situation as the client put it.
func (p *proposal) situation() {
	if strings.TrimSpace(p.d.Proposal.Situation) == "" {
		return
	}
	p.heading(p.t.Situation)
	p.Paragraph(p.d.Proposal.Situation)
}

// nonEmpty keeps the strings that are not blank.
func nonEmpty(ss ...string) []string {
	out := ss[:0:0]
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			out = append(out, s)
		}
	}
	return out
}
