package main

// End-to-end tests of the engagement and contract commands: the binary
// accepts proposals, prints contracts and batches, and the PDFs it writes
// are read back with poppler and qpdf.

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/interimdesk/interimdesk/internal/contracts/contractstest"
)

// acceptByTitle accepts an option of the sample proposal with that title
// and returns the new engagement's ID.
func acceptByTitle(t *testing.T, db, title, option string) string {
	t.Helper()
	id := proposalByTitle(t, db, title)
	var e struct {
		ID int64 `json:"id"`
	}
	decode(t, run(t, db, "engagements", "accept", fmt.Sprint(id), "--option", option, "--json"), &e)
	return fmt.Sprint(e.ID)
}

// TestContractEndToEnd accepts two of the sample's issued proposals and
// prints their contracts, and one entered by hand, in each language: the
// parties, the amounts, the notice period and a signature line for every
// party are on the page, and a second print is the same file. A mandate's
// contract is its client agreement (firm and client, two originals), which
// names the manager; the manager signs an agreement of their own.
func TestContractEndToEnd(t *testing.T) {
	db := demoDB(t)
	mandate := acceptByTitle(t, db, "Post-merger integration of the Belgian acquisition", "interim")
	study := acceptByTitle(t, db, "Direction financière ad interim", "consulting")
	dir := t.TempDir()
	for _, tc := range []struct {
		name, id string
		want     []string
	}{
		{"mandate in English", mandate, []string{"Management agreement", "Schelde Interim & Advies BV", "Delta Chemicals Europe B.V.",
			"Koen Peeters", "hereinafter “the Manager”", "€1,500.00 per day worked", "notice period of 30 days",
			"FOR THE FIRM", "FOR THE CLIENT", "Name and position", "Place and date", "Signature",
			"Drawn up in two originals", "enterprise court of the Firm's registered office", "Initials"}},
		{"consulting in French", study, []string{"Convention de conseil", "Clinique Sainte-Élisabeth", "68 000,00 €",
			"préavis de 30 jours", "POUR LE CABINET", "POUR LE CLIENT", "Nom et fonction", "Lieu et date",
			"Fait en deux exemplaires originaux", "tribunal de l’entreprise", "Paraphe"}},
		{"mandate by hand in Dutch", "3", []string{"Managementovereenkomst", "Bakkerij Peeters & Zonen BV", "Daniël de Vries",
			"€ 1.250,00 per gewerkte dag", "opzegtermijn van 30 dagen", "VOOR HET BUREAU", "VOOR DE OPDRACHTGEVER",
			"Naam en functie", "Plaats en datum", "Handtekening", "Opgemaakt in twee exemplaren", "ondernemingsrechtbank", "Paraaf"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := filepath.Join(dir, tc.id+".pdf")
			r := run(t, db, "contract", "render", tc.id, "-o", out)
			if r.code != 0 || r.stderr != "" || !strings.HasPrefix(r.stdout, "Wrote CTR-") {
				t.Fatalf("exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
			}
			text := pdfText(t, out)
			for _, w := range tc.want {
				if !strings.Contains(text, w) {
					t.Errorf("the contract lacks %q", w)
				}
			}
			again := filepath.Join(dir, tc.id+"-again.pdf")
			if r := run(t, db, "contract", "render", tc.id, "-o", again); r.code != 0 {
				t.Fatal(r.stderr)
			}
			a, _ := os.ReadFile(out)
			b, _ := os.ReadFile(again)
			if !bytes.Equal(a, b) {
				t.Error("a reprint differs from the first print")
			}
		})
	}

	// The engagements screen's numbers agree with what was printed.
	r := run(t, db, "engagements", "accept", fmt.Sprint(proposalByTitle(t, db, "Post-merger integration of the Belgian acquisition")), "--option", "interim")
	refused(t, r, "is engagement "+mandate+" already")
	r = run(t, db, "engagements", "accept", "1")
	if r.code != 2 || !strings.Contains(r.stderr, "accept needs --option") {
		t.Errorf("usage: exit %d %q", r.code, r.stderr)
	}
}

// TestContractBatchInterrupted interrupts a batch of 300 contracts with
// Ctrl-C, and with a plain kill (SIGTERM): the binary says how far it
// came, exits 1, and leaves only whole contracts in the folder.
func TestContractBatchInterrupted(t *testing.T) {
	for _, sig := range []os.Signal{os.Interrupt, syscall.SIGTERM} {
		t.Run(sig.String(), func(t *testing.T) { contractBatchInterrupted(t, sig) })
	}
}

func contractBatchInterrupted(t *testing.T, sig os.Signal) {
	db := filepath.Join(t.TempDir(), "interimdesk.db")
	if _, err := contractstest.Seed(context.Background(), db, 300); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	cmd := exec.Command(binary, "--db", db, "contract", "batch", "--status", "all", "--out", dir, "--progress")
	cmd.Env = []string{"HOME=" + t.TempDir(), "PATH=" + os.Getenv("PATH")}
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stdout bytes.Buffer
	cmd.Stdout = &stdout
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	lines := bufio.NewScanner(stderr)
	var last string
	for lines.Scan() {
		last = lines.Text()
		if strings.HasPrefix(last, "contract batch: ") {
			if err := cmd.Process.Signal(sig); err != nil {
				t.Fatal(err)
			}
			break
		}
	}
	for lines.Scan() {
		last = lines.Text()
	}
	err = cmd.Wait()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != 1 || stdout.Len() != 0 {
		t.Fatalf("exit %v, stdout %q, last line %q", err, stdout.String(), last)
	}
	var written, total int
	if _, err := fmt.Sscanf(last, "Stopped after %d of %d contracts:", &written, &total); err != nil || total < 300 || written >= total {
		t.Fatalf("last line %q", last)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != written {
		t.Errorf("%d files for %d contracts written", len(entries), written)
	}
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if strings.HasPrefix(e.Name(), ".") || !bytes.HasPrefix(b, []byte("%PDF-")) || !bytes.HasSuffix(bytes.TrimSpace(b), []byte("%%EOF")) {
			t.Errorf("%s is not a whole contract", e.Name())
		}
	}
}

// TestSeedForMeasurement writes a database with many engagements for
// measuring the batch as a whole process (docs/PERFORMANCE.md); it only
// runs when asked:
//
//	INTERIMDESK_SEED_DB=/tmp/k.db go test ./cmd/interimdesk-cli/ -run SeedForMeasurement
func TestSeedForMeasurement(t *testing.T) {
	path := os.Getenv("INTERIMDESK_SEED_DB")
	if path == "" {
		t.Skip("set INTERIMDESK_SEED_DB to the database file to write")
	}
	n := 1000
	if s := os.Getenv("INTERIMDESK_SEED_N"); s != "" {
		var err error
		if n, err = strconv.Atoi(s); err != nil {
			t.Fatal(err)
		}
	}
	start := time.Now()
	ids, err := contractstest.Seed(context.Background(), path, n)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(map[string]any{"engagements": len(ids), "seconds": time.Since(start).Seconds()})
	t.Logf("%s", b)
}
