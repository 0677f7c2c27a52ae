package storetest

import (
	"reflect"
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
)

var firmTests = []test{
	{"not set up yet", func(t *testing.T, e *env) {
		_, err := e.Firm.Firm(e.ctx)
		wantCode(t, err, domain.ENOTFOUND)
		wantMessage(t, err, "The firm profile has not been set up yet; fill it in under Settings.")
	}},
	{"round trip", func(t *testing.T, e *env) {
		f := testFirm()
		must(t, e.Firm.SaveFirm(e.ctx, f))
		if f.Rev != 1 {
			t.Errorf("Rev after the first save = %d, want 1", f.Rev)
		}
		got, err := e.Firm.Firm(e.ctx)
		must(t, err)
		if !reflect.DeepEqual(got, f) {
			t.Errorf("read back\n%+v\nwant\n%+v", got, f)
		}
		got.Logo, got.MarginFloor = nil, domain.MarginFloor{}
		got.Address.City = "Brugge"
		must(t, e.Firm.SaveFirm(e.ctx, got))
		again, err := e.Firm.Firm(e.ctx)
		must(t, err)
		if again.Rev != 2 || again.Address.City != "Brugge" || again.Logo != nil || again.MarginFloor != (domain.MarginFloor{}) {
			t.Errorf("after the second save: rev %d, city %q, logo %q, floor %+v", again.Rev, again.Address.City, again.Logo, again.MarginFloor)
		}
	}},
	{"invalid profile refused, nothing written", func(t *testing.T, e *env) {
		f := testFirm()
		f.ProposalPrefix = "off-2026"
		wantCode(t, e.Firm.SaveFirm(e.ctx, f), domain.EINVALID)
		wantCode(t, e.Firm.SaveFirm(e.ctx, nil), domain.EINVALID)
		_, err := e.Firm.Firm(e.ctx)
		wantCode(t, err, domain.ENOTFOUND)
	}},
	{"saved elsewhere since it was read", func(t *testing.T, e *env) {
		must(t, e.Firm.SaveFirm(e.ctx, testFirm()))
		other := e.Again(t)
		mine, err := e.Firm.Firm(e.ctx)
		must(t, err)
		theirs, err := other.Firm.Firm(e.ctx)
		must(t, err)
		theirs.Phone = "+32 9 765 43 21"
		must(t, other.Firm.SaveFirm(e.ctx, theirs))
		mine.Email = "hallo@vandamme.example"
		err = e.Firm.SaveFirm(e.ctx, mine)
		wantCode(t, err, domain.ECONFLICT)
		wantMessage(t, err, "The firm profile was changed elsewhere since you opened it; reload it and make your change again.")
		got, err := e.Firm.Firm(e.ctx)
		must(t, err)
		if got.Email != testFirm().Email || got.Phone != theirs.Phone {
			t.Errorf("after the stale save: e-mail %q, phone %q", got.Email, got.Phone)
		}
	}},
	{"two first saves at once", func(t *testing.T, e *env) {
		other := e.Again(t)
		a, b := testFirm(), testFirm()
		b.LegalName = "Peeters Interim"
		oneOf(t, together(
			func() error { return e.Firm.SaveFirm(e.ctx, a) },
			func() error { return other.Firm.SaveFirm(e.ctx, b) },
		), domain.ECONFLICT)
	}},
}
