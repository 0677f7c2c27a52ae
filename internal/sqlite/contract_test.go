package sqlite

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// fakeContractRenderer stands in for internal/pdf: enough of a PDF to be
// told apart, naming what the contract says about its end and notice.
func fakeContractRenderer(_ context.Context, d *domain.ContractDocument) ([]byte, error) {
	return []byte(fmt.Sprintf("%%PDF-1.4 fake %s v%d %s end %s %s\n%%%%EOF\n",
		d.Number, d.Version, d.ShortHash, d.Engagement.End, d.Clauses[len(d.Clauses)-1].Body)), nil
}

// contractSetup accepts the test proposal's mandate and returns the store
// with contracts and the engagement.
func contractSetup(t *testing.T) (*Contracts, *domain.Engagement) {
	t.Helper()
	db := openTestDB(t)
	p, _ := acceptSetup(t, db)
	e, err := db.AcceptProposal(context.Background(), p.ID, domain.KindInterim, domain.AcceptOptions{})
	must(t, err)
	return &Contracts{DB: db, Render: fakeContractRenderer}, e
}

// TestPrintContractFreezes prints a contract, changes everything it shows,
// and prints it again: the same bytes, until it is reissued.
func TestPrintContractFreezes(t *testing.T) {
	ctx := context.Background()
	cs, e := contractSetup(t)
	on := domain.NewDate(2026, time.May, 21)
	v1, err := cs.PrintContract(ctx, e.ID, on)
	must(t, err)
	sum := sha256.Sum256(v1.PDF)
	if v1.Number != "CTR-2026-0001" || v1.Version != 1 || v1.IssuedOn != on || v1.Language != domain.LangNL ||
		v1.Jurisdiction != domain.JurisdictionBE || v1.SHA256 != hex.EncodeToString(sum[:]) {
		t.Errorf("v1 %+v", v1)
	}
	var frozen domain.ContractDocument
	must(t, json.Unmarshal(v1.Data, &frozen))
	logo := sha256.Sum256(testFirm().Logo)
	if frozen.Firm.Logo != nil || frozen.LogoSHA256 != hex.EncodeToString(logo[:]) || frozen.ShortHash == "" ||
		!bytes.Contains(v1.PDF, []byte(frozen.ShortHash)) {
		t.Errorf("frozen data: logo %d bytes, logo hash %q, short hash %q", len(frozen.Firm.Logo), frozen.LogoSHA256, frozen.ShortHash)
	}
	if frozen.Manager == nil || frozen.Manager.CV != "" || frozen.Engagement.Notes != "" || frozen.Client.Notes != "" {
		t.Errorf("frozen data keeps more than the page shows: %+v", frozen.Manager)
	}
	def, _ := domain.DefaultClause(domain.JurisdictionBE, domain.LangNL, domain.ClauseNoticeInterim)
	if len(frozen.Clauses) != len(domain.ContractClauses(domain.KindInterim)) || frozen.Clauses[8] != def {
		t.Errorf("frozen clauses: %d, notice %+v", len(frozen.Clauses), frozen.Clauses[8])
	}
	if frozen.Proposal == nil || frozen.Proposal.Number != "OFF-2026-0001" || frozen.Terms.Assignment != "Cash\nBank" {
		t.Errorf("proposal %+v, terms %+v", frozen.Proposal, frozen.Terms)
	}

	// The library, the engagement and the client change.
	sig, _ := domain.DefaultClause(domain.JurisdictionBE, domain.LangNL, domain.ClauseSignature)
	must(t, cs.SaveClause(ctx, &domain.ClauseText{Jurisdiction: domain.JurisdictionBE, Lang: domain.LangNL,
		Clause: domain.Clause{Key: domain.ClauseSignature, Body: sig.Body + " Gelezen en goedgekeurd."}}))
	_, err = cs.ExtendEngagement(ctx, e.ID, domain.NewDate(2026, time.December, 31), domain.Date{}, nil)
	must(t, err)
	c, err := cs.FindClientByID(ctx, e.ClientID)
	must(t, err)
	c.LegalName = "Acme Holding NV"
	must(t, cs.UpdateClient(ctx, c))

	again, err := cs.PrintContract(ctx, e.ID, testToday)
	must(t, err)
	if !bytes.Equal(again.PDF, v1.PDF) || again.Version != 1 || again.IssuedOn != on {
		t.Errorf("reprint differs: %+v", again)
	}
	preview, err := cs.ContractDocument(ctx, e.ID, domain.Date{})
	must(t, err)
	if preview.Version != 0 || preview.Number != v1.Number || preview.Date != testToday ||
		preview.Client.LegalName != "Acme Holding NV" || !strings.HasSuffix(preview.Clauses[len(preview.Clauses)-1].Body, "Gelezen en goedgekeurd.") {
		t.Errorf("preview %+v", preview)
	}

	v2, err := cs.ReissueContract(ctx, e.ID, domain.Date{})
	must(t, err)
	if v2.Number != v1.Number || v2.Version != 2 || v2.IssuedOn != testToday || !bytes.Contains(v2.PDF, []byte("end 2026-12-31")) ||
		!bytes.Contains(v2.PDF, []byte("Gelezen en goedgekeurd.")) {
		t.Errorf("v2 %+v\n%s", v2, v2.PDF)
	}
	_, err = cs.ReissueContract(ctx, e.ID, domain.Date{})
	if domain.ErrorCode(err) != domain.ECONFLICT || !strings.Contains(err.Error(), "Version 2 of contract CTR-2026-0001 already shows") {
		t.Errorf("reissue without change: %v", err)
	}
	if latest, err := cs.PrintContract(ctx, e.ID, domain.Date{}); err != nil || latest.Version != 2 || !bytes.Equal(latest.PDF, v2.PDF) {
		t.Errorf("print after reissue: %v %+v", err, latest)
	}

	list, err := cs.ContractVersions(ctx, e.ID)
	must(t, err)
	if len(list) != 2 || list[0].Version != 2 || list[1].Version != 1 || list[0].PDF != nil || list[1].SHA256 != v1.SHA256 {
		t.Errorf("versions %+v", list)
	}
	old, err := cs.ContractVersion(ctx, e.ID, 1)
	must(t, err)
	if !bytes.Equal(old.PDF, v1.PDF) || !bytes.Equal(old.Data, v1.Data) {
		t.Error("version 1 read back differs")
	}
	_, err = cs.ContractVersion(ctx, e.ID, 3)
	wantCode(t, err, domain.ENOTFOUND)
	_, err = cs.ContractVersions(ctx, 999)
	wantCode(t, err, domain.ENOTFOUND)

	if _, err := cs.db.Exec(`UPDATE contract_versions SET pdf = x'00'`); err == nil {
		t.Error("a printed contract was changed")
	}
	if _, err := cs.db.Exec(`DELETE FROM contract_versions`); err == nil {
		t.Error("a printed contract was deleted")
	}
	whats := eventsOf(t, cs.DB, "engagement", e.ID)
	if !reflect.DeepEqual(whats, []string{"accepted", "contract printed", "extended", "contract reissued"}) {
		t.Errorf("events %q", whats)
	}
}

func TestPrintContractRefusals(t *testing.T) {
	ctx := context.Background()
	t.Run("no firm profile", func(t *testing.T) {
		db := openTestDB(t)
		c, m := proposalSetup(t, db)
		e := &domain.Engagement{ClientID: c.ID, Kind: domain.KindInterim, ManagerID: m.ID, Start: testToday, DaysPerWeek: 2, DayRate: 1}
		must(t, db.AddEngagement(ctx, e, nil))
		cs := &Contracts{DB: db, Render: fakeContractRenderer}
		_, err := cs.PrintContract(ctx, e.ID, domain.Date{})
		if domain.ErrorCode(err) != domain.EINVALID || !strings.HasPrefix(err.Error(), "Set up the firm profile first") {
			t.Errorf("err = %v", err)
		}
		// A preview shows the defaults of a new firm instead.
		doc, err := cs.ContractDocument(ctx, e.ID, domain.Date{})
		must(t, err)
		if doc.Proposal != nil || doc.Terms.NonSolicitMonths != domain.DefaultNonSolicitMonths || doc.Number != "" {
			t.Errorf("preview %+v", doc)
		}
	})
	t.Run("the renderer fails", func(t *testing.T) {
		cs, e := contractSetup(t)
		cs.Render = func(context.Context, *domain.ContractDocument) ([]byte, error) { return nil, errors.New("disk full") }
		if _, err := cs.PrintContract(ctx, e.ID, domain.Date{}); err == nil || !strings.Contains(err.Error(), "disk full") {
			t.Errorf("err = %v", err)
		}
		cs.Render = nil
		_, err := cs.PrintContract(ctx, e.ID, domain.Date{})
		wantCode(t, err, domain.EINTERNAL)
		if list, _ := cs.ContractVersions(ctx, e.ID); len(list) != 0 {
			t.Errorf("%d versions stored", len(list))
		}
	})
	t.Run("reissue before the first print", func(t *testing.T) {
		cs, e := contractSetup(t)
		_, err := cs.ReissueContract(ctx, e.ID, domain.Date{})
		wantCode(t, err, domain.ECONFLICT)
	})
	t.Run("no such engagement", func(t *testing.T) {
		cs, _ := contractSetup(t)
		_, err := cs.PrintContract(ctx, 999, domain.Date{})
		wantCode(t, err, domain.ENOTFOUND)
		_, err = cs.ContractDocument(ctx, 999, domain.Date{})
		wantCode(t, err, domain.ENOTFOUND)
	})
}

func TestContractTerms(t *testing.T) {
	ctx := context.Background()
	cs, e := contractSetup(t)
	def, err := cs.ContractTerms(ctx, e.ID)
	must(t, err)
	want := domain.ContractTerms{EngagementID: e.ID, Assignment: "Cash\nBank", ExitCriteria: "Nieuwe CFO",
		NonSolicitMonths: 12, LiabilityCapMonths: 6}
	if *def != want {
		t.Errorf("defaults %+v", def)
	}
	t1 := *def
	t1.Authority = "Tekent betalingen tot € 50.000\nNeemt personeel aan en ontslaat het"
	t1.NonSolicitMonths = 18
	must(t, cs.SaveContractTerms(ctx, &t1))
	if t1.Rev != 1 {
		t.Errorf("rev %d", t1.Rev)
	}
	got, err := cs.ContractTerms(ctx, e.ID)
	must(t, err)
	if *got != t1 {
		t.Errorf("read back %+v", got)
	}
	doc, err := cs.ContractDocument(ctx, e.ID, domain.Date{})
	must(t, err)
	if doc.Terms.Authority != t1.Authority || doc.Terms.Rev != 0 || doc.Vars()["non_solicitation_period"] != "18\u00a0maanden" {
		t.Errorf("document terms %+v", doc.Terms)
	}

	stale := *def
	wantCode(t, cs.SaveContractTerms(ctx, &stale), domain.ECONFLICT)
	bad := t1
	bad.LiabilityCapMonths = 0
	if err := cs.SaveContractTerms(ctx, &bad); domain.ErrorField(err) != "Liability cap" {
		t.Errorf("bad cap: %v", err)
	}
	ghost := domain.ContractTerms{EngagementID: 999, NonSolicitMonths: 12, LiabilityCapMonths: 6}
	wantCode(t, cs.SaveContractTerms(ctx, &ghost), domain.ENOTFOUND)
	_, err = cs.ContractTerms(ctx, 999)
	wantCode(t, err, domain.ENOTFOUND)
}

// testPrinters are the fake printers, wired the way cmd/ wires internal/pdf.
var testPrinters = Printers{Proposal: fakeRenderer, Contract: fakeContractRenderer}

// TestNewServices checks that the store offers every service, with or
// without printers: a caller never finds one nil.
func TestNewServices(t *testing.T) {
	for _, tc := range []struct {
		name string
		p    Printers
	}{{"with printers", testPrinters}, {"without printers", Printers{}}} {
		t.Run(tc.name, func(t *testing.T) {
			s := NewServices(openTestDB(t), tc.p)
			v := reflect.ValueOf(s)
			for i := 0; i < v.NumField(); i++ {
				if v.Field(i).IsNil() {
					t.Errorf("Services.%s is nil", v.Type().Field(i).Name)
				}
			}
		})
	}
}

// TestNewServices_previewNeedsAPrinter: without a proposal printer a
// preview is an internal error, not a crash.
func TestNewServices_previewNeedsAPrinter(t *testing.T) {
	_, err := NewServices(openTestDB(t), Printers{}).Previews.PreviewProposal(context.Background(), &domain.ProposalDocument{})
	wantCode(t, err, domain.EINTERNAL)
	b, err := NewServices(openTestDB(t), testPrinters).Previews.PreviewProposal(context.Background(), &domain.ProposalDocument{})
	if err != nil || len(b) == 0 {
		t.Errorf("preview with a printer: %d bytes, %v", len(b), err)
	}
}
