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

// Options are the choices a reader cannot make from the file.
type Options struct {
	// DefaultLanguage is the document language of a new client whose line
	// leaves it blank: the firm's default. Empty means nl.
	DefaultLanguage domain.Lang
}

func (o Options) defaultLanguage() domain.Lang {
	if o.DefaultLanguage.Valid() {
		return o.DefaultLanguage
	}
	return domain.LangNL
}

// File is what a CSV file holds, read as a whole: one Row per line with
// data, in file order, and what the reader noticed about the file. For a
// large file, Stream hands over one line at a time instead.
type File[T any] struct {
	Rows []Row[T]
	// Notices are remarks for the preview that refuse nothing: columns
	// that were ignored, the encoding the file was read in.
	Notices []string
	// Columns are the headers that were recognised, as the file wrote them.
	Columns   []string
	Encoding  string
	Delimiter rune
}

// Row is one line of the file: the record as read, or why it could not be
// read. A line that was read can still be refused by the store's Validate.
type Row[T any] struct {
	Line   int // where the line starts in the file, counting the header as 1
	Record T
	Err    error // a cell that cannot be read (an amount, a date, a yes/no)

	cols  []*column[T] // the columns the file has, shared by every row
	blank uint64       // bit i: the cell of cols[i] is blank on this line
}

// Merge copies what the line says onto stored, the record it updates: the
// cells it fills. A blank cell keeps what is stored, because in a sheet a
// blank more often means "not known here" than "erase": an import never
// loses data that way. Fields are cleared in the app.
func (r *Row[T]) Merge(stored *T) {
	for i, c := range r.cols {
		if r.blank&(1<<i) == 0 {
			c.copy(stored, &r.Record)
		}
	}
}

// entity describes one kind of record for the reader.
type entity[T any] struct {
	noun    string // "clients", for sentences
	columns []column[T]
	// fresh returns a new record with the defaults of the columns a file
	// may leave out.
	fresh func(Options) T
}

// Stream reads a file one line at a time: Rows hands over each line as it
// is read, so that a file of 100,000 lines never is in memory as a whole.
// The header was read when the Stream was made.
type Stream[T any] struct {
	// Columns are the headers that were recognised, as the file wrote them.
	Columns   []string
	Delimiter rune

	e        *entity[T]
	opt      Options
	dec      *decoder
	cr       *csv.Reader
	cols     []*column[T] // the file's columns, in file order
	at       []int        // for each header cell, its index in cols (-1: ignored)
	width    int          // cells in the header
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
	header, err := readHeaderText(br)
	if err != nil {
		return nil, readError(err)
	}
	s := &Stream[T]{e: e, opt: opt, dec: dec, Delimiter: detectDelimiter(header), unnamed: map[int]bool{}}
	s.cr = csv.NewReader(io.MultiReader(strings.NewReader(header), br))
	s.cr.Comma = s.Delimiter
	s.cr.FieldsPerRecord = -1 // lines of their own length are judged one by one
	s.cr.ReuseRecord = true   // each record's text is a new string anyway

	cells, err := readHeader(s.cr)
	if err != nil {
		return nil, err
	}
	if s.cols, s.at, err = mapHeader(e, cells, s); err != nil {
		return nil, err
	}
	s.width = len(cells)
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
			if !yield(readRow(s.e, s.cols, s.at, cells, line, s.width, s.opt), nil) {
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

// read parses a whole file into rows.
func read[T any](e *entity[T], r io.Reader, opt Options) (*File[T], error) {
	s, err := scan(e, r, opt)
	if err != nil {
		return nil, err
	}
	f := &File[T]{Columns: s.Columns, Delimiter: s.Delimiter}
	for row, err := range s.Rows() {
		if err != nil {
			return nil, err
		}
		f.Rows = append(f.Rows, row)
	}
	f.Encoding, f.Notices = s.Encoding(), s.Notices()
	return f, nil
}

// readHeader returns the first line that is not blank.
func readHeader(cr *csv.Reader) ([]string, error) {
	for {
		cells, err := cr.Read()
		if errors.Is(err, io.EOF) {
			return nil, domain.Errorf(domain.EINVALID, "The file is empty; it needs a header line with the column names and a line per record.")
		} else if err != nil {
			return nil, readError(err)
		}
		if !isBlank(cells) {
			return cells, nil
		}
	}
}

// maxColumns bounds the columns a row can say it left blank (a bit each).
const maxColumns = 64

// mapHeader finds the column of each header cell. It returns the columns
// the file has, in file order, and for each header cell its index in that
// list (-1: ignored).
func mapHeader[T any](e *entity[T], header []string, s *Stream[T]) ([]*column[T], []int, error) {
	names := index(e.columns)
	seenAt := map[int]int{} // column → header cell
	var cols []*column[T]
	at := make([]int, len(header))
	for i, h := range header {
		at[i] = -1
		name := normalizeHeader(h)
		if name == "" {
			continue
		}
		c, ok := names[name]
		if !ok {
			s.notices = append(s.notices, fmt.Sprintf("Column %d, “%s”, is not a field Interim Desk knows; it was ignored.", i+1, trimCell(h)))
			continue
		}
		if j, dup := seenAt[c]; dup {
			return nil, nil, domain.Errorf(domain.EINVALID, "Columns %d (“%s”) and %d (“%s”) both name the %s; keep one of them.",
				j+1, trimCell(header[j]), i+1, trimCell(h), strings.ToLower(e.columns[c].header))
		}
		seenAt[c] = i
		at[i] = len(cols)
		cols = append(cols, &e.columns[c])
		s.Columns = append(s.Columns, trimCell(h))
	}
	if len(cols) > maxColumns {
		return nil, nil, domain.Errorf(domain.EINVALID, "The file has more than %d known columns; that cannot be right.", maxColumns)
	}
	for i := range e.columns {
		c := &e.columns[i]
		if _, ok := seenAt[i]; c.required && !ok {
			return nil, nil, domain.Errorf(domain.EINVALID, "The file has no column for the %s; the header line needs one, for example “%s”.",
				strings.ToLower(c.header), c.header)
		}
	}
	return cols, at, nil
}

// readRow turns the cells of one line into a record. The first cell that
// cannot be read is the line's error; the other cells are still read, so
// the preview shows as much of the line as possible.
func readRow[T any](e *entity[T], cols []*column[T], at []int, cells []string, line, width int, opt Options) Row[T] {
	row := Row[T]{Line: line, Record: e.fresh(opt), cols: cols}
	if extra := cells[min(width, len(cells)):]; !isBlank(extra) {
		row.Err = domain.Errorf(domain.EINVALID, "Line %d has %d cells but the header has %d columns; a cell probably holds a separator without quotes around it.",
			line, len(cells), width)
		return row
	}
	for i, cell := range cells[:min(width, len(cells))] {
		k := at[i]
		if k < 0 {
			continue
		}
		c := cols[k]
		if !c.raw {
			cell = trimCell(cell)
		}
		if trimCell(cell) == "" {
			row.blank |= 1 << k
		}
		if err := c.read(&row.Record, cell, opt); err != nil && row.Err == nil {
			row.Err = err
		}
	}
	// Cells missing at the end of a short line are blank.
	for k := len(cells); k < width; k++ {
		if j := at[k]; j >= 0 {
			row.blank |= 1 << j
		}
	}
	return row
}

func isBlank(cells []string) bool {
	for _, c := range cells {
		if trimCell(c) != "" {
			return false
		}
	}
	return true
}

// readError explains why the file cannot be read on: the decoder's
// sentence, or why encoding/csv gave up, with the line it gave up on.
// Nothing of such a file is imported: after a broken quote every later
// cell could be shifted.
func readError(err error) error {
	var pe *csv.ParseError
	var de *domain.Error
	switch {
	case errors.As(err, &de):
		return de
	case !errors.As(err, &pe):
		return fmt.Errorf("read the file: %w", err)
	}
	switch {
	case errors.Is(pe.Err, csv.ErrQuote):
		// The reader ran on to the end of the file looking for the closing
		// quote; the line where the cell started is the one to look at.
		return domain.Errorf(domain.EINVALID, "The file cannot be read from line %d on: a quoted cell there is not closed, or a quote inside it is not doubled (write \"\" for a quote inside quotes). Nothing was imported.", pe.StartLine)
	case errors.Is(pe.Err, csv.ErrBareQuote):
		return domain.Errorf(domain.EINVALID, "The file cannot be read at line %d, column %d: a cell holds a quote but does not start with one; put the whole cell in double quotes and double the quote inside. Nothing was imported.", pe.Line, pe.Column)
	}
	return domain.Errorf(domain.EINVALID, "The file cannot be read at line %d, column %d: %v. Nothing was imported.", pe.Line, pe.Column, pe.Err)
}
