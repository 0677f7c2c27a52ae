package domain

import "strings"

// Lang is a document language: the language a client reads its proposals and
// contracts in. It is independent of the language of the screens.
type Lang string

const (
	LangNL Lang = "nl"
	LangEN Lang = "en"
	LangFR Lang = "fr"
)

// Langs lists the document languages in the order forms offer them.
var Langs = []Lang{LangNL, LangEN, LangFR}

// Valid reports whether l is one of the document languages.
func (l Lang) Valid() bool { return l == LangNL || l == LangEN || l == LangFR }

// ParseLang reads "nl", "EN", " fr " and the like.
func ParseLang(s string) (Lang, error) {
	l := Lang(strings.ToLower(strings.TrimSpace(s)))
	if !l.Valid() {
		return "", Errorf(EINVALID, "Language: %q is not a document language; use nl, en or fr.", s)
	}
	return l, nil
}
