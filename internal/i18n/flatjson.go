package i18n

import (
	"bytes"
	"encoding/json"
	"errors"
	"unicode/utf8"
)

// errNotFlat is a file that is not a plain object of strings; the caller
// then lets encoding/json read it, for its error message.
var errNotFlat = errors.New("not a flat object of strings")

// parseFlat reads a JSON object whose values are all strings, as every
// file of messages/ is, several times faster than encoding/json: reading
// the Dutch files was most of what a command in Dutch spent on its
// sentences. A string with an escape or invalid UTF-8 goes through
// encoding/json, so it reads as encoding/json reads it.
func parseFlat(data []byte) (map[string]string, error) {
	p := flatParser{data: data}
	// One entry a line, as the files are written: sized once.
	out := make(map[string]string, bytes.Count(data, []byte{'\n'}))
	p.space()
	if !p.take('{') {
		return nil, errNotFlat
	}
	p.space()
	if p.take('}') {
		return out, p.end()
	}
	for {
		p.space()
		k, err := p.str()
		if err != nil {
			return nil, err
		}
		p.space()
		if !p.take(':') {
			return nil, errNotFlat
		}
		p.space()
		v, err := p.str()
		if err != nil {
			return nil, err
		}
		if _, dup := out[k]; dup {
			return nil, errNotFlat // encoding/json keeps the last; say so instead
		}
		out[k] = v
		p.space()
		if p.take('}') {
			return out, p.end()
		}
		if !p.take(',') {
			return nil, errNotFlat
		}
	}
}

type flatParser struct {
	data []byte
	i    int
}

func (p *flatParser) space() {
	for p.i < len(p.data) {
		switch p.data[p.i] {
		case ' ', '\t', '\n', '\r':
			p.i++
		default:
			return
		}
	}
}

func (p *flatParser) take(c byte) bool {
	if p.i < len(p.data) && p.data[p.i] == c {
		p.i++
		return true
	}
	return false
}

func (p *flatParser) end() error {
	p.space()
	if p.i != len(p.data) {
		return errNotFlat
	}
	return nil
}

// str reads a JSON string.
func (p *flatParser) str() (string, error) {
	start := p.i
	if !p.take('"') {
		return "", errNotFlat
	}
	escaped := false
	for p.i < len(p.data) {
		switch c := p.data[p.i]; {
		case c == '\\':
			escaped = true
			p.i += 2
		case c == '"':
			p.i++
			// encoding/json also mends invalid UTF-8.
			if raw := p.data[start+1 : p.i-1]; !escaped && utf8.Valid(raw) {
				return string(raw), nil
			}
			var s string
			if err := json.Unmarshal(p.data[start:p.i], &s); err != nil {
				return "", errNotFlat
			}
			return s, nil
		case c < 0x20:
			return "", errNotFlat
		default:
			p.i++
		}
	}
	return "", errNotFlat
}
