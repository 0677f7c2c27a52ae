package storetest

import (
	"reflect"
	"testing"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
)

var clientSearchTests = []test{
	{"filters, search and order", func(t *testing.T, e *env) {
		mk := func(legal, trade, city, country, contact, vat string) *domain.Client {
			c := testClient("x", 0)
			c.LegalName, c.TradeName, c.Address.City, c.Address.Country, c.Contact.Name, c.VATID = legal, trade, city, country, contact, vat
			if country == "NL" {
				c.Address.Postcode = "4381 AA" // the template's is Belgian
			}
			must(t, e.Clients.CreateClient(e.ctx, c))
			return c
		}
		zeeland := mk("Zeeuwse Havens BV", "", "Vlissingen", "NL", "Joost de Vries", "NL123456782B01")
		brugge := mk("Brugse Zorg vzw", "Zorg Brugge", "Brugge", "BE", "Gérard Dumont", beVAT(2222222))
		antwerp := mk("Antwerp Chemicals NV", "", "Antwerpen", "BE", "Anna Claes-Van Wijck", beVAT(3333333))
		e.clock.Advance(time.Minute)
		must(t, e.Clients.UpdateClient(e.ctx, brugge)) // the most recently changed

		for _, tc := range []struct {
			name string
			f    domain.ClientFilter
			want []*domain.Client
		}{
			{"all by display name", domain.ClientFilter{}, []*domain.Client{antwerp, zeeland, brugge}},
			{"accents ignored", domain.ClientFilter{Query: "gerard"}, []*domain.Client{brugge}},
			{"accents in the query", domain.ClientFilter{Query: "Gérard"}, []*domain.Client{brugge}},
			{"capitals ignored", domain.ClientFilter{Query: "GERARD dumont"}, []*domain.Client{brugge}},
			{"prefix of the last word", domain.ClientFilter{Query: "antw"}, []*domain.Client{antwerp}},
			{"earlier words whole", domain.ClientFilter{Query: "antw chemicals"}, nil},
			{"every word must match", domain.ClientFilter{Query: "zorg vlis"}, nil},
			{"a hyphenated name by its parts", domain.ClientFilter{Query: "claes-van"}, []*domain.Client{antwerp}},
			{"one part of a hyphenated name", domain.ClientFilter{Query: "wijck"}, []*domain.Client{antwerp}},
			{"VAT id", domain.ClientFilter{Query: "NL123456782B01"}, []*domain.Client{zeeland}},
			{"city", domain.ClientFilter{Query: "vlissingen"}, []*domain.Client{zeeland}},
			{"not the notes", domain.ClientFilter{Query: "interesse"}, nil},
			{"country", domain.ClientFilter{Country: "BE"}, []*domain.Client{antwerp, brugge}},
			{"country and words", domain.ClientFilter{Country: "NL", Query: "zorg"}, nil},
			{"recently updated first", domain.ClientFilter{Sort: "-updated"}, []*domain.Client{brugge, antwerp, zeeland}},
			{"page", domain.ClientFilter{Page: domain.Page{Offset: 1, Limit: 1}}, []*domain.Client{zeeland}},
			{"search syntax is plain text", domain.ClientFilter{Query: `"zorg" AND NEAR( * - OR`}, nil},
			{"tsquery syntax is plain text", domain.ClientFilter{Query: `zorg & !brugge | (x:*) <-> 'y'`}, nil},
			{"only punctuation searches nothing", domain.ClientFilter{Query: ` " * - `}, []*domain.Client{antwerp, zeeland, brugge}},
			{"control characters separate words", domain.ClientFilter{Query: "zorg\x00brug"}, []*domain.Client{brugge}},
		} {
			t.Run(tc.name, func(t *testing.T) {
				got, n, err := e.Clients.FindClients(e.ctx, tc.f)
				must(t, err)
				if g, w := clientNames(got), clientNames(tc.want); !reflect.DeepEqual(g, w) {
					t.Errorf("got %q, want %q", g, w)
				}
				if tc.f.Page == (domain.Page{}) && n != len(tc.want) {
					t.Errorf("total = %d, want %d", n, len(tc.want))
				}
			})
		}
	}},
	{"search follows updates", func(t *testing.T, e *env) {
		c := testClient("Acme", 1234567)
		must(t, e.Clients.CreateClient(e.ctx, c))
		c.TradeName = "Zebra Logistics"
		must(t, e.Clients.UpdateClient(e.ctx, c))
		for q, want := range map[string]int{"acme": 1, "zebra": 1} {
			// "acme" still matches the legal name "Acme NV".
			if _, n, err := e.Clients.FindClients(e.ctx, domain.ClientFilter{Query: q}); err != nil || n != want {
				t.Errorf("query %q: %d matches, %v; want %d", q, n, err, want)
			}
		}
		c.LegalName = "Other NV"
		must(t, e.Clients.UpdateClient(e.ctx, c))
		if _, n, _ := e.Clients.FindClients(e.ctx, domain.ClientFilter{Query: "acme"}); n != 0 {
			t.Errorf("old name still found after update")
		}
	}},
	{"odd input is never an error", func(t *testing.T, e *env) {
		must(t, e.Clients.CreateClient(e.ctx, testClient("Acme", 1234567)))
		for _, q := range []string{"\x00", `"unterminated`, "a* b*", "²³ ½", "'", `\`, "$1", "%_", "ÿ", "\u200b", "🙂 acme"} {
			if _, _, err := e.Clients.FindClients(e.ctx, domain.ClientFilter{Query: q}); err != nil {
				t.Errorf("FindClients(%q): %v", q, err)
			}
			if _, _, err := e.Managers.FindManagers(e.ctx, domain.ManagerFilter{Query: q, Sort: "relevance"}); err != nil {
				t.Errorf("FindManagers(%q): %v", q, err)
			}
		}
	}},
}
