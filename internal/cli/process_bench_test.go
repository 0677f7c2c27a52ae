package cli

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// BenchmarkProcess runs look-ups of the command line as whole processes,
// as a person or a script does, on the demo database, beside the sqlite3
// shell reading the same proposal (when it is installed): the target is
// that a look-up takes at most 3 times what sqlite3 takes. The binary is
// built once (CGO_ENABLED=0), which needs the go command. Besides the wall
// time per run it reports the CPU time (user + system) per run, which a
// busy machine disturbs less. See docs/PERFORMANCE.md, "Translation by
// key":
//
//	CGO_ENABLED=0 go test ./internal/cli -run XXX -bench Process -benchtime 100x
func BenchmarkProcess(b *testing.B) {
	goTool, err := exec.LookPath("go")
	if err != nil {
		b.Skip("needs the go command to build the binary")
	}
	dir := b.TempDir()
	bin := filepath.Join(dir, "interimdesk-cli")
	build := exec.Command(goTool, "build", "-o", bin, "github.com/interimdesk/interimdesk/cmd/interimdesk-cli")
	build.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := build.CombinedOutput(); err != nil {
		b.Fatalf("build: %v\n%s", err, out)
	}
	db := filepath.Join(dir, "demo.db")
	if out, err := exec.Command(bin, "--db", db, "demo").CombinedOutput(); err != nil {
		b.Fatalf("demo: %v\n%s", err, out)
	}
	type run struct {
		name string
		lang string
		argv []string
	}
	runs := []run{
		{"proposals show 3", "en", []string{bin, "--db", db, "proposals", "show", "3"}},
		{"proposals show 3", "nl", []string{bin, "--db", db, "proposals", "show", "3"}},
		{"managers search finance", "en", []string{bin, "--db", db, "managers", "search", "finance"}},
		{"managers search finance", "nl", []string{bin, "--db", db, "managers", "search", "finance"}},
	}
	if sqlite3, err := exec.LookPath("sqlite3"); err == nil {
		runs = append(runs, run{"sqlite3 select proposal 3", "", []string{sqlite3, db, "select * from proposals where id=3"}})
	}
	for _, r := range runs {
		b.Run(strings.ReplaceAll(r.name, " ", "_")+"/"+r.lang, func(b *testing.B) {
			env := append(withoutLocale(os.Environ()), "INTERIMDESK_LANG="+r.lang)
			var cpu time.Duration
			for b.Loop() {
				cmd := exec.Command(r.argv[0], r.argv[1:]...)
				cmd.Env = env
				if out, err := cmd.CombinedOutput(); err != nil {
					b.Fatalf("%s: %v\n%s", strings.Join(r.argv, " "), err, out)
				}
				cpu += cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
			}
			b.ReportMetric(float64(cpu.Microseconds())/1000/float64(b.N), "cpu-ms/op")
		})
	}
}

// withoutLocale is env without the variables that choose a language, so
// each run speaks the language it names.
func withoutLocale(env []string) []string {
	var out []string
	for _, kv := range env {
		name, _, _ := strings.Cut(kv, "=")
		switch name {
		case "INTERIMDESK_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE":
			continue
		}
		out = append(out, kv)
	}
	return out
}
