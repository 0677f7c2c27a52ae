package storetest

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// A manager's personal data and its erasure: the same plan, the same
// guarantees, on every store. The records come from a small export
// (exportFile), since a store may not offer proposals through a service
// yet: manager 7 has engagement 5, is named in the issued proposal 3 and
// proposed by the draft 4.

// withDraft is the export file with a draft that proposes manager 7.
func withDraft(t *testing.T) exportFile {
	f := newExportFile(t)
	f["proposals"] = append(f["proposals"].([]any), map[string]any{"id": 4, "client_id": 41, "title": "Interim CFO, draft",
		"language": "nl", "vat_rate": 21, "validity_days": 30, "status": "draft",
		"interim": map[string]any{"manager_id": 7, "role": "CFO a.i.", "weeks": 12, "days_per_week": 3, "day_rate": 125000, "manager_day_fee": 100000},
		"rev":     1, "created_at": Start, "updated_at": Start})
	return f
}

var privacyTests = []test{
	{"personal data of a manager", func(t *testing.T, e *env) {
		_, err := e.Data.ImportJSON(e.ctx, withDraft(t).reader(t))
		must(t, err)
		pd, err := e.Privacy.ExportPersonal(e.ctx, 7)
		must(t, err)
		if pd.Manager.Name != "Anna Claes" || len(pd.Engagements) != 1 || pd.Engagements[0].ID != 5 {
			t.Errorf("manager %q, engagements %d", pd.Manager.Name, len(pd.Engagements))
		}
		if len(pd.Proposals) != 1 || pd.Proposals[0].ID != 4 || pd.Proposals[0].DaysPerWeek != 3 {
			t.Errorf("proposals %+v", pd.Proposals)
		}
		want := []domain.IssuedDocument{{ProposalID: 3, Number: "OFF-2026-001", Version: 1, IssuedOn: Today,
			SHA256: newExportFile(t)["proposal_versions"].([]any)[0].(map[string]any)["sha256"].(string)}}
		if !reflect.DeepEqual(pd.IssuedDocuments, want) {
			t.Errorf("issued documents %+v, want %+v", pd.IssuedDocuments, want)
		}
		_, err = e.Privacy.ExportPersonal(e.ctx, 99)
		wantCode(t, err, domain.ENOTFOUND)
	}},
	{"erasure: the plan, then what it erases and what it keeps", func(t *testing.T, e *env) {
		_, err := e.Data.ImportJSON(e.ctx, withDraft(t).reader(t))
		must(t, err)
		plan, err := e.Privacy.PlanErasure(e.ctx, 7)
		must(t, err)
		if plan.Name != "Anna Claes" || plan.Engagements != 1 || plan.Running != 1 || plan.Drafts != 1 ||
			len(plan.IssuedDocuments) != 1 || plan.AlreadyErased || len(plan.Backups) != 0 {
			t.Fatalf("plan %+v", plan)
		}
		e.clock.Advance(3600e9)
		done, err := e.Privacy.EraseManager(e.ctx, 7, plan.Rev)
		must(t, err)
		if done.Name != plan.Name || done.Drafts != 1 {
			t.Errorf("carried out %+v", done)
		}
		m, err := e.Managers.FindManagerByID(e.ctx, 7)
		must(t, err)
		if m.Name != "Erased manager 7" || m.Email != "" || m.CV != "" || m.Active || m.Company.IBAN != "" ||
			len(m.Sectors) != 0 || m.DayRate != 0 || m.Notes != "" {
			t.Errorf("after the erasure %+v", m)
		}
		// Nothing finds the manager by what they were.
		for _, q := range []string{"Anna", "Claes", "Turnaround", "herstructureringen"} {
			found, _, err := e.Managers.FindManagers(e.ctx, domain.ManagerFilter{Query: q, IncludeInactive: true})
			must(t, err)
			if len(found) != 0 {
				t.Errorf("a search for %q still finds %q", q, managerNames(found))
			}
		}
		bySector, _, err := e.Managers.FindManagers(e.ctx, domain.ManagerFilter{Sector: "sante", IncludeInactive: true})
		must(t, err)
		if len(bySector) != 0 {
			t.Errorf("the sector filter still finds %q", managerNames(bySector))
		}
		g, err := e.Engagements.FindEngagementByID(e.ctx, 5)
		must(t, err)
		if g.ManagerID != 7 || g.DayRate != domain.Euros(1250) {
			t.Errorf("engagement 5 after the erasure: manager %d, rate %v", g.ManagerID, g.DayRate)
		}
		var out bytes.Buffer
		must(t, e.Data.ExportJSON(e.ctx, &out))
		if strings.Contains(out.String(), "Anna") || strings.Contains(out.String(), "anna@example.be") {
			t.Error("the export still holds the erased manager's name or address, outside the issued document")
		}
		// The draft no longer proposes the manager, in the column and the content.
		pd, err := e.Privacy.ExportPersonal(e.ctx, 7)
		must(t, err)
		if len(pd.Proposals) != 0 || len(pd.IssuedDocuments) != 1 {
			t.Errorf("after the erasure: proposals %+v, issued documents %d", pd.Proposals, len(pd.IssuedDocuments))
		}
		if n := len(pd.Events); n == 0 || pd.Events[n-1].What != "erased" {
			t.Errorf("events %+v", pd.Events)
		}
		again, err := e.Privacy.PlanErasure(e.ctx, 7)
		must(t, err)
		if !again.AlreadyErased || !reflect.DeepEqual(again.Summary(), []string{"Manager 7 was already erased; nothing personal is left to erase."}) {
			t.Errorf("plan after the erasure %+v", again)
		}
		_, err = e.Privacy.EraseManager(e.ctx, 7, again.Rev)
		must(t, err)
		m.Name = "Anna Claes"
		err = e.Managers.UpdateManager(e.ctx, m)
		wantCode(t, err, domain.ECONFLICT)
	}},
	{"erasure of a manager changed since the plan", func(t *testing.T, e *env) {
		m := testManager("Anna Claes", "anna@example.be")
		must(t, e.Managers.CreateManager(e.ctx, m))
		plan, err := e.Privacy.PlanErasure(e.ctx, m.ID)
		must(t, err)
		m.City = "Brugge"
		must(t, e.Managers.UpdateManager(e.ctx, m))
		_, err = e.Privacy.EraseManager(e.ctx, m.ID, plan.Rev)
		wantCode(t, err, domain.ECONFLICT)
		wantMessage(t, err, `Manager "Anna Claes" was changed since the erasure was shown; look at what will be erased again and confirm once more.`)
		got, err := e.Managers.FindManagerByID(e.ctx, m.ID)
		must(t, err)
		if got.Name != "Anna Claes" {
			t.Errorf("erased anyway: %q", got.Name)
		}
		_, err = e.Privacy.PlanErasure(e.ctx, 99)
		wantCode(t, err, domain.ENOTFOUND)
		_, err = e.Privacy.EraseManager(e.ctx, 99, 1)
		wantCode(t, err, domain.ENOTFOUND)
	}},
	{"an edit and the erasure at once: one of them, never a half", func(t *testing.T, e *env) {
		m := testManager("Anna Claes", "anna@example.be")
		must(t, e.Managers.CreateManager(e.ctx, m))
		plan, err := e.Privacy.PlanErasure(e.ctx, m.ID)
		must(t, err)
		other := e.Again(t)
		edit := *m
		edit.City = "Brugge"
		errs := together(
			func() error { _, err := e.Privacy.EraseManager(e.ctx, m.ID, plan.Rev); return err },
			func() error { return other.Managers.UpdateManager(e.ctx, &edit) },
		)
		oneOf(t, errs, domain.ECONFLICT)
		got, err := e.Managers.FindManagerByID(e.ctx, m.ID)
		must(t, err)
		if errs[0] == nil && (got.Name != domain.ErasedManagerName(m.ID) || got.City != "") {
			t.Errorf("erased, then edited: %q in %q", got.Name, got.City)
		}
		if errs[1] == nil && (got.Name != "Anna Claes" || got.City != "Brugge") {
			t.Errorf("edited, then erased: %q in %q", got.Name, got.City)
		}
	}},
}
