package domain

import (
	"errors"
	"fmt"
)

// Error codes. A person can act on the first three; EINTERNAL is a failure
// whose detail belongs in a log, not on screen.
const (
	EINVALID  = "invalid"
	ENOTFOUND = "not_found"
	ECONFLICT = "conflict"
	EINTERNAL = "internal"
)

// Error is the error every service and every Validate returns. Message is
// the English sentence, for logs and Error(); Field names the field it is
// about, if any. Format and Args are what Message was made of: the edge
// (screen, command line) looks Format up in the reader's language instead
// of taking Message apart. An Error made without them (a literal) is
// shown by its Message.
type Error struct {
	Code    string
	Field   string
	Message string
	Format  string
	Args    []any
	// More are the other problems Validate found in the same entity, in
	// the order of the form, so a form shows them all at once; Message and
	// Field are the first's. Nil for a single problem.
	More []*Error
}

func (e *Error) Error() string { return e.Message }

// Errorf returns an *Error with the given code and a formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...), Format: format, Args: args}
}

// Invalidf returns an EINVALID error about one field. The message starts with
// the field's label so the sentence names it wherever it is shown; Format
// is the rule after the label.
func Invalidf(field, format string, args ...any) *Error {
	return &Error{Code: EINVALID, Field: field, Message: field + ": " + fmt.Sprintf(format, args...), Format: format, Args: args}
}

// ErrorCode returns the code of err, EINTERNAL for foreign errors and "" for nil.
func ErrorCode(err error) string {
	var e *Error
	if err == nil {
		return ""
	} else if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}

// ErrorMessage returns the sentence to show a person: the message of a coded
// error, or a generic sentence for an internal failure.
func ErrorMessage(err error) string {
	var e *Error
	if err == nil {
		return ""
	} else if errors.As(err, &e) && e.Code != EINTERNAL {
		return e.Message
	}
	return "Something went wrong on our side; the details were written to the log."
}

// ErrorPart is err as an argument of another sentence: the *Error a person
// can act on, which prints as ErrorMessage(err) and which the edge words in
// the reader's language with the rest, or for a failure the plain
// sentence of ErrorMessage as a Word.
func ErrorPart(err error) any {
	var e *Error
	if errors.As(err, &e) && e.Code != EINTERNAL {
		return e
	}
	return Word(ErrorMessage(err))
}

// AllErrors returns every problem err reports: itself and its More, each
// without More; nil for nil or for an error that is not an *Error.
func AllErrors(err error) []*Error {
	var e *Error
	if !errors.As(err, &e) {
		return nil
	}
	head := *e
	head.More = nil
	return append([]*Error{&head}, e.More...)
}

// ErrorField returns the field an error is about, or "".
func ErrorField(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Field
	}
	return ""
}
