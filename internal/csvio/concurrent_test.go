package csvio

import (
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// TestReadFromSeveralGoroutines reads files at once, as the desktop's import
// preview and a batch may: the headers and the language and country cells
// go through the accent folding, which must share no state between calls.
// Run with -race (make test does not; CGO_ENABLED=1 go test -race does).
func TestReadFromSeveralGoroutines(t *testing.T) {
	const data = "Naam;E-mailadres;Beschikbaar vanaf;Woonplaats;Talen\r\n" +
		"Renée Peeters;renee@example.be;2026-06-01;Liège;Néerlandais, Français\r\n"
	want := readManagers(t, data).Rows[0].Record

	const goroutines = 8
	var wg sync.WaitGroup
	got := make([]domain.Manager, goroutines)
	errs := make([]error, goroutines)
	for g := range goroutines {
		wg.Go(func() {
			for range 20 {
				f, err := ReadManagers(strings.NewReader(data), Options{})
				if err != nil {
					errs[g] = err
					return
				}
				got[g] = f.Rows[0].Record
				if folded := normalizeHeader("BESCHIKBAAR-VANAF (é)"); folded != "beschikbaarvanafe" {
					t.Errorf("normalizeHeader = %q", folded)
					return
				}
			}
		})
	}
	wg.Wait()
	for g := range goroutines {
		if errs[g] != nil {
			t.Fatalf("goroutine %d: %v", g, errs[g])
		}
		if !reflect.DeepEqual(got[g], want) {
			t.Errorf("goroutine %d read %+v, want %+v", g, got[g], want)
		}
	}
}
