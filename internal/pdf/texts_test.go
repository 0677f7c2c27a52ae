package pdf

import (
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// TestTextsComplete checks every language for every sentence: none empty
// (but the comparison's corner), the same format verbs as English in the
// same order, and every character printable with the single-byte fonts, so
// fixed text never forces the slow path.
func TestTextsComplete(t *testing.T) {
	verbs := regexp.MustCompile(`%[sd]`)
	en := reflect.ValueOf(textsEN)
	for _, lang := range domain.Langs {
		tx := reflect.ValueOf(*textsFor(lang))
		if got := tx.FieldByName("lang").String(); got != string(lang) {
			t.Errorf("textsFor(%s) returns the %s texts", lang, got)
		}
		for i := 0; i < tx.NumField(); i++ {
			f := tx.Type().Field(i)
			if !f.IsExported() || f.Type.Kind() != reflect.String {
				continue
			}
			s := tx.Field(i).String()
			t.Run(string(lang)+"/"+f.Name, func(t *testing.T) {
				if s == "" && f.Name != "Aspect" {
					t.Error("empty")
				}
				want := strings.Join(verbs.FindAllString(en.Field(i).String(), -1), " ")
				if got := strings.Join(verbs.FindAllString(s, -1), " "); got != want {
					t.Errorf("format verbs %q, English has %q", got, want)
				}
				if !fitsCP1252(s) {
					t.Errorf("%q has a character outside Windows-1252", s)
				}
				if strings.Contains(s, "  ") || s != strings.TrimSpace(s) {
					t.Errorf("%q has stray spaces", s)
				}
			})
		}
	}
}

// TestUnits writes counts with the right singular or plural.
func TestUnits(t *testing.T) {
	tests := []struct {
		lang  domain.Lang
		weeks int
		want  string
	}{
		{domain.LangEN, 1, "1 week"},
		{domain.LangEN, 6, "6 weeks"},
		{domain.LangEN, 26, "26 weeks (about 6 months)"},
		{domain.LangNL, 1, "1 week"},
		{domain.LangNL, 52, "52 weken (ongeveer 12 maanden)"},
		{domain.LangNL, 9, "9 weken (ongeveer 2 maanden)"},
		{domain.LangFR, 4, "4 semaines"},
		{domain.LangFR, 13, "13 semaines (environ 3 mois)"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			if got := fold(textsFor(tt.lang).duration(tt.weeks)); got != tt.want {
				t.Errorf("duration(%d) = %q, want %q", tt.weeks, got, tt.want)
			}
		})
	}
	if got := fold(textsFR.percent(21)); got != "21 %" {
		t.Errorf("French percent = %q", got)
	}
	if got := textsNL.moneyShort(domain.Euros(150000)); fold(got) != "€ 150.000" {
		t.Errorf("moneyShort = %q", got)
	}
	if got := textsEN.moneyShort(domain.Euros(25000) + 49); got != "€25,000" {
		t.Errorf("moneyShort = %q", got)
	}
}

// TestMoneyShortFrench: French axes keep the € after the amount.
func TestMoneyShortFrench(t *testing.T) {
	if got := textsFR.moneyShort(domain.Euros(150000) + 99); got != "150\u00a0000\u00a0€" {
		t.Errorf("moneyShort = %q", got)
	}
}

// TestFrenchTextSpacing keeps French punctuation with its word in the
// fixed sentences of proposals and contracts: a no-break space before
// ; : ? ! » and after «.
func TestFrenchTextSpacing(t *testing.T) {
	bad := regexp.MustCompile(`[^\x{00a0}][;:?!»]|«[^\x{00a0}]`)
	for _, v := range []any{textsFR, contractTextsFR} {
		rv := reflect.ValueOf(v)
		for i := 0; i < rv.NumField(); i++ {
			if rv.Field(i).Kind() != reflect.String {
				continue
			}
			s := rv.Field(i).String()
			if m := bad.FindString(s); m != "" {
				t.Errorf("%s: %q in %q", rv.Type().Field(i).Name, m, s)
			}
		}
	}
}
