package sqlite

import (
	"bytes"
	"context"
	"database/sql"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// savedState writes the whole database as JSON: two states compare equal
// when nothing was written in between (the export's time is the fixed
// clock).
func savedState(t *testing.T, db *DB) []byte {
	t.Helper()
	var b bytes.Buffer
	must(t, db.ExportJSON(context.Background(), &b))
	return b.Bytes()
}

// storedWorld is a firm, a client, a manager and a proposal issued once:
// something for every save to change.
type storedWorld struct {
	client   *domain.Client
	manager  *domain.Manager
	draft    *domain.Proposal
	issued   *domain.Proposal
	planRev  int64
	tomorrow domain.Date
	// running is an active consulting assignment with a printed contract
	// and saved terms; planned one that has not started.
	running, planned *domain.Engagement
	terms            *domain.ContractTerms
}

func storeWorld(t *testing.T, db *DB) *storedWorld {
	t.Helper()
	ctx := context.Background()
	w := &storedWorld{tomorrow: testToday.AddDays(1)}
	must(t, db.SaveFirm(ctx, testFirm()))
	w.client = testClient("Acme", 1234567)
	must(t, db.CreateClient(ctx, w.client))
	w.manager = testManager("An Peeters", "an@example.be")
	must(t, db.CreateManager(ctx, w.manager))
	w.draft = testProposal(w.client.ID, w.manager.ID)
	must(t, db.CreateProposal(ctx, w.draft))
	w.issued = testProposal(w.client.ID, w.manager.ID)
	must(t, db.CreateProposal(ctx, w.issued))
	_, err := db.IssueProposal(ctx, w.issued.ID, testToday)
	must(t, err)
	plan, err := db.PlanErasure(ctx, w.manager.ID)
	must(t, err)
	w.planRev = plan.Rev

	w.running = &domain.Engagement{ClientID: w.client.ID, Kind: domain.KindConsulting, Role: "Strategisch plan",
		Start: testToday, End: testToday.AddDays(60), Fee: domain.Euros(30000), NoticeDays: 30}
	must(t, db.AddEngagement(ctx, w.running, nil))
	w.running, err = db.ActivateEngagement(ctx, w.running.ID, testToday)
	must(t, err)
	w.planned = &domain.Engagement{ClientID: w.client.ID, Kind: domain.KindConsulting, Role: "Tweede fase",
		Start: w.tomorrow, Fee: domain.Euros(12000), NoticeDays: 30}
	must(t, db.AddEngagement(ctx, w.planned, nil))
	must(t, db.SaveContractTerms(ctx, &domain.ContractTerms{EngagementID: w.planned.ID, Assignment: "Uitrol van het plan",
		Deliverables: "Uitrolplan", NonSolicitMonths: 12, LiabilityCapMonths: 6}))
	// A contract is first printed once its assignment and deliverables say something.
	w.terms, err = db.ContractTerms(ctx, w.running.ID)
	must(t, err)
	w.terms.Assignment, w.terms.Deliverables = "Strategisch plan voor drie jaar", "Rapport"
	must(t, db.SaveContractTerms(ctx, w.terms))
	_, err = contractsOf(db).PrintContract(ctx, w.running.ID, testToday)
	must(t, err)
	w.terms, err = db.ContractTerms(ctx, w.running.ID)
	must(t, err)
	w.terms.Deliverables = "Rapport\nPlan van aanpak"
	must(t, db.SaveContractTerms(ctx, w.terms))
	sig, _ := domain.DefaultClause(domain.JurisdictionBE, domain.LangNL, domain.ClauseSignature)
	must(t, db.SaveClause(ctx, &domain.ClauseText{Jurisdiction: domain.JurisdictionBE, Lang: domain.LangNL,
		Clause: domain.Clause{Key: domain.ClauseSignature, Body: sig.Body + " Gelezen en goedgekeurd."}}))
	return w
}

func contractsOf(db *DB) *Contracts { return &Contracts{DB: db, Render: fakeContractRenderer} }

// saves are every write path of the store that a person starts.
func saves(w *storedWorld) []struct {
	name string
	save func(ctx context.Context, db *DB) error
} {
	return []struct {
		name string
		save func(ctx context.Context, db *DB) error
	}{
		{"save the firm", func(ctx context.Context, db *DB) error {
			f, err := db.Firm(ctx)
			if err != nil {
				return err
			}
			f.Phone = "+32 9 765 43 21"
			return db.SaveFirm(ctx, f)
		}},
		{"create a client", func(ctx context.Context, db *DB) error {
			return db.CreateClient(ctx, testClient("Bolt", 7654321))
		}},
		{"update a client", func(ctx context.Context, db *DB) error {
			c := *w.client
			c.Sector = "Chemie"
			return db.UpdateClient(ctx, &c)
		}},
		{"archive a client", func(ctx context.Context, db *DB) error { return db.ArchiveClient(ctx, w.client.ID, true) }},
		{"create a manager", func(ctx context.Context, db *DB) error {
			return db.CreateManager(ctx, testManager("Bart Maes", "bart@example.be"))
		}},
		{"update a manager", func(ctx context.Context, db *DB) error {
			m := *w.manager
			m.DayRate = domain.Euros(1400)
			return db.UpdateManager(ctx, &m)
		}},
		{"deactivate a manager", func(ctx context.Context, db *DB) error {
			return db.SetManagerActive(ctx, w.manager.ID, false)
		}},
		{"create a proposal", func(ctx context.Context, db *DB) error {
			return db.CreateProposal(ctx, testProposal(w.client.ID, w.manager.ID))
		}},
		{"update a proposal", func(ctx context.Context, db *DB) error {
			p := *w.draft
			p.Title = "Een andere titel"
			return db.UpdateProposal(ctx, &p)
		}},
		{"issue a proposal", func(ctx context.Context, db *DB) error {
			_, err := db.IssueProposal(ctx, w.draft.ID, testToday)
			return err
		}},
		{"record the client's answer", func(ctx context.Context, db *DB) error {
			return db.SetProposalStatus(ctx, w.issued.ID, domain.ProposalDeclined, w.tomorrow, "")
		}},
		{"set how many backups are kept", func(ctx context.Context, db *DB) error { return db.SetBackupKeep(ctx, 20) }},
		{"erase a manager", func(ctx context.Context, db *DB) error {
			_, err := db.EraseManager(ctx, w.manager.ID, w.planRev)
			return err
		}},
		{"import managers", func(ctx context.Context, db *DB) error {
			_, err := db.ImportManagers(ctx, domain.RowsOf(generatedManagers(10, 9)), domain.ImportOptions{})
			return err
		}},
		{"add an engagement", func(ctx context.Context, db *DB) error {
			e := *w.planned
			e.ID, e.Role = 0, "Derde fase"
			return db.AddEngagement(ctx, &e, nil)
		}},
		{"edit an engagement", func(ctx context.Context, db *DB) error {
			e := *w.running
			e.Notes = "Stuurgroep elke maandag."
			return db.UpdateEngagement(ctx, &e)
		}},
		{"accept a proposal", func(ctx context.Context, db *DB) error {
			_, err := db.AcceptProposal(ctx, w.issued.ID, domain.KindInterim, domain.AcceptOptions{})
			return err
		}},
		{"start an engagement", func(ctx context.Context, db *DB) error {
			_, err := db.ActivateEngagement(ctx, w.planned.ID, w.tomorrow)
			return err
		}},
		{"complete an engagement", func(ctx context.Context, db *DB) error {
			_, err := db.CompleteEngagement(ctx, w.running.ID, w.tomorrow)
			return err
		}},
		{"give notice", func(ctx context.Context, db *DB) error {
			_, err := db.TerminateEngagement(ctx, w.running.ID, testToday, "De klant stopt.")
			return err
		}},
		{"extend an engagement", func(ctx context.Context, db *DB) error {
			_, err := db.ExtendEngagement(ctx, w.running.ID, w.running.End.AddDays(30), testToday, nil)
			return err
		}},
		{"save contract terms", func(ctx context.Context, db *DB) error {
			t := *w.terms
			t.NonSolicitMonths = 18
			return db.SaveContractTerms(ctx, &t)
		}},
		{"print a contract", func(ctx context.Context, db *DB) error {
			_, err := contractsOf(db).PrintContract(ctx, w.planned.ID, testToday)
			return err
		}},
		{"reissue a contract", func(ctx context.Context, db *DB) error {
			_, err := contractsOf(db).ReissueContract(ctx, w.running.ID, w.tomorrow)
			return err
		}},
		{"save a clause", func(ctx context.Context, db *DB) error {
			law, _ := domain.DefaultClause(domain.JurisdictionBE, domain.LangNL, domain.ClauseLaw)
			law.Body += " Bemiddeling gaat voor."
			return db.SaveClause(ctx, &domain.ClauseText{Jurisdiction: domain.JurisdictionBE, Lang: domain.LangNL, Clause: law})
		}},
		{"reset a clause", func(ctx context.Context, db *DB) error {
			return db.ResetClause(ctx, domain.JurisdictionBE, domain.LangNL, domain.ClauseSignature)
		}},
	}
}

// A database that cannot be written (query_only makes SQLite answer every
// write as it answers for a read-only file): every save says so in one
// sentence and writes nothing; once it can be written again, the same
// save goes through.
func TestEverySaveExplainsAReadOnlyDatabase(t *testing.T) {
	ctx := context.Background()
	for _, tc := range saves(nil) {
		t.Run(tc.name, func(t *testing.T) {
			db := openTestDB(t)
			w := storeWorld(t, db)
			save := saves(w)
			var run func(context.Context, *DB) error
			for _, s := range save {
				if s.name == tc.name {
					run = s.save
				}
			}
			before := savedState(t, db)
			db.db.SetMaxOpenConns(1) // the pragma below then holds for every statement
			_, err := db.db.ExecContext(ctx, `PRAGMA query_only = 1`)
			must(t, err)

			err = run(ctx, db)
			wantCode(t, err, domain.EINVALID)
			want := "Nothing was saved: " + db.Path() + " cannot be written: the file or its folder is read-only. What was saved before is unchanged"
			if !strings.HasPrefix(err.Error(), want) {
				t.Errorf("error %q\nwant it to start with %q", err, want)
			}
			_, err = db.db.ExecContext(ctx, `PRAGMA query_only = 0`)
			must(t, err)
			if after := savedState(t, db); !bytes.Equal(after, before) {
				t.Error("the failed save changed the database")
			}
			must(t, run(ctx, db))
		})
	}
}

// A full disk, made with max_page_count: the database may not grow by a
// page. A save that needs room says so, and writes nothing.
func TestSavesExplainAFullDisk(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct {
		name string
		save func(db *DB) error
	}{
		{"import managers", func(db *DB) error {
			_, err := db.ImportManagers(ctx, domain.RowsOf(generatedManagers(200, 4)), domain.ImportOptions{})
			return err
		}},
		{"create a manager with a long CV", func(db *DB) error {
			m := testManager("Bart Maes", "bart@example.be")
			m.CV = strings.Repeat("Twintig jaar leiding in groei en herstructurering. ", 300)
			return db.CreateManager(ctx, m)
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			db := openTestDB(t)
			storeWorld(t, db)
			before := savedState(t, db)
			db.db.SetMaxOpenConns(1)
			var pages int
			must(t, db.db.QueryRowContext(ctx, `PRAGMA page_count`).Scan(&pages))
			_, err := db.db.ExecContext(ctx, `PRAGMA max_page_count = `+strconv.Itoa(pages))
			must(t, err)

			err = tc.save(db)
			wantCode(t, err, domain.EINVALID)
			want := "Nothing was saved: the disk that holds " + db.Path() + " is full. What was saved before is unchanged"
			if !strings.HasPrefix(err.Error(), want) {
				t.Errorf("error %q\nwant it to start with %q", err, want)
			}
			if after := savedState(t, db); !bytes.Equal(after, before) {
				t.Error("the failed save changed the database")
			}
		})
	}
}

// A save that waits longer than busy_timeout for another writer (a large
// import in another window) says so in a sentence a person can act on,
// not "begin write: database is locked (5) (SQLITE_BUSY)". The test waits
// the five seconds of busy_timeout.
func TestBusyDatabaseIsASentence(t *testing.T) {
	if !strings.Contains(pragmas, "busy_timeout("+strconv.Itoa(busyWaitSeconds*1000)+")") {
		t.Fatalf("busyWaitSeconds is %d, the DSN says %s", busyWaitSeconds, pragmas)
	}
	if testing.Short() {
		t.Skip("waits for busy_timeout")
	}
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "interimdesk.db")
	db := openTestDBAt(t, path)
	other, err := sql.Open("sqlite", dsn(path))
	must(t, err)
	defer other.Close()
	tx, err := other.BeginTx(ctx, nil) // immediate: takes the write lock
	must(t, err)
	defer tx.Rollback()

	err = db.CreateClient(ctx, testClient("Acme", 0))
	if domain.ErrorCode(err) != domain.EINVALID {
		t.Fatalf("got %v (%s), want a sentence", err, domain.ErrorCode(err))
	}
	msg := err.Error()
	for _, want := range []string{"Nothing was saved", path, "5 seconds", "Wait until it has finished"} {
		if !strings.Contains(msg, want) {
			t.Errorf("%q lacks %q", msg, want)
		}
	}
	for _, bad := range []string{"SQLITE_BUSY", "locked", "begin write"} {
		if strings.Contains(msg, bad) {
			t.Errorf("%q shows %q", msg, bad)
		}
	}
	must(t, tx.Rollback())
	must(t, db.CreateClient(ctx, testClient("Acme", 0)))
}
