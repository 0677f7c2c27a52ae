package sqlite

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/sqlcol"
)

// givesCompanySeat gives the engagement's manager's company a seat and an
// enterprise number, which the manager agreement names.
func givesCompanySeat(t *testing.T, db *DB, managerID int64) {
	t.Helper()
	ctx := context.Background()
	m, err := db.FindManagerByID(ctx, managerID)
	must(t, err)
	m.Company.Seat = domain.Address{Street: "Kouter 7", Postcode: "9000", City: "Gent", Country: "BE"}
	m.Company.CompanyNumber = strings.TrimPrefix(m.Company.VATID, "BE")
	must(t, db.UpdateManager(ctx, m))
}

// TestTwoAgreementsFreezeApart prints a mandate's client agreement and its
// manager agreement: each frozen on its own, under one number, each with
// only its own side's figure in the data it keeps.
func TestTwoAgreementsFreezeApart(t *testing.T) {
	ctx := context.Background()
	cs, e := contractSetup(t)
	on := domain.NewDate(2026, time.May, 21)

	parties, err := cs.ContractParties(ctx, e.ID)
	must(t, err)
	if len(parties) != 2 || parties[0] != domain.PartyClient || parties[1] != domain.PartyManager {
		t.Fatalf("parties %v", parties)
	}
	// Without the company's seat and number the check blocks the first print.
	_, err = cs.PrintContractFor(ctx, e.ID, domain.PartyManager, on)
	wantCode(t, err, domain.EINVALID)
	if n, _ := cs.ContractVersionsFor(ctx, e.ID, domain.PartyManager); len(n) != 0 {
		t.Fatalf("a blocked print froze %d versions", len(n))
	}
	givesCompanySeat(t, cs.DB, e.ManagerID)

	client, err := cs.PrintContractFor(ctx, e.ID, domain.PartyClient, on)
	must(t, err)
	mgr, err := cs.PrintContractFor(ctx, e.ID, domain.PartyManager, on.AddDays(1))
	must(t, err)
	if client.Party != domain.PartyClient || mgr.Party != domain.PartyManager || client.Number != mgr.Number ||
		client.Version != 1 || mgr.Version != 1 || bytes.Equal(client.PDF, mgr.PDF) {
		t.Fatalf("client %+v, manager %+v", client, mgr)
	}
	var cd, md domain.ContractDocument
	must(t, json.Unmarshal(client.Data, &cd))
	must(t, json.Unmarshal(mgr.Data, &md))
	if cd.Engagement.DayRate != domain.Euros(1250) || cd.Engagement.ManagerDayFee != 0 || cd.ManagerPayment != nil || cd.ThreeParty {
		t.Errorf("the client's data: %+v", cd.Engagement)
	}
	if md.Engagement.DayRate != 0 || md.Engagement.ManagerDayFee != domain.Euros(1000) || md.Proposal != nil ||
		md.ManagerPayment == nil || md.ManagerPayment.Days != 30 || md.PartyOf() != domain.PartyManager {
		t.Errorf("the manager's data: %+v, payment %+v", md.Engagement, md.ManagerPayment)
	}
	for _, raw := range []struct {
		data  []byte
		never string
	}{{client.Data, `"manager_day_fee":100000`}, {mgr.Data, `"day_rate":125000`}} {
		if bytes.Contains(raw.data, []byte(raw.never)) {
			t.Errorf("frozen data holds %s", raw.never)
		}
	}
	if cd.Clauses[0].Key != domain.ClausePartiesClient || md.Clauses[0].Key != domain.ClausePartiesManager {
		t.Errorf("first clauses %s and %s", cd.Clauses[0].Key, md.Clauses[0].Key)
	}

	// The history says which agreement was printed.
	hist, err := cs.EngagementHistory(ctx, e.ID)
	must(t, err)
	var said []string
	for _, ev := range hist {
		if ev.What == domain.EventContractPrinted {
			said = append(said, ev.Detail)
		}
	}
	if len(said) != 2 || !strings.HasPrefix(said[0], "contract "+client.Number+" version 1") ||
		!strings.HasPrefix(said[1], "manager agreement "+mgr.Number+" version 1") {
		t.Errorf("the history says %q", said)
	}

	// Each prints again as frozen, and lists apart; both list together.
	again, err := cs.PrintContractFor(ctx, e.ID, domain.PartyManager, testToday)
	must(t, err)
	if !bytes.Equal(again.PDF, mgr.PDF) {
		t.Error("the manager agreement printed differently the second time")
	}
	all, err := cs.ContractVersions(ctx, e.ID)
	must(t, err)
	if len(all) != 2 || all[0].Party != domain.PartyClient || all[1].Party != domain.PartyManager {
		t.Errorf("versions %+v", all)
	}
	// A change of the manager's fee reissues the manager's agreement only.
	cur, err := cs.FindEngagementByID(ctx, e.ID)
	must(t, err)
	cur.ManagerDayFee = domain.Euros(1050)
	must(t, cs.UpdateEngagement(ctx, cur))
	_, err = cs.ReissueContractFor(ctx, e.ID, domain.PartyClient, testToday)
	wantCode(t, err, domain.ECONFLICT)
	v2, err := cs.ReissueContractFor(ctx, e.ID, domain.PartyManager, testToday)
	must(t, err)
	if v2.Version != 2 || v2.Party != domain.PartyManager || v2.Number != client.Number {
		t.Errorf("reissued %+v", v2)
	}
	if _, err := cs.ContractVersionFor(ctx, e.ID, domain.PartyManager, 2); err != nil {
		t.Error(err)
	}
	_, err = cs.ContractVersionFor(ctx, e.ID, domain.PartyClient, 2)
	wantCode(t, err, domain.ENOTFOUND)
	_, err = cs.PrintContractFor(ctx, e.ID, "both", on)
	wantCode(t, err, domain.EINVALID)
}

// TestThreePartySetting: with the three-party contract chosen, a mandate
// has one contract, which the manager signs, and no manager agreement.
func TestThreePartySetting(t *testing.T) {
	ctx := context.Background()
	cs, e := contractSetup(t)
	s, err := cs.ContractSettings(ctx)
	must(t, err)
	if *s != domain.DefaultContractSettings() {
		t.Fatalf("defaults %+v", s)
	}
	for _, bad := range []domain.ContractSettings{{ManagerPaymentDays: 61, ManagerPaymentAfter: domain.PayAfterInvoice}, {ManagerPaymentDays: 5}} {
		wantCode(t, cs.SaveContractSettings(ctx, &bad), domain.EINVALID)
	}
	must(t, cs.SaveContractSettings(ctx, &domain.ContractSettings{ThreeParty: true, ManagerPaymentDays: 10, ManagerPaymentAfter: domain.PayAfterClient}))
	s, err = cs.ContractSettings(ctx)
	must(t, err)
	if !s.ThreeParty || s.ManagerPaymentDays != 10 || s.ManagerPaymentAfter != domain.PayAfterClient {
		t.Fatalf("saved %+v", s)
	}
	parties, err := cs.ContractParties(ctx, e.ID)
	must(t, err)
	if len(parties) != 1 {
		t.Errorf("parties %v", parties)
	}
	_, err = cs.ContractDocumentFor(ctx, e.ID, domain.PartyManager, testToday)
	wantCode(t, err, domain.EINVALID)
	doc, err := cs.ContractDocument(ctx, e.ID, testToday)
	must(t, err)
	if !doc.ThreeParty || !doc.ManagerSigns() || doc.Clauses[0].Key != domain.ClausePartiesInterim || doc.Engagement.ManagerDayFee != 0 {
		t.Errorf("three-party document: three %v, first %s, fee %v", doc.ThreeParty, doc.Clauses[0].Key, doc.Engagement.ManagerDayFee)
	}
	// Back to two: the manager agreement counts its days from the client's payment.
	must(t, cs.SaveContractSettings(ctx, &domain.ContractSettings{ManagerPaymentDays: 10, ManagerPaymentAfter: domain.PayAfterClient}))
	givesCompanySeat(t, cs.DB, e.ManagerID)
	md, err := cs.ContractDocumentFor(ctx, e.ID, domain.PartyManager, testToday)
	must(t, err)
	if v := md.Vars()["payment_term"]; !strings.Contains(v, "10 dagen nadat de Opdrachtgever") {
		t.Errorf("payment term %q", v)
	}
	if len(domain.CheckContract(md)) != 0 {
		t.Errorf("problems %v", domain.CheckContract(md))
	}
}

// TestMigrationGivesPrintedContractsTheClientsParty opens a file of schema
// 7 with a printed contract: it is the client's, still frozen, and a
// manager agreement can be frozen beside it with the same version number.
func TestMigrationGivesPrintedContractsTheClientsParty(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "interimdesk.db")
	sdb, err := sql.Open("sqlite", dsn(path))
	must(t, err)
	old := &DB{db: sdb, path: path, Now: func() time.Time { return testNow }}
	for _, m := range migrations[:7] {
		must(t, old.applyMigration(ctx, m))
	}
	ts := sqlcol.TimeText(testNow)
	for _, q := range []string{
		`INSERT INTO clients (id, legal_name, country, language, created_at, updated_at) VALUES (1, 'Acme', 'BE', 'nl', '` + ts + `', '` + ts + `')`,
		`INSERT INTO engagements (id, client_id, kind, start_on, days_per_week, day_rate, fee, status, created_at, updated_at) VALUES
			(1, 1, 'consulting', '2026-01-05', 0, 0, 3000000, 'active', '` + ts + `', '` + ts + `')`,
		`INSERT INTO contract_versions (engagement_id, version, number, issued_on, language, jurisdiction, data, pdf, sha256, created_at)
			VALUES (1, 1, 'CTR-2026-0001', '2026-01-04', 'nl', 'BE', '{}', X'255044462D', 'abc', '` + ts + `')`,
	} {
		if _, err := sdb.ExecContext(ctx, q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	must(t, sdb.Close())
	db := openTestDBAt(t, path)
	if _, version := header(t, db); version != SchemaVersion() || version < 8 {
		t.Fatalf("schema %d after opening", version)
	}
	vs, err := db.ContractVersions(ctx, 1)
	must(t, err)
	if len(vs) != 1 || vs[0].Party != domain.PartyClient || vs[0].Number != "CTR-2026-0001" || vs[0].SHA256 != "abc" {
		t.Fatalf("versions %+v", vs)
	}
	for _, q := range []string{`UPDATE contract_versions SET number = 'x'`, `DELETE FROM contract_versions`} {
		if _, err := db.db.ExecContext(ctx, q); err == nil || !strings.Contains(err.Error(), "frozen") {
			t.Errorf("%s: %v, want the frozen trigger", q, err)
		}
	}
	if _, err := db.db.ExecContext(ctx, `INSERT INTO contract_versions (engagement_id, party, version, number, issued_on, language,
			jurisdiction, data, pdf, sha256, created_at) VALUES (1, 'manager', 1, 'CTR-2026-0001', '2026-01-05', 'nl', 'BE', '{}', X'25', 'def', ?)`, ts); err != nil {
		t.Errorf("a manager agreement beside the client's version 1: %v", err)
	}
	if _, err := db.db.ExecContext(ctx, `INSERT INTO contract_versions (engagement_id, party, version, number, issued_on, language,
			jurisdiction, data, pdf, sha256, created_at) VALUES (1, 'both', 1, 'CTR-2026-0001', '2026-01-05', 'nl', 'BE', '{}', X'25', 'def', ?)`, ts); err == nil {
		t.Error("a party that is neither was stored")
	}
}

// TestManagerAgreementSurvivesExport: a manager agreement and the contract
// settings go into the JSON export and come back from it as they were.
func TestManagerAgreementSurvivesExport(t *testing.T) {
	ctx := context.Background()
	cs, e := contractSetup(t)
	givesCompanySeat(t, cs.DB, e.ManagerID)
	must(t, cs.SaveContractSettings(ctx, &domain.ContractSettings{ManagerPaymentDays: 14, ManagerPaymentAfter: domain.PayAfterClient}))
	mgr, err := cs.PrintContractFor(ctx, e.ID, domain.PartyManager, testToday)
	must(t, err)
	first := exportJSON(t, cs.DB)
	if !bytes.Contains(first, []byte(`"party": "manager"`)) {
		t.Fatal("the export does not say whose agreement it holds")
	}
	empty := openTestDB(t)
	_, err = empty.ImportJSON(ctx, bytes.NewReader(first))
	must(t, err)
	v, err := empty.ContractVersionFor(ctx, e.ID, domain.PartyManager, 1)
	must(t, err)
	if !bytes.Equal(v.PDF, mgr.PDF) || v.SHA256 != mgr.SHA256 {
		t.Error("the imported manager agreement differs")
	}
	if s, err := empty.ContractSettings(ctx); err != nil || s.ManagerPaymentDays != 14 || s.ManagerPaymentAfter != domain.PayAfterClient {
		t.Errorf("imported settings %+v, %v", s, err)
	}
	if second := exportJSON(t, empty); !bytes.Equal(first, second) {
		t.Errorf("the second export differs:\n%s", firstDifference(first, second))
	}
}
