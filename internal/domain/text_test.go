package domain

import (
	"strings"
	"testing"
)

func TestControlCharactersAreRefusedNamingTheField(t *testing.T) {
	cases := []struct {
		name  string
		edit  func(c *Client, m *Manager)
		field string
	}{
		{"escape in a name", func(c *Client, m *Manager) { c.LegalName = "Acme\x1b[31m NV"; m.Name = "An\x1b]0;pwned\x07" }, ""},
		{"bell", func(c *Client, m *Manager) { c.Address.City = "Gent\a"; m.City = "Gent\a" }, "City"},
		{"NUL", func(c *Client, m *Manager) { c.Contact.Name = "A\x00B"; m.Headline = "A\x00B" }, ""},
		{"DEL", func(c *Client, m *Manager) { c.Sector = "IT\x7f"; m.Company.Name = "X\x7f" }, ""},
		{"C1 CSI", func(c *Client, m *Manager) { c.Contact.Role = "CEO\u009b"; m.Skills = []string{"ok", "bad\u0085"} }, ""},
		{"bidi override", func(c *Client, m *Manager) { c.TradeName = "Acme \u202egnp.exe"; m.Name = "An \u2066x\u2069" }, ""},
		{"newline in one line", func(c *Client, m *Manager) { c.Address.Street = "Kerkstraat 1\nbus 2"; m.Headline = "CFO\nCEO" }, ""},
		{"tab in one line", func(c *Client, m *Manager) { c.Contact.Phone = "02\t123"; m.Phone = "02\t123" }, ""},
		{"ESC in notes", func(c *Client, m *Manager) { c.Notes = "ok\n\x1b[2J"; m.Notes = "ok\x1b" }, "Notes"},
		{"not UTF-8", func(c *Client, m *Manager) { c.LegalName = "Caf\xe9 NV"; m.Name = "Jo\xebl" }, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := &Client{LegalName: "Acme NV", Address: Address{Country: "BE"}, Language: LangNL}
			m := &Manager{Name: "An Peeters", MaxDaysPerWeek: 5}
			tc.edit(c, m)
			for _, err := range []error{c.Validate(), m.Validate()} {
				if ErrorCode(err) != EINVALID {
					t.Fatalf("accepted: %v", err)
				}
				if tc.field != "" && ErrorField(err) != tc.field {
					t.Errorf("field %q, want %q (%v)", ErrorField(err), tc.field, err)
				}
				if !strings.Contains(err.Error(), ErrorField(err)+": ") {
					t.Errorf("sentence does not name the field: %v", err)
				}
				if SafeText(err.Error()) != err.Error() {
					t.Errorf("the sentence itself holds a control character: %q", err)
				}
			}
		})
	}
}

func TestMultiLineFieldsKeepNewlineAndTab(t *testing.T) {
	c := &Client{LegalName: "Acme NV", Address: Address{Country: "BE"}, Language: LangNL, Notes: "one\r\ntwo\n\tthree\rfour"}
	c.Normalize()
	if c.Notes != "one\ntwo\n\tthree\nfour" {
		t.Errorf("notes %q", c.Notes)
	}
	m := &Manager{Name: "An Peeters", MaxDaysPerWeek: 5, CV: "2010\tCFO\n2015\tCEO", Notes: "a\nb"}
	for _, err := range []error{c.Validate(), m.Validate()} {
		if err != nil {
			t.Error(err)
		}
	}
	// Letters of every script, and the marks right-to-left names need, are text.
	c.LegalName, c.Contact.Name = "Société Générale – Ω ‘x’", "\u200fمحمد\u200f"
	if err := c.Validate(); err != nil {
		t.Error(err)
	}
}

func TestSafeTextShowsWhatATerminalWouldRun(t *testing.T) {
	for in, want := range map[string]string{
		"plain é":         "plain é",
		"a\x1b[2Jb":       "a⟨U+001B⟩[2Jb",
		"bell\a":          "bell⟨U+0007⟩",
		"csi\u009b":       "csi⟨U+009B⟩",
		"\u202eevil":      "⟨U+202E⟩evil",
		"Caf\xe9":         "Caf⟨0xE9⟩",
		"line\nnext\ttab": "line\nnext\ttab",
		"\ufffd kept":     "\ufffd kept",
	} {
		if got := SafeText(in); got != want {
			t.Errorf("SafeText(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestProposalAndEngagementTextsRefuseControlCharacters(t *testing.T) {
	p := &Proposal{ClientID: 1, Title: "Interim CFO", ValidityDays: 30, Status: ProposalDraft, Situation: "Line one\r\nline two\n\tindented"}
	if err := p.Validate(); err != nil {
		t.Fatalf("CR LF, newline and tab are text: %v", err)
	}
	for field, edit := range map[string]func(*Proposal){
		"Title":        func(p *Proposal) { p.Title = "CFO\x1b[8m" },
		"Situation":    func(p *Proposal) { p.Situation = "a\rb" },
		"Role":         func(p *Proposal) { p.Interim.Role = "CFO\u202e" },
		"Deliverables": func(p *Proposal) { p.Consulting.Deliverables = "plan\x07" },
		"Phases":       func(p *Proposal) { p.Consulting.Phases = []Phase{{Name: "Scan\nDiagnose"}} },
	} {
		q := *p
		edit(&q)
		if err := q.Validate(); ErrorField(err) != field {
			t.Errorf("%s: got %v", field, err)
		}
	}
	e := &Engagement{ClientID: 1, Kind: KindConsulting, Role: "Plan\x1b", Start: NewDate(2026, 5, 1)}
	if err := e.Validate(); ErrorField(err) != "Role" {
		t.Errorf("engagement: got %v", err)
	}
}
