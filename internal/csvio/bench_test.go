package csvio

import (
	"bytes"
	"fmt"
	"testing"
)

// sheet100k is a Dutch sheet of 100,000 managers (45 MB).
func sheet100k() []byte {
	var buf bytes.Buffer
	buf.WriteString("Naam;E-mail;Dagtarief;Sectoren;Talen;Vaardigheden;Beschikbaar vanaf;Dagen per week;Profiel\r\n")
	for i := range 100_000 {
		fmt.Fprintf(&buf, "Manager %d;m%06d@example.be;%d,00;\"Zorg, Retail\";nl, fr;Finance, Lean;1-3-2026;%d;"+
			"leiding groei financiën teams fusies overnames bedrijven jaar ervaring resultaten strategie uitvoering leiding groei financiën teams fusies overnames bedrijven jaar ervaring resultaten strategie uitvoering leiding groei\r\n",
			i, i, 700+i%1100, 1+i%5)
	}
	return buf.Bytes()
}

// BenchmarkReadManagers100k reads the sheet as a whole, every row kept.
//
//	go test -run XXX -bench Managers100k -benchtime 3x -benchmem ./internal/csvio/
func BenchmarkReadManagers100k(b *testing.B) {
	data := sheet100k()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		f, err := ReadManagers(bytes.NewReader(data), Options{})
		if err != nil || len(f.Rows) != 100_000 {
			b.Fatal(err)
		}
	}
}

// BenchmarkScanManagers100k reads it line by line, as an import does: the
// reader's share of a large import, which runs beside the store's writing.
func BenchmarkScanManagers100k(b *testing.B) {
	data := sheet100k()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		s, err := ScanManagers(bytes.NewReader(data), Options{})
		if err != nil {
			b.Fatal(err)
		}
		n := 0
		for _, err := range s.ImportRows() {
			if err != nil {
				b.Fatal(err)
			}
			n++
		}
		if n != 100_000 {
			b.Fatalf("%d rows", n)
		}
	}
}
