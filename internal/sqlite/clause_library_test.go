package sqlite

import (
	"context"
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
)

func TestClauseLibrary(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	all, err := db.Clauses(ctx, domain.JurisdictionNL, domain.LangNL)
	must(t, err)
	if len(all) != len(domain.ClauseKeys()) {
		t.Fatalf("%d clauses, want %d", len(all), len(domain.ClauseKeys()))
	}
	notice := func() *domain.ClauseText {
		cs, err := db.Clauses(ctx, domain.JurisdictionNL, domain.LangNL)
		must(t, err)
		for _, c := range cs {
			if c.Key == domain.ClauseNoticeInterim {
				return c
			}
		}
		t.Fatal("no notice clause")
		return nil
	}
	def := notice()
	if !def.Default || def.Rev != 0 || def.Title != "Opzegging en voortijdige beëindiging" {
		t.Fatalf("default: %+v", def)
	}

	own := *def
	own.Body = "Elke Partij kan opzeggen met {notice_period} opzegtermijn.  \r\n"
	must(t, db.SaveClause(ctx, &own))
	if own.Default || own.Rev != 1 || own.Body != "Elke Partij kan opzeggen met {notice_period} opzegtermijn." {
		t.Errorf("saved: %+v", own)
	}
	if got := notice(); got.Default || got.Body != own.Body || got.Rev != 1 || !got.UpdatedAt.Equal(testNow) {
		t.Errorf("read back: %+v", got)
	}
	// The other template and language keep their defaults.
	be, err := db.Clauses(ctx, domain.JurisdictionBE, domain.LangNL)
	must(t, err)
	for _, c := range be {
		if !c.Default {
			t.Errorf("BE %s is not the default", c.Key)
		}
	}

	stale := *def // read before the save: Rev 0
	stale.Body = "Iets anders."
	wantCode(t, db.SaveClause(ctx, &stale), domain.ECONFLICT)
	bad := own
	bad.Body = "Binnen {opzegtermijn}."
	err = db.SaveClause(ctx, &bad)
	if domain.ErrorField(err) != "Text" {
		t.Errorf("bad placeholder: %v", err)
	}
	if got := notice(); got.Body != own.Body {
		t.Errorf("a refused save wrote: %q", got.Body)
	}

	// Saving the default text again drops the firm's copy.
	back := own
	back.Body = def.Body
	must(t, db.SaveClause(ctx, &back))
	if got := notice(); !got.Default || got.Rev != 0 || !back.Default {
		t.Errorf("default again: %+v", got)
	}

	own.Rev = 0
	must(t, db.SaveClause(ctx, &own))
	must(t, db.ResetClause(ctx, domain.JurisdictionNL, domain.LangNL, domain.ClauseNoticeInterim))
	if got := notice(); !got.Default || got.Body != def.Body {
		t.Errorf("reset: %+v", got)
	}
	must(t, db.ResetClause(ctx, domain.JurisdictionNL, domain.LangNL, domain.ClauseNoticeInterim))
	if got := eventsOf(t, db, "clause", 0); len(got) != 4 || got[0] != "saved" || got[3] != "reset" {
		t.Errorf("events %q", got)
	}

	for _, tc := range []struct {
		name  string
		err   error
		field string
	}{
		{"unknown template", func() error { _, err := db.Clauses(ctx, "FR", domain.LangNL); return err }(), "Country"},
		{"unknown language", func() error { _, err := db.Clauses(ctx, domain.JurisdictionBE, "de"); return err }(), "Language"},
		{"reset unknown clause", db.ResetClause(ctx, domain.JurisdictionBE, domain.LangNL, "bonus"), "Clause"},
		{"save nothing", db.SaveClause(ctx, nil), ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if domain.ErrorCode(tc.err) != domain.EINVALID || domain.ErrorField(tc.err) != tc.field {
				t.Errorf("err = %v", tc.err)
			}
		})
	}
}
