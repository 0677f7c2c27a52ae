package sqlite

import (
	"context"
	"reflect"
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
)

func TestFirmRoundTrip(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)

	_, err := db.Firm(ctx)
	wantCode(t, err, domain.ENOTFOUND)

	want := testFirm()
	must(t, db.SaveFirm(ctx, want))
	got, err := db.Firm(ctx)
	must(t, err)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Firm() =\n%+v\nwant\n%+v", got, want)
	}

	// A second save replaces the profile; no logo reads back as nil.
	want.LegalName, want.Logo, want.ProposalPrefix = "Van Damme Advies", nil, "PRP"
	must(t, db.SaveFirm(ctx, want))
	got, err = db.Firm(ctx)
	must(t, err)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("after update Firm() =\n%+v\nwant\n%+v", got, want)
	}
	empty, err := db.IsEmpty(ctx)
	must(t, err)
	if empty {
		t.Error("IsEmpty = true with a firm profile")
	}
}

func TestSaveFirmRefusesInvalidProfile(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	for _, tc := range []struct {
		name  string
		edit  func(f *domain.Firm)
		field string
	}{
		{"no name", func(f *domain.Firm) { f.LegalName = "" }, "Legal name"},
		{"bad VAT", func(f *domain.Firm) { f.VATID = "BE0123456789" }, "VAT number"},
		{"bad prefix", func(f *domain.Firm) { f.ProposalPrefix = "off-" }, "Proposal number prefix"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := testFirm()
			tc.edit(f)
			err := db.SaveFirm(ctx, f)
			wantCode(t, err, domain.EINVALID)
			if got := domain.ErrorField(err); got != tc.field {
				t.Errorf("field = %q, want %q (%v)", got, tc.field, err)
			}
			_, err = db.Firm(ctx)
			wantCode(t, err, domain.ENOTFOUND)
		})
	}
	wantCode(t, db.SaveFirm(ctx, nil), domain.EINVALID)
}
