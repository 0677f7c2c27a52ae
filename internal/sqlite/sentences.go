package sqlite

import "github.com/interimdesk/interimdesk/internal/domain"

// partf is a part of a sentence that another sentence takes as an
// argument ("client \"Acme\""), worded with it in the reader's language;
// the i18n sources test finds its formats as it finds sentencef's.
func partf(format string, args ...any) domain.Sentence {
	return domain.Sentence{Format: format, Args: args}
}

// conflictf is an ECONFLICT about field whose format names the field
// itself ("VAT number: %s is already ..."): the edge then words the
// format whole instead of putting the field's label before it.
func conflictf(field, format string, args ...any) *domain.Error {
	e := domain.Errorf(domain.ECONFLICT, format, args...)
	e.Field = field
	return e
}
