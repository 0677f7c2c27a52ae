// Package contracts prints many engagement contracts into a folder: the
// batch print of the command line and of the Engagements screen. It knows
// only the domain: the store prints (and on first print freezes) each
// contract through domain.ContractService, and this package writes the
// files, side by side on every core, each atomically, reporting progress
// and stopping cleanly when cancelled. Because it imports neither SQL nor
// gofpdf, the desktop screens may call it directly.
package contracts

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sync"

	"github.com/interimdesk/interimdesk/internal/atomicfile"
	"github.com/interimdesk/interimdesk/internal/domain"
)

// Printer is the part of domain.ContractService a batch needs: which
// agreements an engagement has, and printing one.
type Printer interface {
	ContractParties(ctx context.Context, engagementID int64) ([]domain.ContractParty, error)
	PrintContractFor(ctx context.Context, engagementID int64, party domain.ContractParty, on domain.Date) (*domain.ContractVersion, error)
}

// Job is one agreement a batch prints.
type Job struct {
	EngagementID int64
	Party        domain.ContractParty
}

// Jobs lists the agreements of the engagements ids in order, each
// engagement's client agreement first, then its manager agreement when it
// has one. ENOTFOUND for an engagement that does not exist.
func Jobs(ctx context.Context, p Printer, ids []int64) ([]Job, error) {
	jobs := make([]Job, 0, 2*len(ids))
	for _, id := range ids {
		parties, err := p.ContractParties(ctx, id)
		if err != nil {
			return nil, fmt.Errorf("engagement %d: %w", id, err)
		}
		for _, party := range parties {
			jobs = append(jobs, Job{id, party})
		}
	}
	return jobs, nil
}

// Options say where and how a batch prints.
type Options struct {
	// Dir is the folder the files go to; it must exist.
	Dir string
	// On is the print date of contracts printed for the first time; the
	// store takes today when it is zero.
	On domain.Date
	// Workers is how many contracts are printed at once; 0 means one per
	// processor core.
	Workers int
	// Progress, when set, is called after each file is written with the
	// number written so far and the total. Calls never overlap, but they
	// come from the batch's goroutines: a screen hands them to its own.
	Progress func(done, total int)
}

// Result is what a batch wrote: the files in the order of the agreements
// (Jobs), "" where nothing was written (a failure or a cancellation).
type Result struct {
	Files   []string
	Written int
}

// writersPerWorker is how many files are being written per printing
// worker: flushing a file to disk takes about as long as printing it, and
// the disk serves several flushes at once.
const writersPerWorker = 1

// Batch prints the agreements of the engagements ids into opts.Dir (Jobs:
// the client's, and the manager's of a mandate that has one), one file per
// agreement named after the contract so that an engagement's two sort
// together, "CTR-2026-0012-v1-client.pdf" and "CTR-2026-0012-v1-manager.pdf",
// and returns what it wrote. A contract printed before is written as it was
// frozen; one never printed is frozen now (domain.ContractService).
//
// Each file is written under a temporary name in the same folder, flushed
// to disk and then renamed, so a file with a contract's name is always
// whole. When ctx is cancelled, or a contract fails, no new contract is
// started, the files being written are removed before they get their
// name, and Batch returns ctx.Err() or the first failure (wrapped with the
// engagement); the files already written stay and are listed in Result.
//
// Printing keeps the processor cores busy while writing mostly waits for
// the disk, so the two run in separate goroutines: opts.Workers print and
// writersPerWorker times as many write, each holding one PDF at most, so
// the memory a batch needs does not grow with its length.
func Batch(ctx context.Context, p Printer, ids []int64, opts Options) (Result, error) {
	if err := checkDir(opts.Dir); err != nil {
		return Result{Files: []string{}}, err
	}
	jobs, err := Jobs(ctx, p, ids)
	if err != nil {
		return Result{Files: []string{}}, err
	}
	res := Result{Files: make([]string, len(jobs))}
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = min(workers, len(jobs))
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	type printed struct {
		i int
		v *domain.ContractVersion
	}
	var (
		printers, writers sync.WaitGroup
		mu                sync.Mutex // guards res, firstErr and the progress calls
		firstErr          error
		next              = make(chan int)
		done              = make(chan printed)
	)
	fail := func(i int, err error) {
		mu.Lock()
		if firstErr == nil && ctx.Err() == nil {
			firstErr = fmt.Errorf("engagement %d: %w", jobs[i].EngagementID, err)
		}
		mu.Unlock()
		cancel()
	}
	for range workers {
		printers.Go(func() {
			for i := range next {
				v, err := p.PrintContractFor(ctx, jobs[i].EngagementID, jobs[i].Party, opts.On)
				if err != nil {
					fail(i, err)
					continue
				}
				select {
				case done <- printed{i, v}:
				case <-ctx.Done():
				}
			}
		})
	}
	for range workers * writersPerWorker {
		writers.Go(func() {
			for pr := range done {
				path := filepath.Join(opts.Dir, FileName(pr.v))
				if err := WriteFileAtomic(ctx, path, pr.v.PDF); err != nil {
					fail(pr.i, err)
					continue
				}
				mu.Lock()
				res.Files[pr.i] = path
				res.Written++
				if opts.Progress != nil {
					opts.Progress(res.Written, len(jobs))
				}
				mu.Unlock()
			}
		})
	}
feed:
	for i := range jobs {
		select {
		case next <- i:
		case <-ctx.Done():
			break feed
		}
	}
	close(next)
	printers.Wait()
	close(done)
	writers.Wait()
	if firstErr != nil {
		return res, firstErr
	}
	if res.Written < len(jobs) {
		if err := ctx.Err(); err != nil {
			return res, err
		}
	}
	return res, nil
}

// FileName is the name a printed agreement gets in a folder, its number,
// version and party: "CTR-2026-0012-v1-client.pdf",
// "CTR-2026-0012-v1-manager.pdf". An engagement's agreements share the
// number, so they sort together.
func FileName(v *domain.ContractVersion) string {
	party := v.Party
	if !party.Valid() {
		party = domain.PartyClient
	}
	return fmt.Sprintf("%s-v%d-%s.pdf", v.Number, v.Version, party)
}

// checkDir refuses a folder that does not exist or is a file, before any
// contract is printed.
func checkDir(dir string) error {
	info, err := os.Stat(dir)
	switch {
	case dir == "":
		return domain.Invalidf("Folder", "is required: say where the contracts go.")
	case errors.Is(err, fs.ErrNotExist):
		return domain.Invalidf("Folder", "%s does not exist; create it first or choose another folder.", dir)
	case err != nil:
		return domain.Invalidf("Folder", "cannot use %s: %s.", dir, domain.Word(atomicfile.Reason(err)))
	case !info.IsDir():
		return domain.Invalidf("Folder", "%s is a file, not a folder.", dir)
	}
	return nil
}
