package sqlite

import (
	"errors"

	"github.com/interimdesk/interimdesk/internal/domain"
	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// errorCode is the SQLite (extended) result code of err, 0 when err is not
// an SQLite error. Errors are told apart by this code, never by their text,
// which changes between SQLite versions.
func errorCode(err error) int {
	var se *sqlite.Error
	if errors.As(err, &se) {
		return se.Code()
	}
	return 0
}

// primaryCode drops the extended part of a result code.
func primaryCode(err error) int { return errorCode(err) & 0xff }

func isUniqueViolation(err error) bool {
	return errorCode(err) == sqlite3.SQLITE_CONSTRAINT_UNIQUE
}

func isForeignKeyViolation(err error) bool {
	return errorCode(err) == sqlite3.SQLITE_CONSTRAINT_FOREIGNKEY
}

// notADatabase reports an error SQLite gives for a file that is not a
// database, or not one it can read.
func notADatabase(err error) bool {
	c := primaryCode(err)
	return c == sqlite3.SQLITE_NOTADB || c == sqlite3.SQLITE_CORRUPT
}

// errStale is the sentence for an optimistic-lock failure: someone saved the
// record after it was read for this change.
func errStale(what string) error {
	return domain.Errorf(domain.ECONFLICT,
		"%s was changed elsewhere since you opened it; reload it and make your change again.", what)
}

// errMissingReference is the fallback for a foreign-key violation the
// explicit checks did not catch first.
func errMissingReference(what string) error {
	return domain.Errorf(domain.EINVALID,
		"%s refers to a client, manager or proposal that does not exist (any more); choose another one.", what)
}
