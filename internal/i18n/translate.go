package i18n

import (
	"errors"
	"fmt"
	"reflect"
	"strings"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// maxDepth bounds how deep a sentence inside a sentence is translated: "VAT
// number: a Belgian VAT number is ...; BE0123 is not." is two levels.
const maxDepth = 4

// Sprintf formats like fmt.Sprintf with the translation of format; an
// English or unknown format is used as it is. The arguments that are
// themselves sentences or words (a domain.Sentence, an *domain.Error, a
// domain.Word or another named string type such as a status) are put in
// l as well; plain strings, numbers and dates are left as they are, so a
// caller passes those in l already.
func Sprintf(l domain.Lang, format string, args ...any) string {
	return sprintf(l, format, args, 0)
}

func sprintf(l domain.Lang, format string, args []any, depth int) string {
	if t, ok := textOf(l)[format]; ok {
		format = t
	}
	if depth > maxDepth {
		return fmt.Sprintf(format, args...)
	}
	var worded []any
	for i, a := range args {
		w, ok := word(l, a, depth+1)
		if !ok {
			continue
		}
		if worded == nil {
			worded = append([]any(nil), args...)
		}
		worded[i] = w
	}
	if worded == nil {
		worded = args
	}
	return fmt.Sprintf(format, worded...)
}

// word returns a in l when it is a sentence or a word, and false for a
// value that stays as it is.
func word(l domain.Lang, a any, depth int) (string, bool) {
	switch v := a.(type) {
	case nil, string:
		return "", false
	case domain.Sentence:
		return sprintf(l, v.Format, v.Args, depth), true
	case domain.Word:
		return Label(l, string(v)), true
	case domain.Money:
		return v.Format(l), true
	case *domain.CapacityConflict:
		// Made of parts, each worded by its own format.
		return v.Rule(func(format string, args ...any) string { return sprintf(l, format, args, depth) }), true
	case error:
		var e *domain.Error
		if errors.As(v, &e) && e != nil {
			return errorSentence(l, e, depth), true
		}
		return "", false
	}
	// A status, a kind of offer: a named string type is a word.
	if rv := reflect.ValueOf(a); rv.Kind() == reflect.String {
		return Label(l, rv.String()), true
	}
	return "", false
}

// errorSentence is the sentence of e in l: by its format when it has one,
// else by taking its English message apart (an Error literal, an error of
// an earlier version).
func errorSentence(l domain.Lang, e *domain.Error, depth int) string {
	if e.Format == "" {
		msg := e.Message
		if e.Field != "" {
			if rest, ok := strings.CutPrefix(msg, e.Field+": "); ok {
				return Sprintf(l, "%s: %s", Label(l, e.Field), Translate(l, rest))
			}
		}
		return Translate(l, msg)
	}
	rule := sprintf(l, e.Format, e.Args, depth)
	if e.Field == "" || strings.HasPrefix(e.Format, e.Field+": ") {
		// A format that names its field itself is worded whole.
		return rule
	}
	// "Label: rule", which French writes "Label : rule".
	return Sprintf(l, "%s: %s", Label(l, e.Field), rule)
}

// EventDetail is the detail of an event of an engagement's history in l:
// its facts worded by the format of its kind, or, for an event written by
// an earlier version, which kept only its English sentence, that sentence
// taken apart by the catalogue's formats (Translate).
func EventDetail(l domain.Lang, ev domain.EngagementEvent) string {
	if s, ok := ev.Sentence(); ok {
		return Sprintf(l, s.Format, s.Args...)
	}
	return Translate(l, ev.Detail)
}

// Label returns a field label or word in l, by its exact English text.
func Label(l domain.Lang, english string) string {
	if t, ok := textOf(l)[english]; ok {
		return t
	}
	return english
}

// internalSentence is what a person reads about a failure on our side.
const internalSentence = "Something went wrong on our side; the details were written to the log."

// ErrorSentence is what a person reads about err in language l: the
// sentence of a mistake they can act on (invalid, not found, conflict),
// with the label of the field it names, or a plain sentence for a failure,
// whose detail belongs in a log.
func ErrorSentence(l domain.Lang, err error) string {
	if err == nil {
		return ""
	}
	if domain.ErrorCode(err) == domain.EINTERNAL {
		return Label(l, internalSentence)
	}
	// A capacity conflict is made of parts, each translated by its own
	// format (see CapacityConflict.Rule).
	var conflict *domain.CapacityConflict
	if errors.As(err, &conflict) {
		rule := conflict.Rule(func(format string, args ...any) string { return Sprintf(l, format, args...) })
		return Sprintf(l, "%s: %s", Label(l, "Days per week"), rule)
	}
	var e *domain.Error
	errors.As(err, &e)
	return errorSentence(l, e, 0)
}

// Texts returns every translation of l in the catalogue, texts and formats
// alike, for tests that check a screen or a terminal shows nothing that is
// not a translation.
func Texts(l domain.Lang) []string {
	var out []string
	for _, t := range theCatalogue().text[l] {
		out = append(out, t)
	}
	return out
}
