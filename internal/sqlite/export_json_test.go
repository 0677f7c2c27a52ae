package sqlite

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"syscall"
	"testing"

	"github.com/interimdesk/interimdesk/internal/demo"
	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/exportfile"
)

// demoDB is a database with the sample firm: every table holds rows,
// issued versions have PDFs, the event log has entries.
func demoDB(t testing.TB) *DB {
	t.Helper()
	db := openTestDB(t)
	must(t, demo.Load(context.Background(), NewServices(db, testPrinters), testToday))
	must(t, db.SetBackupKeep(context.Background(), 7))
	return db
}

func exportJSON(t testing.TB, db *DB) []byte {
	t.Helper()
	var b bytes.Buffer
	must(t, db.ExportJSON(context.Background(), &b))
	return b.Bytes()
}

// contractsDB is the sample firm with everything the contracts added: a
// printed contract reissued once, saved contract terms and a clause of the
// firm's own.
func contractsDB(t testing.TB) (*DB, int64) {
	t.Helper()
	ctx := context.Background()
	db := demoDB(t)
	cs := &Contracts{DB: db, Render: fakeContractRenderer}
	es, _, err := db.FindEngagements(ctx, domain.EngagementFilter{Status: domain.EngagementActive})
	must(t, err)
	var e *domain.Engagement
	for _, x := range es {
		if x.ProposalID != 0 && x.Kind == domain.KindInterim {
			e = x
		}
	}
	if e == nil {
		t.Fatal("the sample has no active mandate from a proposal")
	}
	v1, err := cs.PrintContract(ctx, e.ID, testToday.AddDays(-3))
	must(t, err)
	terms, err := db.ContractTerms(ctx, e.ID)
	must(t, err)
	terms.Authority = "Tekent betalingen tot € 50.000"
	must(t, db.SaveContractTerms(ctx, terms))
	sig, _ := domain.DefaultClause(v1.Jurisdiction, v1.Language, domain.ClauseSignature)
	must(t, db.SaveClause(ctx, &domain.ClauseText{Jurisdiction: v1.Jurisdiction, Lang: v1.Language,
		Clause: domain.Clause{Key: domain.ClauseSignature, Body: sig.Body + " Gelezen en goedgekeurd."}}))
	_, err = cs.ReissueContract(ctx, e.ID, testToday)
	must(t, err)
	return db, e.ID
}

// An export imported into an empty database exports again byte for byte:
// ids, revs, timestamps, frozen versions, printed contracts and their PDFs
// all survive, and a printed contract prints the same bytes.
// The sample holds the terms of its four engagements entered by hand; the
// fixture adds those of one more.
func TestJSONExportRoundTrip(t *testing.T) {
	ctx := context.Background()
	db, engagementID := contractsDB(t)
	first := exportJSON(t, db)

	var e exportfile.Export
	must(t, json.Unmarshal(first, &e))
	if e.Format != exportfile.ExportFormat || e.FormatVersion != 2 || e.SchemaVersion != SchemaVersion() || e.Firm == nil ||
		len(e.Clients) == 0 || len(e.Managers) == 0 || len(e.Proposals) == 0 || len(e.ProposalVersions) == 0 ||
		len(e.ProposalNumbers) == 0 || len(e.Engagements) == 0 || len(e.Events) == 0 || e.Settings["backup_keep"] != "7" ||
		len(e.ContractTerms) != 5 || len(e.ContractVersions) != 2 || len(e.Clauses) != 1 {
		t.Fatalf("the export misses parts: %d clients, %d managers, %d proposals, %d versions, %d engagements, %d events, settings %v, "+
			"%d contract terms, %d printed contracts, %d clauses",
			len(e.Clients), len(e.Managers), len(e.Proposals), len(e.ProposalVersions), len(e.Engagements), len(e.Events), e.Settings,
			len(e.ContractTerms), len(e.ContractVersions), len(e.Clauses))
	}
	if bytes.Contains(first, []byte(`"status": {`)) {
		t.Error("the derived manager status was exported")
	}
	var history int
	for _, ev := range e.Events {
		if ev.Entity == "engagement" && ev.EntityID == engagementID {
			history++
		}
	}
	if history < 4 { // added, contract printed, contract terms, contract reissued
		t.Errorf("the engagement's history has %d events in the export", history)
	}

	empty := openTestDB(t)
	must(t, empty.SetBackupKeep(ctx, 3)) // a setting chosen before the import: the file's wins
	rep, err := empty.ImportJSON(ctx, bytes.NewReader(first))
	must(t, err)
	if !rep.Firm || rep.Clients != len(e.Clients) || rep.ProposalVersions != len(e.ProposalVersions) {
		t.Errorf("report %+v", rep)
	}
	if second := exportJSON(t, empty); !bytes.Equal(first, second) {
		t.Errorf("the second export differs from the first:\n%s", firstDifference(first, second))
	}
	if r, err := empty.Check(ctx); err != nil || r.Integrity != "ok" {
		t.Errorf("check after the import: %+v %v", r, err)
	}
	// Search, filters and the proposal number sequence work on the import.
	ms, _, err := empty.FindManagers(ctx, domain.ManagerFilter{Query: "gerard"})
	must(t, err)
	if len(ms) != 1 {
		t.Errorf("search finds %d managers", len(ms))
	}
	v, err := empty.ProposalVersion(ctx, e.ProposalVersions[0].ProposalID, e.ProposalVersions[0].Version)
	must(t, err)
	if !bytes.Equal(v.PDF, e.ProposalVersions[0].PDF) {
		t.Error("the PDF changed")
	}

	// The printed contract prints again as it was signed, and the library
	// and terms are those of the firm.
	before, err := (&Contracts{DB: db, Render: fakeContractRenderer}).PrintContract(ctx, engagementID, domain.Date{})
	must(t, err)
	imported := &Contracts{DB: empty, Render: func(context.Context, *domain.ContractDocument) ([]byte, error) {
		t.Error("a printed contract was rendered again")
		return nil, nil
	}}
	after, err := imported.PrintContract(ctx, engagementID, domain.Date{})
	must(t, err)
	if after.Version != 2 || !bytes.Equal(after.PDF, before.PDF) || after.SHA256 != before.SHA256 || !bytes.Equal(after.Data, before.Data) {
		t.Errorf("the reprint after the import differs: version %d, sha256 %s, want %s", after.Version, after.SHA256, before.SHA256)
	}
	imported.Render = fakeContractRenderer
	_, err = imported.ReissueContract(ctx, engagementID, domain.Date{})
	if domain.ErrorCode(err) != domain.ECONFLICT || !strings.Contains(err.Error(), "already shows") {
		t.Errorf("reissue after the import: %v (the terms or clauses did not come along)", err)
	}
	if !bytes.Contains(after.PDF, []byte("Gelezen en goedgekeurd.")) {
		t.Errorf("the reprint lacks the firm's own signature clause:\n%s", after.PDF)
	}
}

// The export is written record by record, yet its bytes are those of the
// whole exportfile.Export encoded at once: the documented type is the file.
func TestJSONExportStreamsTheExportType(t *testing.T) {
	db, _ := contractsDB(t)
	streamed := exportJSON(t, db)
	var e exportfile.Export
	must(t, json.Unmarshal(streamed, &e))
	var whole bytes.Buffer
	enc := json.NewEncoder(&whole)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	must(t, enc.Encode(&e))
	if !bytes.Equal(streamed, whole.Bytes()) {
		t.Errorf("the streamed export differs from the whole:\n%s", firstDifference(streamed, whole.Bytes()))
	}

	// An empty database: empty lists, no firm.
	empty := exportJSON(t, openTestDB(t))
	var none exportfile.Export
	must(t, json.Unmarshal(empty, &none))
	whole.Reset()
	must(t, enc.Encode(&none))
	if !bytes.Equal(empty, whole.Bytes()) || !bytes.Contains(empty, []byte(`"firm": null`)) || !bytes.Contains(empty, []byte(`"clients": [],`)) {
		t.Errorf("the export of an empty database:\n%s", empty)
	}
}

// Every table of the schema is in the export, under its own name, or is
// derived from what is: a table a later migration adds must be exported
// too.
func TestJSONExportCoversEveryTable(t *testing.T) {
	db := openTestDB(t)
	derived := map[string]bool{"manager_tags": true} // from the managers' sectors and languages
	var keys map[string]json.RawMessage
	must(t, json.Unmarshal(exportJSON(t, db), &keys))
	rows, err := db.db.Query(`SELECT name FROM sqlite_schema WHERE type = 'table'
		AND name NOT LIKE 'sqlite%' AND name NOT LIKE '%fts%' ORDER BY name`)
	must(t, err)
	defer rows.Close()
	for rows.Next() {
		var name string
		must(t, rows.Scan(&name))
		if _, ok := keys[name]; !ok && !derived[name] { // every key is named after its table
			t.Errorf("table %s is not in the export", name)
		}
	}
	must(t, rows.Err())
}

// A file of format version 1, from before the contracts, still imports.
func TestJSONImportReadsFormatVersion1(t *testing.T) {
	var m map[string]any
	must(t, json.Unmarshal(exportJSON(t, demoDB(t)), &m))
	m["format_version"] = 1
	for _, k := range []string{"contract_terms", "contract_versions", "clauses"} {
		delete(m, k)
	}
	v1, err := json.Marshal(m)
	must(t, err)
	db := openTestDB(t)
	rep, err := db.ImportJSON(context.Background(), bytes.NewReader(v1))
	must(t, err)
	if !rep.Firm || rep.Engagements == 0 {
		t.Errorf("report %+v", rep)
	}
}

func firstDifference(a, b []byte) string {
	la, lb := strings.Split(string(a), "\n"), strings.Split(string(b), "\n")
	for i := range min(len(la), len(lb)) {
		if la[i] != lb[i] {
			return "line " + la[i] + "\n  vs " + lb[i]
		}
	}
	return "lengths differ"
}

// A file that cannot be imported is refused with one sentence naming the
// record and the rule, and the database stays empty.
func TestJSONImportRefusals(t *testing.T) {
	withContracts, _ := contractsDB(t)
	good := exportJSON(t, withContracts)
	edit := func(f func(m map[string]any)) []byte {
		var m map[string]any
		must(t, json.Unmarshal(good, &m))
		f(m)
		b, err := json.Marshal(m)
		must(t, err)
		return b
	}
	first := func(m map[string]any, list string) map[string]any { return m[list].([]any)[0].(map[string]any) }
	for _, tc := range []struct {
		name string
		data []byte
		code string
		want string
	}{
		{"not JSON", []byte("name;rate\n"), domain.EINVALID, "The file is not valid JSON"},
		{"empty", nil, domain.EINVALID, "The file is empty"},
		{"another format", []byte(`{"format": "other", "format_version": 1}`), domain.EINVALID, `its "format" is "other"`},
		{"newer format", edit(func(m map[string]any) { m["format_version"] = 3 }), domain.EINVALID, "format version 3"},
		{"newer schema", edit(func(m map[string]any) { m["schema_version"] = 99 }), domain.EINVALID, "newer version of Interim Desk (schema 99"},
		{"unknown field", edit(func(m map[string]any) { m["invoices"] = []any{} }), domain.EINVALID, `unknown field "invoices"`},
		{"wrong type", edit(func(m map[string]any) { first(m, "clients")["id"] = "twelve" }), domain.EINVALID, "clients[0].id holds string"},
		{"invalid record", edit(func(m map[string]any) { first(m, "managers")["email"] = "an@@example.be" }), domain.EINVALID, "managers[0] (id 1): E-mail: "},
		{"invalid VAT", edit(func(m map[string]any) { first(m, "clients")["vat_id"] = "BE0123456788" }), domain.EINVALID, "clients[0] (id 1): VAT number: "},
		{"broken reference", edit(func(m map[string]any) { first(m, "engagements")["client_id"] = 999 }), domain.EINVALID, "engagements[0] (id 1) refers to a record that is not in the file"},
		{"duplicate id", edit(func(m map[string]any) {
			cs := m["clients"].([]any)
			cs[1].(map[string]any)["id"] = cs[0].(map[string]any)["id"]
		}), domain.EINVALID, "clients[1] (id 1) repeats an id"},
		{"tampered PDF", edit(func(m map[string]any) { first(m, "proposal_versions")["pdf"] = "JVBERi0xLjQK" }), domain.EINVALID, "does not match its SHA-256"},
		{"tampered contract", edit(func(m map[string]any) { first(m, "contract_versions")["pdf"] = "JVBERi0xLjQK" }), domain.EINVALID,
			"contract_versions[0]: the PDF of CTR-2026-0001 version 1 does not match its SHA-256"},
		{"contract data not an object", edit(func(m map[string]any) { first(m, "contract_versions")["data"] = "[]" }), domain.EINVALID,
			"contract_versions[0]: the document data of CTR-2026-0001 version 1 is not a JSON object"},
		{"contract of an unknown engagement", edit(func(m map[string]any) { first(m, "contract_versions")["engagement_id"] = 999 }), domain.EINVALID,
			"contract_versions[0] refers to a record that is not in the file"},
		{"contract under other law", edit(func(m map[string]any) { first(m, "contract_versions")["jurisdiction"] = "FR" }), domain.EINVALID,
			`contract_versions[0]: CTR-2026-0001 version 1 is written under "FR" law`},
		{"invalid contract terms", edit(func(m map[string]any) { first(m, "contract_terms")["liability_cap_months"] = 0 }), domain.EINVALID,
			"contract_terms[0]: Liability cap: must be between 1 and 36 months of fees."},
		{"invalid clause", edit(func(m map[string]any) { first(m, "clauses")["body"] = "{nonsense}" }), domain.EINVALID, "clauses[0]: Text: "},
	} {
		t.Run(tc.name, func(t *testing.T) {
			db := openTestDB(t)
			_, err := db.ImportJSON(context.Background(), bytes.NewReader(tc.data))
			wantCode(t, err, tc.code)
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %q, want it to contain %q", err, tc.want)
			}
			if empty, _ := db.IsEmpty(context.Background()); !empty {
				t.Error("a refused import left data behind")
			}
		})
	}
	t.Run("into a database with data", func(t *testing.T) {
		db := demoDB(t)
		before := exportJSON(t, db)
		_, err := db.ImportJSON(context.Background(), bytes.NewReader(good))
		wantCode(t, err, domain.ECONFLICT)
		if !bytes.Equal(before, exportJSON(t, db)) {
			t.Error("the database changed")
		}
	})
}

// A disk that fills up while the export is written stops it with the
// sentence of a full disk, not with a half-read database.
func TestJSONExportOnAFullDisk(t *testing.T) {
	db, _ := contractsDB(t)
	for _, room := range []int{0, 100, 70_000} { // none, part of the first 64 KB written, more than that
		t.Run(fmt.Sprint(room), func(t *testing.T) {
			w := &fullDisk{room: room}
			err := db.ExportJSON(context.Background(), w)
			wantCode(t, err, domain.EINVALID)
			if !strings.Contains(err.Error(), "the disk that holds the export file is full") {
				t.Errorf("error %q", err)
			}
		})
	}
}

// fullDisk takes room bytes and then refuses, as a full disk does.
type fullDisk struct{ room int }

func (d *fullDisk) Write(p []byte) (int, error) {
	if len(p) > d.room {
		n := d.room
		d.room = 0
		return n, syscall.ENOSPC
	}
	d.room -= len(p)
	return len(p), nil
}
