package postgres

import "github.com/interimdesk/interimdesk/internal/domain"

// The sentences below are the SQLite store's, word for word, so they are
// translated once (internal/i18n/messages/store.*.json).

// errStale is the sentence for an optimistic-lock failure: someone saved the
// record after it was read for this change.
func errStale(what string) error {
	return domain.Errorf(domain.ECONFLICT,
		"%s was changed elsewhere since you opened it; reload it and make your change again.", what)
}

// partf is a part of a sentence that another sentence takes as an
// argument ("client \"Acme\""), worded with it in the reader's language.
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

// errMissingReference is the fallback for a foreign-key violation the
// explicit checks did not catch first (a row removed in between).
func errMissingReference(what string) error {
	return domain.Errorf(domain.EINVALID,
		"%s refers to a client, manager or proposal that does not exist (any more); choose another one.", what)
}
