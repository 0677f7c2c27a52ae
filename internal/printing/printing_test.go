package printing

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// standIn writes a shell script that records its arguments in a file and
// then runs body, and returns the script's path and the record's.
func standIn(t *testing.T, name, body string) (path, record string) {
	t.Helper()
	dir := t.TempDir()
	path = filepath.Join(dir, name)
	record = filepath.Join(dir, name+".args")
	script := "#!/bin/sh\nprintf '%s\\n' \"$@\" > '" + record + "'\n" + body + "\n"
	if err := os.WriteFile(path, []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	return path, record
}

// lpstatPrinting prints what CUPS 2.4 printed on a machine with three
// queues: PDF (the default), Office (paused: paper jam) and Lab (not
// accepting jobs), recorded in testdata.
func lpstatPrinting(t *testing.T) string {
	t.Helper()
	p, _ := standIn(t, "lpstat", "cat '"+mustAbs(t, "testdata/lpstat-cups-2.4.txt")+"'")
	return p
}

func mustAbs(t *testing.T, p string) string {
	a, err := filepath.Abs(p)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestPrintersReadsStateAndDefault(t *testing.T) {
	s := New("/bin/false", lpstatPrinting(t))
	got, err := s.Printers(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	want := []Printer{
		{Name: "PDF", Default: true, Accepting: true},
		{Name: "Lab", Accepting: false, Reason: "Out of service"},
		{Name: "Office", Paused: true, Accepting: true, Reason: "Paper jam"},
	}
	if len(got) != len(want) {
		t.Fatalf("printers = %+v, want %+v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("printer %d = %+v, want %+v", i, got[i], want[i])
		}
	}
}

func TestPrintSendsCopiesToTheChosenPrinter(t *testing.T) {
	lp, record := standIn(t, "lp", "echo 'request id is Office-7 (1 file(s))'")
	s := New(lp, lpstatPrinting(t))
	file := filepath.Join(t.TempDir(), "-contract.pdf") // a name that looks like an option
	job, err := s.Print(context.Background(), file, Options{Printer: "Office", Copies: 3, Title: "Contract 12"})
	if err != nil {
		t.Fatal(err)
	}
	args, _ := os.ReadFile(record)
	want := "-d\nOffice\n-n\n3\n-t\nContract 12\n--\n" + file + "\n"
	if string(args) != want {
		t.Errorf("lp got\n%s\nwant\n%s", args, want)
	}
	// Office is paused: the job is queued, not printed, and says so.
	if job.ID != "Office-7" || !job.Waiting || job.Reason != "Paper jam" {
		t.Errorf("job = %+v, want Office-7 waiting for the paper jam", job)
	}
}

func TestPrintUsesTheDefault(t *testing.T) {
	lp, record := standIn(t, "lp", "echo 'request id is PDF-1 (1 file(s))'")
	s := New(lp, lpstatPrinting(t))
	job, err := s.Print(context.Background(), "/tmp/a.pdf", Options{})
	if err != nil {
		t.Fatal(err)
	}
	args, _ := os.ReadFile(record)
	if !strings.HasPrefix(string(args), "-d\nPDF\n-n\n1\n") || job.Waiting || job.Printer != "PDF" {
		t.Errorf("lp got %q, job %+v; want the default PDF, one copy, not waiting", args, job)
	}
}

func TestPrintRefusals(t *testing.T) {
	noDefault, _ := standIn(t, "lpstat", "echo 'no system default destination'; echo 'printer Office is idle.  enabled since Sun Dec  6 03:24:33 2026'")
	notRunning, _ := standIn(t, "lpstat", "echo 'no system default destination'; echo 'lpstat: Scheduler is not running.' >&2; exit 1")
	failing, _ := standIn(t, "lp", "echo 'lp: Error - The printer or class does not exist.' >&2; exit 1")
	for _, c := range []struct {
		name, lpstat, lp, printer, want string
	}{
		{"not accepting", lpstatPrinting(t), "/bin/false", "Lab", "Printer Lab is not accepting jobs (Out of service)"},
		{"unknown", lpstatPrinting(t), "/bin/false", "Attic", "no printer called Attic"},
		{"no default", noDefault, "/bin/false", "", "No printer is set as the default"},
		{"not running", notRunning, "/bin/false", "", "is not running"},
		{"lp fails", lpstatPrinting(t), failing, "PDF", "Printer PDF refused the document: lp: Error - The printer or class does not exist."},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := New(c.lp, c.lpstat).Print(context.Background(), "/tmp/a.pdf", Options{Printer: c.printer})
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("err = %v, want %q", err, c.want)
			}
			if domain.ErrorCode(err) != domain.EINVALID {
				t.Errorf("code = %s, want a sentence for a person (EINVALID)", domain.ErrorCode(err))
			}
		})
	}
	if _, err := New("/bin/false", noDefault).Print(context.Background(), "/tmp/a.pdf", Options{}); !errors.Is(err, ErrNoDefault) {
		t.Errorf("no default: err = %v, want ErrNoDefault so the caller offers the list", err)
	}
}

func TestAStuckPrintSystemIsGivenUpOn(t *testing.T) {
	// The stand-in never answers; the time limit ends it, and the
	// sentence says so instead of the window waiting forever.
	stuck, _ := standIn(t, "lp", "exec sleep 60")
	s := New(stuck, lpstatPrinting(t))
	s.Timeout = 300 * time.Millisecond
	start := time.Now()
	_, err := s.Print(context.Background(), "/tmp/a.pdf", Options{Printer: "PDF"})
	if err == nil || !strings.Contains(err.Error(), "did not answer within") {
		t.Fatalf("err = %v, want the time-limit sentence", err)
	}
	if d := time.Since(start); d > 20*time.Second {
		t.Errorf("gave up after %v; the limit was not applied", d)
	}
}

func TestCancelStopsPrinting(t *testing.T) {
	stuck, _ := standIn(t, "lp", "exec sleep 60")
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := New(stuck, lpstatPrinting(t)).Print(ctx, "/tmp/a.pdf", Options{Printer: "PDF"})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
}
