package csvio

import (
	"bytes"
	"io"
	"reflect"
	"strings"
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// csvSeeds are files that exercise the reader's corners: separators,
// encodings, quotes, line breaks, amounts and broken lines.
var csvSeeds = []string{
	"Name,E-mail,Day rate\nAn,an@example.be,\"1,250.00\"\n",
	"\xEF\xBB\xBFNaam;Dagtarief;Talen\r\nRenée;1.250,00;\"nl, fr\"\r\n",
	"Naam;Plaats\r\nRen\xe9e;Li\xe8ge\r\n",
	"Name\tCV\nAn\t\"two\nlines\"\n",
	"Name;CV\nAn;\"never closed\n",
	"Name;CV\nAn;5\" screen\n",
	"Name,Name\nA,B\n",
	"Legal name;Country;VAT;Language;Archived\nX;België;BE0123456749;Engels;ja\n",
	"\xFF\xFEN\x00",
	"Name;Available from;Days per week;Active\nAn;31-02-2026;vier;misschien\n",
	";;;\n;;\nName\n\n\nAn\n",
	"Name,City\nAn,Gent,extra,cells\n",
	"\"Na\"\"me\",x\n1,2\n",
	"Naam;CV\nRenée;a\nRen\xe9e;b\n",
	"\xEF\xBB",
	"Name\nA\xc3",
	// Contact exports: LinkedIn's notes above the header, Excel's sep=
	// line, Outlook's salutation and name in parts, Google's second
	// e-mail and values joined by " ::: ".
	"Notes:\n\"When exporting, some addresses are missing, see https://example.com\"\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\nJo\u00eblle,Dubois,,,Dubois BV,CFO,12 Mar 2024\n",
	"sep=;\r\nNaam;E-mail\r\nAn;an@example.be\r\n",
	"\"sep=,\"\nName,City\nAn,Gent\n",
	"\"Title\",\"First Name\",\"Middle Name\",\"Last Name\",\"Job Title\",\"Mobile Phone\",\"Business Phone\",\"Home City\",\"Business City\"\n\"Mevr.\",\"Els\",\"van\",\"Dam\",\"HR\",\"\",\"+32 2 555 66 77\",\"\",\"Leuven\"\n",
	"First Name,Last Name,E-mail 1 - Value,E-mail 2 - Value,Phone 1 - Value\nAn,Smet,,an@example.be,+32 475 12 34 56 ::: +32 2 555 12 12\n",
	"Notes:\nE-mail,Phone\nan@example.be,+32 475 12 34 56\n",
}

// FuzzReadManagers feeds arbitrary bytes to the reader. It must never
// panic, a file it refuses is EINVALID, whatever it reads survives a merge,
// and the property: the managers the store would keep (the lines read
// without error that Validate accepts once normalized), written out and
// read back, are the same managers.
func FuzzReadManagers(f *testing.F) {
	for _, s := range csvSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		file, err := ReadManagers(bytes.NewReader(data), Options{})
		if err != nil {
			if file != nil {
				t.Fatal("rows and an error")
			}
			if domain.ErrorCode(err) != domain.EINVALID {
				t.Fatalf("a bad file must be EINVALID, got %v", err)
			}
			return
		}
		checkRows(t, file.Rows)
		var stored domain.Manager
		for i := range file.Rows {
			file.Rows[i].Merge(&stored)
		}
		checkRoundTrip(t, file.Rows, writeOptionsFor(data), (*domain.Manager).Normalize, (*domain.Manager).Validate, WriteManagers, ReadManagers)
	})
}

// FuzzReadClients is FuzzReadManagers for clients.
func FuzzReadClients(f *testing.F) {
	for _, s := range csvSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		file, err := ReadClients(bytes.NewReader(data), Options{})
		if err != nil {
			if file != nil {
				t.Fatal("rows and an error")
			}
			if domain.ErrorCode(err) != domain.EINVALID {
				t.Fatalf("a bad file must be EINVALID, got %v", err)
			}
			return
		}
		checkRows(t, file.Rows)
		for i := range file.Rows {
			file.Rows[i].Merge(&domain.Client{})
		}
		checkRoundTrip(t, file.Rows, writeOptionsFor(data), (*domain.Client).Normalize, (*domain.Client).Validate, WriteClients, ReadClients)
	})
}

// writeOptionsFor picks a separator and a byte-order mark from the input,
// so that the fuzzer writes every kind of file an export can be.
func writeOptionsFor(data []byte) WriteOptions {
	return WriteOptions{Delimiter: delimiters[len(data)%len(delimiters)], NoBOM: len(data)%2 == 1}
}

// checkRoundTrip keeps the records of rows the store would keep (read
// without error, valid once normalized, as the store normalizes before it
// validates), writes them with wo and reads the file back: every line must
// read without error as the same record, in the same order. An export holds
// only stored records, so this is the round trip a person makes.
func checkRoundTrip[T any](t *testing.T, rows []Row[T], wo WriteOptions,
	normalize func(*T), validate func(*T) error,
	write func(io.Writer, []*T, WriteOptions) error, read func(io.Reader, Options) (*File[T], error)) {
	t.Helper()
	var kept []*T
	for i := range rows {
		if rows[i].Err != nil {
			continue
		}
		rec := rows[i].Record
		normalize(&rec)
		if validate(&rec) == nil {
			kept = append(kept, &rec)
		}
	}
	var buf bytes.Buffer
	if err := write(&buf, kept, wo); err != nil {
		t.Fatalf("writing what was read: %v", err)
	}
	written := buf.String()
	back, err := read(&buf, Options{})
	if err != nil {
		t.Fatalf("reading back what was written: %v\n%q", err, written)
	}
	if len(back.Rows) != len(kept) {
		t.Fatalf("%d records written, %d read back:\n%q", len(kept), len(back.Rows), written)
	}
	for i, r := range back.Rows {
		if r.Err != nil || !reflect.DeepEqual(r.Record, *kept[i]) {
			t.Fatalf("record %d: %v\nwrote %+v\nread  %+v\nfile  %q", i, r.Err, *kept[i], r.Record, written)
		}
	}
}

// checkRows holds for every file that was read: lines in increasing order
// after the header, and every refusal a sentence for a person.
func checkRows[T any](t *testing.T, rows []Row[T]) {
	t.Helper()
	last := 1
	for _, r := range rows {
		if r.Line <= last {
			t.Fatalf("line %d after line %d", r.Line, last)
		}
		last = r.Line
		if r.Err != nil && (domain.ErrorCode(r.Err) != domain.EINVALID || strings.TrimSpace(r.Err.Error()) == "") {
			t.Fatalf("line %d: %v is not a sentence for a person", r.Line, r.Err)
		}
	}
}
