package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// A contract whose exit criteria are empty is not frozen: the first print
// shows the check's list, naming the field, and no version is kept; once
// they are filled in, the print goes on to its question.
func TestPrintContract_blockingProblemStopsWithTheList(t *testing.T) {
	var id int64
	ew := newEngWorld(t, engOptions{setUp: func(svc domain.Services) {
		ctx := context.Background()
		es, _, err := svc.Engagements.FindEngagements(ctx, domain.EngagementFilter{})
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range es {
			if e.Role == "Operationeel directeur ad interim" {
				id = e.ID
			}
		}
		terms, err := svc.Contracts.ContractTerms(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		terms.ExitCriteria = ""
		if err := svc.Contracts.SaveContractTerms(ctx, terms); err != nil {
			t.Fatal(err)
		}
	}})
	u, w, c := ew.u, ew.w, ew.u.engagements.contract
	ew.open("Operationeel directeur")

	tap(u, c.first)
	list := overlayTexts(w)
	for _, want := range []string{"cannot go out yet", "Blocks: Exit criteria: is empty"} {
		if !strings.Contains(list, want) {
			t.Errorf("the check before the first print does not say %q:\n%s", want, list)
		}
	}
	if strings.Contains(list, "freezes the contract") {
		t.Errorf("the print question came with a blocking problem:\n%s", list)
	}
	tap(u, overlayButton(t, w, "OK"))
	if n := ew.contractVersions(id); n != 0 {
		t.Errorf("%d versions frozen of a contract that blocks", n)
	}
	// Ctrl+P on a contract never printed is the same first print.
	press(u, fyne.KeyP)
	if list := overlayTexts(w); !strings.Contains(list, "Exit criteria") {
		t.Errorf("Ctrl+P shows:\n%s", list)
	}
	tap(u, overlayButton(t, w, "OK"))

	terms, err := ew.svc.Contracts.ContractTerms(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	terms.ExitCriteria = "Eén planning voor beide bakkerijen"
	if err := ew.svc.Contracts.SaveContractTerms(context.Background(), terms); err != nil {
		t.Fatal(err)
	}
	tap(u, c.first)
	if q := overlayTexts(w); !strings.Contains(q, "freezes the contract of this engagement as version 1") {
		t.Errorf("with the exit criteria filled in, the first print asks:\n%s", q)
	}
}
