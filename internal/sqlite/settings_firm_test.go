package sqlite

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// Two windows, or two processes, on one file: each reads the firm profile,
// the first saves, and the second's save is refused with a sentence that
// says to reload, instead of silently undoing the first. After reloading,
// the second saves on top of the first.
func TestFirmProfileSavedElsewhereIsNotOverwritten(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "interimdesk.db")
	office, laptop := openTestDBAt(t, path), openTestDBAt(t, path)
	must(t, office.SaveFirm(ctx, testFirm()))

	a, err := office.Firm(ctx)
	must(t, err)
	b, err := laptop.Firm(ctx)
	must(t, err)
	if a.Rev != 1 || b.Rev != 1 {
		t.Fatalf("revs %d and %d after the first save", a.Rev, b.Rev)
	}

	a.Phone = "+32 9 000 00 01"
	must(t, office.SaveFirm(ctx, a))
	if a.Rev != 2 {
		t.Errorf("rev %d after the second save, want 2", a.Rev)
	}

	b.Website = "https://laptop.example"
	err = laptop.SaveFirm(ctx, b)
	wantCode(t, err, domain.ECONFLICT)
	if !strings.Contains(err.Error(), "The firm profile was changed elsewhere since you opened it; reload it") {
		t.Errorf("error %q", err)
	}
	stored, err := laptop.Firm(ctx)
	must(t, err)
	if stored.Phone != a.Phone || stored.Website == b.Website {
		t.Errorf("the refused save changed the profile: %+v", stored)
	}

	stored.Website = b.Website
	must(t, laptop.SaveFirm(ctx, stored))
	final, err := office.Firm(ctx)
	must(t, err)
	if final.Phone != a.Phone || final.Website != b.Website || final.Rev != 3 {
		t.Errorf("after reloading: %+v", final)
	}
}

// A form that set up the firm while another window did the same: the
// second "first save" (rev 0) finds a profile and is refused.
func TestFirstFirmSaveRacesAnother(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "interimdesk.db")
	one, two := openTestDBAt(t, path), openTestDBAt(t, path)
	must(t, one.SaveFirm(ctx, testFirm()))
	wantCode(t, two.SaveFirm(ctx, testFirm()), domain.ECONFLICT)
}

// The same holds for clients and managers, whose rev the store already
// checks: two handles on one file stand for two processes.
func TestRecordsSavedElsewhereAreNotOverwritten(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "interimdesk.db")
	one, two := openTestDBAt(t, path), openTestDBAt(t, path)
	c := testClient("Acme", 1234567)
	must(t, one.CreateClient(ctx, c))
	m := testManager("An Peeters", "an@example.be")
	must(t, one.CreateManager(ctx, m))

	t.Run("client", func(t *testing.T) {
		mine, err := one.FindClientByID(ctx, c.ID)
		must(t, err)
		theirs, err := two.FindClientByID(ctx, c.ID)
		must(t, err)
		mine.Sector = "Chemie"
		must(t, one.UpdateClient(ctx, mine))
		theirs.Notes = "stale"
		wantCode(t, two.UpdateClient(ctx, theirs), domain.ECONFLICT)
	})
	t.Run("manager", func(t *testing.T) {
		mine, err := one.FindManagerByID(ctx, m.ID)
		must(t, err)
		theirs, err := two.FindManagerByID(ctx, m.ID)
		must(t, err)
		mine.DayRate = domain.Euros(1500)
		must(t, one.UpdateManager(ctx, mine))
		theirs.CV = "stale"
		err = two.UpdateManager(ctx, theirs)
		wantCode(t, err, domain.ECONFLICT)
		if !strings.Contains(err.Error(), "reload") {
			t.Errorf("error %q", err)
		}
	})
}
