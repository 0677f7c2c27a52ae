package csvio

import (
	"cmp"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// Options are the choices a reader cannot make from the file.
type Options struct {
	// DefaultLanguage is the document language of a new client whose line
	// leaves it blank: the firm's default. Empty means nl.
	DefaultLanguage domain.Lang
	// DefaultCountry is the country of a new client read from a contact
	// export (LinkedIn, Google, Outlook) that has no country column: the
	// firm's. Empty: such a file is refused for the missing column, as
	// any other file.
	DefaultCountry string
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
	Columns []string
	// Mapping says what each column of the file becomes, for the preview.
	Mapping []ColumnUse
	// HeaderLine is the line of the file taken as the header.
	HeaderLine int
	Encoding   string
	Delimiter  rune
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
	// person is the header of the column that a person's name written in
	// parts fills (contacts.go): the manager's name, the client's contact.
	person string
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
	f := &File[T]{Columns: s.Columns, Mapping: s.Mapping, HeaderLine: s.HeaderLine, Delimiter: s.Delimiter}
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

// layout is how the cells of a line become a record: what mapHeader made
// of the header.
type layout[T any] struct {
	cols  []*column[T] // the columns the file has, as found (second choices last); shared by every row
	at    []int        // for each header cell, its index in cols (-1: ignored)
	width int          // cells in the header
	// noCell: bit k is set when cols[k] has no cell of its own (a name
	// made of parts only).
	noCell uint64
	// fallbacks are second-choice cells, read when their column's cell is
	// blank on a line, in order of preference.
	fallbacks []fallback
	// parts are the header cells of the first, middle and last name (-1:
	// none); personK is the index in cols of the field they fill, -1 when
	// the file has no such parts.
	parts   [nameParts]int
	personK int
	// fill are the columns whose blank or missing cells Options fill in a
	// contact export (a client's country: the firm's).
	fill []fillCol[T]
}

type fillCol[T any] struct {
	c *column[T]
	k int // its index in cols; -1 when the file has no such column
}

type fallback struct{ k, cell int }

// mapHeader finds the column of each header cell, line being the header's
// line in the file.
func mapHeader[T any](e *entity[T], header []string, line int, s *Stream[T]) (*layout[T], error) {
	names, alts := index(e.columns), altIndex(e.columns)
	lay := &layout[T]{at: make([]int, len(header)), width: len(header), parts: [nameParts]int{-1, -1, -1}, personK: -1}
	seenAt := map[int]int{} // column → header cell
	kOf := map[int]int{}    // column → its index in lay.cols
	addCol := func(c int) int {
		kOf[c] = len(lay.cols)
		lay.cols = append(lay.cols, &e.columns[c])
		return kOf[c]
	}
	type altCell struct{ c, rank, cell int }
	var second []altCell
	var salutations, ignored []int
	person := e.personIndex()
	for i, h := range header {
		lay.at[i] = -1
		name := normalizeHeader(h)
		if name == "" {
			continue
		}
		if c, ok := names[name]; ok {
			if j, dup := seenAt[c]; dup {
				return nil, domain.Errorf(domain.EINVALID, "Columns %d (“%s”) and %d (“%s”) both name the %s; keep one of them.",
					j+1, trimCell(header[j]), i+1, trimCell(h), domain.Word(strings.ToLower(e.columns[c].header)))
			}
			seenAt[c] = i
			if e.columns[c].ownFee {
				s.notices = append(s.notices, fmt.Sprintf("Column %d, “%s”, filled each manager's own day fee: what the firm pays the manager's company, not the client's rate.", i+1, trimCell(h)))
			}
			lay.at[i] = addCol(c)
			s.Columns = append(s.Columns, trimCell(h))
			continue
		}
		if a, ok := alts[name]; ok {
			second = append(second, altCell{a[0], a[1], i})
			continue
		}
		if p, ok := namePartNames()[name]; ok && person >= 0 && lay.parts[p] < 0 {
			lay.parts[p] = i
			s.Columns = append(s.Columns, trimCell(h))
			continue
		}
		if _, ok := salutationNames()[name]; ok {
			salutations = append(salutations, i)
			continue
		}
		ignored = append(ignored, i)
	}
	// A second-choice column stands in for its field when the file has no
	// first choice, and backs it up otherwise.
	slices.SortStableFunc(second, func(a, b altCell) int { return cmp.Or(cmp.Compare(a.c, b.c), cmp.Compare(a.rank, b.rank)) })
	for _, a := range second {
		if k, ok := kOf[a.c]; ok {
			lay.fallbacks = append(lay.fallbacks, fallback{k, a.cell})
		} else {
			lay.at[a.cell] = addCol(a.c)
			seenAt[a.c] = a.cell
		}
		s.Columns = append(s.Columns, trimCell(header[a.cell]))
	}
	contact := slices.ContainsFunc(lay.parts[:], func(i int) bool { return i >= 0 })
	if contact {
		k, ok := kOf[person]
		if !ok {
			k = addCol(person)
			lay.noCell |= 1 << k
		}
		lay.personK = k
	}
	if len(lay.cols) > maxColumns {
		return nil, domain.Errorf(domain.EINVALID, "The file has more than %d known columns; that cannot be right.", maxColumns)
	}
	for i := range e.columns {
		c := &e.columns[i]
		k, ok := kOf[i]
		if !ok {
			k = -1
		}
		var probe T
		if contact && c.fill != nil && c.fill(&probe, s.opt) {
			lay.fill = append(lay.fill, fillCol[T]{c, k})
			s.notices = append(s.notices, fmt.Sprintf("A line that leaves the %s blank gets the firm's: %s.",
				domain.Word(strings.ToLower(c.header)), c.write(&probe, WriteOptions{})))
			continue
		}
		if !ok && c.required {
			return nil, missingColumn(c.header, header, line)
		}
	}
	// A contact export has dozens of columns Interim Desk has no field
	// for; the mapping lists them in one line instead of a notice each.
	if !contact {
		for _, i := range ignored {
			s.notices = append(s.notices, fmt.Sprintf("Column %d, “%s”, is not a field Interim Desk knows; it was ignored.", i+1, trimCell(header[i])))
		}
	}
	s.Mapping = lay.mapping(header, salutations, ignored)
	return lay, nil
}

// missingColumn says which required column the header lacks, which line
// was taken as the header (the reader looks through the first lines for
// it) and what that line holds, so a person sees at once whether the
// wrong line was taken or the column is really missing.
func missingColumn(label string, header []string, line int) error {
	var found []string
	for _, h := range header {
		if h = trimCell(h); h != "" {
			found = append(found, "“"+h+"”")
		}
	}
	if len(found) > 12 {
		found = append(found[:12], "…")
	}
	return domain.Errorf(domain.EINVALID, "The file has no column for the %s: line %d was taken as the header, and its columns are %s. The header line needs one, for example “%s”.",
		domain.Word(strings.ToLower(label)), line, strings.Join(found, ", "), label)
}

// cellText is a cell as its column reads it.
func cellText[T any](c *column[T], cell string) string {
	// encoding/csv drops the carriage return of a CR LF inside a
	// quoted cell but keeps one that stands alone (an old Mac line
	// end), and its writer leaves such a one out: read as the line
	// break it stands for, the cell exports and reads back the same.
	cell = strings.ReplaceAll(cell, "\r", "\n")
	if !c.raw {
		// Google Contacts writes several values of one field in one cell,
		// "+32 475 12 34 56 ::: +32 2 555 12 12": the first is the field's.
		cell, _, _ = strings.Cut(cell, " ::: ")
		cell = trimCell(cell)
	}
	if c.free {
		cell = unneutralise(cell)
	}
	return cell
}

// readRow turns the cells of one line into a record. The first cell that
// cannot be read is the line's error; the other cells are still read, so
// the preview shows as much of the line as possible.
func readRow[T any](e *entity[T], lay *layout[T], cells []string, line int, opt Options) Row[T] {
	row := Row[T]{Line: line, Record: e.fresh(opt), cols: lay.cols, blank: lay.noCell}
	width := lay.width
	if extra := cells[min(width, len(cells)):]; !isBlank(extra) {
		row.Err = domain.Errorf(domain.EINVALID, "Line %d has %d cells but the header has %d columns; a cell probably holds a separator without quotes around it.",
			line, len(cells), width)
		return row
	}
	read := func(k int, cell string) {
		c := lay.cols[k]
		cell = cellText(c, cell)
		if trimCell(cell) == "" {
			row.blank |= 1 << k
		}
		if err := c.read(&row.Record, cell, opt); err != nil && row.Err == nil {
			row.Err = err
		}
	}
	for i, cell := range cells[:min(width, len(cells))] {
		if k := lay.at[i]; k >= 0 {
			read(k, cell)
		}
	}
	// Cells missing at the end of a short line are blank.
	for k := len(cells); k < width; k++ {
		if j := lay.at[k]; j >= 0 {
			row.blank |= 1 << j
		}
	}
	for _, f := range lay.fallbacks {
		if row.blank&(1<<f.k) != 0 && f.cell < len(cells) && trimCell(cells[f.cell]) != "" {
			row.blank &^= 1 << f.k
			read(f.k, cells[f.cell])
		}
	}
	if k := lay.personK; k >= 0 && row.blank&(1<<k) != 0 {
		if name := personName(cells, lay.parts); name != "" {
			row.blank &^= 1 << k
			read(k, name)
		}
	}
	for _, f := range lay.fill {
		// A blank cell stays blank for Merge: an update keeps what is stored.
		if f.k < 0 || row.blank&(1<<f.k) != 0 {
			f.c.fill(&row.Record, opt)
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
