package contracts_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/interimdesk/interimdesk/internal/contracts"
	"github.com/interimdesk/interimdesk/internal/contracts/contractstest"
	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/pdf"
	"github.com/interimdesk/interimdesk/internal/sqlite"
)

// seeded returns a copy of a database seeded with n engagements, opened
// with the seed's clock, and their IDs. The seed is made once per size
// and test binary, then copied, which is much faster than seeding again.
func seeded(tb testing.TB, n int) (*sqlite.DB, []int64) {
	tb.Helper()
	tmpl, ids := template(tb, n)
	path := filepath.Join(tb.TempDir(), "interimdesk.db")
	copyFile(tb, tmpl, path)
	db, err := sqlite.Open(context.Background(), path)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	db.Now = func() time.Time { return contractstest.Today.Time().Add(10 * time.Hour) }
	return db, ids
}

var templates = map[int]struct {
	path string
	ids  []int64
}{}

func template(tb testing.TB, n int) (string, []int64) {
	if t, ok := templates[n]; ok {
		return t.path, t.ids
	}
	dir, err := os.MkdirTemp("", "contracts-seed-")
	if err != nil {
		tb.Fatal(err)
	}
	path := filepath.Join(dir, "seed.db")
	ids, err := contractstest.Seed(context.Background(), path, n)
	if err != nil {
		tb.Fatal(err)
	}
	templates[n] = struct {
		path string
		ids  []int64
	}{path, ids}
	return path, ids
}

func TestMain(m *testing.M) {
	code := m.Run()
	for _, t := range templates {
		os.RemoveAll(filepath.Dir(t.path))
	}
	os.Exit(code)
}

func copyFile(tb testing.TB, from, to string) {
	tb.Helper()
	in, err := os.Open(from)
	if err != nil {
		tb.Fatal(err)
	}
	defer in.Close()
	out, err := os.Create(to)
	if err != nil {
		tb.Fatal(err)
	}
	if _, err := io.Copy(out, in); err != nil {
		tb.Fatal(err)
	}
	if err := out.Close(); err != nil {
		tb.Fatal(err)
	}
}

// TestBatchFromTheStore prints real contracts from a real database: every
// file is a sound PDF of its engagement's agreement (a mandate's two, named
// to sort together), and a second batch writes the frozen bytes again.
func TestBatchFromTheStore(t *testing.T) {
	db, ids := seeded(t, 24)
	svc := sqlite.NewServices(db, sqlite.Printers{Proposal: pdf.ProposalRenderer(), Contract: pdf.ContractRenderer()})
	dir := t.TempDir()
	res, err := contracts.Batch(context.Background(), svc.Contracts, ids, contracts.Options{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	if res.Written != len(res.Files) || res.Written <= len(ids) {
		t.Fatalf("wrote %d of %d files for %d engagements", res.Written, len(res.Files), len(ids))
	}
	for _, tool := range []string{"qpdf", "pdftotext"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Fatalf("%s is not installed (Debian: apt-get install poppler-utils qpdf)", tool)
		}
	}
	for _, f := range res.Files[:4] {
		if out, err := exec.Command("qpdf", "--check", f).CombinedOutput(); err != nil {
			t.Fatalf("qpdf --check %s: %v\n%s", f, err, out)
		}
		text, err := exec.Command("pdftotext", f, "-").Output()
		if err != nil {
			t.Fatal(err)
		}
		party := domain.PartyClient
		if strings.HasSuffix(f, "-manager.pdf") {
			party = domain.PartyManager
		}
		var id int64
		if _, err := fmt.Sscanf(filepath.Base(f), "CTR-2026-%04d-", &id); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		v, err := svc.Contracts.ContractVersionFor(context.Background(), id, party, 1)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(text), v.Number) || filepath.Base(f) != v.Number+"-v1-"+string(party)+".pdf" {
			t.Errorf("%s does not show %s", f, v.Number)
		}
	}
	first, err := os.ReadFile(res.Files[7])
	if err != nil {
		t.Fatal(err)
	}
	again := t.TempDir()
	if _, err := contracts.Batch(context.Background(), svc.Contracts, ids, contracts.Options{Dir: again}); err != nil {
		t.Fatal(err)
	}
	if second, _ := os.ReadFile(filepath.Join(again, filepath.Base(res.Files[7]))); !bytes.Equal(first, second) {
		t.Error("a reprint differs from the first print")
	}
}

// TestBatchFromTheStoreCancelled cancels a real batch halfway: the folder
// holds only whole contracts, and the database only the contracts that
// were frozen.
func TestBatchFromTheStoreCancelled(t *testing.T) {
	db, ids := seeded(t, 60)
	svc := sqlite.NewServices(db, sqlite.Printers{Proposal: pdf.ProposalRenderer(), Contract: pdf.ContractRenderer()})
	dir := t.TempDir()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	res, err := contracts.Batch(ctx, svc.Contracts, ids, contracts.Options{Dir: dir, Progress: func(done, _ int) {
		if done == 10 {
			cancel()
		}
	}})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v", err)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != res.Written || res.Written < 10 || res.Written >= len(res.Files) {
		t.Fatalf("%d files, %d written", len(entries), res.Written)
	}
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") || !(strings.HasSuffix(e.Name(), "-v1-client.pdf") || strings.HasSuffix(e.Name(), "-v1-manager.pdf")) {
			t.Errorf("left behind: %s", e.Name())
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.HasSuffix(bytes.TrimSpace(b), []byte("%%EOF")) {
			t.Errorf("%s is cut short", e.Name())
		}
	}
}

// BenchmarkContractBatch1000 prints 1,000 contracts, never printed before,
// from a database into a folder: render, freeze and write each one. ns/op
// is the whole batch; the target is 4 s on two cores.
func BenchmarkContractBatch1000(b *testing.B) {
	const n = 1000
	var size int64
	for b.Loop() {
		b.StopTimer()
		db, ids := seeded(b, n)
		svc := sqlite.NewServices(db, sqlite.Printers{Proposal: pdf.ProposalRenderer(), Contract: pdf.ContractRenderer()})
		dir := b.TempDir()
		runtime.GC()
		b.StartTimer()
		res, err := contracts.Batch(context.Background(), svc.Contracts, ids, contracts.Options{Dir: dir})
		if err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		if res.Written != len(res.Files) || res.Written < n {
			b.Fatalf("wrote %d", res.Written)
		}
		info, _ := os.Stat(res.Files[0])
		size = info.Size()
		db.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(size), "bytes/pdf")
}
