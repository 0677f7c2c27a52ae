package storetest

import (
	"bytes"
	"fmt"
	"testing"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// The clause library: the firm's own texts saved, listed, reset, and
// taken by a contract when it is first printed.

// ownClause is the firm's text of a clause the client's agreement of a
// mandate prints, under Belgian law in Dutch.
func ownClause(t *testing.T, e *env) *domain.ClauseText {
	t.Helper()
	key := domain.AgreementClauses(domain.KindInterim, domain.PartyClient, false)[1]
	list, err := e.Clauses.Clauses(e.ctx, domain.JurisdictionBE, domain.LangNL)
	must(t, err)
	for _, c := range list {
		if c.Key == key {
			return c
		}
	}
	t.Fatalf("no clause %s in the library", key)
	return nil
}

var clauseTests = []test{
	{"save, list and reset", func(t *testing.T, e *env) {
		list, err := e.Clauses.Clauses(e.ctx, domain.JurisdictionBE, domain.LangNL)
		must(t, err)
		if len(list) != len(domain.ClauseKeys()) {
			t.Fatalf("%d clauses, want %d", len(list), len(domain.ClauseKeys()))
		}
		for i, c := range list {
			def, _ := domain.DefaultClause(domain.JurisdictionBE, domain.LangNL, domain.ClauseKeys()[i])
			if !c.Default || c.Rev != 0 || c.Clause != def {
				t.Errorf("clause %d: %+v, want the default %+v", i, c, def)
			}
		}
		c := ownClause(t, e)
		def := c.Clause
		e.clock.Advance(time.Hour)
		c.Body = "Onze eigen tekst.  \r\n\r\n\r\nTweede alinea.\n"
		must(t, e.Clauses.SaveClause(e.ctx, c))
		if c.Default || c.Rev != 1 || !c.UpdatedAt.Equal(Start.Add(time.Hour)) || c.Body != "Onze eigen tekst.\n\nTweede alinea." {
			t.Errorf("after the save: %+v", c)
		}
		got := ownClause(t, e)
		if *got != *c {
			t.Errorf("read back\n%+v\nwant\n%+v", got, c)
		}
		// The same text in French is another entry; Dutch keeps its own.
		fr, err := e.Clauses.Clauses(e.ctx, domain.JurisdictionBE, domain.LangFR)
		must(t, err)
		for _, f := range fr {
			if !f.Default {
				t.Errorf("French clause %s is the firm's", f.Key)
			}
		}
		stale := *c
		c.Title = "Opdracht (eigen)"
		must(t, e.Clauses.SaveClause(e.ctx, c))
		if c.Rev != 2 {
			t.Errorf("rev after the second save: %d", c.Rev)
		}
		stale.Body = "Te laat."
		err = e.Clauses.SaveClause(e.ctx, &stale)
		wantCode(t, err, domain.ECONFLICT)
		wantMessage(t, err, fmt.Sprintf("The nl clause %q was changed elsewhere since you opened it; reload it and make your change again.", stale.Title))

		// Saving the default text is going back to the default.
		c.Clause = def
		must(t, e.Clauses.SaveClause(e.ctx, c))
		if !c.Default || c.Rev != 0 {
			t.Errorf("after saving the default: %+v", c)
		}
		if got := ownClause(t, e); !got.Default || got.Clause != def {
			t.Errorf("listed after saving the default: %+v", got)
		}
		c.Body = "Weer eigen."
		must(t, e.Clauses.SaveClause(e.ctx, c))
		must(t, e.Clauses.ResetClause(e.ctx, domain.JurisdictionBE, domain.LangNL, c.Key))
		if got := ownClause(t, e); !got.Default || got.Clause != def || got.Rev != 0 {
			t.Errorf("after the reset: %+v", got)
		}
		// A reset of a default changes nothing.
		must(t, e.Clauses.ResetClause(e.ctx, domain.JurisdictionBE, domain.LangNL, c.Key))
	}},
	{"refusals", func(t *testing.T, e *env) {
		_, err := e.Clauses.Clauses(e.ctx, "FR", domain.LangNL)
		wantCode(t, err, domain.EINVALID)
		wantMessage(t, err, `Country: "FR" has no contract template; use BE or NL.`)
		_, err = e.Clauses.Clauses(e.ctx, domain.JurisdictionNL, "de")
		wantMessage(t, err, "Language: must be nl, en or fr.")
		err = e.Clauses.ResetClause(e.ctx, domain.JurisdictionNL, domain.LangNL, "bonus")
		wantCode(t, err, domain.EINVALID)
		wantMessage(t, err, `Clause: "bonus" is not a clause of the contract templates.`)
		wantMessage(t, e.Clauses.ResetClause(e.ctx, "DE", domain.LangNL, "bonus"), `Country: "DE" has no contract template; use BE or NL.`)
		c := ownClause(t, e)
		c.Body = "  "
		err = e.Clauses.SaveClause(e.ctx, c)
		wantCode(t, err, domain.EINVALID)
		if domain.ErrorField(err) != "Text" {
			t.Errorf("field %q (%v)", domain.ErrorField(err), err)
		}
		wantCode(t, e.Clauses.SaveClause(e.ctx, nil), domain.EINVALID)
		if got := ownClause(t, e); !got.Default {
			t.Errorf("a refused save was kept: %+v", got)
		}
	}},
	{"two people save their first text of a clause at once", func(t *testing.T, e *env) {
		other := e.Again(t)
		mine, theirs := ownClause(t, e), ownClause(t, e)
		mine.Body, theirs.Body = "Mijn tekst.", "Hun tekst."
		oneOf(t, together(
			func() error { return e.Clauses.SaveClause(e.ctx, mine) },
			func() error { return other.Clauses.SaveClause(e.ctx, theirs) },
		), domain.ECONFLICT)
		if got := ownClause(t, e); got.Rev != 1 || (got.Body != mine.Body && got.Body != theirs.Body) {
			t.Errorf("kept %+v", got)
		}
	}},
	{"a contract keeps the texts it was printed with", func(t *testing.T, e *env) {
		b, _ := printable(t, e)
		c := ownClause(t, e)
		c.Body = "De tekst van het kantoor."
		must(t, e.Clauses.SaveClause(e.ctx, c))
		v1, err := e.Contracts.PrintContract(e.ctx, b.first.ID, domain.Date{})
		must(t, err)
		if !bytes.Contains(v1.Data, []byte("De tekst van het kantoor.")) {
			t.Fatalf("the printed contract does not show the firm's text")
		}
		must(t, e.Clauses.ResetClause(e.ctx, domain.JurisdictionBE, domain.LangNL, c.Key))
		again, err := e.Contracts.PrintContract(e.ctx, b.first.ID, domain.Date{})
		must(t, err)
		if !bytes.Equal(again.PDF, v1.PDF) {
			t.Errorf("the printed contract changed with the library")
		}
		draft, err := e.Contracts.ContractDocument(e.ctx, b.first.ID, domain.Date{})
		must(t, err)
		for _, cl := range draft.Clauses {
			if cl.Key == c.Key && cl.Body == "De tekst van het kantoor." {
				t.Errorf("the draft still shows the reset text")
			}
		}
		v2, err := e.Contracts.ReissueContract(e.ctx, b.first.ID, domain.Date{})
		must(t, err)
		if bytes.Contains(v2.Data, []byte("De tekst van het kantoor.")) {
			t.Errorf("the reissue kept the reset text")
		}
	}},
}
