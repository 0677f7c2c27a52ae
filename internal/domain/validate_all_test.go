package domain

import (
	"reflect"
	"testing"
)

// A form shows every problem at once: Validate reports the first as the
// error and the others, one per field, in More, in the form's order.
func TestValidateReportsEveryField(t *testing.T) {
	m := validManager()
	m.Email = "joelle at dubois.be"
	m.Company.VATID = "BE0123456788" // wrong check digits
	m.Company.IBAN = "BE71 0961 2345 6760"
	err := m.Validate()
	var fields []string
	for _, e := range AllErrors(err) {
		fields = append(fields, e.Field)
		if e.More != nil {
			t.Errorf("%s carries More of its own", e.Field)
		}
	}
	want := []string{"E-mail", "Company VAT number", "Company IBAN"}
	if !reflect.DeepEqual(fields, want) {
		t.Fatalf("problems about %q, want %q (%v)", fields, want, err)
	}
	// One sentence, the first, for callers that show one.
	if ErrorField(err) != "E-mail" || err.Error() != AllErrors(err)[0].Message {
		t.Errorf("the error reads %q about %q", err.Error(), ErrorField(err))
	}
	if AllErrors(validManager().Validate()) != nil || AllErrors(nil) != nil {
		t.Error("a valid manager has problems")
	}
}

// A client whose VAT number is wrong twice over (check digits, country)
// gets one problem for that field, the first.
func TestValidateOneProblemPerField(t *testing.T) {
	c := validClient()
	c.VATID = "NL123456789B02"
	c.Address.Postcode = "90"
	got := AllErrors(c.Validate())
	if len(got) != 2 || got[0].Field != "VAT number" || got[1].Field != "Postcode" {
		t.Errorf("problems %v, want one about the VAT number, then the postcode", got)
	}
}
