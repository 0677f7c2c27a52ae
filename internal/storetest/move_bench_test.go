package storetest_test

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/interimdesk/interimdesk/internal/demo"
	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/pdf"
	"github.com/interimdesk/interimdesk/internal/postgres"
	"github.com/interimdesk/interimdesk/internal/postgres/pgtest"
	"github.com/interimdesk/interimdesk/internal/sqlite"
	"github.com/interimdesk/interimdesk/internal/storetest"
)

// BenchmarkExportAll and BenchmarkImportAll measure "export all" and
// "import all" of the demo firm on both stores: the hand-made sample
// ("small") and a generated one of 10,000 managers ("medium"); "large" is
// demo.Large (100,000 managers), run with -bench 'All/large' -benchtime 1x.
//
//	go test ./internal/storetest/ -run '^$' -bench 'All/(small|medium)' -benchtime 5x
var moveSizes = []struct {
	name string
	size demo.Size
}{
	{"small", demo.Size{}},
	{"medium", demo.Size{Clients: 2_000, Managers: 10_000, Proposals: 5_000, Seed: 2026}},
	{"large", demo.Large},
}

// demoExport is the export of a demo firm of size sz made through the
// SQLite store.
func demoExport(b *testing.B, sz demo.Size) []byte {
	b.Helper()
	ctx := context.Background()
	now := func() time.Time { return storetest.Start }
	db, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "demo.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	db.Now = now
	s := sqlite.NewServices(db, sqlite.Printers{Proposal: pdf.ProposalRenderer(), Contract: pdf.ContractRenderer()})
	if err := demo.LoadSize(ctx, s, storetest.Today, sz); err != nil {
		b.Fatal(err)
	}
	var out bytes.Buffer
	if err := db.ExportJSON(ctx, &out); err != nil {
		b.Fatal(err)
	}
	return out.Bytes()
}

// moveStores open a fresh, empty database of each store.
var moveStores = []struct {
	name string
	open func(b *testing.B) domain.DataService
}{
	{"sqlite", func(b *testing.B) domain.DataService {
		db, err := sqlite.Open(context.Background(), filepath.Join(b.TempDir(), fmt.Sprintf("to-%d.db", time.Now().UnixNano())))
		if err != nil {
			b.Fatal(err)
		}
		b.Cleanup(func() { db.Close() })
		db.Now = func() time.Time { return storetest.Start }
		return db
	}},
	{"postgres", func(b *testing.B) domain.DataService {
		db, err := postgres.Open(context.Background(), pgtest.NewDatabase(b))
		if err != nil {
			b.Fatal(err)
		}
		b.Cleanup(func() { db.Close() })
		db.Now = func() time.Time { return storetest.Start }
		return db
	}},
}

func BenchmarkImportAll(b *testing.B) {
	for _, sz := range moveSizes {
		b.Run(sz.name, func(b *testing.B) {
			file := demoExport(b, sz.size)
			for _, st := range moveStores {
				b.Run(st.name, func(b *testing.B) {
					b.SetBytes(int64(len(file)))
					for b.Loop() {
						b.StopTimer()
						to := st.open(b)
						b.StartTimer()
						if _, err := to.ImportJSON(context.Background(), bytes.NewReader(file)); err != nil {
							b.Fatal(err)
						}
					}
				})
			}
		})
	}
}

func BenchmarkExportAll(b *testing.B) {
	for _, sz := range moveSizes {
		b.Run(sz.name, func(b *testing.B) {
			file := demoExport(b, sz.size)
			for _, st := range moveStores {
				b.Run(st.name, func(b *testing.B) {
					from := st.open(b)
					if _, err := from.ImportJSON(context.Background(), bytes.NewReader(file)); err != nil {
						b.Fatal(err)
					}
					b.SetBytes(int64(len(file)))
					var out bytes.Buffer
					for b.Loop() {
						out.Reset()
						if err := from.ExportJSON(context.Background(), &out); err != nil {
							b.Fatal(err)
						}
					}
					if !bytes.Equal(out.Bytes(), file) {
						b.Errorf("the export from %s is not the file it imported", st.name)
					}
				})
			}
		})
	}
}
