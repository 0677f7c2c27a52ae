package cli

import (
	"fmt"
	"io"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/i18n"
)

// What the command line says to a person goes through the functions of
// this file, with its English as a literal at the call: the English is the
// key of the translation (internal/i18n/messages/cli.*.json, words.*.json).
// internal/i18n's sources_test finds every literal given to a parameter
// called sentence or word (or words), and every columns literal, and fails
// while one lacks a Dutch or French translation, so a new report line
// cannot stay English by accident. --json output never goes through here:
// it is for scripts and reads the same in every language.

// columns are the English headings of a table, translated as words.
type columns []string

// sprintf formats sentence in the language of the messages; the arguments
// are passed in that language already (words through word, amounts
// through money, dates through day).
func (a *app) sprintf(sentence string, args ...any) string {
	return i18n.Sprintf(a.lang, sentence, args...)
}

// say prints sentence as a line on standard output.
func (a *app) say(sentence string, args ...any) {
	fmt.Fprintln(a.stdout, domain.SafeText(a.sprintf(sentence, args...)))
}

// sayTo prints sentence as a line on w: progress goes to standard error.
func (a *app) sayTo(w io.Writer, sentence string, args ...any) {
	fmt.Fprintln(w, domain.SafeText(a.sprintf(sentence, args...)))
}

// englishf keeps sentence and its arguments for a part of an error that
// report words as a whole later, in the language of the messages (see
// i18n.Sprintf); going through here puts its format in the catalogue's
// reach. Its String is the English.
func englishf(sentence string, args ...any) domain.Sentence {
	return domain.Sentence{Format: sentence, Args: args}
}

// word is a word, a label or a column heading in the language of the
// messages: "yes", a field's label, and also a status or a kind of offer
// passed as a value (words.*.json has those).
func (a *app) word(word string) string {
	return i18n.Label(a.lang, word)
}

// translated is a finished English sentence from another package (a
// refusal of the store, a notice of the importer) in the language of the
// messages, when the catalogue knows its format.
func (a *app) translated(s string) string {
	return i18n.Translate(a.lang, s)
}
