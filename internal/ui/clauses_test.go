package ui

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/pdf"
)

// openClauses opens Firm settings → Contract clauses… on template j, l
// and selects the clause key.
func openClauses(t *testing.T, ew *engWorld, j domain.Jurisdiction, l domain.Lang, key domain.ClauseKey) *clauseEditor {
	t.Helper()
	press(ew.u, fyne.Key5)
	if ew.u.firm.clauses == nil {
		t.Fatal("Firm settings has no Contract clauses button")
	}
	tap(ew.u, ew.u.firm.clauses)
	c := shownLast[*clauseEditor](ew.u)
	c.country.SetSelected(string(j))
	c.language.SetSelected(langOption(l))
	ew.u.waitIdle()
	selectClause(t, ew, c, key)
	return c
}

func selectClause(t *testing.T, ew *engWorld, c *clauseEditor, key domain.ClauseKey) {
	t.Helper()
	for i, x := range c.clauses {
		if x.Key == key {
			c.list.Select(i)
			ew.u.waitIdle()
			return
		}
	}
	t.Fatalf("the editor lists no clause %s", key)
}

// storedClause is the library's text of a clause.
func (ew *engWorld) storedClause(j domain.Jurisdiction, l domain.Lang, key domain.ClauseKey) *domain.ClauseText {
	ew.t.Helper()
	cs, err := ew.svc.Clauses.Clauses(context.Background(), j, l)
	if err != nil {
		ew.t.Fatal(err)
	}
	for _, c := range cs {
		if c.Key == key {
			return c
		}
	}
	ew.t.Fatalf("no clause %s", key)
	return nil
}

// TestClauseEditor_editIsSavedAndPrintedContractsKeepTheirText: a clause
// edited in Firm settings is what the next contract prints, while the
// contract printed before keeps the text it was printed with, byte for
// byte; a reissue prints the new one.
func TestClauseEditor_editIsSavedAndPrintedContractsKeepTheirText(t *testing.T) {
	ew := newEngWorld(t, engOptions{render: pdf.ContractRenderer()})
	u := ew.u
	e := ew.open("CFO ad interim")
	tap(u, u.engagements.contract.first)
	tap(u, overlayButton(t, ew.w, "Save as PDF and open"))
	v1 := ew.contractVersion(e.ID, 1)

	c := openClauses(t, ew, v1.Jurisdiction, v1.Language, domain.ClauseConfidentiality)
	def, _ := domain.DefaultClause(v1.Jurisdiction, v1.Language, domain.ClauseConfidentiality)
	if c.heading.Text != def.Title || c.body.Text != def.Body || !c.save.Disabled() || !c.reset.Disabled() {
		t.Fatalf("the shipped text is not shown as it is: %q, save enabled %v", c.heading.Text, !c.save.Disabled())
	}
	typeText(u, c.body, "{client} bewaart elk geheim van {firm}; ZEGELBEWAARDER {nonsense}.")
	if !strings.HasPrefix(c.message.Text, "Text:") || !strings.Contains(c.message.Text, "{nonsense}") || !c.save.Disabled() {
		t.Errorf("an unknown placeholder: message %q, save enabled %v", c.message.Text, !c.save.Disabled())
	}
	typeText(u, c.body, "{client} bewaart elk geheim van {firm}; ZEGELBEWAARDER.")
	if c.message.Visible() || c.save.Disabled() {
		t.Fatalf("a valid text: message %q, save enabled %v", c.message.Text, !c.save.Disabled())
	}
	tap(u, c.save)

	got := ew.storedClause(v1.Jurisdiction, v1.Language, domain.ClauseConfidentiality)
	if got.Default || got.Body != "{client} bewaart elk geheim van {firm}; ZEGELBEWAARDER." {
		t.Errorf("the library holds %+v", got)
	}
	if c.reset.Disabled() || !strings.Contains(c.origin.Text, "The firm's own text, saved on 9 May 2026") {
		t.Errorf("after saving: reset enabled %v, origin %q", !c.reset.Disabled(), c.origin.Text)
	}
	tap(u, c.done)

	// The printed version is the same document, without the new text.
	press(u, fyne.Key4)
	path := filepath.Join(ew.docs, v1.Number+"-v1-client.pdf")
	os.Remove(path)
	tap(u, u.engagements.contract.shown[0].open)
	if string(readFile(t, path)) != string(v1.PDF) {
		t.Fatal("version 1 is no longer the document first printed")
	}
	if strings.Contains(pdfText(t, path), "ZEGELBEWAARDER") {
		t.Error("the contract printed before the edit shows the new text")
	}
	tap(u, u.engagements.contract.reopen)
	tap(u, overlayButton(t, ew.w, "Reissue and open"))
	v2 := ew.contractVersion(e.ID, 2)
	if text := pdfText(t, ew.lastOpened()); !strings.Contains(text, "ZEGELBEWAARDER") || !strings.Contains(text, "Vandewalle") {
		t.Errorf("version 2 (%s) does not print the new text", v2.Number)
	}
}

func TestClauseEditor_resetPutsTheShippedTextBack(t *testing.T) {
	ew := newEngWorld(t, engOptions{})
	u := ew.u
	c := openClauses(t, ew, domain.JurisdictionBE, domain.LangFR, domain.ClauseNoticeInterim)
	typeText(u, c.heading, "Préavis")
	tap(u, c.save)
	if got := ew.storedClause(domain.JurisdictionBE, domain.LangFR, domain.ClauseNoticeInterim); got.Default || got.Title != "Préavis" {
		t.Fatalf("the library holds %+v", got)
	}
	tap(u, c.reset)
	tap(u, overlayButton(t, ew.w, "Reset to default"))
	def, _ := domain.DefaultClause(domain.JurisdictionBE, domain.LangFR, domain.ClauseNoticeInterim)
	if got := ew.storedClause(domain.JurisdictionBE, domain.LangFR, domain.ClauseNoticeInterim); !got.Default || got.Title != def.Title {
		t.Errorf("after reset the library holds %+v", got)
	}
	if c.heading.Text != def.Title || !c.reset.Disabled() {
		t.Errorf("after reset the editor shows %q, reset enabled %v", c.heading.Text, !c.reset.Disabled())
	}
}

// TestClauseEditor_storeRefusalIsSaid: a text saved elsewhere since it was
// read is refused by the store, said under the text and in the error
// dialog, and the typed text stays.
func TestClauseEditor_storeRefusalIsSaid(t *testing.T) {
	ew := newEngWorld(t, engOptions{})
	u := ew.u
	c := openClauses(t, ew, domain.JurisdictionNL, domain.LangNL, domain.ClauseLaw)
	other := *c.clauses[c.selected]
	other.Body = "Op deze overeenkomst is Nederlands recht van toepassing."
	if err := ew.svc.Clauses.SaveClause(context.Background(), &other); err != nil {
		t.Fatal(err)
	}
	typeText(u, c.body, "Nederlands recht; de rechtbank van Utrecht.")
	tap(u, c.save)
	if said := overlayTexts(ew.w); !strings.Contains(said, "Please check") || c.message.Text == "" {
		t.Errorf("the refusal: dialog %q, message %q", said, c.message.Text)
	}
	if c.body.Text != "Nederlands recht; de rechtbank van Utrecht." {
		t.Errorf("the typed text was lost: %q", c.body.Text)
	}
	if got := ew.storedClause(domain.JurisdictionNL, domain.LangNL, domain.ClauseLaw); got.Body != other.Body {
		t.Errorf("the other save was overwritten: %q", got.Body)
	}
	// Having read the refusal, the user saves again, knowingly.
	ew.closeDialogs()
	if c.save.Disabled() {
		t.Fatal("the typed text cannot be saved after the refusal")
	}
	tap(u, c.save)
	if got := ew.storedClause(domain.JurisdictionNL, domain.LangNL, domain.ClauseLaw); got.Body != "Nederlands recht; de rechtbank van Utrecht." {
		t.Errorf("saving again stored %q", got.Body)
	}
}

func TestClauseEditor_leavingAnEditAsks(t *testing.T) {
	ew := newEngWorld(t, engOptions{})
	u := ew.u
	c := openClauses(t, ew, domain.JurisdictionBE, domain.LangNL, domain.ClauseLaw)
	law := c.selected
	typeText(u, c.body, "Belgisch recht.")
	selectClause(t, ew, c, domain.ClauseFinal)
	if !strings.Contains(overlayTexts(ew.w), "has changes that were not saved") {
		t.Fatalf("switching clause with an edit says %q", overlayTexts(ew.w))
	}
	tap(u, overlayButton(t, ew.w, "Cancel"))
	if c.selected != law || c.body.Text != "Belgisch recht." {
		t.Errorf("staying shows clause %d with %q", c.selected, c.body.Text)
	}
	c.language.SetSelected(langOption(domain.LangFR))
	u.waitIdle()
	tap(u, overlayButton(t, ew.w, "Discard"))
	if c.template.l != domain.LangFR || c.body.Text == "Belgisch recht." || c.language.Selected != langOption(domain.LangFR) {
		t.Errorf("after discarding: template %s, text %q", c.template.l, c.body.Text)
	}
	if got := ew.storedClause(domain.JurisdictionBE, domain.LangNL, domain.ClauseLaw); !got.Default {
		t.Error("a discarded edit was saved")
	}
}
