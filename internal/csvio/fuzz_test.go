package csvio

import (
	"bytes"
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
}

// FuzzReadManagers feeds arbitrary bytes to the reader: it must never
// panic, and whatever it reads must survive a merge and a write.
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
		recs := make([]*domain.Manager, 0, len(file.Rows))
		for i := range file.Rows {
			file.Rows[i].Merge(&stored)
			recs = append(recs, &file.Rows[i].Record)
		}
		if err := WriteManagers(&bytes.Buffer{}, recs, WriteOptions{}); err != nil {
			t.Fatalf("writing what was read: %v", err)
		}
	})
}

func FuzzReadClients(f *testing.F) {
	for _, s := range csvSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		file, err := ReadClients(bytes.NewReader(data), Options{})
		if err != nil {
			if domain.ErrorCode(err) != domain.EINVALID {
				t.Fatalf("a bad file must be EINVALID, got %v", err)
			}
			return
		}
		checkRows(t, file.Rows)
		for i := range file.Rows {
			file.Rows[i].Merge(&domain.Client{})
		}
	})
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
