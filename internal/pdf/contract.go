package pdf

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// RenderContract prints an engagement contract: the firm's letterhead, the
// parties, the numbered articles of its template with the engagement's
// figures, and signature lines for every party, with "page x of y" and
// boxes for each party's initials on every page. It is pure: the same
// document gives the same bytes. The article texts are d.Clauses with
// their placeholders filled from d.Vars(); nothing is computed here but
// layout.
func RenderContract(d *domain.ContractDocument) ([]byte, error) {
	if d == nil {
		return nil, domain.Errorf(domain.EINVALID, "Contract: there is no document to print.")
	}
	return safely("contract", d.Number, func() ([]byte, error) {
		c := &contract{d: d, t: textsFor(d.Lang), ct: contractTextsFor(d.Lang), at: agreementTextsFor(d.Lang), vars: d.Vars()}
		c.Doc = NewDoc(c.setup())
		c.build()
		out, err := c.Bytes()
		if err != nil {
			return nil, domain.Errorf(domain.EINTERNAL, "pdf: printing contract %q: %v", d.Number, err)
		}
		return out, nil
	})
}

// ContractRenderer adapts RenderContract to the domain's renderer type,
// which the store calls when a contract is printed the first time.
func ContractRenderer() domain.ContractRenderer { return withContext(RenderContract) }

// contract is one contract being printed.
type contract struct {
	*Doc
	d    *domain.ContractDocument
	t    *texts // the words it shares with proposals: letterhead, footer, signature lines
	ct   *contractTexts
	at   *agreementTexts // the manager agreement's own words
	vars map[string]string
}

// title is the name of the template: "Managementovereenkomst".
func (c *contract) title() string {
	if c.forManager() {
		if t := c.at.Titles[c.d.Jurisdiction]; t != "" {
			return t
		}
		return c.at.Titles[domain.JurisdictionBE]
	}
	kinds := c.ct.Titles[c.d.Jurisdiction]
	if kinds == nil {
		kinds = c.ct.Titles[domain.JurisdictionBE]
	}
	return kinds[c.kind()]
}

// heading is the title printed on the first page: for a consulting
// assignment with a name of its own, the template's title and that name,
// "Adviesovereenkomst – Doorlichting afvaldienst". An engagement that only
// carries the proposal's title (often the interim position) is not named
// after it.
func (c *contract) heading() string {
	name := strings.TrimSpace(c.d.Engagement.Role)
	if c.kind() != domain.KindConsulting || name == "" {
		return c.title()
	}
	if p := c.d.Proposal; p != nil && strings.EqualFold(name, strings.TrimSpace(p.Title)) {
		return c.title()
	}
	return c.title() + " – " + name
}

func (c *contract) kind() domain.OfferKind {
	if c.d.Engagement.Kind == domain.KindConsulting {
		return domain.KindConsulting
	}
	return domain.KindInterim
}

// interim reports whether the manager is a party: the manager agreement,
// and the three-party contract of a mandate with a manager.
func (c *contract) interim() bool { return c.d.ManagerSigns() }

// forManager reports whether this is the manager agreement: the firm and
// the manager's company, the manager's fee, never the client's rate.
func (c *contract) forManager() bool {
	return c.d.PartyOf() == domain.PartyManager && c.d.Manager != nil
}

// counterpart is the name of the party the firm contracts: the client, or
// the manager's company in the manager agreement.
func (c *contract) counterpart() string {
	if c.forManager() {
		return managerCompanyName(c.d.Manager)
	}
	return c.d.Client.LegalName
}

// setup is the page setup: metadata, brand colour, the running header, the
// footer with the reference and the initials of every party, and the
// draft watermark for a preview.
func (c *contract) setup() Setup {
	d, t, ct := c.d, c.t, c.ct
	parties := 2
	if c.interim() && !c.forManager() {
		parties = 3
	}
	s := Setup{
		Title:    c.title(),
		Author:   firmName(&d.Firm),
		Subject:  fmt.Sprintf(ct.Subject, c.title(), c.counterpart()),
		Keywords: strings.TrimSpace(d.Number + " " + c.counterpart()),
		Date:     metadataDate(d.Date),
		Brand:    d.Firm.BrandColour,
		Footer: Footer{
			Page:         func(page int, total string) string { return fmt.Sprintf(t.PageOf, page, total) },
			Header:       strings.Join(nonEmpty(firmName(&d.Firm), c.reference(), c.headerName()), " · "),
			Initials:     ct.Initials,
			InitialBoxes: parties,
		},
	}
	s.markVersion(t, c.draft(), d.Number, d.Version, d.ShortHash)
	return s
}

// draft reports whether this is a preview, not a printed version.
func (c *contract) draft() bool { return c.d.Version <= 0 }

// reference is "Contract CTR-2026-0012", or the title alone for a draft.
func (c *contract) reference() string {
	if c.draft() || c.d.Number == "" {
		return c.title()
	}
	return fmt.Sprintf(c.ct.Contract, c.d.Number)
}

// build prints the document, block after block.
func (c *contract) build() {
	c.Letterhead(firmLetterhead(&c.d.Firm, c.t))
	c.Kicker(c.ct.Kicker)
	c.Title(c.heading())
	c.Space()
	c.addressee()
	var articles []domain.Clause
	for _, cl := range c.d.Clauses {
		if cl.Key != domain.ClauseSignature {
			articles = append(articles, cl)
		}
	}
	sig := c.signature()
	for i, cl := range articles {
		if i == len(articles)-1 {
			// The signatures take the last lines of the final article
			// with them rather than stand alone on a page.
			c.KeepWithNext(blockGap + paraGap + c.SignatureHeight(sig))
		}
		c.article(strconv.Itoa(i+1), cl)
	}
	c.Space()
	c.Signature(sig)
}

// headerName is the counterpart as the running header names it: the
// client's display name, or the manager's company.
func (c *contract) headerName() string {
	if c.forManager() {
		return c.counterpart()
	}
	return c.d.Client.DisplayName()
}

// addressee prints the client beside the contract's number, version, date
// and the proposal it follows from; in the manager agreement, the manager's
// company, and no proposal (it is the client's).
func (c *contract) addressee() {
	if c.forManager() {
		c.contractorAddressee()
		return
	}
	d, t, ct := c.d, c.t, c.ct
	cl := &d.Client
	lines := []string{cl.LegalName}
	if cl.TradeName != "" && cl.TradeName != cl.LegalName {
		lines[0] += " (" + cl.TradeName + ")"
	}
	if n := strings.TrimSpace(cl.Contact.Name); n != "" {
		lines = append(lines, fmt.Sprintf(t.Attn, strings.Join(nonEmpty(n, cl.Contact.Role), ", ")))
	}
	lines = append(lines, cl.Address.Lines()...)
	facts := c.facts()
	if p := d.Proposal; p != nil {
		facts = append(facts, Field{ct.Proposal, fmt.Sprintf(ct.ProposalRef, p.Number, p.Version)})
	}
	c.Addressee(Addressee{Label: ct.Client, Lines: lines, Facts: facts})
}

// facts are the contract's number, version and date, as the addressee
// block shows them.
func (c *contract) facts() []Field {
	d, t, ct := c.d, c.t, c.ct
	number, version := d.Number, strconv.Itoa(d.Version)
	if c.draft() {
		version = capitalise(t.Draft)
		if number == "" {
			number = "–"
		}
	}
	return []Field{{ct.Number, number}, {ct.Version, version}, {ct.Date, t.date(d.Date)}}
}

// contractorAddressee prints the manager's company, for the attention of
// the manager, beside the agreement's number, version and date.
func (c *contract) contractorAddressee() {
	m := c.d.Manager
	lines := []string{managerCompanyName(m)}
	if strings.TrimSpace(m.Company.Name) != "" {
		lines = append(lines, fmt.Sprintf(c.t.Attn, m.Name))
	}
	seat := m.Company.Seat
	seat.City = domain.PlaceName(seat.City, seat.Country, c.d.Lang)
	lines = append(lines, seat.Lines()...)
	c.Addressee(Addressee{Label: c.at.Contractor, Lines: lines, Facts: c.facts()})
}

// article prints one numbered article: its heading, its paragraphs with
// the placeholders filled, and the engagement's data the article is about.
func (c *contract) article(number string, cl domain.Clause) {
	c.Heading(number, domain.ExpandClause(cl.Title, c.vars))
	if cl.Key.Article() == "parties" {
		c.parties()
	}
	paras := splitParagraphs(stripTrailing(clean(domain.ExpandClause(cl.Body, c.vars))))
	var data func()
	switch cl.Key.Article() {
	case "assignment":
		data = c.assignment
	case "authority":
		data = func() { c.list(c.ct.Powers, c.d.Terms.Authority, false) }
	case "deliverables":
		data = func() { c.list("", c.d.Terms.Deliverables, true) }
	case "term":
		data = c.term
	case "fee":
		data = c.fee
	}
	if data == nil {
		c.Clause(number, paras)
		return
	}
	// The data follows the paragraph that announces it ("hieronder",
	// "below"), else the whole article.
	at := len(paras)
	for i, p := range paras {
		if strings.Contains(strings.ToLower(p), c.ct.Below) {
			at = i + 1
			break
		}
	}
	if at < len(paras) {
		// The announcing paragraph does not end a page without the
		// first lines of what it announces.
		c.KeepWithNext(3 * lineBody)
	}
	c.ClausePart(number, paras[:at], 0, len(paras))
	c.KeepWithNext(0)
	data()
	c.ClausePart(number, paras[at:], at, len(paras))
}

// signature is the sentence of the signature clause and a column of lines
// for each party.
func (c *contract) signature() Signature {
	d, t, ct := c.d, c.t, c.ct
	intro := ""
	for _, cl := range d.Clauses {
		if cl.Key == domain.ClauseSignature {
			intro = domain.ExpandClause(cl.Body, c.vars)
		}
	}
	lines := []string{t.SignName, t.SignPlace, t.SignHere}
	signers := []Signer{{Role: ct.ForFirm, Name: firmName(&d.Firm), Lines: lines}}
	if !c.forManager() {
		signers = append(signers, Signer{Role: ct.ForClient, Name: d.Client.LegalName, Lines: lines})
	}
	if c.interim() {
		m := d.Manager
		name := m.Name
		if co := strings.TrimSpace(m.Company.Name); co != "" {
			name = co + ", " + fmt.Sprintf(ct.RepresentedBy, m.Name)
		}
		role := ct.ForManager
		if c.forManager() {
			role = c.at.ForContractor
		}
		signers = append(signers, Signer{Role: role, Name: name, Lines: lines})
	}
	return Signature{Intro: intro, Signers: signers}
}
