package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime/debug"
	"strconv"
	"strings"

	"github.com/interimdesk/interimdesk/internal/contracts"
	"github.com/interimdesk/interimdesk/internal/domain"
)

// contractBatch prints the contracts of many engagements into a folder:
// "batch [--status STATUS|all] [--client ID] [--manager ID] [--ids 1,2,3]
// --out DIR [--on DATE] [--progress] [--json]". Each file is written
// whole or not at all; Ctrl-C stops the batch, keeping the files done.
func (a *app) contractBatch(args []string) error {
	fs := newFlagSet("contract batch")
	var f domain.EngagementFilter
	status := fs.String("status", "active", "print the engagements with this `STATUS`: planned, active, completed, terminated or all")
	fs.Int64Var(&f.ClientID, "client", 0, "only the engagements of the client with this `ID`")
	fs.Int64Var(&f.ManagerID, "manager", 0, "only the engagements of the manager with this `ID`")
	idList := fs.String("ids", "", "print exactly these engagements: `IDS` such as 3,7,12 (instead of the filters)")
	var dir string
	fs.StringVar(&dir, "out", "", "the `FOLDER` the contracts go to; it must exist")
	fs.StringVar(&dir, "o", "", "the same as --out")
	on := fs.String("on", "", "the print `DATE` of contracts printed for the first time (default today)")
	progress := fs.Bool("progress", false, "report progress on stderr, line by line (always on a terminal, in place)")
	asJSON := fs.Bool("json", false, "print the files written as JSON")
	if err := parseFlags(fs, contractUsage, args); err != nil {
		return err
	}
	if dir == "" {
		return usageErrorf(contractUsage, "missing --out DIR: say which folder the contracts go to")
	}
	if f.ClientID < 0 || f.ManagerID < 0 {
		return usageErrorf(contractUsage, "--client and --manager take an ID such as 12")
	}
	if *status != "all" {
		if f.Status = domain.EngagementStatus(*status); !f.Status.Valid() {
			return usageErrorf(contractUsage, "--status must be planned, active, completed, terminated or all, not %q", *status)
		}
	}
	ids, err := parseIDList(*idList)
	if err != nil {
		return err
	}
	day, err := optionalDate("Print date", *on)
	if err != nil {
		return err
	}
	return a.withServices(mustExist, func(s domain.Services) error {
		if ids == nil {
			if ids, err = a.engagementIDs(s, f); err != nil {
				return err
			}
		}
		if len(ids) == 0 {
			a.say("No engagement matches; no contract was written.")
			return nil
		}
		// A contract allocates about 1 MB while it is laid out and keeps
		// none of it: collecting garbage less often saves a sixth of the
		// batch (docs/PERFORMANCE.md), and the limit keeps the heap small
		// however long the batch.
		defer debug.SetGCPercent(debug.SetGCPercent(batchGCPercent))
		defer debug.SetMemoryLimit(debug.SetMemoryLimit(batchMemoryLimit))
		opts := contracts.Options{Dir: dir, On: day}
		report := a.batchProgress(*progress)
		opts.Progress = report.step
		res, err := contracts.Batch(a.ctx, s.Contracts, ids, opts)
		report.end()
		if err != nil {
			return batchError(err, res, len(res.Files), dir)
		}
		if *asJSON {
			return writeJSON(a.stdout, struct {
				Written int      `json:"written"`
				Files   []string `json:"files"`
			}{res.Written, res.Files})
		}
		a.say("Wrote %d contracts to %s.", res.Written, dir)
		return nil
	})
}

// The garbage collector's settings during a batch: see contractBatch.
const (
	batchGCPercent   = 400
	batchMemoryLimit = 100 << 20
)

// parseIDList reads "3,7,12"; nil when empty.
func parseIDList(s string) ([]int64, error) {
	if strings.TrimSpace(s) == "" {
		return nil, nil
	}
	var ids []int64
	for part := range strings.SplitSeq(s, ",") {
		id, err := strconv.ParseInt(strings.TrimSpace(part), 10, 64)
		if err != nil || id <= 0 {
			return nil, usageErrorf(contractUsage, "--ids takes engagement IDs separated by commas, such as 3,7,12; %q is not one", part)
		}
		ids = append(ids, id)
	}
	return ids, nil
}

// engagementIDs pages through every engagement that matches f.
func (a *app) engagementIDs(s domain.Services, f domain.EngagementFilter) ([]int64, error) {
	ids := []int64{}
	f.Page = domain.Page{Limit: 1000}
	for {
		page, total, err := s.Engagements.FindEngagements(a.ctx, f)
		if err != nil {
			return nil, err
		}
		for _, e := range page {
			ids = append(ids, e.ID)
		}
		f.Offset += len(page)
		if len(page) == 0 || f.Offset >= total {
			return ids, nil
		}
	}
}

// batchError says how far a batch that stopped came; the files written are
// whole, and no half-written file was left.
func batchError(err error, res contracts.Result, total int, dir string) error {
	if errors.Is(err, context.Canceled) {
		return domain.Errorf(domain.ECONFLICT,
			"Stopped after %d of %d contracts: those files in %s are whole, and no half-written file was left.", res.Written, total, dir)
	}
	if code := domain.ErrorCode(err); code != domain.EINTERNAL {
		return domain.Errorf(code, "The batch stopped at %s %d of %d contracts were written to %s.",
			strings.TrimSuffix(err.Error(), ".")+";", res.Written, total, dir)
	}
	return fmt.Errorf("%w (%d of %d contracts were written to %s)", err, res.Written, total, dir)
}

// progressReport shows how far a batch is: in place on a terminal, a line
// every twentieth of the batch with --progress, and nothing otherwise.
type progressReport struct {
	a         *app
	w         io.Writer
	inPlace   bool
	lines     bool
	last      int
	announced bool
}

func (a *app) batchProgress(lines bool) *progressReport {
	return &progressReport{a: a, w: a.stderr, inPlace: isTerminal(a.stderr), lines: lines}
}

func (p *progressReport) step(done, total int) {
	switch {
	case p.inPlace:
		fmt.Fprint(p.w, "\r"+p.a.sprintf("contract batch: %d of %d", done, total))
		p.announced = true
	case p.lines && (done == total || done-p.last >= max(1, total/20)):
		p.a.sayTo(p.w, "contract batch: %d of %d contracts", done, total)
		p.last = done
	}
}

// end finishes the line written in place.
func (p *progressReport) end() {
	if p.announced {
		fmt.Fprintln(p.w)
	}
}
