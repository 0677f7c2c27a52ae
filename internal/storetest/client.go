package storetest

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
)

var clientTests = []test{
	{"round trip", func(t *testing.T, e *env) {
		c := testClient("Acme", 1234567)
		c.CannotDeductVAT = true
		c.VATID = " " + strings.ToLower(beVAT(1234567)) + " " // Normalize tidies it
		must(t, e.Clients.CreateClient(e.ctx, c))
		if c.ID == 0 || c.Rev != 1 || !c.CreatedAt.Equal(Start) || !c.UpdatedAt.Equal(Start) {
			t.Fatalf("after create: ID %d, rev %d, created %v, updated %v", c.ID, c.Rev, c.CreatedAt, c.UpdatedAt)
		}
		if c.VATID != beVAT(1234567) {
			t.Errorf("VAT id = %q, want it normalised to %q", c.VATID, beVAT(1234567))
		}
		got, err := e.Clients.FindClientByID(e.ctx, c.ID)
		must(t, err)
		if !reflect.DeepEqual(got, c) {
			t.Errorf("read back\n%+v\nwant\n%+v", got, c)
		}
		e.clock.Advance(time.Minute)
		got.Address.City, got.CannotDeductVAT = "Mechelen", false
		must(t, e.Clients.UpdateClient(e.ctx, got))
		if got.Rev != 2 || !got.CreatedAt.Equal(Start) || !got.UpdatedAt.Equal(Start.Add(time.Minute)) {
			t.Errorf("after update: rev %d, created %v, updated %v", got.Rev, got.CreatedAt, got.UpdatedAt)
		}
		again, err := e.Clients.FindClientByID(e.ctx, c.ID)
		must(t, err)
		if !reflect.DeepEqual(again, got) {
			t.Errorf("read back after update\n%+v\nwant\n%+v", again, got)
		}
	}},
	{"no such client", func(t *testing.T, e *env) {
		_, err := e.Clients.FindClientByID(e.ctx, 999)
		wantCode(t, err, domain.ENOTFOUND)
		wantMessage(t, err, "There is no client with number 999; it may have been removed.")
		ghost := testClient("Ghost", 0)
		ghost.ID, ghost.Rev = 999, 1
		wantCode(t, e.Clients.UpdateClient(e.ctx, ghost), domain.ENOTFOUND)
		wantCode(t, e.Clients.ArchiveClient(e.ctx, 999, true), domain.ENOTFOUND)
		wantCode(t, e.Clients.DeleteClient(e.ctx, 999), domain.ENOTFOUND)
	}},
	{"invalid client refused, nothing written", func(t *testing.T, e *env) {
		for _, tc := range []struct {
			edit  func(c *domain.Client)
			field string
		}{
			{func(c *domain.Client) { c.LegalName = "" }, "Legal name"},
			{func(c *domain.Client) { c.VATID = "BE0123456789" }, "VAT number"},
			{func(c *domain.Client) { c.Address.Country = "" }, "Country"},
			{func(c *domain.Client) { c.Language = "de" }, "Document language"},
		} {
			c := testClient("Acme", 1234567)
			tc.edit(c)
			err := e.Clients.CreateClient(e.ctx, c)
			wantCode(t, err, domain.EINVALID)
			if f := domain.ErrorField(err); f != tc.field {
				t.Errorf("field = %q, want %q (%v)", f, tc.field, err)
			}
		}
		wantCode(t, e.Clients.CreateClient(e.ctx, nil), domain.EINVALID)
		wantCode(t, e.Clients.UpdateClient(e.ctx, nil), domain.EINVALID)
		if _, n, err := e.Clients.FindClients(e.ctx, domain.ClientFilter{IncludeArchived: true}); err != nil || n != 0 {
			t.Errorf("%d clients written (%v)", n, err)
		}
		// An update that is refused leaves the stored client as it was.
		c := testClient("Acme", 1234567)
		must(t, e.Clients.CreateClient(e.ctx, c))
		bad := *c
		bad.LegalName = ""
		wantCode(t, e.Clients.UpdateClient(e.ctx, &bad), domain.EINVALID)
		got, err := e.Clients.FindClientByID(e.ctx, c.ID)
		must(t, err)
		if got.LegalName != c.LegalName || got.Rev != 1 {
			t.Errorf("after a refused update: %q rev %d", got.LegalName, got.Rev)
		}
	}},
	{"a VAT number belongs to one client", func(t *testing.T, e *env) {
		acme := testClient("Acme", 1234567)
		must(t, e.Clients.CreateClient(e.ctx, acme))
		// Many clients have none.
		must(t, e.Clients.CreateClient(e.ctx, testClient("No VAT 1", 0)))
		must(t, e.Clients.CreateClient(e.ctx, testClient("No VAT 2", 0)))

		err := e.Clients.CreateClient(e.ctx, testClient("Copy", 1234567))
		wantCode(t, err, domain.ECONFLICT)
		wantMessage(t, err, fmt.Sprintf(`VAT number: %s is already the VAT number of client "Acme NV"; a VAT number belongs to one client only.`, beVAT(1234567)))
		if f := domain.ErrorField(err); f != "VAT number" {
			t.Errorf("field = %q", f)
		}
		other := testClient("Other", 7654321)
		must(t, e.Clients.CreateClient(e.ctx, other))
		other.VATID = acme.VATID
		wantCode(t, e.Clients.UpdateClient(e.ctx, other), domain.ECONFLICT)
		// Saving a client with its own VAT number is no conflict.
		acme.Notes = "Nieuwe notitie."
		must(t, e.Clients.UpdateClient(e.ctx, acme))
	}},
	{"same VAT number saved twice at once", func(t *testing.T, e *env) {
		other := e.Again(t)
		oneOf(t, together(
			func() error { return e.Clients.CreateClient(e.ctx, testClient("Acme", 1234567)) },
			func() error { return other.Clients.CreateClient(e.ctx, testClient("Acme Copy", 1234567)) },
		), domain.ECONFLICT)
		if _, n, err := e.Clients.FindClients(e.ctx, domain.ClientFilter{}); err != nil || n != 1 {
			t.Errorf("%d clients (%v), want 1", n, err)
		}
	}},
	{"changed elsewhere since it was read", func(t *testing.T, e *env) {
		c := testClient("Acme", 1234567)
		must(t, e.Clients.CreateClient(e.ctx, c))
		other := e.Again(t)
		mine, err := e.Clients.FindClientByID(e.ctx, c.ID)
		must(t, err)
		theirs, err := other.Clients.FindClientByID(e.ctx, c.ID)
		must(t, err)
		theirs.Address.City = "Gent"
		must(t, other.Clients.UpdateClient(e.ctx, theirs))

		mine.Sector = "Chemie"
		err = e.Clients.UpdateClient(e.ctx, mine)
		wantCode(t, err, domain.ECONFLICT)
		wantMessage(t, err, `Client "Acme NV" was changed elsewhere since you opened it; reload it and make your change again.`)
		// Reloaded, the change goes through on top of theirs.
		mine, err = e.Clients.FindClientByID(e.ctx, c.ID)
		must(t, err)
		mine.Sector = "Chemie"
		must(t, e.Clients.UpdateClient(e.ctx, mine))
		got, err := other.Clients.FindClientByID(e.ctx, c.ID)
		must(t, err)
		if got.Address.City != "Gent" || got.Sector != "Chemie" || got.Rev != 3 {
			t.Errorf("after both saves: city %q, sector %q, rev %d", got.Address.City, got.Sector, got.Rev)
		}
	}},
	{"two saves of one revision at once", func(t *testing.T, e *env) {
		c := testClient("Acme", 1234567)
		must(t, e.Clients.CreateClient(e.ctx, c))
		other := e.Again(t)
		a, b := *c, *c
		a.Sector, b.Sector = "Chemie", "Zorg"
		oneOf(t, together(
			func() error { return e.Clients.UpdateClient(e.ctx, &a) },
			func() error { return other.Clients.UpdateClient(e.ctx, &b) },
		), domain.ECONFLICT)
		got, err := e.Clients.FindClientByID(e.ctx, c.ID)
		must(t, err)
		if got.Rev != 2 || got.Sector != "Chemie" && got.Sector != "Zorg" {
			t.Errorf("after two saves at once: rev %d, sector %q", got.Rev, got.Sector)
		}
	}},
	{"archive and restore", func(t *testing.T, e *env) {
		c := testClient("Acme", 1234567)
		must(t, e.Clients.CreateClient(e.ctx, c))
		must(t, e.Clients.CreateClient(e.ctx, testClient("Beta", 7654321)))
		must(t, e.Clients.ArchiveClient(e.ctx, c.ID, true))
		got, err := e.Clients.FindClientByID(e.ctx, c.ID)
		must(t, err)
		if !got.Archived || got.Rev != 2 {
			t.Errorf("after archiving: archived %v, rev %d", got.Archived, got.Rev)
		}
		list, n, err := e.Clients.FindClients(e.ctx, domain.ClientFilter{})
		must(t, err)
		if n != 1 || len(list) != 1 || list[0].TradeName != "Beta" {
			t.Errorf("list without archived: %q (%d)", clientNames(list), n)
		}
		if _, n, _ := e.Clients.FindClients(e.ctx, domain.ClientFilter{IncludeArchived: true}); n != 2 {
			t.Errorf("list with archived: %d, want 2", n)
		}
		// Archiving counts as a change: an edit read before it is stale.
		c.Notes = "Te laat."
		wantCode(t, e.Clients.UpdateClient(e.ctx, c), domain.ECONFLICT)
		must(t, e.Clients.ArchiveClient(e.ctx, c.ID, false))
		if _, n, _ := e.Clients.FindClients(e.ctx, domain.ClientFilter{}); n != 2 {
			t.Errorf("after restoring: %d clients listed, want 2", n)
		}
	}},
	{"delete", func(t *testing.T, e *env) {
		c := testClient("Acme", 1234567)
		must(t, e.Clients.CreateClient(e.ctx, c))
		must(t, e.Clients.ArchiveClient(e.ctx, c.ID, true)) // history to delete with it
		must(t, e.Clients.DeleteClient(e.ctx, c.ID))
		_, err := e.Clients.FindClientByID(e.ctx, c.ID)
		wantCode(t, err, domain.ENOTFOUND)
		// Its VAT number is free again.
		must(t, e.Clients.CreateClient(e.ctx, testClient("Acme", 1234567)))
	}},
	{"delete refused while an engagement names the client", func(t *testing.T, e *env) {
		c := testClient("Acme", 1234567)
		must(t, e.Clients.CreateClient(e.ctx, c))
		m := testManager("An", "an@example.be")
		must(t, e.Managers.CreateManager(e.ctx, m))
		e.AddEngagement(t, engagement(c.ID, m.ID, Today, domain.Date{}, 2, domain.EngagementPlanned))
		err := e.Clients.DeleteClient(e.ctx, c.ID)
		wantCode(t, err, domain.ECONFLICT)
		wantMessage(t, err, "Proposals or engagements name Acme (1 in all), so it is kept; archive it instead.")
		if _, err := e.Clients.FindClientByID(e.ctx, c.ID); err != nil {
			t.Errorf("client gone after a refused delete: %v", err)
		}
	}},
	{"pages and totals", func(t *testing.T, e *env) {
		var want []string
		for i := range 7 {
			c := testClient(fmt.Sprintf("Client %d", i+1), 1000000+i)
			must(t, e.Clients.CreateClient(e.ctx, c))
			want = append(want, c.LegalName)
		}
		var got []string
		for offset := 0; offset < 9; offset += 3 {
			page, n, err := e.Clients.FindClients(e.ctx, domain.ClientFilter{Page: domain.Page{Offset: offset, Limit: 3}})
			must(t, err)
			if n != 7 {
				t.Errorf("total at offset %d = %d, want 7", offset, n)
			}
			got = append(got, clientNames(page)...)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("pages %q, want %q", got, want)
		}
		// Past the end: no rows, still the total.
		page, n, err := e.Clients.FindClients(e.ctx, domain.ClientFilter{Page: domain.Page{Offset: 50}})
		must(t, err)
		if len(page) != 0 || n != 7 {
			t.Errorf("past the end: %d rows, total %d", len(page), n)
		}
		for _, f := range []domain.ClientFilter{{Sort: "city"}, {Page: domain.Page{Offset: -1}}, {Page: domain.Page{Limit: -5}}} {
			_, _, err := e.Clients.FindClients(e.ctx, f)
			wantCode(t, err, domain.EINVALID)
		}
		_, _, err = e.Clients.FindClients(e.ctx, domain.ClientFilter{Sort: "city"})
		wantMessage(t, err, `Sort: "city" is not a sort order for clients; use name or -updated.`)
	}},
	{"names sort as NOCASE does", func(t *testing.T, e *env) {
		// ASCII letters without regard to case, then the bytes: an
		// accented capital after z, as SQLite's NOCASE sorts.
		for i, name := range []string{"Émile", "zoë", "Bert", "Zoe", "anna", "Anna"} {
			c := testClient(name, 2000000+i)
			must(t, e.Clients.CreateClient(e.ctx, c))
		}
		list, _, err := e.Clients.FindClients(e.ctx, domain.ClientFilter{})
		must(t, err)
		var got []string
		for _, c := range list {
			got = append(got, c.DisplayName())
		}
		if want := []string{"anna", "Anna", "Bert", "Zoe", "zoë", "Émile"}; !reflect.DeepEqual(got, want) {
			t.Errorf("order %q, want %q", got, want)
		}
	}},
}
