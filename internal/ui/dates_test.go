package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/interimdesk/interimdesk/internal/demo"
	"github.com/interimdesk/interimdesk/internal/domain"
)

// Each screen language and region writes a date one way, CLDR's short date
// with the year whole; every date field reads it back, and ISO too.
func TestScreenDates_oneFormatPerLanguage(t *testing.T) {
	d := domain.NewDate(2026, 12, 26)
	first := domain.NewDate(2026, 5, 9)
	for _, tt := range []struct {
		l             domain.Lang
		region        string
		dec26, may9   string
		hint, rateTip string
	}{
		{domain.LangNL, "BE", "26/12/2026", "9/05/2026", "9/05/2026 of 2026-05-09", "1.250,00"},
		{domain.LangNL, "NL", "26-12-2026", "09-05-2026", "09-05-2026 of 2026-05-09", "1.250,00"},
		{domain.LangFR, "BE", "26/12/2026", "9/05/2026", "9/05/2026 ou 2026-05-09", "1\u00a0250,00"},
		{domain.LangEN, "BE", "26/12/2026", "09/05/2026", "09/05/2026 or 2026-05-09", "1,250.00"},
	} {
		t.Run(string(tt.l)+"-"+tt.region, func(t *testing.T) {
			old := dateRegion
			dateRegion = func(domain.Lang) string { return tt.region }
			t.Cleanup(func() { dateRegion = old; useLanguage(domain.LangEN) })
			useLanguage(tt.l)
			for _, f := range []func(domain.Date) string{formatDate, formatShortDate, formatDateInput} {
				if got := f(d); got != tt.dec26 {
					t.Errorf("26 December 2026 written %q, want %q", got, tt.dec26)
				}
				if got := f(first); got != tt.may9 {
					t.Errorf("9 May 2026 written %q, want %q", got, tt.may9)
				}
			}
			for _, typed := range []string{tt.dec26, "2026-12-26"} {
				if got, err := parseDateField("Start", typed); err != nil || got != d {
					t.Errorf("%q read as %v, %v", typed, got, err)
				}
			}
			if got := dateHint(); got != tt.hint {
				t.Errorf("date hint %q, want %q", got, tt.hint)
			}
			if got := formatMoneyInput(domain.Euros(1250)); got != tt.rateTip {
				t.Errorf("rate hint %q, want %q", got, tt.rateTip)
			}
		})
	}
}

// On the roster in Dutch (Belgium), a manager on a mandate shows the same
// date in the list, in the status sentence of the form, and the
// availability field and the rate's hint use the Dutch separators.
func TestManagerScreen_oneDateFormatInListFormAndStatus(t *testing.T) {
	old := dateRegion
	dateRegion = func(domain.Lang) string { return "BE" }
	t.Cleanup(func() { dateRegion = old; useLanguage(domain.LangEN) })
	db := openStore(t)
	svc := servicesWith(db, func(_ context.Context, d *domain.ContractDocument) ([]byte, error) { return fakeContractPDF(d), nil })
	if err := demo.Load(context.Background(), svc, domain.DateOf(testNow)); err != nil {
		t.Fatal(err)
	}
	a := test.NewTempApp(t)
	a.Preferences().SetString(prefLanguage, "nl")
	u, w := newTestUIOn(t, a, svc, Options{OpenFile: func(string) error { return nil }, DocumentsDir: t.TempDir()})
	w.Resize(fyne.NewSize(1366, 768))
	s := u.managers
	row := -1
	for i := 0; i < s.list.pager.count(); i++ {
		if m, ok := s.list.pager.item(i); ok && m.Status.Availability == domain.OnMandate && !m.Status.Until.IsZero() {
			row = i
			break
		}
	}
	if row < 0 {
		t.Fatal("the sample has no manager on a mandate")
	}
	m, _ := s.list.pager.item(row)
	s.list.selectRow(row)
	u.waitIdle()
	want := formatShortDate(m.Status.Until)
	if !strings.Contains(want, "/") || strings.Contains(want, "-") {
		t.Fatalf("the Belgian Dutch date is %q", want)
	}
	if got := managerStatusShort(m.Status); !strings.HasSuffix(got, want) {
		t.Errorf("the list says %q, want the date %q", got, want)
	}
	if !strings.Contains(managerStatusText(m.Status), want) {
		t.Errorf("the form's status says %q, want the date %q", managerStatusText(m.Status), want)
	}
	if s.dayRate.PlaceHolder != "1.250,00" || !strings.HasPrefix(s.availableFrom.PlaceHolder, "9/05/2026") {
		t.Errorf("hints: rate %q, available from %q", s.dayRate.PlaceHolder, s.availableFrom.PlaceHolder)
	}
	typeText(u, s.availableFrom, want)
	if strings.Contains(s.ed.message.Text, "Beschikbaar") {
		t.Errorf("the field refuses its own format: %q", s.ed.message.Text)
	}
}
