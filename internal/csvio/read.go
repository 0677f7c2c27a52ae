package csvio

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/interimdesk/interimdesk/internal/domain"
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
				j+1, trimCell(header[j]), i+1, trimCell(h), domain.Word(strings.ToLower(e.columns[c].header)))
		}
		seenAt[c] = i
		if e.columns[c].ownFee {
			s.notices = append(s.notices, fmt.Sprintf("Column %d, “%s”, filled each manager's own day fee: what the firm pays the manager's company, not the client's rate.", i+1, trimCell(h)))
		}
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
				domain.Word(strings.ToLower(c.header)), c.header)
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
		// encoding/csv drops the carriage return of a CR LF inside a
		// quoted cell but keeps one that stands alone (an old Mac line
		// end), and its writer leaves such a one out: read as the line
		// break it stands for, the cell exports and reads back the same.
		cell = strings.ReplaceAll(cell, "\r", "\n")
		if !c.raw {
			cell = trimCell(cell)
		}
		if c.free {
			cell = unneutralise(cell)
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
