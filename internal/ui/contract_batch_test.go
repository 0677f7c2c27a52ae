package ui

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// chooseFolder answers the batch's folder dialog with dir, as a user
// browsing there and pressing "Print here" would, without waiting for the
// batch.
func chooseFolder(t *testing.T, ew *engWorld, dir string) *batchRun {
	t.Helper()
	run := shownLast[*batchRun](ew.u)
	if run == nil || run.folder == nil {
		t.Fatal("no folder dialog was shown")
	}
	run.folder.SetLocation(listableDir(dir))
	test.Tap(overlayButton(t, ew.w, lang.L("Print here")))
	return run
}

// menuItem finds an item of the File menu by its label.
func menuItem(t *testing.T, w fyne.Window, label string) *fyne.MenuItem {
	t.Helper()
	for _, it := range w.MainMenu().Items[0].Items {
		if it.Label == label {
			return it
		}
	}
	t.Fatalf("the File menu has no %q", label)
	return nil
}

// activeIDs are the store's active engagements.
func (ew *engWorld) activeIDs() []int64 {
	ew.t.Helper()
	es, _, err := ew.svc.Engagements.FindEngagements(context.Background(), domain.EngagementFilter{Status: domain.EngagementActive})
	if err != nil {
		ew.t.Fatal(err)
	}
	var ids []int64
	for _, e := range es {
		ids = append(ids, e.ID)
	}
	return ids
}

func TestBatch_printsIntoTheChosenFolder(t *testing.T) {
	tests := []struct {
		name  string
		start func(ew *engWorld)
		// one: only the CFO's contract; else every active one.
		one bool
	}{
		{"File menu, from another screen: every active engagement", func(ew *engWorld) {
			press(ew.u, fyne.Key1)
			menuItem(t, ew.w, "Print contracts…").Action()
			ew.u.waitIdle()
		}, false},
		{"the list's button with an engagement open: every active one", func(ew *engWorld) {
			ew.open("CFO ad interim")
			tap(ew.u, ew.u.engagements.printAll)
			tap(ew.u, overlayButton(t, ew.w, "All active engagements"))
		}, false},
		{"the list's button with an engagement open: only that one", func(ew *engWorld) {
			ew.open("CFO ad interim")
			tap(ew.u, ew.u.engagements.printAll)
			tap(ew.u, overlayButton(t, ew.w, "This engagement"))
		}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ew := newEngWorld(t, engOptions{})
			dir := t.TempDir()
			tt.start(ew)
			run := chooseFolder(t, ew, dir)
			ew.u.waitIdle()

			want := ew.activeIDs()
			if tt.one {
				want = []int64{ew.u.engagements.loaded.ID}
			}
			var names []string
			for _, id := range want {
				// Each mandate's client agreement and manager agreement.
				for _, party := range domain.ContractParties {
					v, err := ew.u.svc.Contracts.ContractVersionFor(context.Background(), id, party, 1)
					if err != nil {
						t.Fatalf("engagement %d, %s: %v", id, party, err)
					}
					name := v.Number + "-v1-" + string(party) + ".pdf"
					names = append(names, name)
					if got := readFile(t, filepath.Join(dir, name)); string(got) != string(v.PDF) {
						t.Errorf("%s holds %q, want the frozen %q", name, got, v.PDF)
					}
				}
			}
			if got := pdfFiles(t, dir); strings.Join(got, " ") != strings.Join(slices.Sorted(slices.Values(names)), " ") {
				t.Errorf("the folder holds %v, want %v", got, names)
			}
			noTempFiles(t, dir)
			if run.bar.Value != 1 {
				t.Errorf("the progress bar ends at %v", run.bar.Value)
			}
			if said := overlayTexts(ew.w); !strings.Contains(said, "were written to "+dir) && !strings.Contains(said, "was written to "+dir) {
				t.Errorf("the batch ends saying %q", said)
			}
		})
	}
}

// TestBatch_cancelLeavesOnlyWholeFiles cancels a batch while one contract
// is still being rendered: the window keeps answering (the progress of the
// other arrives, Cancel works), the batch stops, the contract that was
// being printed is neither written nor frozen, and the folder holds only
// whole files.
func TestBatch_cancelLeavesOnlyWholeFiles(t *testing.T) {
	var blocked int64
	started := make(chan struct{}, 1)
	ew := newEngWorld(t, engOptions{
		setUp: func(svc domain.Services) {
			es, _, err := svc.Engagements.FindEngagements(context.Background(), domain.EngagementFilter{Status: domain.EngagementActive})
			if err != nil || len(es) != 2 {
				t.Fatalf("%d active engagements, %v", len(es), err)
			}
			// The list is latest start first; the second one blocks, so
			// that even one printing worker gets the first one done.
			blocked = es[1].ID
		},
		render: func(ctx context.Context, d *domain.ContractDocument) ([]byte, error) {
			if d.Engagement.ID == blocked {
				started <- struct{}{}
				<-ctx.Done()
				return nil, ctx.Err()
			}
			return fakeContractPDF(d), nil
		},
	})
	u := ew.u
	dir := t.TempDir()
	tap(u, u.engagements.printAll)
	run := chooseFolder(t, ew, dir)

	// The window's goroutine runs what the batch sends it until one file
	// is written and the other contract is being rendered.
	rendering := false
	deadline := time.After(time.Minute)
	for run.written < 1 || !rendering {
		select {
		case fn := <-loopOf(u).queue:
			fn()
		case <-started:
			rendering = true
		case <-deadline:
			t.Fatalf("the batch did not get going: %d written, rendering %v", run.written, rendering)
		}
	}
	// Two mandates, each with two agreements: the first one's are done
	// or being written, the other's are held.
	if want := fmt.Sprintf("%d of 4 contracts written…", run.written); run.label.Text != want || run.bar.Value != float64(run.written)/4 {
		t.Errorf("while running the dialog says %q at %v", run.label.Text, run.bar.Value)
	}
	test.Tap(run.cancel)
	u.waitIdle()

	said := overlayTexts(ew.w)
	m := regexp.MustCompile(`Stopped after (\d) of 4 contracts: the files in ` + regexp.QuoteMeta(dir) + ` are whole, and no half-written file was left.`).FindStringSubmatch(said)
	if m == nil {
		t.Fatalf("after Cancel the window says %q", said)
	}
	if got := pdfFiles(t, dir); strconv.Itoa(len(got)) != m[1] || len(got) < 1 || len(got) > 2 {
		t.Errorf("the folder holds %v; want only the contracts written before Cancel (%s)", got, m[1])
	}
	noTempFiles(t, dir)
	if n := ew.contractVersions(blocked); n != 0 {
		t.Errorf("the contract being rendered at Cancel was frozen anyway (%d versions)", n)
	}
}

func TestBatch_aFailureIsSaidWithHowFarItCame(t *testing.T) {
	ew := newEngWorld(t, engOptions{
		render: func(_ context.Context, d *domain.ContractDocument) ([]byte, error) {
			return nil, errors.New("font cache is corrupt")
		},
	})
	dir := t.TempDir()
	tap(ew.u, ew.u.engagements.printAll)
	chooseFolder(t, ew, dir)
	ew.u.waitIdle()
	said := overlayTexts(ew.w)
	if !strings.Contains(said, "The batch stopped after 0 of 4 contracts were written to "+dir+": Something went wrong on our side") {
		t.Errorf("a failing batch says %q", said)
	}
	if got := pdfFiles(t, dir); len(got) != 0 {
		t.Errorf("a failing batch wrote %v", got)
	}
}
