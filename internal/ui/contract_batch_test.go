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

// chooseFolder answers the batch's plan with "Save to a folder…" and its
// folder dialog with dir, as a user browsing there and pressing "Save
// here" would, without waiting for the batch.
func chooseFolder(t *testing.T, ew *engWorld, dir string) *batchRun {
	t.Helper()
	ew.u.waitIdle()
	tap(ew.u, overlayButton(t, ew.w, "Save to a folder…"))
	return chooseFolderShown(t, ew, dir)
}

// chooseFolderShown answers the folder dialog already shown.
func chooseFolderShown(t *testing.T, ew *engWorld, dir string) *batchRun {
	t.Helper()
	run := shownLast[*batchRun](ew.u)
	if run == nil || run.folder == nil {
		t.Fatal("no folder dialog was shown")
	}
	run.folder.SetLocation(listableDir(dir))
	test.Tap(overlayButton(t, ew.w, lang.L("Save here")))
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

// showOnly sets the engagement list's status filter, as a user would.
func (ew *engWorld) showOnly(st domain.EngagementStatus) {
	ew.u.engagements.statusFilter.SetSelected(engagementStatusText(st))
	ew.u.waitIdle()
}

// activeIDs are the store's active engagements.
func (ew *engWorld) activeIDs() []int64 {
	return ew.idsWith(domain.EngagementActive)
}

// idsWith are the store's engagements of a status, "" for all.
func (ew *engWorld) idsWith(st domain.EngagementStatus) []int64 {
	ew.t.Helper()
	es, _, err := ew.svc.Engagements.FindEngagements(context.Background(), domain.EngagementFilter{Status: st})
	if err != nil {
		ew.t.Fatal(err)
	}
	var ids []int64
	for _, e := range es {
		ids = append(ids, e.ID)
	}
	return ids
}

func TestBatch_savesWhatTheListShowsIntoTheChosenFolder(t *testing.T) {
	tests := []struct {
		name  string
		start func(ew *engWorld)
		// want: the engagements whose contracts are saved; plan: what
		// the dialog says before.
		want func(ew *engWorld) []int64
		plan string
	}{
		{"File menu, from another screen, the list showing the active ones", func(ew *engWorld) {
			ew.showOnly(domain.EngagementActive)
			press(ew.u, fyne.Key1)
			menuItem(t, ew.w, "Print contracts…").Action()
		}, func(ew *engWorld) []int64 { return ew.activeIDs() },
			"4 contracts. Printed for the first time, and so frozen as version 1 dated 9 May 2026: 4. Frozen before, given exactly as they were: 0."},
		{"the list's button with an engagement open: every one the list shows (all statuses)", func(ew *engWorld) {
			ew.open("CFO ad interim")
			tap(ew.u, ew.u.engagements.printAll)
			tap(ew.u, overlayButton(t, ew.w, "Every engagement in the list"))
		}, func(ew *engWorld) []int64 { return ew.idsWith("") },
			"11 contracts. Printed for the first time, and so frozen as version 1 dated 9 May 2026: 11."},
		{"the list's button with an engagement open: only that one", func(ew *engWorld) {
			ew.open("CFO ad interim")
			tap(ew.u, ew.u.engagements.printAll)
			tap(ew.u, overlayButton(t, ew.w, "This engagement"))
		}, func(ew *engWorld) []int64 { return []int64{ew.u.engagements.loaded.ID} },
			"2 contracts. Printed for the first time, and so frozen as version 1 dated 9 May 2026: 2."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ew := newEngWorld(t, engOptions{})
			dir := t.TempDir()
			tt.start(ew)
			ew.u.waitIdle()
			if said := overlayTexts(ew.w); !strings.Contains(said, tt.plan) {
				t.Errorf("before doing anything the batch says %q, want %q", said, tt.plan)
			}
			want := tt.want(ew)
			run := chooseFolder(t, ew, dir)
			ew.u.waitIdle()

			var names []string
			for _, id := range want {
				// Each mandate's client agreement and manager agreement;
				// a consulting assignment's one contract.
				parties, err := ew.u.svc.Contracts.ContractParties(context.Background(), id)
				if err != nil {
					t.Fatal(err)
				}
				for _, party := range parties {
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
			if len(ew.printer.sent()) != 0 {
				t.Errorf("saving to a folder sent %v to a printer", ew.printer.sent())
			}
		})
	}
}

func TestBatch_printsOnThePrinterOnePerParty(t *testing.T) {
	ew := newEngWorld(t, engOptions{})
	ew.showOnly(domain.EngagementActive)
	tap(ew.u, ew.u.engagements.printAll)
	ew.u.waitIdle()
	tap(ew.u, overlayButton(t, ew.w, "Print…"))
	pd := ew.printDialog()
	if pd.copies.Text != "" || pd.copies.PlaceHolder != "one per signing party" {
		t.Errorf("the batch offers %q copies (%q)", pd.copies.Text, pd.copies.PlaceHolder)
	}
	tap(ew.u, pd.print)
	sent := ew.printer.sent()
	if len(sent) != 4 {
		t.Fatalf("%d agreements sent, want the 2 of each of the 2 active mandates", len(sent))
	}
	for _, j := range sent {
		if j.o.Printer != "PDF" || j.o.Copies != 2 || !strings.HasPrefix(filepath.Base(j.path), "CTR-") {
			t.Errorf("sent %+v; want each agreement on PDF in 2 copies, one per party", j)
		}
	}
	if said := overlayTexts(ew.w); !strings.Contains(said, "4 contracts were sent to PDF.") {
		t.Errorf("the batch ends saying %q", said)
	}
	for _, id := range ew.activeIDs() {
		if n := ew.contractVersions(id); n != 2 {
			t.Errorf("engagement %d has %d versions after printing, want version 1 of each agreement", id, n)
		}
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
	ew.showOnly(domain.EngagementActive)
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
	ew.showOnly(domain.EngagementActive)
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

// The engagement list sorts by a click on a column and searches, and the
// batch follows both filters: what the list shows is what is printed.
func TestEngagementList_sortsSearchesAndTheBatchFollows(t *testing.T) {
	ew := newEngWorld(t, engOptions{})
	s := ew.u.engagements
	first := func() string {
		e, _ := s.list.pager.item(0)
		return s.clientNames.name(e.ClientID)
	}
	tap(ew.u, s.list.sortBtn["client"])
	up := first()
	tap(ew.u, s.list.sortBtn["client"])
	if down := first(); down == up {
		t.Errorf("a second click kept %q first", up)
	}
	typeText(ew.u, s.list.search, "Vandewalle")
	ew.u.waitIdle()
	if n := s.list.pager.count(); n != 1 || !strings.Contains(first(), "Vandewalle") {
		t.Fatalf("searching Vandewalle shows %d engagements, first %q", n, first())
	}
	tap(ew.u, s.printAll)
	if said := overlayTexts(ew.w); !strings.Contains(said, "2 contracts.") {
		t.Errorf("the batch over the searched list says %q", said)
	}
}
