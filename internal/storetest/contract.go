package storetest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"testing"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// Contracts: the first print freezes version 1 with its PDF and SHA-256,
// later prints give the same bytes whatever changed, a reissue freezes
// the next version, and the terms and refusals read alike on both stores.

// printable is a booked engagement (newBooked) of a firm with its profile
// and the contract terms a mandate's contract needs to be printed.
func printable(t *testing.T, e *env) (booked, *domain.ContractTerms) {
	t.Helper()
	must(t, e.Firm.SaveFirm(e.ctx, testFirm()))
	b := newBooked(t, e)
	terms, err := e.Contracts.ContractTerms(e.ctx, b.first.ID)
	must(t, err)
	if terms.Rev != 0 {
		t.Fatalf("terms before a save: %+v", terms)
	}
	terms.Assignment = "Cash\nBank"
	terms.ExitCriteria = "A permanent CFO is hired."
	terms.Authority = "Signs payments up to € 50.000"
	must(t, e.Contracts.SaveContractTerms(e.ctx, terms))
	return b, terms
}

// frozenDocument reads the data a printed version keeps.
func frozenDocument(t *testing.T, v *domain.ContractVersion) domain.ContractDocument {
	t.Helper()
	var doc domain.ContractDocument
	must(t, json.Unmarshal(v.Data, &doc))
	return doc
}

var contractTests = []test{
	{"the first print freezes version 1; printing again gives its bytes", func(t *testing.T, e *env) {
		b, _ := printable(t, e)
		id := b.first.ID
		draft, err := e.Contracts.ContractDocument(e.ctx, id, domain.Date{})
		must(t, err)
		if draft.Version != 0 || draft.Number != "" || draft.Date != Today || draft.Engagement.Role != "CFO a.i." {
			t.Errorf("draft: version %d, number %q, date %s, role %q", draft.Version, draft.Number, draft.Date, draft.Engagement.Role)
		}
		v1, err := e.Contracts.PrintContract(e.ctx, id, domain.Date{})
		must(t, err)
		number := domain.ContractNumber(id, Today)
		if v1.Version != 1 || v1.Number != number || v1.IssuedOn != Today || v1.Party != domain.PartyClient ||
			v1.Jurisdiction != domain.JurisdictionBE || v1.Language != domain.LangNL || !v1.CreatedAt.Equal(Start) {
			t.Errorf("version 1: %+v", v1)
		}
		if !bytes.HasPrefix(v1.PDF, []byte("%PDF-1.4 storetest")) || v1.SHA256 != sha256Hex(v1.PDF) {
			t.Fatalf("PDF %.40q, SHA-256 %s", v1.PDF, v1.SHA256)
		}
		frozen := frozenDocument(t, v1)
		logo := sha256Hex(testFirm().Logo)
		if frozen.Firm.Logo != nil || frozen.LogoSHA256 != logo || len(frozen.ShortHash) != 8 ||
			!bytes.Contains(v1.PDF, []byte(frozen.ShortHash)) || frozen.Number != number || frozen.Version != 1 {
			t.Errorf("frozen: logo %d bytes, logo hash %q, short hash %q, number %q", len(frozen.Firm.Logo), frozen.LogoSHA256, frozen.ShortHash, frozen.Number)
		}
		if frozen.Manager == nil || frozen.Manager.CV != "" || frozen.Engagement.Notes != "" || frozen.Client.Notes != "" ||
			frozen.Terms.Assignment != "Cash\nBank" {
			t.Errorf("frozen data keeps more than the page shows, or less: manager %+v, terms %+v", frozen.Manager, frozen.Terms)
		}

		// The engagement changes; the printed contract does not.
		e.clock.Advance(24 * time.Hour)
		g, err := e.Engagements.FindEngagementByID(e.ctx, id)
		must(t, err)
		g.Role = "CFO ad interim"
		must(t, e.Engagements.UpdateEngagement(e.ctx, g))
		again, err := e.Contracts.PrintContract(e.ctx, id, Today.AddDays(1))
		must(t, err)
		if !bytes.Equal(again.PDF, v1.PDF) || again.SHA256 != v1.SHA256 || again.Version != 1 || again.IssuedOn != Today ||
			!bytes.Equal(again.Data, v1.Data) {
			t.Errorf("second print is not the frozen one: version %d of %s, SHA-256 %s", again.Version, again.IssuedOn, again.SHA256)
		}
		read, err := e.Contracts.ContractVersion(e.ctx, id, 1)
		must(t, err)
		if !reflect.DeepEqual(read, v1) {
			t.Errorf("version 1 read back\n%+v\nwant\n%+v", read, v1)
		}
		draft, err = e.Contracts.ContractDocument(e.ctx, id, domain.Date{})
		must(t, err)
		if draft.Number != number || draft.Engagement.Role != "CFO ad interim" {
			t.Errorf("draft after the print: number %q, role %q", draft.Number, draft.Engagement.Role)
		}

		// A reissue freezes the engagement as it stands, under the same number.
		v2, err := e.Contracts.ReissueContract(e.ctx, id, domain.Date{})
		must(t, err)
		if v2.Version != 2 || v2.Number != number || v2.IssuedOn != Today.AddDays(1) || v2.SHA256 != sha256Hex(v2.PDF) ||
			bytes.Equal(v2.PDF, v1.PDF) || frozenDocument(t, v2).Engagement.Role != "CFO ad interim" {
			t.Errorf("version 2: %+v", v2)
		}
		_, err = e.Contracts.ReissueContract(e.ctx, id, domain.Date{})
		wantCode(t, err, domain.ECONFLICT)
		wantMessage(t, err, fmt.Sprintf("Version 2 of contract %s already shows engagement %d as it stands; there is nothing to reissue.", number, id))
		latest, err := e.Contracts.PrintContract(e.ctx, id, domain.Date{})
		must(t, err)
		if latest.Version != 2 || !bytes.Equal(latest.PDF, v2.PDF) {
			t.Errorf("a print after the reissue gives version %d", latest.Version)
		}

		list, err := e.Contracts.ContractVersions(e.ctx, id)
		must(t, err)
		if len(list) != 2 || list[0].Version != 2 || list[1].Version != 1 || list[0].PDF != nil || list[0].Data != nil ||
			list[1].SHA256 != v1.SHA256 {
			t.Errorf("versions %+v", list)
		}
		evs, err := e.Lifecycle.EngagementHistory(e.ctx, id)
		must(t, err)
		var printed []domain.EventFacts
		for _, ev := range evs {
			if ev.What == domain.EventContractPrinted || ev.What == domain.EventContractReissued {
				printed = append(printed, *ev.Facts)
			}
		}
		if len(printed) != 2 || printed[0].SHA256 != v1.SHA256 || printed[0].Number != number || printed[0].Version != 1 ||
			printed[1].Version != 2 || printed[1].SHA256 != v2.SHA256 {
			t.Errorf("print events %+v", printed)
		}
	}},
	{"the manager agreement shares the number", func(t *testing.T, e *env) {
		b, _ := printable(t, e)
		id := b.first.ID
		parties, err := e.Contracts.ContractParties(e.ctx, id)
		must(t, err)
		if !reflect.DeepEqual(parties, []domain.ContractParty{domain.PartyClient, domain.PartyManager}) {
			t.Errorf("parties %v", parties)
		}
		e.clock.Advance(48 * time.Hour)
		m, err := e.Contracts.PrintContractFor(e.ctx, id, domain.PartyManager, domain.Date{})
		must(t, err)
		c, err := e.Contracts.PrintContract(e.ctx, id, domain.Date{})
		must(t, err)
		if m.Party != domain.PartyManager || c.Party != domain.PartyClient || m.Number != c.Number || m.Version != 1 ||
			m.Number != domain.ContractNumber(id, Today.AddDays(2)) {
			t.Errorf("manager %s v%d %s, client %s v%d %s", m.Number, m.Version, m.Party, c.Number, c.Version, c.Party)
		}
		doc := frozenDocument(t, m)
		if doc.ManagerPayment == nil || doc.ManagerPayment.Days != 30 || doc.Engagement.DayRate != 0 {
			t.Errorf("manager agreement shows %+v, day rate %d", doc.ManagerPayment, doc.Engagement.DayRate)
		}
		list, err := e.Contracts.ContractVersions(e.ctx, id)
		must(t, err)
		if len(list) != 2 || list[0].Party != domain.PartyClient || list[1].Party != domain.PartyManager {
			t.Errorf("versions %+v", list)
		}
		list, err = e.Contracts.ContractVersionsFor(e.ctx, id, domain.PartyManager)
		must(t, err)
		if len(list) != 1 || list[0].Party != domain.PartyManager {
			t.Errorf("manager versions %+v", list)
		}
		// One three-party contract: the manager agreement is gone from what prints.
		s, err := e.Clauses.ContractSettings(e.ctx)
		must(t, err)
		if !reflect.DeepEqual(*s, domain.DefaultContractSettings()) {
			t.Errorf("settings never saved: %+v", s)
		}
		s.ThreeParty, s.ManagerPaymentDays = true, 45
		must(t, e.Clauses.SaveContractSettings(e.ctx, s))
		got, err := e.Clauses.ContractSettings(e.ctx)
		must(t, err)
		if !reflect.DeepEqual(got, s) {
			t.Errorf("settings read back %+v, want %+v", got, s)
		}
		parties, err = e.Contracts.ContractParties(e.ctx, id)
		must(t, err)
		if !reflect.DeepEqual(parties, []domain.ContractParty{domain.PartyClient}) {
			t.Errorf("parties of a three-party contract %v", parties)
		}
		_, err = e.Contracts.ContractDocumentFor(e.ctx, id, domain.PartyManager, domain.Date{})
		wantCode(t, err, domain.EINVALID)
		wantMessage(t, err, fmt.Sprintf("Party: the firm signs one three-party contract (a contract setting); engagement %d has no separate manager agreement.", id))
		s.ManagerPaymentDays = 100
		err = e.Clauses.SaveContractSettings(e.ctx, s)
		wantCode(t, err, domain.EINVALID)
		if domain.ErrorField(err) != "Manager payment term" {
			t.Errorf("field %q (%v)", domain.ErrorField(err), err)
		}
	}},
	{"terms: saved, stale, and kept by a printed contract", func(t *testing.T, e *env) {
		b, terms := printable(t, e)
		id := b.first.ID
		if terms.Rev != 1 {
			t.Errorf("rev after the first save: %d", terms.Rev)
		}
		got, err := e.Contracts.ContractTerms(e.ctx, id)
		must(t, err)
		if !reflect.DeepEqual(got, terms) {
			t.Errorf("terms read back\n%+v\nwant\n%+v", got, terms)
		}
		stale := *got
		v1, err := e.Contracts.PrintContract(e.ctx, id, domain.Date{})
		must(t, err)
		// The terms may still change; the printed contract keeps its own,
		// and a reissue prints the new ones.
		got.Assignment = "Cash\nBank\nTreasury"
		must(t, e.Contracts.SaveContractTerms(e.ctx, got))
		if got.Rev != 2 {
			t.Errorf("rev after the second save: %d", got.Rev)
		}
		stale.Authority = "None."
		err = e.Contracts.SaveContractTerms(e.ctx, &stale)
		wantCode(t, err, domain.ECONFLICT)
		wantMessage(t, err, fmt.Sprintf("The contract terms of engagement %d was changed elsewhere since you opened it; reload it and make your change again.", id))
		again, err := e.Contracts.PrintContract(e.ctx, id, domain.Date{})
		must(t, err)
		if !bytes.Equal(again.PDF, v1.PDF) || frozenDocument(t, again).Terms.Assignment != "Cash\nBank" {
			t.Errorf("the printed contract took the new terms")
		}
		v2, err := e.Contracts.ReissueContract(e.ctx, id, domain.Date{})
		must(t, err)
		if frozenDocument(t, v2).Terms.Assignment != "Cash\nBank\nTreasury" {
			t.Errorf("reissue terms %+v", frozenDocument(t, v2).Terms)
		}
		bad := *got
		bad.LiabilityCapMonths = 0
		err = e.Contracts.SaveContractTerms(e.ctx, &bad)
		wantCode(t, err, domain.EINVALID)
		if domain.ErrorField(err) != "Liability cap" {
			t.Errorf("field %q (%v)", domain.ErrorField(err), err)
		}
		ghost := *got
		ghost.EngagementID, ghost.Rev = 999, 0
		err = e.Contracts.SaveContractTerms(e.ctx, &ghost)
		wantCode(t, err, domain.ENOTFOUND)
		wantMessage(t, err, "There is no engagement with number 999; it may have been removed.")
		wantCode(t, e.Contracts.SaveContractTerms(e.ctx, nil), domain.EINVALID)
		_, err = e.Contracts.ContractTerms(e.ctx, 999)
		wantCode(t, err, domain.ENOTFOUND)
	}},
	{"refusals", func(t *testing.T, e *env) {
		b := newBooked(t, e)
		id := b.first.ID
		// No firm profile: the draft shows a new firm, a print is refused.
		if _, err := e.Contracts.ContractDocument(e.ctx, id, domain.Date{}); err != nil {
			t.Errorf("draft without a firm: %v", err)
		}
		_, err := e.Contracts.PrintContract(e.ctx, id, domain.Date{})
		wantCode(t, err, domain.EINVALID)
		wantMessage(t, err, "Set up the firm profile first: a contract names the firm, its seat and its registration.")
		_, err = e.Contracts.PrintContract(e.ctx, 999, domain.Date{})
		wantCode(t, err, domain.ENOTFOUND) // no such engagement comes before no firm
		must(t, e.Firm.SaveFirm(e.ctx, testFirm()))
		// Terms left empty block the first print.
		_, err = e.Contracts.PrintContract(e.ctx, id, domain.Date{})
		wantCode(t, err, domain.EINVALID)
		wantMessage(t, err, "Assignment: is empty; the contract would leave it to be agreed in writing. Fill it in before the contract is printed.")
		_, err = e.Contracts.ReissueContract(e.ctx, id, domain.Date{})
		wantCode(t, err, domain.ECONFLICT)
		wantMessage(t, err, fmt.Sprintf("The contract of engagement %d was never printed; print it first.", id))
		_, err = e.Contracts.PrintContractFor(e.ctx, id, "witness", domain.Date{})
		wantCode(t, err, domain.EINVALID)
		wantMessage(t, err, `Party: "witness" is not a party of a contract; use client or manager.`)
		_, err = e.Contracts.ContractVersion(e.ctx, id, 7)
		wantCode(t, err, domain.ENOTFOUND)
		wantMessage(t, err, fmt.Sprintf("Engagement %d has no printed contract version 7.", id))
		list, err := e.Contracts.ContractVersions(e.ctx, id)
		must(t, err)
		if list == nil || len(list) != 0 {
			t.Errorf("versions of a contract never printed: %#v", list)
		}
		consulting := &domain.Engagement{ClientID: b.client.ID, Kind: domain.KindConsulting, Role: "Diagnose",
			Start: june1, Fee: domain.Euros(18000)}
		e.AddEngagement(t, consulting)
		_, err = e.Contracts.PrintContractFor(e.ctx, consulting.ID, domain.PartyManager, domain.Date{})
		wantCode(t, err, domain.EINVALID)
		wantMessage(t, err, fmt.Sprintf("Party: engagement %d is a consulting assignment; it has no manager agreement.", consulting.ID))
		for name, err := range map[string]error{
			"print":    func() error { _, err := e.Contracts.PrintContract(e.ctx, 999, domain.Date{}); return err }(),
			"document": func() error { _, err := e.Contracts.ContractDocument(e.ctx, 999, domain.Date{}); return err }(),
			"versions": func() error { _, err := e.Contracts.ContractVersions(e.ctx, 999); return err }(),
			"parties":  func() error { _, err := e.Contracts.ContractParties(e.ctx, 999); return err }(),
			"reissue":  func() error { _, err := e.Contracts.ReissueContract(e.ctx, 999, domain.Date{}); return err }(),
		} {
			if domain.ErrorCode(err) != domain.ENOTFOUND || domain.ErrorMessage(err) != "There is no engagement with number 999; it may have been removed." {
				t.Errorf("%s of no engagement: %v", name, err)
			}
		}
	}},
	{"two people print the same contract at once", func(t *testing.T, e *env) {
		b, _ := printable(t, e)
		other := e.Again(t)
		var mine, theirs *domain.ContractVersion
		errs := together(
			func() (err error) {
				mine, err = e.Contracts.PrintContract(e.ctx, b.first.ID, domain.Date{})
				return err
			},
			func() (err error) {
				theirs, err = other.Contracts.PrintContract(e.ctx, b.first.ID, domain.Date{})
				return err
			},
		)
		for _, err := range errs {
			must(t, err)
		}
		if mine.Version != 1 || theirs.Version != 1 || !bytes.Equal(mine.PDF, theirs.PDF) || mine.SHA256 != theirs.SHA256 {
			t.Errorf("two prints: %s v%d and %s v%d", mine.SHA256, mine.Version, theirs.SHA256, theirs.Version)
		}
		list, err := e.Contracts.ContractVersions(e.ctx, b.first.ID)
		must(t, err)
		if len(list) != 1 {
			t.Errorf("%d versions", len(list))
		}
	}},
}
