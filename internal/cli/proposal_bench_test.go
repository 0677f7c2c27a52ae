package cli

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"path/filepath"
	"testing"
)

// BenchmarkProposalRender runs the render command in-process, opening and
// closing the database each time as the binary does; the whole process
// adds its start-up (about 2 ms) to this. Measure the binary itself with:
//
//	hyperfine -N -w 5 -r 50 'bin/interimdesk-cli --db DB proposal render 1 -o /tmp/p.pdf'
func BenchmarkProposalRender(b *testing.B) {
	path := filepath.Join(b.TempDir(), "demo.db")
	if code := run(context.Background(), []string{"--db", path, "demo"}, io.Discard, io.Discard, noEnv, testNow); code != 0 {
		b.Fatal("demo failed")
	}
	out := filepath.Join(b.TempDir(), "p.pdf")
	for _, bc := range []struct {
		name string
		args []string
	}{
		{"preview", []string{"proposal", "render", "1", "-o", out}},
		{"preview to stdout", []string{"proposal", "render", "1", "-o", "-"}},
		{"issued version", []string{"proposal", "render", "1", "--version", "1", "-o", out}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			args := append([]string{"--db", path}, bc.args...)
			var stderr bytes.Buffer
			for b.Loop() {
				if code := run(context.Background(), args, io.Discard, &stderr, noEnv, testNow); code != 0 {
					b.Fatal(fmt.Sprint(code, stderr.String()))
				}
			}
		})
	}
}
