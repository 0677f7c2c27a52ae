package storetest

import (
	"reflect"
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// The imports of clients and managers from a file: the same report, line
// for line and sentence for sentence, on every store.

func managerRows(ms ...*domain.Manager) domain.ImportRows[domain.Manager] {
	rows := make([]domain.ImportRow[domain.Manager], len(ms))
	for i, m := range ms {
		rows[i] = domain.ImportRow[domain.Manager]{Line: i + 2, Record: m}
	}
	return domain.RowsOf(rows)
}

func clientRows(cs ...*domain.Client) domain.ImportRows[domain.Client] {
	rows := make([]domain.ImportRow[domain.Client], len(cs))
	for i, c := range cs {
		rows[i] = domain.ImportRow[domain.Client]{Line: i + 2, Record: c}
	}
	return domain.RowsOf(rows)
}

// actions are the action of each line of a report, in order.
func actions(rep *domain.ImportReport) []domain.ImportAction {
	out := []domain.ImportAction{}
	for _, l := range rep.Lines {
		out = append(out, l.Action)
	}
	return out
}

var dataImportTests = []test{
	{"managers added, updated by e-mail, unchanged, in one go", func(t *testing.T, e *env) {
		stored := testManager("Anna Claes", "anna@example.be")
		must(t, e.Managers.CreateManager(e.ctx, stored))
		e.clock.Advance(60e9)
		changed := testManager("Anna Claes", "ANNA@example.be")
		changed.City = "Brugge"
		rep, err := e.Data.ImportManagers(e.ctx, managerRows(testManager("Bart Peeters", "bart@example.be"), changed),
			domain.ImportOptions{Source: "managers.csv"})
		must(t, err)
		if !rep.Written || rep.Added != 1 || rep.Updated != 1 || rep.Noun != "managers" {
			t.Fatalf("report %+v", rep)
		}
		if got := rep.Lines[1].Changes; !reflect.DeepEqual(got, []string{"E-mail", "City"}) {
			t.Errorf("changes %q", got)
		}
		got, err := e.Managers.FindManagerByID(e.ctx, stored.ID)
		must(t, err)
		if got.City != "Brugge" || got.Rev != 2 || !got.UpdatedAt.Equal(e.clock.Now()) {
			t.Errorf("updated manager: city %q, rev %d, updated %v", got.City, got.Rev, got.UpdatedAt)
		}
		added, err := e.Managers.FindManagerByID(e.ctx, rep.Lines[0].ID)
		must(t, err)
		if added.Name != "Bart Peeters" || added.Rev != 1 {
			t.Errorf("added manager %q rev %d", added.Name, added.Rev)
		}
		// The filters know the new manager's sectors.
		ms, _, err := e.Managers.FindManagers(e.ctx, domain.ManagerFilter{Sector: "sante"})
		must(t, err)
		if len(ms) != 2 {
			t.Errorf("%d managers in the sector Santé, want 2", len(ms))
		}
		again, err := e.Data.ImportManagers(e.ctx, managerRows(testManager("Bart Peeters", "bart@example.be")), domain.ImportOptions{})
		must(t, err)
		if want := []domain.ImportAction{domain.ImportUnchanged}; !reflect.DeepEqual(actions(again), want) {
			t.Errorf("a second import of the same line: %v", actions(again))
		}
	}},
	{"a refused line stops the import; nothing written", func(t *testing.T, e *env) {
		bad := testManager("", "nobody@example.be")
		rep, err := e.Data.ImportManagers(e.ctx, managerRows(testManager("Bart Peeters", "bart@example.be"), bad), domain.ImportOptions{})
		wantCode(t, err, domain.EINVALID)
		wantMessage(t, err, "Nothing was imported: line 3 was refused. Name: is required. Correct the line, or choose to skip refused lines.")
		if rep == nil || len(rep.Lines) != 2 || rep.Written {
			t.Fatalf("report %+v", rep)
		}
		all, err := e.Data.AllManagers(e.ctx)
		must(t, err)
		if len(all) != 0 {
			t.Errorf("%d managers after a refused import", len(all))
		}
	}},
	{"skip invalid, duplicates in the file, dry run", func(t *testing.T, e *env) {
		lines := []*domain.Manager{
			testManager("Bart Peeters", "bart@example.be"),
			testManager("Bart Twee", "BART@example.be"),
			testManager("", "nobody@example.be"),
			testManager("Carla Smet", ""),
			testManager("carla  SMET", ""),
		}
		dry, err := e.Data.ImportManagers(e.ctx, managerRows(lines...), domain.ImportOptions{DryRun: true})
		must(t, err)
		want := []domain.ImportAction{domain.ImportAdd, domain.ImportRefuse, domain.ImportRefuse, domain.ImportAdd, domain.ImportSkip}
		if !reflect.DeepEqual(actions(dry), want) || dry.Written {
			t.Fatalf("dry run %v, written %v", actions(dry), dry.Written)
		}
		if got := dry.Lines[1].Reason; got != "E-mail: bart@example.be is also on line 2; a manager is imported once." {
			t.Errorf("reason of the repeated e-mail: %q", got)
		}
		if got := dry.Lines[4].Reason; got != "carla  SMET is also on line 5, and this line has no e-mail to tell them apart; it was left out as a likely duplicate." {
			t.Errorf("reason of the repeated name: %q", got)
		}
		all, err := e.Data.AllManagers(e.ctx)
		must(t, err)
		if len(all) != 0 {
			t.Fatalf("a dry run wrote %d managers", len(all))
		}
		rep, err := e.Data.ImportManagers(e.ctx, managerRows(lines...), domain.ImportOptions{SkipInvalid: true})
		must(t, err)
		if !reflect.DeepEqual(actions(rep), want) || rep.Added != 2 || !rep.Written {
			t.Fatalf("import %v, %+v", actions(rep), rep)
		}
		all, err = e.Data.AllManagers(e.ctx)
		must(t, err)
		if got := managerNames(all); !reflect.DeepEqual(got, []string{"Bart Peeters", "Carla Smet"}) {
			t.Errorf("managers %q", got)
		}
	}},
	{"a line without e-mail updates the one manager of that name", func(t *testing.T, e *env) {
		stored := testManager("Joëlle Dubois", "joelle@example.be")
		must(t, e.Managers.CreateManager(e.ctx, stored))
		line := testManager("Joelle DUBOIS", "")
		line.City = "Namur"
		rep, err := e.Data.ImportManagers(e.ctx, domain.RowsOf([]domain.ImportRow[domain.Manager]{{Line: 2, Record: line,
			Merge: func(m *domain.Manager) { m.City = line.City }}}), domain.ImportOptions{})
		must(t, err)
		l := rep.Lines[0]
		if l.Action != domain.ImportUpdate || !l.ByName || l.ID != stored.ID || l.Name != "Joëlle Dubois" {
			t.Fatalf("line %+v", l)
		}
		got, err := e.Managers.FindManagerByID(e.ctx, stored.ID)
		must(t, err)
		if got.Name != "Joëlle Dubois" || got.City != "Namur" || got.Email != "joelle@example.be" {
			t.Errorf("after the import: %q %q %q", got.Name, got.City, got.Email)
		}
	}},
	{"clients by VAT number, all clients in the order added", func(t *testing.T, e *env) {
		stored := testClient("Acme", 1_000_001)
		must(t, e.Clients.CreateClient(e.ctx, stored))
		changed := testClient("Acme", 1_000_001)
		changed.Address.City = "Mechelen"
		rep, err := e.Data.ImportClients(e.ctx, clientRows(changed, testClient("Brouwerij", 1_000_002), testClient("Zonder", 0)),
			domain.ImportOptions{})
		must(t, err)
		want := []domain.ImportAction{domain.ImportUpdate, domain.ImportAdd, domain.ImportAdd}
		if !reflect.DeepEqual(actions(rep), want) || rep.Noun != "clients" {
			t.Fatalf("actions %v", actions(rep))
		}
		if got := rep.Lines[0].Changes; !reflect.DeepEqual(got, []string{"City"}) {
			t.Errorf("changes %q", got)
		}
		all, err := e.Data.AllClients(e.ctx)
		must(t, err)
		if got := clientNames(all); !reflect.DeepEqual(got, []string{"Acme NV", "Brouwerij NV", "Zonder NV"}) {
			t.Errorf("clients %q", got)
		}
		if all[0].Address.City != "Mechelen" || all[0].Rev != 2 {
			t.Errorf("updated client: %q rev %d", all[0].Address.City, all[0].Rev)
		}
	}},
	{"a line that cannot be read is refused with its sentence", func(t *testing.T, e *env) {
		rows := domain.RowsOf([]domain.ImportRow[domain.Client]{{Line: 7, Err: domain.Invalidf("Day rate", "write an amount such as 1250 or 1250,50.")}})
		rep, err := e.Data.ImportClients(e.ctx, rows, domain.ImportOptions{SkipInvalid: true})
		must(t, err)
		if rep.Refused != 1 || rep.Lines[0].Reason != "Day rate: write an amount such as 1250 or 1250,50." {
			t.Errorf("report %+v", rep)
		}
	}},
	{"two imports of one file at once: the second finds the first's managers", func(t *testing.T, e *env) {
		other := e.Again(t)
		lines := func() domain.ImportRows[domain.Manager] {
			return managerRows(testManager("Bart Peeters", "bart@example.be"), testManager("Carla Smet", "carla@example.be"))
		}
		reps := make([]*domain.ImportReport, 2)
		errs := together(
			func() (err error) {
				reps[0], err = e.Data.ImportManagers(e.ctx, lines(), domain.ImportOptions{})
				return err
			},
			func() (err error) {
				reps[1], err = other.Data.ImportManagers(e.ctx, lines(), domain.ImportOptions{})
				return err
			},
		)
		for _, err := range errs {
			must(t, err)
		}
		if reps[0].Added+reps[1].Added != 2 || reps[0].Unchanged+reps[1].Unchanged != 2 {
			t.Errorf("reports %v and %v", actions(reps[0]), actions(reps[1]))
		}
		all, err := e.Data.AllManagers(e.ctx)
		must(t, err)
		if len(all) != 2 {
			t.Errorf("%d managers after two imports of two", len(all))
		}
	}},
}
