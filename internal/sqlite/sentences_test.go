package sqlite

import (
	"context"
	"errors"
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// TestConflictsKeepTheirFormat: a second client with the same VAT number,
// a second manager with the same address, are refused with the English
// sentence as before, and with its format and the other record as a part
// of its own, which the edge words in the reader's language.
func TestConflictsKeepTheirFormat(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	first := testClient("Acme NV", 1)
	must(t, db.CreateClient(ctx, first))
	second := testClient("Other BV", 1)
	err := db.CreateClient(ctx, second)
	var e *domain.Error
	if !errors.As(err, &e) || e.Code != domain.ECONFLICT || e.Field != "VAT number" ||
		e.Message != "VAT number: "+first.VATID+` is already the VAT number of client "`+first.LegalName+`"; a VAT number belongs to one client only.` ||
		e.Format != "VAT number: %s is already the VAT number of %s; a VAT number belongs to one client only." {
		t.Fatalf("a second client with the VAT number: %#v", err)
	}
	if part, ok := e.Args[1].(domain.Sentence); !ok || part.Format != "client %q" {
		t.Errorf("the other client is %#v, want the part client %%q", e.Args[1])
	}

	must(t, db.CreateManager(ctx, testManager("Jan Peeters", "jan@example.be")))
	err = db.CreateManager(ctx, testManager("Jan Other", "JAN@example.be"))
	if !errors.As(err, &e) || e.Field != "E-mail" ||
		e.Message != `E-mail: JAN@example.be is already the address of manager "Jan Peeters"; every manager needs an address of their own.` {
		t.Fatalf("a second manager with the address: %#v", err)
	}
}
