package csvio

import (
	"bufio"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"iter"
	"strings"

	"github.com/interimdesk/interimdesk/internal/domain"
	"golang.org/x/text/transform"
)

// Stream reads a file one line at a time: Rows hands over each line as it
// is read, so that a file of 100,000 lines never is in memory as a whole.
// The header was read when the Stream was made.
type Stream[T any] struct {
	// Columns are the headers that were recognised, as the file wrote them.
	Columns []string
	// Mapping says what each column of the file becomes, for the preview.
	Mapping []ColumnUse
	// HeaderLine is the line of the file taken as the header: the first
	// line that names the record's name among the first few (LinkedIn
	// writes notes above its header).
	HeaderLine int
	Delimiter  rune

	e        *entity[T]
	opt      Options
	dec      *decoder
	cr       *csv.Reader
	lay      *layout[T]
	nameless []int        // header cells without a name
	unnamed  map[int]bool // those of them that hold data on some line
	notices  []string     // about the header
	used     bool
}

// scan reads the header of a file and returns the Stream of its lines. A
// file that cannot be read as a table (empty, no header, a missing
// required column, an encoding that is not text) is one EINVALID error.
func scan[T any](e *entity[T], r io.Reader, opt Options) (*Stream[T], error) {
	dec := newDecoder()
	br := bufio.NewReaderSize(transform.NewReader(r, dec), 64<<10)
	h, err := findHeader(e, br)
	if err != nil {
		return nil, readError(err)
	}
	s := &Stream[T]{e: e, opt: opt, dec: dec, Delimiter: h.delimiter, HeaderLine: h.line, unnamed: map[int]bool{}}
	s.cr = csv.NewReader(io.MultiReader(strings.NewReader(h.text), br))
	s.cr.Comma = s.Delimiter
	s.cr.FieldsPerRecord = -1 // lines of their own length are judged one by one
	s.cr.ReuseRecord = true   // each record's text is a new string anyway

	cells, err := readHeader(s.cr)
	if err != nil {
		return nil, err
	}
	if h.skipped > 0 {
		s.notices = append(s.notices, fmt.Sprintf("Line %d was taken as the header; the %d lines with text above it were skipped.", h.line, h.skipped))
	}
	if s.lay, err = mapHeader(e, cells, h.line, s); err != nil {
		return nil, err
	}
	for i, h := range cells {
		if normalizeHeader(h) == "" {
			s.nameless = append(s.nameless, i)
		}
	}
	return s, nil
}

// Rows yields the lines with data in file order. A file that cannot be
// read on from some line (a quote left open, bytes that are not text)
// ends with one EINVALID error instead of a line: after a broken quote
// every later cell could be shifted, so nothing of such a file may be
// imported. Rows can be ranged over once.
func (s *Stream[T]) Rows() iter.Seq2[Row[T], error] {
	return func(yield func(Row[T], error) bool) {
		if s.used {
			return
		}
		s.used = true
		for {
			cells, err := s.cr.Read()
			if errors.Is(err, io.EOF) {
				return
			} else if err != nil {
				yield(Row[T]{}, readError(err))
				return
			}
			if isBlank(cells) {
				continue
			}
			line, _ := s.cr.FieldPos(0)
			for _, i := range s.nameless {
				if i < len(cells) && trimCell(cells[i]) != "" {
					s.unnamed[i] = true
				}
			}
			if !yield(readRow(s.e, s.lay, cells, line, s.opt), nil) {
				return
			}
		}
	}
}

// ImportRows hands the lines to the store (domain.DataService) as they
// are read.
func (s *Stream[T]) ImportRows() domain.ImportRows[T] {
	return func(yield func(domain.ImportRow[T], error) bool) {
		for row, err := range s.Rows() {
			if err != nil {
				yield(domain.ImportRow[T]{}, err)
				return
			}
			if !yield(domain.ImportRow[T]{Line: row.Line, Record: &row.Record, Err: row.Err, Merge: row.Merge}, nil) {
				return
			}
		}
	}
}

// Encoding is the encoding the file was read in, so far: final once Rows
// has ended.
func (s *Stream[T]) Encoding() string { return s.dec.encoding() }

// Notices are remarks for the preview that refuse nothing: the encoding
// when it is not UTF-8, columns that were ignored. Complete once Rows has
// ended.
func (s *Stream[T]) Notices() []string {
	var out []string
	if s.dec.state == encCP1252 {
		out = append(out, "The file is not UTF-8; it was read as Windows-1252, the encoding of older Excel versions. Check that accented letters look right.")
	}
	out = append(out, s.notices...)
	for _, i := range s.nameless {
		if s.unnamed[i] {
			out = append(out, fmt.Sprintf("Column %d has no name in the header; its values were ignored.", i+1))
		}
	}
	return out
}
