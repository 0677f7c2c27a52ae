package csvio

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// countingReader says how far into the file the reader got.
type countingReader struct {
	r    io.Reader
	read int
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.read += n
	return n, err
}

// roster is a Dutch sheet of n managers; line i+2 holds manager i.
func roster(n int, extra func(i int) string) []byte {
	var b bytes.Buffer
	b.WriteString("Naam;E-mail;Dagtarief;Profiel\r\n")
	for i := range n {
		cv := "Twintig jaar leiding in groei en herstructurering."
		if extra != nil {
			cv = extra(i)
		}
		fmt.Fprintf(&b, "Manager %d;m%06d@example.be;%d,00;\"%s\"\r\n", i, i, 800+i%900, cv)
	}
	return b.Bytes()
}

// A stream hands over each line as it reads it: having seen the first
// lines of a 5 MB file, it has read a small part of it.
func TestStreamReadsAsItGoes(t *testing.T) {
	data := roster(50_000, nil)
	in := &countingReader{r: bytes.NewReader(data)}
	s, err := ScanManagers(in, Options{})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for row, err := range s.Rows() {
		if err != nil || row.Err != nil {
			t.Fatal(err, row.Err)
		}
		if n++; n == 10 {
			break
		}
	}
	if in.read > 256<<10 {
		t.Errorf("read %d of %d bytes for 10 lines", in.read, len(data))
	}
	// Rows is over once it was ranged over.
	for range s.Rows() {
		t.Fatal("a second range read on")
	}
}

// The encoding is decided at the first byte beyond ASCII, however far
// into the file it is: before it the bytes read the same either way.
func TestStreamDecidesTheEncodingLate(t *testing.T) {
	for _, tc := range []struct {
		name, late, encoding, want string
		notices                    int
	}{
		// One notice says which rate the rate column filled.
		{"Windows-1252", "Li\xe8ge", EncodingWindows1252, "Liège", 2},
		{"UTF-8", "Liège", EncodingUTF8, "Liège", 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data := roster(20_000, func(i int) string {
				if i == 19_000 {
					return tc.late
				}
				return "ervaring"
			})
			f, err := ReadManagers(bytes.NewReader(data), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if f.Encoding != tc.encoding || len(f.Notices) != tc.notices {
				t.Errorf("encoding %q, notices %q", f.Encoding, f.Notices)
			}
			if got := f.Rows[19_000].Record.CV; got != tc.want {
				t.Errorf("CV %q, want %q", got, tc.want)
			}
		})
	}
}

// A file that turns out not to be readable after some lines ends the
// stream with one sentence instead of a line; the lines before it came
// first, and the import that takes them writes nothing (the store's
// test). A whole-file read gives the sentence and no rows.
func TestStreamEndsWithTheReasonItCannotReadOn(t *testing.T) {
	for _, tc := range []struct {
		name, at, want string
	}{
		{"UTF-8, then a byte that is not", "Li\xe8ge", "The file mixes encodings: line 1502 holds bytes that are not UTF-8"},
		{"a quote left open", "\"never closed", "The file cannot be read from line 1502 on"},
		{"binary data", "\x00\x01", "The file holds binary data"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data := roster(3000, func(i int) string {
				switch {
				case i == 0:
					return "Liège" // UTF-8 from here on
				case i == 1500:
					return tc.at
				}
				return "ervaring"
			})
			s, err := ScanManagers(bytes.NewReader(data), Options{})
			if err != nil {
				t.Fatal(err)
			}
			rows, last := 0, error(nil)
			for imp, err := range s.ImportRows() {
				if err != nil {
					last = err
					continue
				}
				if imp.Record == nil || imp.Line != rows+2 {
					t.Fatalf("line %d: %+v", rows+2, imp)
				}
				rows++
			}
			if last == nil || !strings.Contains(last.Error(), tc.want) || domain.ErrorCode(last) != domain.EINVALID {
				t.Fatalf("after %d lines: %v, want %q", rows, last, tc.want)
			}
			if rows < 1000 || rows > 1500 {
				t.Errorf("%d lines came before the error", rows)
			}
			if f, err := ReadManagers(bytes.NewReader(data), Options{}); f != nil || err == nil {
				t.Errorf("whole file: %v rows, %v", f, err)
			}
		})
	}
}

// The import rows are the stream's lines: each its own record, and Merge
// copies the cells its line fills.
func TestImportRowsCarryEachLine(t *testing.T) {
	s, err := ScanManagers(strings.NewReader("Naam;E-mail;Dagtarief\nAn;an@example.be;\nBart;;1.250,00\n"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []domain.ImportRow[domain.Manager]
	for r, err := range s.ImportRows() {
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, r)
	}
	if len(got) != 2 || got[0].Record == got[1].Record || got[0].Record.Name != "An" || got[1].Line != 3 {
		t.Fatalf("rows %+v", got)
	}
	stored := domain.Manager{Name: "Bart Maes", Email: "bart@example.be", DayRate: domain.Euros(900)}
	got[1].Merge(&stored)
	if stored.Name != "Bart" || stored.Email != "bart@example.be" || stored.DayRate != domain.Euros(1250) {
		t.Errorf("merged %+v", stored)
	}
}
