package sqlite

import (
	"bytes"
	"fmt"
	"io"
	"strconv"
)

// jsonScanner reads the structure of a JSON text from a stream — where
// each value starts and where it ends — without decoding it, so that
// ImportJSON can find the keys of a 100 MB export, count its records and
// hand them one at a time to encoding/json, holding one record in memory.
//
// It checks what it must to find the end of a value: strings, brackets
// that match, the commas and colons of the levels it walks. What it skips
// without looking (the inside of a record, a number) is checked by
// encoding/json when the record is decoded, and every error carries its
// byte offset in the file, counted as encoding/json counts it.
type jsonScanner struct {
	r        io.Reader
	buf      []byte
	pos, end int
	base     int64 // the offset in the file of buf[0]
	err      error // of the last read; io.EOF at the end of the file
	// While a value is captured, keep collects its bytes: those of buf
	// from keepFrom on, and whatever earlier buffers held.
	keep     []byte
	keepFrom int
	keeping  bool
}

// scanBufSize is how much the scanner reads at a time.
const scanBufSize = 64 << 10

// newJSONScanner reads r, whose first byte is at offset base of the file.
func newJSONScanner(r io.Reader, base int64) *jsonScanner {
	return &jsonScanner{r: r, buf: make([]byte, scanBufSize), base: base}
}

// jsonSyntaxError is a fault in the text itself, at Offset: the number of
// bytes read up to and including the faulty one, as json.SyntaxError has
// it.
type jsonSyntaxError struct {
	Offset int64
	msg    string
}

func (e *jsonSyntaxError) Error() string { return e.msg }

// offset is the offset in the file of the next byte.
func (s *jsonScanner) offset() int64 { return s.base + int64(s.pos) }

// fill reads more when every byte read was used, and reports whether a
// byte is there.
func (s *jsonScanner) fill() bool {
	if s.pos < s.end {
		return true
	}
	if s.err != nil {
		return false
	}
	if s.keeping {
		s.keep = append(s.keep, s.buf[s.keepFrom:s.end]...)
		s.keepFrom = 0
	}
	s.base += int64(s.end)
	s.pos, s.end = 0, 0
	for s.end == 0 && s.err == nil {
		s.end, s.err = s.r.Read(s.buf)
	}
	return s.end > 0
}

// peek skips white space and returns the next byte without using it; ok
// is false at the end of the file.
func (s *jsonScanner) peek() (c byte, ok bool) {
	for s.fill() {
		switch c = s.buf[s.pos]; c {
		case ' ', '\t', '\n', '\r':
			s.pos++
		default:
			return c, true
		}
	}
	return 0, false
}

// readErr is the error at the end of what could be read: a failure to
// read, or the text ending too early.
func (s *jsonScanner) readErr() error {
	if s.err != nil && s.err != io.EOF {
		return fmt.Errorf("read the file at byte %d: %w", s.offset(), s.err)
	}
	return &jsonSyntaxError{Offset: s.offset(), msg: "unexpected end of JSON input"}
}

// unexpected is encoding/json's sentence for byte c, the next one, where
// something else belongs ("after object key", "looking for beginning of
// value").
func (s *jsonScanner) unexpected(c byte, context string) error {
	return &jsonSyntaxError{Offset: s.offset() + 1, msg: "invalid character " + quoteChar(c) + " " + context}
}

// quoteChar writes a byte as encoding/json's messages do.
func quoteChar(c byte) string {
	switch c {
	case '\'':
		return `'\''`
	case '"':
		return `'"'`
	}
	q := strconv.Quote(string(rune(c)))
	return "'" + q[1:len(q)-1] + "'"
}

// expect uses the next byte, after white space, if it is c.
func (s *jsonScanner) expect(c byte, context string) error {
	got, ok := s.peek()
	if !ok {
		return s.readErr()
	}
	if got != c {
		return s.unexpected(got, context)
	}
	s.pos++
	return nil
}

// skip passes over one value, which starts at the next byte after white
// space. A string, array or object is followed to its end; anything else
// runs up to the next delimiter and is left to encoding/json to judge.
func (s *jsonScanner) skip() error {
	c, ok := s.peek()
	if !ok {
		return s.readErr()
	}
	switch c {
	case '"':
		s.pos++
		return s.skipString()
	case '{', '[':
		return s.skipNested()
	case '}', ']', ',', ':':
		return s.unexpected(c, "looking for beginning of value")
	}
	for s.fill() {
		switch s.buf[s.pos] {
		case ' ', '\t', '\n', '\r', ',', ']', '}', ':', '"', '[', '{':
			return nil
		}
		s.pos++
	}
	return s.readErrAtEOF()
}

// readErrAtEOF is nil at the clean end of the file and the read error
// otherwise: a number may end the text.
func (s *jsonScanner) readErrAtEOF() error {
	if s.err != nil && s.err != io.EOF {
		return s.readErr()
	}
	return nil
}

// skipString passes over the rest of a string whose opening quote was
// used. Long strings (a CV, a PDF in base64) are crossed a buffer at a
// time.
func (s *jsonScanner) skipString() error {
	for s.fill() {
		rest := s.buf[s.pos:s.end]
		q := bytes.IndexByte(rest, '"')
		if q < 0 {
			q = len(rest)
		}
		if b := bytes.IndexByte(rest[:q], '\\'); b >= 0 {
			s.pos += b + 1 // the backslash; the escaped byte is passed next
			if !s.fill() {
				break
			}
			s.pos++
			continue
		}
		s.pos += q
		if q < len(rest) {
			s.pos++ // the closing quote
			return nil
		}
	}
	return s.readErr()
}

// skipNested passes over an array or object, checking that each bracket
// closes the one it should.
func (s *jsonScanner) skipNested() error {
	var open []byte // the closing brackets awaited, innermost last
	for s.fill() {
		c := s.buf[s.pos]
		switch c {
		case '"':
			s.pos++
			if err := s.skipString(); err != nil {
				return err
			}
			continue
		case '{':
			open = append(open, '}')
		case '[':
			open = append(open, ']')
		case '}', ']':
			if c != open[len(open)-1] {
				what := "after object key:value pair"
				if open[len(open)-1] == ']' {
					what = "after array element"
				}
				return s.unexpected(c, what)
			}
			open = open[:len(open)-1]
			if len(open) == 0 {
				s.pos++
				return nil
			}
		}
		s.pos++
	}
	return s.readErr()
}

// capture passes over one value like skip and returns its bytes, valid
// until the next capture, and the offset of its first byte.
func (s *jsonScanner) capture() ([]byte, int64, error) {
	if _, ok := s.peek(); !ok {
		return nil, s.offset(), s.readErr()
	}
	start := s.offset()
	s.keep, s.keepFrom, s.keeping = s.keep[:0], s.pos, true
	err := s.skip()
	s.keeping = false
	s.keep = append(s.keep, s.buf[s.keepFrom:s.pos]...)
	return s.keep, start, err
}

// elements walks the array that starts at the next byte, calling each
// for every element with the scanner before it; each must pass over the
// element (skip or capture).
func (s *jsonScanner) elements(each func() error) error {
	if err := s.expect('[', "looking for beginning of array"); err != nil {
		return err
	}
	if c, ok := s.peek(); ok && c == ']' {
		s.pos++
		return nil
	}
	for {
		if err := each(); err != nil {
			return err
		}
		c, ok := s.peek()
		switch {
		case !ok:
			return s.readErr()
		case c == ']':
			s.pos++
			return nil
		case c != ',':
			return s.unexpected(c, "after array element")
		}
		s.pos++
		if c, ok := s.peek(); ok && c == ']' {
			return s.unexpected(c, "looking for beginning of value")
		}
	}
}
