package sqlite

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// issueSetup is a firm, a client, a manager and two draft proposals.
func issueSetup(t *testing.T, db *DB) (a, b *domain.Proposal) {
	t.Helper()
	ctx := context.Background()
	must(t, db.SaveFirm(ctx, testFirm()))
	c, m := proposalSetup(t, db)
	a, b = testProposal(c.ID, m.ID), testProposal(c.ID, 0)
	b.Title = "Tweede voorstel"
	must(t, db.CreateProposal(ctx, a))
	must(t, db.CreateProposal(ctx, b))
	return a, b
}

func TestIssueNumbersAreGaplessPerYear(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	a, b := issueSetup(t, db)
	c := testProposal(a.ClientID, 0)
	must(t, db.CreateProposal(ctx, c))

	steps := []struct {
		id      int64
		on      domain.Date
		number  string
		version int
	}{
		{a.ID, testToday, "OFF-2026-0001", 1},
		{b.ID, testToday, "OFF-2026-0002", 1},
		{a.ID, testToday.AddDays(3), "OFF-2026-0001", 2}, // re-issue: next version, same number
		{c.ID, domain.NewDate(2027, time.January, 4), "OFF-2027-0001", 1},
		{b.ID, domain.NewDate(2027, time.January, 5), "OFF-2026-0002", 2}, // the number keeps its year
	}
	for _, s := range steps {
		v, err := db.IssueProposal(ctx, s.id, s.on)
		must(t, err)
		if v.Number != s.number || v.Version != s.version || v.IssuedOn != s.on {
			t.Errorf("issue %d on %s = %s v%d on %s, want %s v%d", s.id, s.on, v.Number, v.Version, v.IssuedOn, s.number, s.version)
		}
		p, err := db.FindProposalByID(ctx, s.id)
		must(t, err)
		if p.Status != domain.ProposalIssued || p.Number != s.number || p.Version != s.version || p.IssuedOn != s.on || p.StatusDate != s.on {
			t.Errorf("proposal after issue: %s %s v%d issued %s status date %s", p.Status, p.Number, p.Version, p.IssuedOn, p.StatusDate)
		}
	}

	versions, err := db.ProposalVersions(ctx, a.ID)
	must(t, err)
	if len(versions) != 2 || versions[0].Version != 2 || versions[1].Version != 1 {
		t.Fatalf("versions of a: %+v", versions)
	}
	for _, v := range versions {
		if v.PDF != nil {
			t.Errorf("version %d listed with its PDF", v.Version)
		}
		if len(v.Data) == 0 || v.SHA256 == "" || !v.CreatedAt.Equal(testNow) {
			t.Errorf("version %d listed without data, hash or time: %+v", v.Version, v)
		}
	}
}

func TestIssuedVersionIsFrozenWithItsHashes(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	a, _ := issueSetup(t, db)
	issued, err := db.IssueProposal(ctx, a.ID, testToday)
	must(t, err)

	v, err := db.ProposalVersion(ctx, a.ID, 1)
	must(t, err)
	if !reflect.DeepEqual(v, issued) {
		t.Errorf("stored version\n%+v\nreturned\n%+v", v, issued)
	}
	sum := sha256.Sum256(v.PDF)
	if v.SHA256 != hex.EncodeToString(sum[:]) {
		t.Errorf("SHA256 %s is not the hash of the PDF", v.SHA256)
	}

	var doc domain.ProposalDocument
	must(t, json.Unmarshal(v.Data, &doc))
	if doc.Number != "OFF-2026-0001" || doc.Version != 1 || doc.Date != testToday || doc.Lang != domain.LangNL {
		t.Errorf("document: number %s version %d date %s lang %s", doc.Number, doc.Version, doc.Date, doc.Lang)
	}
	if doc.Firm.LegalName != testFirm().LegalName || doc.Client.ID != a.ClientID || doc.Manager == nil || doc.Manager.ID != a.Interim.ManagerID {
		t.Errorf("document parties: firm %q client %d manager %+v", doc.Firm.LegalName, doc.Client.ID, doc.Manager)
	}
	if !reflect.DeepEqual(doc.Totals, a.Totals()) {
		t.Errorf("totals %+v, want %+v", doc.Totals, a.Totals())
	}
	if doc.Proposal.Status != domain.ProposalIssued || doc.Proposal.Number != doc.Number || doc.Proposal.Version != 1 {
		t.Errorf("the document's proposal: %s %s v%d", doc.Proposal.Status, doc.Proposal.Number, doc.Proposal.Version)
	}
	// The short hash can be recomputed by anyone from the stored data.
	want, err := domain.ProposalShortHash(&doc)
	must(t, err)
	if len(doc.ShortHash) != 8 || doc.ShortHash != want {
		t.Errorf("ShortHash = %q, recomputed %q", doc.ShortHash, want)
	}
	if !strings.Contains(string(v.PDF), doc.ShortHash) {
		t.Error("the renderer did not get the document with its short hash")
	}

	// Nothing, not even SQL outside the store, changes an issued version.
	for _, stmt := range []string{
		`UPDATE proposal_versions SET pdf = x'00'`,
		`DELETE FROM proposal_versions`,
	} {
		_, err := db.db.ExecContext(ctx, stmt)
		if err == nil {
			t.Errorf("%s succeeded", stmt)
		}
	}

	_, err = db.ProposalVersion(ctx, a.ID, 2)
	wantCode(t, err, domain.ENOTFOUND)
	_, err = db.ProposalVersions(ctx, 999)
	wantCode(t, err, domain.ENOTFOUND)
}

func TestFailedRenderConsumesNoNumber(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	a, b := issueSetup(t, db)
	boom := errors.New("font missing")
	db.renderProposal = func(context.Context, *domain.ProposalDocument) ([]byte, error) { return nil, boom }
	_, err := db.IssueProposal(ctx, a.ID, testToday)
	if !errors.Is(err, boom) {
		t.Fatalf("IssueProposal = %v, want the renderer's error", err)
	}
	db.renderProposal = func(context.Context, *domain.ProposalDocument) ([]byte, error) { return nil, nil }
	_, err = db.IssueProposal(ctx, a.ID, testToday)
	wantCode(t, err, domain.EINTERNAL)

	p, err := db.FindProposalByID(ctx, a.ID)
	must(t, err)
	if p.Status != domain.ProposalDraft || p.Number != "" || p.Version != 0 || p.Rev != a.Rev {
		t.Errorf("proposal after failed issues: %+v", p)
	}
	if vs, _ := db.ProposalVersions(ctx, a.ID); len(vs) != 0 {
		t.Errorf("%d versions stored", len(vs))
	}

	db.renderProposal = fakeRenderer
	v, err := db.IssueProposal(ctx, b.ID, testToday)
	must(t, err)
	if v.Number != "OFF-2026-0001" {
		t.Errorf("first successful issue got %s, want OFF-2026-0001", v.Number)
	}
}

// TestIssueRefusesWhenChangedDuringRender changes the proposal while the
// PDF is being rendered, which the store allows because it renders outside
// its write transaction; the issue must then fail and take no number. A
// number taken meanwhile is not refused: the issue takes the next.
func TestIssueRefusesWhenChangedDuringRender(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	a, b := issueSetup(t, db)
	db.renderProposal = func(ctx context.Context, d *domain.ProposalDocument) ([]byte, error) {
		p, err := db.FindProposalByID(ctx, a.ID)
		if err != nil {
			return nil, err
		}
		p.Title = "Changed meanwhile"
		if err := db.UpdateProposal(ctx, p); err != nil {
			return nil, err
		}
		return fakeRenderer(ctx, d)
	}
	_, err := db.IssueProposal(ctx, a.ID, testToday)
	wantCode(t, err, domain.ECONFLICT)

	// Another proposal taking the number meanwhile: the issue prints
	// again with the next number, inside its write transaction, and
	// succeeds without being asked twice.
	renders := 0
	db.renderProposal = func(ctx context.Context, d *domain.ProposalDocument) ([]byte, error) {
		renders++
		if renders == 1 {
			if _, err := db.IssueProposal(ctx, b.ID, testToday); err != nil {
				return nil, err
			}
		}
		return fakeRenderer(ctx, d)
	}
	v, err := db.IssueProposal(ctx, a.ID, testToday)
	must(t, err)
	if v.Number != "OFF-2026-0002" || renders != 3 {
		t.Errorf("issued as %s after %d renders, want OFF-2026-0002 after 3 (a, b, a again)", v.Number, renders)
	}
	if got, err := db.ProposalVersion(ctx, a.ID, 1); err != nil || got.SHA256 != v.SHA256 || !strings.Contains(string(got.Data), "OFF-2026-0002") {
		t.Errorf("stored version: %v, %v", got, err)
	}
}

func TestIssueNeedsFirmRendererAndValidProposal(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	c, _ := proposalSetup(t, db)
	p := testProposal(c.ID, 0)
	must(t, db.CreateProposal(ctx, p))

	_, err := db.IssueProposal(ctx, p.ID, testToday)
	wantCode(t, err, domain.EINVALID)
	if !strings.HasPrefix(err.Error(), "Set up the firm profile first") {
		t.Errorf("message = %q", err)
	}

	must(t, db.SaveFirm(ctx, testFirm()))
	db.renderProposal = nil
	_, err = db.IssueProposal(ctx, p.ID, testToday)
	wantCode(t, err, domain.EINTERNAL)
	if !strings.Contains(err.Error(), "no renderer") {
		t.Errorf("message = %q", err)
	}

	db.renderProposal = fakeRenderer
	_, err = db.IssueProposal(ctx, 999, testToday)
	wantCode(t, err, domain.ENOTFOUND)
}

func TestEditingAnIssuedProposalMakesTheNextDraft(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	a, _ := issueSetup(t, db)
	_, err := db.IssueProposal(ctx, a.ID, testToday)
	must(t, err)
	p, err := db.FindProposalByID(ctx, a.ID)
	must(t, err)

	p.Interim.Weeks = 20
	p.Status = domain.ProposalIssued // ignored: the store decides
	must(t, db.UpdateProposal(ctx, p))
	if p.Status != domain.ProposalDraft || p.Number != "OFF-2026-0001" || p.Version != 1 || p.IssuedOn != testToday {
		t.Errorf("after editing: %s %s v%d issued %s", p.Status, p.Number, p.Version, p.IssuedOn)
	}
	doc, err := db.ProposalDocument(ctx, a.ID, domain.Date{}, "")
	must(t, err)
	if doc.Number != "OFF-2026-0001" || doc.Version != 0 || doc.Date != testToday {
		t.Errorf("preview of the draft: %s v%d %s", doc.Number, doc.Version, doc.Date)
	}
	events := eventsOf(t, db, "proposal", a.ID)
	if want := []string{"issued", "reopened"}; !reflect.DeepEqual(events, want) {
		t.Errorf("events = %q, want %q", events, want)
	}
}

func TestSetProposalStatus(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	a, b := issueSetup(t, db)

	err := db.SetProposalStatus(ctx, a.ID, domain.ProposalAccepted, testToday, domain.KindInterim)
	wantCode(t, err, domain.ECONFLICT) // never issued

	_, err = db.IssueProposal(ctx, a.ID, testToday)
	must(t, err)
	wantCode(t, db.SetProposalStatus(ctx, a.ID, domain.ProposalAccepted, testToday, ""), domain.EINVALID)
	wantCode(t, db.SetProposalStatus(ctx, a.ID, domain.ProposalDraft, testToday, ""), domain.EINVALID)
	wantCode(t, db.SetProposalStatus(ctx, a.ID, "won", testToday, ""), domain.EINVALID)
	wantCode(t, db.SetProposalStatus(ctx, 999, domain.ProposalDeclined, testToday, ""), domain.ENOTFOUND)

	day := testToday.AddDays(7)
	must(t, db.SetProposalStatus(ctx, a.ID, domain.ProposalAccepted, day, domain.KindConsulting))
	p, err := db.FindProposalByID(ctx, a.ID)
	must(t, err)
	if p.Status != domain.ProposalAccepted || p.AcceptedOption != domain.KindConsulting || p.StatusDate != day || p.IssuedOn != testToday {
		t.Errorf("after accepting: %s %s on %s, issued %s", p.Status, p.AcceptedOption, p.StatusDate, p.IssuedOn)
	}
	if want := []string{"issued", "accepted"}; !reflect.DeepEqual(eventsOf(t, db, "proposal", a.ID), want) {
		t.Errorf("events = %q, want %q", eventsOf(t, db, "proposal", a.ID), want)
	}

	// An answered proposal is final.
	wantCode(t, db.SetProposalStatus(ctx, a.ID, domain.ProposalDeclined, day, ""), domain.ECONFLICT)
	wantCode(t, db.UpdateProposal(ctx, p), domain.ECONFLICT)
	_, err = db.IssueProposal(ctx, a.ID, day)
	wantCode(t, err, domain.ECONFLICT)

	// Declined and expired need no option; an expired proposal may be
	// edited and issued again.
	_, err = db.IssueProposal(ctx, b.ID, testToday)
	must(t, err)
	must(t, db.SetProposalStatus(ctx, b.ID, domain.ProposalExpired, domain.Date{}, domain.KindInterim))
	q, err := db.FindProposalByID(ctx, b.ID)
	must(t, err)
	if q.Status != domain.ProposalExpired || q.AcceptedOption != "" || q.StatusDate != testToday {
		t.Errorf("after expiring: %s %q on %s", q.Status, q.AcceptedOption, q.StatusDate)
	}
	must(t, db.UpdateProposal(ctx, q))
	v, err := db.IssueProposal(ctx, b.ID, day)
	must(t, err)
	if v.Version != 2 || v.Number != q.Number {
		t.Errorf("re-issue after expiry: %s v%d", v.Number, v.Version)
	}
}

func TestProposalDocumentPreview(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	c, m := proposalSetup(t, db)
	p := testProposal(c.ID, m.ID)
	must(t, db.CreateProposal(ctx, p))

	// Without a firm profile the preview still works, on a blank letterhead.
	doc, err := db.ProposalDocument(ctx, p.ID, domain.Date{}, "")
	must(t, err)
	if doc.Number != "" || doc.Version != 0 || doc.Date != testToday || doc.Lang != domain.LangNL || doc.ShortHash != "" {
		t.Errorf("draft preview: %q v%d %s %s %q", doc.Number, doc.Version, doc.Date, doc.Lang, doc.ShortHash)
	}
	if doc.Firm.LegalName != "" || doc.Firm.ProposalPrefix != "OFF" {
		t.Errorf("firm without profile: %+v", doc.Firm)
	}
	if doc.Manager == nil || doc.Manager.Name != m.Name || doc.Client.LegalName != c.LegalName {
		t.Errorf("parties: %+v / %+v", doc.Client, doc.Manager)
	}
	if !reflect.DeepEqual(doc.Totals, p.Totals()) {
		t.Errorf("totals %+v, want %+v", doc.Totals, p.Totals())
	}
	on := domain.NewDate(2026, time.June, 1)
	doc, err = db.ProposalDocument(ctx, p.ID, on, domain.LangFR)
	must(t, err)
	if doc.Lang != domain.LangFR || doc.Date != on {
		t.Errorf("preview in French on 1 June: %s %s", doc.Lang, doc.Date)
	}
	_, err = db.ProposalDocument(ctx, p.ID, on, "de")
	wantCode(t, err, domain.EINVALID)
	_, err = db.ProposalDocument(ctx, 999, on, "")
	wantCode(t, err, domain.ENOTFOUND)
}

// eventsOf lists the what of the events of one record, oldest first.
func eventsOf(t *testing.T, db *DB, entity string, id int64) []string {
	t.Helper()
	rows, err := db.db.Query(`SELECT what FROM events WHERE entity = ? AND entity_id = ? ORDER BY id`, entity, id)
	must(t, err)
	defer rows.Close()
	var out []string
	for rows.Next() {
		var w string
		must(t, rows.Scan(&w))
		out = append(out, w)
	}
	must(t, rows.Err())
	return out
}
