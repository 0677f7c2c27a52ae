package contracts

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// fakePrinter prints a small fake PDF per engagement; before, when set,
// runs first and may fail or cancel.
type fakePrinter struct {
	mu     sync.Mutex
	calls  []int64
	before func(id int64) error
	// managers are the engagements with a manager agreement too.
	managers map[int64]bool
}

func (p *fakePrinter) ContractParties(_ context.Context, id int64) ([]domain.ContractParty, error) {
	if p.managers[id] {
		return []domain.ContractParty{domain.PartyClient, domain.PartyManager}, nil
	}
	return []domain.ContractParty{domain.PartyClient}, nil
}

func pdfOf(id int64) []byte {
	return fmt.Appendf(nil, "%%PDF-1.4 contract of engagement %d\n%%%%EOF\n", id)
}

func (p *fakePrinter) PrintContractFor(ctx context.Context, id int64, party domain.ContractParty, _ domain.Date) (*domain.ContractVersion, error) {
	p.mu.Lock()
	p.calls = append(p.calls, id)
	p.mu.Unlock()
	if p.before != nil {
		if err := p.before(id); err != nil {
			return nil, err
		}
	}
	pdf := pdfOf(id)
	if party == domain.PartyManager {
		pdf = append(pdf, "% manager\n"...)
	}
	return &domain.ContractVersion{EngagementID: id, Party: party, Number: fmt.Sprintf("CTR-2026-%04d", id), Version: 1, PDF: pdf}, nil
}

// folder lists the files in dir: the contracts, and any temporary file a
// batch left behind.
func folder(t *testing.T, dir string) (pdfs, others []string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".pdf") && !strings.HasPrefix(e.Name(), ".") {
			pdfs = append(pdfs, e.Name())
		} else {
			others = append(others, e.Name())
		}
	}
	return pdfs, others
}

// wholeFiles fails unless every contract in dir holds exactly the PDF of
// its engagement.
func wholeFiles(t *testing.T, dir string, names []string) {
	t.Helper()
	for _, n := range names {
		var id int64
		if _, err := fmt.Sscanf(n, "CTR-2026-%04d-v1-client.pdf", &id); err != nil {
			t.Fatalf("unexpected file %s", n)
		}
		b, err := os.ReadFile(filepath.Join(dir, n))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(b, pdfOf(id)) {
			t.Errorf("%s is not the whole contract: %q", n, b)
		}
	}
}

func ids(n int) []int64 {
	out := make([]int64, n)
	for i := range out {
		out[i] = int64(i + 1)
	}
	return out
}

func TestBatch(t *testing.T) {
	for _, workers := range []int{0, 1, 3} {
		t.Run(fmt.Sprintf("%d workers", workers), func(t *testing.T) {
			dir := t.TempDir()
			p := &fakePrinter{}
			var seen []int
			res, err := Batch(context.Background(), p, ids(25), Options{Dir: dir, Workers: workers,
				Progress: func(done, total int) {
					if total != 25 {
						t.Errorf("total %d", total)
					}
					seen = append(seen, done)
				}})
			if err != nil {
				t.Fatal(err)
			}
			if res.Written != 25 || len(seen) != 25 || !slices.IsSorted(seen) || seen[24] != 25 {
				t.Errorf("written %d, progress %v", res.Written, seen)
			}
			for i, f := range res.Files {
				if want := filepath.Join(dir, fmt.Sprintf("CTR-2026-%04d-v1-client.pdf", i+1)); f != want {
					t.Errorf("file %d = %s, want %s", i, f, want)
				}
			}
			pdfs, others := folder(t, dir)
			if len(pdfs) != 25 || len(others) != 0 {
				t.Errorf("folder holds %d contracts and %v", len(pdfs), others)
			}
			wholeFiles(t, dir, pdfs)
			if info, err := os.Stat(res.Files[0]); err != nil || info.Mode().Perm() != 0o600 {
				t.Errorf("mode %v %v", info.Mode(), err)
			}
		})
	}
}

// TestBatchCancelled cancels a batch at several moments: while contracts
// are being printed and while files are being written. No file is left
// half-written or under a temporary name, and every contract in the folder
// is whole.
func TestBatchCancelled(t *testing.T) {
	for _, tc := range []struct {
		name  string
		after int // cancel once this many files are written (progress), or
		at    int64
	}{
		{"from the progress callback", 5, 0},
		{"while printing", 0, 9},
		{"at once", 0, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			p := &fakePrinter{before: func(id int64) error {
				if id == tc.at {
					cancel()
					return ctx.Err()
				}
				return nil
			}}
			opts := Options{Dir: dir, Workers: 3, Progress: func(done, _ int) {
				if done == tc.after {
					cancel()
				}
			}}
			res, err := Batch(ctx, p, ids(200), opts)
			if !errors.Is(err, context.Canceled) {
				t.Fatalf("err = %v, want context.Canceled", err)
			}
			pdfs, others := folder(t, dir)
			if len(others) != 0 {
				t.Errorf("left behind: %v", others)
			}
			if len(pdfs) != res.Written || res.Written >= 200 {
				t.Errorf("%d contracts in the folder, %d reported written", len(pdfs), res.Written)
			}
			wholeFiles(t, dir, pdfs)
			if len(p.calls) > 200-1 {
				t.Errorf("%d contracts printed after the cancel", len(p.calls))
			}
		})
	}
}

func TestBatchFailure(t *testing.T) {
	dir := t.TempDir()
	p := &fakePrinter{before: func(id int64) error {
		if id == 4 {
			return domain.Errorf(domain.EINVALID, "Set up the firm profile first.")
		}
		return nil
	}}
	res, err := Batch(context.Background(), p, ids(40), Options{Dir: dir, Workers: 2})
	if domain.ErrorCode(err) != domain.EINVALID || err.Error() != "engagement 4: Set up the firm profile first." {
		t.Fatalf("err = %v", err)
	}
	pdfs, others := folder(t, dir)
	if len(others) != 0 || len(pdfs) != res.Written || res.Files[3] != "" {
		t.Errorf("folder %v %v, result %+v", pdfs, others, res)
	}
	wholeFiles(t, dir, pdfs)
}

func TestBatchFolder(t *testing.T) {
	file := filepath.Join(t.TempDir(), "a.pdf")
	if err := os.WriteFile(file, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ dir, want string }{
		{"", "Folder: is required"},
		{filepath.Join(t.TempDir(), "missing"), "does not exist"},
		{file, "is a file, not a folder"},
	} {
		p := &fakePrinter{}
		_, err := Batch(context.Background(), p, ids(3), Options{Dir: tc.dir})
		if domain.ErrorField(err) != "Folder" || !strings.Contains(err.Error(), tc.want) || len(p.calls) != 0 {
			t.Errorf("%q: err = %v after %d prints", tc.dir, err, len(p.calls))
		}
	}
	if res, err := Batch(context.Background(), &fakePrinter{}, nil, Options{Dir: t.TempDir()}); err != nil || res.Written != 0 {
		t.Errorf("empty batch: %+v %v", res, err)
	}
}

func TestWriteFileAtomic(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "c.pdf")
	if err := os.WriteFile(path, []byte("old"), 0o640); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := WriteFileAtomic(ctx, path, []byte("new")); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: %v", err)
	}
	if b, _ := os.ReadFile(path); string(b) != "old" {
		t.Errorf("a cancelled write changed the file: %q", b)
	}
	if err := WriteFileAtomic(context.Background(), path, []byte("new")); err != nil {
		t.Fatal(err)
	}
	if info, _ := os.Stat(path); info.Mode().Perm() != 0o640 {
		t.Errorf("mode %v, want the old 0640", info.Mode())
	}
	if err := WriteFileAtomic(context.Background(), dir, []byte("x")); domain.ErrorField(err) != "File" {
		t.Errorf("a folder: %v", err)
	}
	if _, others := folder(t, dir); len(others) != 0 {
		t.Errorf("left behind: %v", others)
	}
}

// TestBatchPrintsBothAgreements: a mandate with a manager agreement gets
// two files, named so that they sort together, the client's first.
func TestBatchPrintsBothAgreements(t *testing.T) {
	dir := t.TempDir()
	p := &fakePrinter{managers: map[int64]bool{2: true}}
	var progress []int
	res, err := Batch(context.Background(), p, []int64{1, 2, 3}, Options{Dir: dir, Workers: 2,
		Progress: func(done, total int) { progress = append(progress, total) }})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"CTR-2026-0001-v1-client.pdf", "CTR-2026-0002-v1-client.pdf", "CTR-2026-0002-v1-manager.pdf", "CTR-2026-0003-v1-client.pdf"}
	if res.Written != 4 || len(res.Files) != 4 {
		t.Fatalf("result %+v", res)
	}
	for i, f := range res.Files {
		if filepath.Base(f) != want[i] {
			t.Errorf("file %d is %s, want %s", i, filepath.Base(f), want[i])
		}
	}
	pdfs, others := folder(t, dir)
	if len(others) != 0 || strings.Join(pdfs, " ") != strings.Join(want, " ") {
		t.Errorf("folder holds %v and %v", pdfs, others)
	}
	if b, _ := os.ReadFile(res.Files[2]); !bytes.HasSuffix(b, []byte("% manager\n")) {
		t.Errorf("the manager file holds %q", b)
	}
	if len(progress) != 4 || progress[0] != 4 {
		t.Errorf("progress totals %v", progress)
	}
}
