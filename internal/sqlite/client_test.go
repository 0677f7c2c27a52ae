package sqlite

import (
	"context"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
)

func TestClientRoundTrip(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	c := testClient("Acme", 1234567)
	c.VATID = " be 0123.4567.49 " // Normalize tidies it before it is stored
	c.CompanyNumber = "0123.456.749"
	must(t, db.CreateClient(ctx, c))
	if c.ID == 0 || c.Rev != 1 || !c.CreatedAt.Equal(testNow) || !c.UpdatedAt.Equal(testNow) {
		t.Fatalf("after create: ID %d, Rev %d, CreatedAt %v, UpdatedAt %v", c.ID, c.Rev, c.CreatedAt, c.UpdatedAt)
	}
	if c.VATID != "BE0123456749" {
		t.Errorf("VATID = %q, want it normalized", c.VATID)
	}
	got, err := db.FindClientByID(ctx, c.ID)
	must(t, err)
	if !reflect.DeepEqual(got, c) {
		t.Errorf("read back\n%+v\nwant\n%+v", got, c)
	}

	later := testNow.Add(time.Hour)
	db.Now = func() time.Time { return later }
	got.Notes, got.Contact.Name = "Tweede gesprek gepland.", "Anna Claes"
	must(t, db.UpdateClient(ctx, got))
	if got.Rev != 2 || !got.UpdatedAt.Equal(later) || !got.CreatedAt.Equal(testNow) {
		t.Errorf("after update: Rev %d, CreatedAt %v, UpdatedAt %v", got.Rev, got.CreatedAt, got.UpdatedAt)
	}
	again, err := db.FindClientByID(ctx, c.ID)
	must(t, err)
	if !reflect.DeepEqual(again, got) {
		t.Errorf("read back after update\n%+v\nwant\n%+v", again, got)
	}

	_, err = db.FindClientByID(ctx, 999)
	wantCode(t, err, domain.ENOTFOUND)
}

func TestCreateClientRefusesInvalidAndWritesNothing(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	for _, tc := range []struct {
		name  string
		edit  func(c *domain.Client)
		field string
	}{
		{"no legal name", func(c *domain.Client) { c.LegalName = " " }, "Legal name"},
		{"VAT check digits", func(c *domain.Client) { c.VATID = "BE0123456789" }, "VAT number"},
		{"VAT of another country", func(c *domain.Client) { c.Address.Country = "NL" }, "VAT number"},
		{"language", func(c *domain.Client) { c.Language = "de" }, "Document language"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := testClient("Acme", 1234567)
			tc.edit(c)
			err := db.CreateClient(ctx, c)
			wantCode(t, err, domain.EINVALID)
			if f := domain.ErrorField(err); f != tc.field {
				t.Errorf("field = %q, want %q (%v)", f, tc.field, err)
			}
		})
	}
	_, n, err := db.FindClients(ctx, domain.ClientFilter{IncludeArchived: true})
	must(t, err)
	if n != 0 {
		t.Errorf("%d clients written", n)
	}
}

func TestClientVATIDIsUnique(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	acme := testClient("Acme", 1234567)
	must(t, db.CreateClient(ctx, acme))
	// Clients without a VAT id do not collide with each other.
	for _, name := range []string{"Vzw Een", "Vzw Twee"} {
		must(t, db.CreateClient(ctx, testClient(name, 0)))
	}

	dup := testClient("Bolt", 1234567)
	err := db.CreateClient(ctx, dup)
	wantCode(t, err, domain.ECONFLICT)
	if !strings.Contains(err.Error(), `client "Acme NV"`) || domain.ErrorField(err) != "VAT number" {
		t.Errorf("conflict = %q (field %q), want it to name Acme NV and the VAT number", err, domain.ErrorField(err))
	}

	bolt := testClient("Bolt", 7654321)
	must(t, db.CreateClient(ctx, bolt))
	bolt.VATID = acme.VATID
	wantCode(t, db.UpdateClient(ctx, bolt), domain.ECONFLICT)
	stored, err := db.FindClientByID(ctx, bolt.ID)
	must(t, err)
	if stored.VATID != beVAT(7654321) || stored.Rev != 1 {
		t.Errorf("after refused update: VAT %s rev %d", stored.VATID, stored.Rev)
	}
}

func TestUpdateClientStaleRevConflicts(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	c := testClient("Acme", 1234567)
	must(t, db.CreateClient(ctx, c))

	mine, err := db.FindClientByID(ctx, c.ID)
	must(t, err)
	theirs, err := db.FindClientByID(ctx, c.ID)
	must(t, err)
	theirs.Notes = "their change"
	must(t, db.UpdateClient(ctx, theirs))

	mine.Notes = "my change"
	err = db.UpdateClient(ctx, mine)
	wantCode(t, err, domain.ECONFLICT)
	if !strings.Contains(err.Error(), "was changed elsewhere since you opened it; reload it") {
		t.Errorf("message = %q", err)
	}
	stored, err := db.FindClientByID(ctx, c.ID)
	must(t, err)
	if stored.Notes != "their change" || stored.Rev != 2 {
		t.Errorf("stored notes %q rev %d, want their change at rev 2", stored.Notes, stored.Rev)
	}

	ghost := testClient("Ghost", 0)
	ghost.ID, ghost.Rev = 999, 1
	wantCode(t, db.UpdateClient(ctx, ghost), domain.ENOTFOUND)
}

func TestArchiveClient(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	c := testClient("Acme", 1234567)
	must(t, db.CreateClient(ctx, c))
	must(t, db.ArchiveClient(ctx, c.ID, true))

	list, n, err := db.FindClients(ctx, domain.ClientFilter{})
	must(t, err)
	if n != 0 || len(list) != 0 {
		t.Errorf("archived client listed: %d", n)
	}
	list, n, err = db.FindClients(ctx, domain.ClientFilter{IncludeArchived: true})
	must(t, err)
	if n != 1 || !list[0].Archived || list[0].Rev != 2 {
		t.Errorf("with archived: n=%d %+v", n, list)
	}
	must(t, db.ArchiveClient(ctx, c.ID, false))
	if _, n, _ = db.FindClients(ctx, domain.ClientFilter{}); n != 1 {
		t.Errorf("restored client not listed")
	}
	wantCode(t, db.ArchiveClient(ctx, 999, true), domain.ENOTFOUND)
}

func TestFindClients(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	mk := func(legal, trade, city, country, contact string, vat string) *domain.Client {
		c := testClient("x", 0)
		c.LegalName, c.TradeName, c.Address.City, c.Address.Country, c.Contact.Name, c.VATID = legal, trade, city, country, contact, vat
		if country == "NL" {
			c.Address.Postcode = "4381 AA" // the template's is Belgian
		}
		must(t, db.CreateClient(ctx, c))
		return c
	}
	zeeland := mk("Zeeuwse Havens BV", "", "Vlissingen", "NL", "Joost de Vries", "NL123456782B01")
	brugge := mk("Brugse Zorg vzw", "Zorg Brugge", "Brugge", "BE", "Gérard Dumont", beVAT(2222222))
	antwerp := mk("Antwerp Chemicals NV", "", "Antwerpen", "BE", "Anna Claes", beVAT(3333333))
	db.Now = func() time.Time { return testNow.Add(time.Minute) }
	must(t, db.UpdateClient(ctx, brugge)) // the most recently changed

	names := func(cs []*domain.Client) []string {
		var out []string
		for _, c := range cs {
			out = append(out, c.LegalName)
		}
		return out
	}
	for _, tc := range []struct {
		name string
		f    domain.ClientFilter
		want []*domain.Client
	}{
		{"all by display name", domain.ClientFilter{}, []*domain.Client{antwerp, zeeland, brugge}},
		{"accents ignored", domain.ClientFilter{Query: "gerard"}, []*domain.Client{brugge}},
		{"accents in the query", domain.ClientFilter{Query: "Gérard"}, []*domain.Client{brugge}},
		{"prefix of the last word", domain.ClientFilter{Query: "antw"}, []*domain.Client{antwerp}},
		{"every word must match", domain.ClientFilter{Query: "zorg vlis"}, nil},
		{"VAT id", domain.ClientFilter{Query: "NL123456782B01"}, []*domain.Client{zeeland}},
		{"country", domain.ClientFilter{Country: "BE"}, []*domain.Client{antwerp, brugge}},
		{"recently updated first", domain.ClientFilter{Sort: "-updated"}, []*domain.Client{brugge, antwerp, zeeland}},
		{"page", domain.ClientFilter{Page: domain.Page{Offset: 1, Limit: 1}}, []*domain.Client{zeeland}},
		{"search syntax is plain text", domain.ClientFilter{Query: `"zorg" AND NEAR( * - OR`}, nil},
		{"only punctuation searches nothing", domain.ClientFilter{Query: ` " * - `}, []*domain.Client{antwerp, zeeland, brugge}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, n, err := db.FindClients(ctx, tc.f)
			must(t, err)
			if g, w := names(got), names(tc.want); !reflect.DeepEqual(g, w) {
				t.Errorf("got %q, want %q", g, w)
			}
			if tc.f.Page == (domain.Page{}) && n != len(tc.want) {
				t.Errorf("total = %d, want %d", n, len(tc.want))
			}
		})
	}
	// The page's total counts every match, not the page.
	if _, n, _ := db.FindClients(ctx, domain.ClientFilter{Page: domain.Page{Limit: 1}}); n != 3 {
		t.Errorf("total of a one-row page = %d, want 3", n)
	}

	for _, f := range []domain.ClientFilter{{Sort: "city"}, {Page: domain.Page{Offset: -1}}, {Page: domain.Page{Limit: -5}}} {
		_, _, err := db.FindClients(ctx, f)
		wantCode(t, err, domain.EINVALID)
	}
}

// TestFindClientsAfterUpdate proves the search index follows updates.
func TestFindClientsAfterUpdate(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	c := testClient("Acme", 1234567)
	must(t, db.CreateClient(ctx, c))
	c.TradeName = "Zebra Logistics"
	must(t, db.UpdateClient(ctx, c))
	for q, want := range map[string]int{"acme": 1, "zebra": 1} {
		// "acme" still matches the legal name "Acme NV"; the old trade name
		// is gone from the index, the new one is in it.
		if _, n, err := db.FindClients(ctx, domain.ClientFilter{Query: q}); err != nil || n != want {
			t.Errorf("query %q: %d matches, %v; want %d", q, n, err, want)
		}
	}
	c.LegalName = "Other NV"
	must(t, db.UpdateClient(ctx, c))
	if _, n, _ := db.FindClients(ctx, domain.ClientFilter{Query: "acme"}); n != 0 {
		t.Errorf("old name still found after update")
	}
}
