//go:build unix

package storetest_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"syscall"
	"testing"
	"time"

	"github.com/interimdesk/interimdesk/internal/contracts"
	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/pdf"
	"github.com/interimdesk/interimdesk/internal/postgres"
	"github.com/interimdesk/interimdesk/internal/postgres/pgtest"
	"github.com/interimdesk/interimdesk/internal/sqlite"
	"github.com/interimdesk/interimdesk/internal/storetest"
)

// BenchmarkContractBatch1000 prints the contracts of 1,000 engagements,
// never printed before, into a folder with internal/pdf's renderer, on
// each store from the same seed: issue 17 wants PostgreSQL within 1.5
// times SQLite's figure. ns/op is the whole batch; go-cpu-s/op and
// server-cpu-s/op are the processor time the test process and the
// PostgreSQL server spent on it, which a busy machine's waiting does not
// add to (SQLite works inside the test process).
//
//	CGO_ENABLED=0 go test ./internal/storetest/ -run XXX -bench ContractBatch1000 -benchtime 2x -count 3 -benchmem
func BenchmarkContractBatch1000(b *testing.B) {
	stores := []struct {
		name    string
		workers int
		open    func(b *testing.B, now func() time.Time) batchStore
		server  bool // a PostgreSQL server does part of the work
	}{
		{"sqlite", 0, func(b *testing.B, now func() time.Time) batchStore {
			db, err := sqlite.Open(context.Background(), filepath.Join(b.TempDir(), "interimdesk.db"))
			if err != nil {
				b.Fatal(err)
			}
			db.Now = now
			s := sqlite.NewServices(db, sqlite.Printers{Contract: pdf.ContractRenderer()})
			return batchStore{storetest.Store{Firm: s.Firm, Clients: s.Clients, Managers: s.Managers,
				Lifecycle: s.Lifecycle, Contracts: s.Contracts}, db.Close}
		}, false},
		{"postgres", 0, func(b *testing.B, now func() time.Time) batchStore {
			db, err := postgres.Open(context.Background(), pgtest.NewDatabase(b))
			if err != nil {
				b.Fatal(err)
			}
			db.Now = now
			return batchStore{storetest.Store{Firm: db, Clients: db, Managers: db, Lifecycle: db,
				Contracts: &postgres.Contracts{DB: db, Render: pdf.ContractRenderer()}}, db.Close}
		}, true},
	}
	// The same with four printers on two cores: on PostgreSQL a printer
	// waits for the server, and another can render meanwhile.
	stores = append(stores, stores[0], stores[1])
	stores[2].name, stores[2].workers = "sqlite, 4 workers", 4
	stores[3].name, stores[3].workers = "postgres, 4 workers", 4
	const n = 1000
	for _, st := range stores {
		b.Run(st.name, func(b *testing.B) {
			var files int
			var goCPU, serverCPU time.Duration
			for b.Loop() {
				b.StopTimer()
				s := st.open(b, func() time.Time { return storetest.Start })
				ids := seedBatch(b, s.Store, n)
				dir := b.TempDir()
				runtime.GC()
				go0, server0 := processCPU(b), clusterCPU(b, st.server)
				b.StartTimer()
				res, err := contracts.Batch(context.Background(), s.Contracts, ids, contracts.Options{Dir: dir, Workers: st.workers})
				b.StopTimer()
				goCPU += processCPU(b) - go0
				serverCPU += clusterCPU(b, st.server) - server0
				if err != nil {
					b.Fatal(err)
				}
				if res.Written != len(res.Files) || res.Written < n {
					b.Fatalf("wrote %d of %d", res.Written, len(res.Files))
				}
				files = res.Written
				if err := s.close(); err != nil {
					b.Fatal(err)
				}
				os.RemoveAll(dir)
				b.StartTimer()
			}
			b.ReportMetric(float64(files), "pdfs/op")
			b.ReportMetric(goCPU.Seconds()/float64(b.N), "go-cpu-s/op")
			b.ReportMetric(serverCPU.Seconds()/float64(b.N), "server-cpu-s/op")
		})
	}
}

// processCPU is the test process's processor time so far.
func processCPU(b *testing.B) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// clusterCPU is the PostgreSQL server's processor time so far, 0 for a
// store without one.
func clusterCPU(b *testing.B, server bool) time.Duration {
	if !server {
		return 0
	}
	d, err := pgtest.ServerCPU()
	if err != nil {
		b.Fatal(err)
	}
	return d
}

type batchStore struct {
	storetest.Store
	close func() error
}

// seedBatch writes a firm, 12 clients in the three languages, 20
// managers and n engagements with the terms their contracts need,
// through the store's services: two in three are mandates (the client's
// and the manager's agreement), one in three consulting studies.
func seedBatch(b testing.TB, s storetest.Store, n int) []int64 {
	b.Helper()
	ctx := context.Background()
	f := domain.NewFirm()
	f.LegalName, f.LegalForm = "Van Damme & Partners", "BV"
	f.Address = domain.Address{Street: "Kouter 1", Postcode: "9000", City: "Gent", Country: "BE"}
	f.CompanyNumber, f.VATID, f.RPRCourt = "0123.456.749", "BE0123456749", "Gent, afdeling Gent"
	f.IBAN, f.BIC, f.Email = "BE68539007547034", "GEBABEBB", "info@vandamme.example"
	if err := s.Firm.SaveFirm(ctx, f); err != nil {
		b.Fatal(err)
	}
	langs := []domain.Lang{domain.LangNL, domain.LangFR, domain.LangEN}
	var clients, managers []int64
	for i := range 12 {
		base := 1_000_000 + i
		c := &domain.Client{LegalName: fmt.Sprintf("Klant %d NV", i), VATID: fmt.Sprintf("BE%08d%02d", base, 97-base%97),
			Address:  domain.Address{Street: "Meir 10", Postcode: "2000", City: "Antwerpen", Country: "BE"},
			Contact:  domain.Contact{Name: "Gérard Peeters", Role: "CEO", Email: fmt.Sprintf("ceo%d@example.be", i)},
			Language: langs[i%3]}
		if err := s.Clients.CreateClient(ctx, c); err != nil {
			b.Fatal(err)
		}
		clients = append(clients, c.ID)
	}
	for i := range 20 {
		base := 4_000_000 + i
		vat := fmt.Sprintf("BE%08d%02d", base, 97-base%97)
		m := &domain.Manager{Name: fmt.Sprintf("Manager %d", i), Email: fmt.Sprintf("m%d@example.be", i), City: "Gent",
			Headline: "Interim CFO", Languages: []string{string(langs[i%3])}, DayRate: domain.Euros(1250), MaxDaysPerWeek: 5,
			Company: domain.ManagementCompany{Name: fmt.Sprintf("Manager %d BV", i), VATID: vat, CompanyNumber: vat[2:],
				IBAN: "BE68539007547034", Seat: domain.Address{Street: "Veldstraat 2", Postcode: "9000", City: "Gent", Country: "BE"}},
			Active: true}
		if err := s.Managers.CreateManager(ctx, m); err != nil {
			b.Fatal(err)
		}
		managers = append(managers, m.ID)
	}
	overbook := &domain.CapacityOverride{Reason: "Seeded for measuring contracts."}
	start := domain.NewDate(2026, time.June, 1)
	ids := make([]int64, 0, n)
	for i := range n {
		e := &domain.Engagement{ClientID: clients[i%len(clients)], Kind: domain.KindInterim, ManagerID: managers[i%len(managers)],
			Role: "CFO a.i.", Start: start.AddDays(7 * (i / 50)), DaysPerWeek: 3, DayRate: domain.Euros(1250),
			ManagerDayFee: domain.Euros(1000), NoticeDays: 30, Status: domain.EngagementActive}
		e.End = e.Start.AddDays(90)
		if i%3 == 2 {
			e.Kind, e.ManagerID, e.Role, e.DaysPerWeek, e.DayRate, e.ManagerDayFee = domain.KindConsulting, 0, "Diagnose", 0, 0, 0
			e.Fee = domain.Euros(18000)
		}
		if err := s.Lifecycle.AddEngagement(ctx, e, overbook); err != nil {
			b.Fatalf("engagement %d: %v", i, err)
		}
		t := &domain.ContractTerms{EngagementID: e.ID, Assignment: "Cash\nBank", ExitCriteria: "A permanent CFO is hired.",
			Authority: "Signs payments up to € 50.000", Deliverables: "A report.", NonSolicitMonths: 12, LiabilityCapMonths: 3}
		if err := s.Contracts.SaveContractTerms(ctx, t); err != nil {
			b.Fatalf("terms %d: %v", i, err)
		}
		ids = append(ids, e.ID)
	}
	return ids
}
