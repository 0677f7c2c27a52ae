package csvio

import (
	"bufio"
	"encoding/csv"
	"io"
	"strings"
)

// headerSearchLines is how many lines with text the reader looks through
// for the header. LinkedIn's Connections.csv starts with three lines of
// notes and a blank one; a sheet with a title row and a date above its
// table has two. Ten is plenty, and keeps a file without any header from
// being searched to its end.
const headerSearchLines = 10

// headerSearchBytes bounds the text held while the header is looked for:
// a quote left open in the first lines would otherwise read the whole file.
const headerSearchBytes = 1 << 20

// foundHeader is where the table of a file starts.
type foundHeader struct {
	// text is what the CSV reader reads before the rest of the file: a
	// newline for every line above the header (so that line numbers stay
	// those of the file; encoding/csv skips empty lines), then the header
	// line and the lines read after it.
	text      string
	line      int  // the header's line in the file, from 1
	delimiter rune // the one Excel's "sep=" line named, or the header's most frequent
	sepLine   bool // the file starts with Excel's "sep=;" line
	skipped   int  // lines with text above the header, the "sep=" line not counted
}

// findHeader reads the first lines of a file and takes as the header the
// first one that names the record's name (its required name column, or a
// part of a person's name); when none does, the one with the most columns
// the reader knows, and when none has any, the first. The lines it read
// are handed back in text, so nothing of the file is lost.
func findHeader[T any](e *entity[T], br *bufio.Reader) (*foundHeader, error) {
	var lines []string // logical lines (a quoted cell may hold line breaks), with their ends
	held := 0
	for filled := 0; filled < headerSearchLines && held < headerSearchBytes; {
		l, err := readLogicalLine(br)
		if err != nil {
			return nil, err
		}
		if l == "" {
			break // end of the file
		}
		lines = append(lines, l)
		held += len(l)
		if strings.TrimSpace(l) != "" {
			filled++
		}
	}
	h := &foundHeader{}
	first := 0
	for first < len(lines) && strings.TrimSpace(lines[first]) == "" {
		first++
	}
	if first < len(lines) {
		if d, ok := sepLine(lines[first]); ok {
			h.delimiter, h.sepLine = d, true
			first++
		}
	}
	pick, best := -1, 0
	for i := first; i < len(lines); i++ {
		if strings.TrimSpace(lines[i]) == "" {
			continue
		}
		d := h.delimiter
		if !h.sepLine {
			d = detectDelimiter(lines[i])
		}
		cells := splitLine(lines[i], d)
		if isBlank(cells) && cells != nil {
			continue // ";;;": the CSV reader skips such a line too
		}
		if pick < 0 {
			pick = i // the first line with text, unless a better one comes
		}
		if e.namesRecord(cells) {
			pick = i
			break
		}
		if n := e.knownColumns(cells); n > best {
			pick, best = i, n
		}
	}
	if pick < 0 {
		pick = len(lines) // no line with text: the CSV reader finds the file empty
	}
	newlines := 0
	for _, l := range lines[:pick] {
		newlines += strings.Count(l, "\n")
	}
	h.line = newlines + 1
	for i := first; i < pick; i++ {
		if strings.TrimSpace(lines[i]) != "" {
			h.skipped++
		}
	}
	if pick < len(lines) && !h.sepLine {
		h.delimiter = detectDelimiter(lines[pick])
	}
	if h.delimiter == 0 {
		h.delimiter = ','
	}
	h.text = strings.Repeat("\n", newlines) + strings.Join(lines[pick:], "")
	return h, nil
}

// readLogicalLine reads one line of the file with its line end; a quoted
// cell may carry it over several lines. "" at the end of the file.
func readLogicalLine(br *bufio.Reader) (string, error) {
	var b strings.Builder
	inQuotes := false
	for {
		c, err := br.ReadByte()
		if err == io.EOF {
			return b.String(), nil
		} else if err != nil {
			return "", err
		}
		b.WriteByte(c)
		switch {
		case c == '"':
			inQuotes = !inQuotes
		case c == '\n' && !inQuotes:
			return b.String(), nil
		}
		if b.Len() > headerSearchBytes {
			return b.String(), nil
		}
	}
}

// sepLine recognises Excel's first line "sep=;" (also quoted, or followed
// by the separator it names, as some programs write it) and returns the
// separator it names.
func sepLine(line string) (rune, bool) {
	s := strings.Trim(strings.TrimSpace(line), `"`)
	if len(s) < 5 || !strings.EqualFold(s[:4], "sep=") {
		return 0, false
	}
	rest := s[4:]
	switch {
	case rest == "\\t", rest[0] == '\t':
		return '\t', true
	case strings.Trim(rest, rest[:1]) == "": // "sep=;" or "sep=;;;;" padded to the sheet's width
		return rune(rest[0]), rest[0] < 0x80 && rest[0] != '"' && rest[0] != ' '
	}
	return 0, false
}

// splitLine reads the cells of one line; a line that is not valid CSV
// has no cells worth judging.
func splitLine(line string, d rune) []string {
	cr := csv.NewReader(strings.NewReader(line))
	cr.Comma = d
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	cells, err := cr.Read()
	if err != nil {
		return nil
	}
	return cells
}
