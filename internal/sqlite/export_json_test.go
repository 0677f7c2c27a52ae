package sqlite

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/interimdesk/interimdesk/internal/demo"
	"github.com/interimdesk/interimdesk/internal/domain"
)

// demoDB is a database with the sample firm: every table holds rows,
// issued versions have PDFs, the event log has entries.
func demoDB(t testing.TB) *DB {
	t.Helper()
	db := openTestDB(t)
	must(t, demo.Load(context.Background(), db.Services(), testToday))
	must(t, db.SetBackupKeep(context.Background(), 7))
	return db
}

func exportJSON(t testing.TB, db *DB) []byte {
	t.Helper()
	var b bytes.Buffer
	must(t, db.ExportJSON(context.Background(), &b))
	return b.Bytes()
}

// An export imported into an empty database exports again byte for byte:
// ids, revs, timestamps, frozen versions and their PDFs all survive.
func TestJSONExportRoundTrip(t *testing.T) {
	ctx := context.Background()
	first := exportJSON(t, demoDB(t))

	var e Export
	must(t, json.Unmarshal(first, &e))
	if e.Format != ExportFormat || e.FormatVersion != 1 || e.SchemaVersion != SchemaVersion() || e.Firm == nil ||
		len(e.Clients) == 0 || len(e.Managers) == 0 || len(e.Proposals) == 0 || len(e.ProposalVersions) == 0 ||
		len(e.ProposalNumbers) == 0 || len(e.Engagements) == 0 || len(e.Events) == 0 || e.Settings["backup_keep"] != "7" {
		t.Fatalf("the export misses parts: %d clients, %d managers, %d proposals, %d versions, %d engagements, %d events, settings %v",
			len(e.Clients), len(e.Managers), len(e.Proposals), len(e.ProposalVersions), len(e.Engagements), len(e.Events), e.Settings)
	}
	if bytes.Contains(first, []byte(`"status": {`)) {
		t.Error("the derived manager status was exported")
	}

	empty := openTestDB(t)
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
	good := exportJSON(t, demoDB(t))
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
		{"newer format", edit(func(m map[string]any) { m["format_version"] = 2 }), domain.EINVALID, "format version 2"},
		{"newer schema", edit(func(m map[string]any) { m["schema_version"] = 99 }), domain.EINVALID, "newer version of Interim Desk (schema 99"},
		{"unknown field", edit(func(m map[string]any) { m["invoices"] = []any{} }), domain.EINVALID, `unknown field "invoices"`},
		{"wrong type", edit(func(m map[string]any) { first(m, "clients")["id"] = "twelve" }), domain.EINVALID, "clients.id holds string"},
		{"invalid record", edit(func(m map[string]any) { first(m, "managers")["email"] = "an@@example.be" }), domain.EINVALID, "managers[0] (id 1): E-mail: "},
		{"invalid VAT", edit(func(m map[string]any) { first(m, "clients")["vat_id"] = "BE0123456788" }), domain.EINVALID, "clients[0] (id 1): VAT number: "},
		{"broken reference", edit(func(m map[string]any) { first(m, "engagements")["client_id"] = 999 }), domain.EINVALID, "engagements[0] (id 1) refers to a record that is not in the file"},
		{"duplicate id", edit(func(m map[string]any) {
			cs := m["clients"].([]any)
			cs[1].(map[string]any)["id"] = cs[0].(map[string]any)["id"]
		}), domain.EINVALID, "clients[1] (id 1) repeats an id"},
		{"tampered PDF", edit(func(m map[string]any) { first(m, "proposal_versions")["pdf"] = "JVBERi0xLjQK" }), domain.EINVALID, "does not match its SHA-256"},
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
