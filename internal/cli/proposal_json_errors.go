package cli

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// jsonInputError turns what encoding/json says into a sentence a person can
// act on: the file, the line, the field and what it must hold.
// encoding/json does not say where an unknown key or a value that failed
// its own check (a date) is, so the file is walked again to find it.
func jsonInputError(name string, data []byte, err error) error {
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.Is(err, io.EOF):
		return domain.Errorf(domain.EINVALID, "%s is empty; it should hold one proposal as a JSON object.", name)
	case errors.Is(err, io.ErrUnexpectedEOF):
		return domain.Errorf(domain.EINVALID, "%s ends in the middle of the JSON object; is the file complete?", name)
	case errors.As(err, &syntax):
		return domain.Errorf(domain.EINVALID, "%s, line %d: this is not valid JSON: %s.",
			name, lineOf(data, syntax.Offset), strings.TrimPrefix(syntax.Error(), "json: "))
	case errors.As(err, &typ) && typ.Field == "":
		return domain.Errorf(domain.EINVALID, "%s holds %s; it should hold one proposal as a JSON object.", name, article(typ.Value))
	case errors.As(err, &typ):
		// typ.Field names the embedded struct and leaves out list indexes:
		// "Proposal.consulting.phases.fee".
		line, field := lineOf(data, typ.Offset), strings.TrimPrefix(typ.Field, "Proposal.")
		if at, ok := walkJSON(data, func(s spot) bool {
			return !s.key && s.line == line && strings.ReplaceAll(s.shape, "[]", "") == field
		}); ok {
			field = at.path
		}
		return domain.Errorf(domain.EINVALID, "%s, line %d: the field %q must be %s, not %s.",
			name, line, field, kindText(typ.Type), article(typ.Value))
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		at, ok := findUnknownField(data)
		if !ok {
			at.path = strings.Trim(strings.TrimPrefix(err.Error(), "json: unknown field "), `"`)
		}
		return domain.Errorf(domain.EINVALID,
			"%s: unknown field %q; a proposal file holds the fields \"proposal show ID --json\" prints (see docs/PROPOSAL_JSON.md).",
			at.where(name), at.path)
	}
	if at, ok := findBadValue(data); ok {
		return domain.Errorf(domain.EINVALID, "%s: the field %q must be %s, not %s.",
			at.where(name), at.path, kindText(at.typ), jsonText(at.tok))
	}
	return domain.Errorf(domain.EINVALID, "%s: %s.", name, strings.TrimSuffix(strings.TrimPrefix(err.Error(), "domain: "), "."))
}

// kindText says in words what a Go type takes in JSON. The words go
// through englishf so that the catalogue has them: the refusal is
// translated as a whole when it is reported.
func kindText(t reflect.Type) domain.Sentence {
	switch t {
	case reflect.TypeFor[domain.Money]():
		return englishf("a whole number of euro cents")
	case reflect.TypeFor[domain.Date]():
		return englishf(`a date written "YYYY-MM-DD", or null`)
	}
	switch t.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return englishf("a whole number")
	case reflect.Float32, reflect.Float64:
		return englishf("a number")
	case reflect.String:
		return englishf("text in quotes")
	case reflect.Bool:
		return englishf("true or false")
	case reflect.Slice, reflect.Array:
		return englishf("a list [...]")
	}
	return englishf("an object {...}")
}

// article says what encoding/json found, with "a" or "an": "a string",
// "an array", "a number 1.5".
func article(value string) domain.Sentence {
	kind, rest, _ := strings.Cut(value, " ")
	switch {
	case kind == "number" && rest != "":
		return englishf("a number %s", rest)
	case kind == "number":
		return englishf("a number")
	case kind == "string":
		return englishf("a string")
	case kind == "bool":
		return englishf("true or false")
	case kind == "array":
		return englishf("an array")
	case kind == "object":
		return englishf("an object")
	case value != "" && strings.ContainsRune("aeiou", rune(value[0])):
		return asIs("an " + value)
	}
	return asIs("a " + value)
}

// asIs is a part of a sentence that has no translation: what encoding/json
// called a value it did not expect.
func asIs(s string) domain.Sentence { return domain.Sentence{Format: "%s", Args: []any{s}} }

// jsonText writes a token back as it stood in the file: "2027-02-30" with
// its quotes.
func jsonText(tok json.Token) string {
	b, err := json.Marshal(tok)
	if err != nil {
		return fmt.Sprint(tok)
	}
	return string(b)
}

// lineOf is the 1-based line of a byte offset.
func lineOf(data []byte, offset int64) int {
	offset = min(max(offset, 0), int64(len(data)))
	return 1 + bytes.Count(data[:offset], []byte("\n"))
}

// spot is a key or a value found in the file.
type spot struct {
	path   string // "consulting.phases[1].fee"
	shape  string // "consulting.phases[].fee": the path with "[]" for every index
	parent string // the shape of the object it is in
	line   int
	key    bool
	tok    json.Token
	typ    reflect.Type // the Go type of the field, when the format knows it
}

func (s spot) where(name string) domain.Sentence {
	if s.line == 0 {
		return asIs(name)
	}
	return englishf("%s, line %d", name, s.line)
}

// findUnknownField finds the first key the format does not know in an
// object it reads field by field; the keys inside a value taken whole
// (the totals) are not looked at.
func findUnknownField(data []byte) (spot, bool) {
	known := jsonFields()
	return walkJSON(data, func(s spot) bool {
		_, ok := known[s.shape]
		return s.key && isObject(known[s.parent]) && !ok
	})
}

// findDuplicateKey finds the first key given a second time in the same
// object: at the line of the second.
func findDuplicateKey(data []byte) (spot, bool) {
	seen := map[string]bool{}
	return walkJSON(data, func(s spot) bool {
		if !s.key {
			return false
		}
		if seen[s.path] {
			return true
		}
		seen[s.path] = true
		return false
	})
}

// findBadValue finds the first value that its field's own decoder refuses,
// such as a date that does not exist.
func findBadValue(data []byte) (spot, bool) {
	known := jsonFields()
	unmarshaler := reflect.TypeFor[json.Unmarshaler]()
	return walkJSON(data, func(s spot) bool {
		t := known[s.shape]
		if s.key || t == nil || !reflect.PointerTo(t).Implements(unmarshaler) {
			return false
		}
		v := reflect.New(t).Interface().(json.Unmarshaler)
		return v.UnmarshalJSON([]byte(jsonText(s.tok))) != nil
	})
}

// walkJSON calls found for every key and every plain value of data, in the
// order of the file, and returns the first spot it accepts, with the Go
// type the format gives it.
func walkJSON(data []byte, found func(spot) bool) (spot, bool) {
	known := jsonFields()
	dec := json.NewDecoder(bytes.NewReader(data))
	// frame is an object or a list being read.
	type frame struct {
		list         bool
		path, shape  string
		index        int
		expectingKey bool
		key          string
	}
	var stack []*frame
	// next is the path and shape of the value that comes next in f.
	next := func(f *frame) (string, string) {
		if f.list {
			return fmt.Sprintf("%s[%d]", f.path, f.index), f.shape + "[]"
		}
		return join(f.path, f.key), join(f.shape, f.key)
	}
	// done moves past a finished value in the innermost frame.
	done := func() {
		if len(stack) == 0 {
			return
		}
		if f := stack[len(stack)-1]; f.list {
			f.index++
		} else {
			f.expectingKey = true
		}
	}
	for {
		tok, err := dec.Token()
		if err != nil {
			return spot{}, false
		}
		line := lineOf(data, dec.InputOffset())
		var top *frame
		if len(stack) > 0 {
			top = stack[len(stack)-1]
		}
		switch {
		case tok == json.Delim('}') || tok == json.Delim(']'):
			stack = stack[:len(stack)-1]
			done()
		case top != nil && !top.list && top.expectingKey:
			top.key, top.expectingKey = fmt.Sprint(tok), false
			path, shape := next(top)
			if s := (spot{path: path, shape: shape, parent: top.shape, line: line, key: true, tok: tok, typ: known[shape]}); found(s) {
				return s, true
			}
		case tok == json.Delim('{') || tok == json.Delim('['):
			f := &frame{list: tok == json.Delim('['), expectingKey: tok == json.Delim('{')}
			if top != nil {
				f.path, f.shape = next(top)
			}
			stack = append(stack, f)
		default:
			var s spot
			if top != nil {
				s.path, s.shape = next(top)
				s.parent = top.shape
			}
			s.line, s.tok, s.typ = line, tok, known[s.shape]
			if found(s) {
				return s, true
			}
			done()
		}
	}
}

// jsonFields maps the shape of every field of the format to its Go type;
// "" is the proposal itself.
func jsonFields() map[string]reflect.Type {
	return addFields(reflect.TypeFor[proposalIn](), "", map[string]reflect.Type{})
}

// isObject reports whether the format reads a value of type t field by
// field, rather than whole (a date, a RawMessage, a number).
func isObject(t reflect.Type) bool {
	if t == nil {
		return false
	}
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t.Kind() == reflect.Struct && !reflect.PointerTo(t).Implements(reflect.TypeFor[json.Unmarshaler]())
}

func addFields(t reflect.Type, shape string, known map[string]reflect.Type) map[string]reflect.Type {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	known[shape] = t
	switch {
	case t.Kind() == reflect.Slice || t.Kind() == reflect.Array:
		if t != reflect.TypeFor[json.RawMessage]() {
			addFields(t.Elem(), shape+"[]", known)
		}
	case isObject(t):
		for i := range t.NumField() {
			f := t.Field(i)
			switch {
			case f.Anonymous && f.Tag.Get("json") == "":
				addFields(f.Type, shape, known)
			case f.IsExported() && jsonName(f) != "-":
				addFields(f.Type, join(shape, jsonName(f)), known)
			}
		}
	}
	return known
}

// jsonName is the key encoding/json uses for a field.
func jsonName(f reflect.StructField) string {
	name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
	if name == "" {
		return f.Name
	}
	return name
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}
