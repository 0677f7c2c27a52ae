package csvio

import (
	"bytes"
	"fmt"
	"testing"
)

// BenchmarkReadManagers100k reads a Dutch sheet of 100,000 managers (45 MB):
// the reader's share of a large import.
//
//	go test -run XXX -bench ReadManagers100k -benchtime 3x ./internal/csvio/
func BenchmarkReadManagers100k(b *testing.B) {
	var buf bytes.Buffer
	buf.WriteString("Naam;E-mail;Dagtarief;Sectoren;Talen;Vaardigheden;Beschikbaar vanaf;Dagen per week;Profiel\r\n")
	for i := range 100_000 {
		fmt.Fprintf(&buf, "Manager %d;m%06d@example.be;%d,00;\"Zorg, Retail\";nl, fr;Finance, Lean;1-3-2026;%d;"+
			"leiding groei financiën teams fusies overnames bedrijven jaar ervaring resultaten strategie uitvoering leiding groei financiën teams fusies overnames bedrijven jaar ervaring resultaten strategie uitvoering leiding groei\r\n",
			i, i, 700+i%1100, 1+i%5)
	}
	data := buf.Bytes()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		f, err := ReadManagers(bytes.NewReader(data), Options{})
		if err != nil || len(f.Rows) != 100_000 {
			b.Fatal(err)
		}
	}
}
