package domain

import "fmt"

// Sentence is a sentence, or a part of one, kept as its English format and
// its arguments, the way golang.org/x/text/message keys a catalogue: the
// edge (internal/i18n) looks Format up in the reader's language and fills
// in Args, so a finished sentence is never parsed back. String is the
// English, which is what fmt prints for it inside another sentence.
//
// An argument that is itself a Sentence, an *Error or a Word is worded in
// the same language; a named string type (a status, a kind of offer) is a
// word as well. Plain strings, numbers and dates are what somebody typed
// or a value, and stay as they are.
type Sentence struct {
	Format string
	Args   []any
}

func (s Sentence) String() string {
	var args []any
	for i, a := range s.Args {
		var english any
		switch v := a.(type) {
		case Money:
			// An amount is written the reader's way; in English
			// "€75,000.00".
			english = v.Format(LangEN)
		case *CapacityConflict:
			// The check's rule, without the field its error names.
			english = v.Rule(fmt.Sprintf)
		default:
			continue
		}
		if args == nil {
			args = append([]any(nil), s.Args...)
		}
		args[i] = english
	}
	if args == nil {
		args = s.Args
	}
	return fmt.Sprintf(s.Format, args...)
}

// Word is a word that is translated where it is shown ("client",
// "interim"), passed as an argument of a Sentence or an Error.
type Word string

// sentencef is a Sentence, or a part of one, that internal/i18n translates
// by its format: the i18n tests look for the formats of sentencef calls in
// this package as they look for Errorf's.
func sentencef(format string, args ...any) Sentence { return Sentence{format, args} }
