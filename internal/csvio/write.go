package csvio

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// WriteOptions shape an export.
type WriteOptions struct {
	// Delimiter separates cells: ';' (the default, what Excel with Dutch or
	// Belgian settings opens directly), ',' or '\t'.
	Delimiter rune
	// NoBOM leaves out the byte-order mark. With it, Excel knows the file
	// is UTF-8 and shows é and ë; without it, some tools read the header
	// name more cleanly.
	NoBOM bool
}

func (wo WriteOptions) delimiter() rune {
	if wo.Delimiter == 0 {
		return ';'
	}
	return wo.Delimiter
}

func (wo WriteOptions) check() error {
	for _, d := range delimiters {
		if wo.delimiter() == d {
			return nil
		}
	}
	return domain.Invalidf("Delimiter", "must be a semicolon, a comma or a tab.")
}

// write writes a header line and a line per record, with CRLF line ends as
// spreadsheets write them. Every column is written, so that the file
// imports back into an empty database with the same data.
func write[T any](w io.Writer, e *entity[T], recs []*T, wo WriteOptions) error {
	if err := wo.check(); err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	if !wo.NoBOM {
		if _, err := bw.WriteString(bomUTF8); err != nil {
			return fmt.Errorf("write %s: %w", e.noun, err)
		}
	}
	cw := csv.NewWriter(bw)
	cw.Comma = wo.delimiter()
	cw.UseCRLF = true
	cells := make([]string, len(e.columns))
	for i := range e.columns {
		cells[i] = e.columns[i].header
	}
	if err := cw.Write(cells); err != nil {
		return fmt.Errorf("write %s: %w", e.noun, err)
	}
	for _, rec := range recs {
		for i := range e.columns {
			cells[i] = e.columns[i].write(rec, wo)
			if e.columns[i].free {
				cells[i] = neutralise(cells[i])
			}
		}
		if err := cw.Write(cells); err != nil {
			return fmt.Errorf("write %s: %w", e.noun, err)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("write %s: %w", e.noun, err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write %s: %w", e.noun, err)
	}
	return nil
}
