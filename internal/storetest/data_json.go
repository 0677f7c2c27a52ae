package storetest

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"strings"
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// The JSON export and its import into an empty database: the same
// refusals, naming the same record, on every store. The round trip of a
// whole firm between the stores is TestMoveAFirmBetweenStores.

// exportFile is a small export as another program, or a person, may have
// written it; each test changes what it checks.
type exportFile map[string]any

func newExportFile(t *testing.T) exportFile {
	t.Helper()
	c := testClient("Acme", 1_000_001)
	c.ID, c.Rev, c.CreatedAt, c.UpdatedAt = 41, 3, Start, Start
	m := testManager("Anna Claes", "anna@example.be")
	m.ID, m.Rev, m.CreatedAt, m.UpdatedAt = 7, 1, Start, Start
	g := engagement(41, 7, Today, Today.AddDays(90), 3, domain.EngagementActive)
	g.ID, g.Rev, g.CreatedAt, g.UpdatedAt = 5, 1, Start, Start
	pdf := []byte("%PDF-1.4 an issued proposal")
	sum := sha256.Sum256(pdf)
	p := map[string]any{"id": 3, "client_id": 41, "title": "Interim CFO", "language": "nl", "vat_rate": 21,
		"validity_days": 30, "status": "issued", "number": "OFF-2026-001", "version": 1, "issued_on": Today,
		"rev": 2, "created_at": Start, "updated_at": Start}
	return exportFile{
		"format": "interimdesk-export", "format_version": 2, "schema_version": 11, "exported_at": Start,
		"firm": nil, "settings": map[string]string{},
		"clients": []any{c}, "managers": []any{domain.PersonalManager{Manager: m}},
		"proposals": []any{p},
		"proposal_versions": []any{map[string]any{"proposal_id": 3, "version": 1, "number": "OFF-2026-001",
			"issued_on": Today, "language": "nl", "data": `{"manager":{"id":7}}`, "pdf": pdf, "sha256": hex.EncodeToString(sum[:]),
			"created_at": Start}},
		"proposal_numbers": []any{map[string]any{"prefix": "OFF", "year": 2026, "last": 1}},
		"engagements":      []any{g},
		"events":           []any{map[string]any{"id": 9, "entity": "client", "entity_id": 41, "at": Start, "what": "created", "detail": ""}},
	}
}

// reader is the file as JSON, its keys in a fixed order.
func (f exportFile) reader(t *testing.T) *bytes.Reader {
	t.Helper()
	b, err := json.Marshal(map[string]any(f))
	if err != nil {
		t.Fatal(err)
	}
	return bytes.NewReader(b)
}

// record is element i of list as a map, to change.
func (f exportFile) record(t *testing.T, list string, i int) map[string]any {
	t.Helper()
	b, err := json.Marshal(f[list].([]any)[i])
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	f[list].([]any)[i] = m
	return m
}

// nothingImported fails unless the database holds no client and no manager.
func nothingImported(t *testing.T, e *env) {
	t.Helper()
	cs, err := e.Data.AllClients(e.ctx)
	must(t, err)
	ms, err := e.Data.AllManagers(e.ctx)
	must(t, err)
	if len(cs)+len(ms) != 0 {
		t.Errorf("%d clients and %d managers after a refused import", len(cs), len(ms))
	}
}

var dataJSONTests = []test{
	{"imported with its ids, rev and times; new records take the next ids", func(t *testing.T, e *env) {
		rep, err := e.Data.ImportJSON(e.ctx, newExportFile(t).reader(t))
		must(t, err)
		want := domain.JSONImportReport{Clients: 1, Managers: 1, Proposals: 1, ProposalVersions: 1, Engagements: 1, Events: 1}
		if *rep != want {
			t.Errorf("report %+v, want %+v", *rep, want)
		}
		c, err := e.Clients.FindClientByID(e.ctx, 41)
		must(t, err)
		if c.Rev != 3 || !c.CreatedAt.Equal(Start) || c.LegalName != "Acme NV" {
			t.Errorf("client 41: rev %d, created %v, %q", c.Rev, c.CreatedAt, c.LegalName)
		}
		g, err := e.Engagements.FindEngagementByID(e.ctx, 5)
		must(t, err)
		if g.ManagerID != 7 || g.ClientID != 41 {
			t.Errorf("engagement 5: manager %d, client %d", g.ManagerID, g.ClientID)
		}
		ms, _, err := e.Managers.FindManagers(e.ctx, domain.ManagerFilter{Sector: "sante"})
		must(t, err)
		if len(ms) != 1 {
			t.Errorf("%d managers in the sector Santé after the import, want 1", len(ms))
		}
		next := testClient("Brouwerij", 1_000_002)
		must(t, e.Clients.CreateClient(e.ctx, next))
		m := testManager("Bart Peeters", "bart@example.be")
		must(t, e.Managers.CreateManager(e.ctx, m))
		if next.ID != 42 || m.ID != 8 {
			t.Errorf("after the import a new client got id %d (want 42), a new manager %d (want 8)", next.ID, m.ID)
		}
	}},
	{"export: the format, the schema and the records as stored", func(t *testing.T, e *env) {
		must(t, e.Firm.SaveFirm(e.ctx, testFirm()))
		c := testClient("Acme", 1_000_001)
		must(t, e.Clients.CreateClient(e.ctx, c))
		var out bytes.Buffer
		must(t, e.Data.ExportJSON(e.ctx, &out))
		var got struct {
			Format        string           `json:"format"`
			FormatVersion int              `json:"format_version"`
			SchemaVersion int              `json:"schema_version"`
			Firm          *domain.Firm     `json:"firm"`
			Clients       []*domain.Client `json:"clients"`
			Managers      []any            `json:"managers"`
		}
		if err := json.Unmarshal(out.Bytes(), &got); err != nil {
			t.Fatal(err)
		}
		if got.Format != "interimdesk-export" || got.FormatVersion != 2 || got.SchemaVersion != 11 {
			t.Errorf("envelope %q %d %d", got.Format, got.FormatVersion, got.SchemaVersion)
		}
		if got.Firm == nil || got.Firm.LegalName != testFirm().LegalName || len(got.Clients) != 1 || got.Clients[0].VATID != c.VATID {
			t.Errorf("export %+v", got)
		}
		if got.Managers == nil || !strings.HasPrefix(out.String(), "{\n  \"format\": \"interimdesk-export\",\n") {
			t.Errorf("export starts %.80q; managers %v", out.String(), got.Managers)
		}
	}},
	{"refused when the database holds data", func(t *testing.T, e *env) {
		must(t, e.Clients.CreateClient(e.ctx, testClient("Bestaand", 1_000_009)))
		_, err := e.Data.ImportJSON(e.ctx, newExportFile(t).reader(t))
		wantCode(t, err, domain.ECONFLICT)
		wantMessage(t, err, "The database already holds data; a JSON export is only imported into an empty database. Nothing was imported.")
	}},
	{"a PDF that does not match its SHA-256", func(t *testing.T, e *env) {
		f := newExportFile(t)
		f.record(t, "proposal_versions", 0)["sha256"] = strings.Repeat("0", 64)
		_, err := e.Data.ImportJSON(e.ctx, f.reader(t))
		wantCode(t, err, domain.EINVALID)
		wantMessage(t, err, "proposal_versions[0]: the PDF of OFF-2026-001 version 1 does not match its SHA-256; the document was changed after it left Interim Desk. Nothing was imported.")
		nothingImported(t, e)
	}},
	{"a reference to a record that is not in the file", func(t *testing.T, e *env) {
		f := newExportFile(t)
		f.record(t, "engagements", 0)["manager_id"] = 99
		_, err := e.Data.ImportJSON(e.ctx, f.reader(t))
		wantCode(t, err, domain.EINVALID)
		wantMessage(t, err, "engagements[0] (id 5) refers to a record that is not in the file. Nothing was imported.")
		nothingImported(t, e)
	}},
	{"an invalid record is named", func(t *testing.T, e *env) {
		f := newExportFile(t)
		f.record(t, "managers", 0)["max_days_per_week"] = 9
		_, err := e.Data.ImportJSON(e.ctx, f.reader(t))
		wantCode(t, err, domain.EINVALID)
		if msg := domain.ErrorMessage(err); !strings.HasPrefix(msg, "managers[0] (id 7): ") || !strings.HasSuffix(msg, " Nothing was imported.") {
			t.Errorf("sentence %q", msg)
		}
		nothingImported(t, e)
	}},
	{"two managers with one e-mail address", func(t *testing.T, e *env) {
		f := newExportFile(t)
		other := testManager("Anna Twee", "ANNA@example.be")
		other.ID, other.CreatedAt, other.UpdatedAt = 12, Start, Start
		f["managers"] = append(f["managers"].([]any), domain.PersonalManager{Manager: other})
		_, err := e.Data.ImportJSON(e.ctx, f.reader(t))
		wantCode(t, err, domain.EINVALID)
		wantMessage(t, err, "The managers with ids 7 and 12 of the file share the e-mail address ANNA@example.be; each manager needs an address of their own. Nothing was imported.")
		nothingImported(t, e)
	}},
	{"a file of a newer version", func(t *testing.T, e *env) {
		f := newExportFile(t)
		f["schema_version"] = 99
		_, err := e.Data.ImportJSON(e.ctx, f.reader(t))
		wantCode(t, err, domain.EINVALID)
		wantMessage(t, err, "The export comes from a newer version of Interim Desk (schema 99, this version knows 11); import it with the newer version. Nothing was imported.")
		nothingImported(t, e)
	}},
	{"two imports at once: one of them, the other refused whole", func(t *testing.T, e *env) {
		other := e.Again(t)
		errs := together(
			func() error { _, err := e.Data.ImportJSON(e.ctx, newExportFile(t).reader(t)); return err },
			func() error { _, err := other.Data.ImportJSON(e.ctx, newExportFile(t).reader(t)); return err },
		)
		oneOf(t, errs, domain.ECONFLICT)
		cs, err := e.Data.AllClients(e.ctx)
		must(t, err)
		if len(cs) != 1 {
			t.Errorf("%d clients after two imports of one", len(cs))
		}
	}},
}
