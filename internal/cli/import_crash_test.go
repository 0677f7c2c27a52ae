package cli

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

var (
	buildOnce sync.Once
	binary    string
	buildErr  error
)

// cliBinary builds cmd/interimdesk-cli once, without cgo as it ships,
// into the folder TestMain removes at the end.
func cliBinary(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		binary = filepath.Join(filepath.Dir(demoFile), "interimdesk-cli")
		build := exec.Command("go", "build", "-o", binary, "../../cmd/interimdesk-cli")
		build.Env = append(os.Environ(), "CGO_ENABLED=0")
		if out, err := build.CombinedOutput(); err != nil {
			buildErr = fmt.Errorf("building interimdesk-cli: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return binary
}

// rosterFile writes n managers whose addresses start with prefix, so that
// every round of a test adds new ones.
func rosterFile(t *testing.T, prefix string, n int) string {
	t.Helper()
	var b bytes.Buffer
	b.WriteString("Name;E-mail;Day rate;Sectors;Languages;CV\r\n")
	for i := range n {
		fmt.Fprintf(&b, "Manager %s %d;%s.%d@example.be;%d,00;Zorg, Retail;nl, fr;\"Twintig jaar leiding in groei en herstructurering, %d.\"\r\n",
			prefix, i, prefix, i, 800+i%900, i)
	}
	return writeFile(t, prefix+".csv", b.String())
}

// TestImportSurvivesKill9 kills the command line with SIGKILL in the middle
// of a large import, at a different point each round: after a number of its
// progress lines, or after the last one plus a random delay, which lands in
// the index build, the commit or after it. Whenever the kill lands, the
// database passes its check and the import is wholly there or wholly
// absent. The rounds are drawn from a fixed seed, so a failure repeats.
func TestImportSurvivesKill9(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and imports 150,000 lines")
	}
	bin := cliBinary(t)
	path := demoCopy(t)
	const rounds, lines = 15, 10_000
	rng := rand.New(rand.NewPCG(2026, 1127))
	managers := counts(t, path)[1]
	whole := 0
	for round := range rounds {
		file := rosterFile(t, fmt.Sprintf("round%02d", round), lines)
		cmd := exec.Command(bin, "--db", path, "import", "managers", file, "--progress")
		cmd.Env = englishEnv()
		stderr, err := cmd.StderrPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// The first round is killed after the first progress line, so at
		// least one kill surely lands inside the transaction.
		after, delay := 1, time.Duration(0)
		if round > 0 {
			after = rng.IntN(lines/1000 + 1)
			if round%3 == 0 {
				after, delay = lines/1000, time.Duration(rng.IntN(400))*time.Millisecond
			}
		}
		seen := waitForProgress(stderr, after)
		time.Sleep(delay)
		_ = cmd.Process.Kill() // SIGKILL: no deferred rollback, no clean close
		err = cmd.Wait()
		var exit *exec.ExitError
		if err != nil && !errors.As(err, &exit) {
			t.Fatal(err)
		}

		check := exec.Command(bin, "--db", path, "check")
		check.Env = englishEnv()
		if out, err := check.CombinedOutput(); err != nil || !strings.HasPrefix(string(out), "ok: integrity ok") {
			t.Fatalf("round %d (killed after %d progress lines + %v): check: %v\n%s", round, seen, delay, err, out)
		}
		switch n := counts(t, path)[1]; n {
		case managers:
		case managers + lines:
			managers = n
			whole++
		default:
			t.Fatalf("round %d (killed after %d progress lines + %v): %d managers, want %d or %d",
				round, seen, delay, n, managers, managers+lines)
		}
	}
	t.Logf("%d of %d imports were whole when the kill landed, the other %d wholly absent", whole, rounds, rounds-whole)
}

// waitForProgress reads the import's stderr until n progress lines came
// (or the stream ended) and returns how many did; it keeps draining the
// stream afterwards so that the process never blocks on it.
func waitForProgress(r interface{ Read([]byte) (int, error) }, n int) int {
	sc := bufio.NewScanner(r)
	seen := 0
	for seen < n && sc.Scan() {
		if strings.HasPrefix(sc.Text(), "import: ") {
			seen++
		}
	}
	go func() {
		for sc.Scan() {
		}
	}()
	return seen
}
