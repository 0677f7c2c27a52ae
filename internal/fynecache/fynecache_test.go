package fynecache_test

import (
	"os"
	"os/exec"
	"strings"
	"testing"

	// Fyne's internal cache package, which reads FYNE_CACHE in its
	// initialisation, comes in with any widget, as in the desktop.
	_ "fyne.io/fyne/v2/widget"

	"github.com/interimdesk/interimdesk/internal/fynecache"
)

// TestInitOrder runs this test binary again with the runtime's trace of
// package initialisation and checks that this package set FYNE_CACHE
// before Fyne's cache package read it. Imports that changed Go's order
// would make the setting silently do nothing; this says so instead.
func TestInitOrder(t *testing.T) {
	if os.Getenv("FYNECACHE_CHILD") != "" {
		return
	}
	cmd := exec.Command(os.Args[0], "-test.run", "^TestInitOrder$")
	cmd.Env = append(os.Environ(), "FYNECACHE_CHILD=1", "GODEBUG=inittrace=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	trace := string(out)
	ours := strings.Index(trace, "init github.com/interimdesk/interimdesk/internal/fynecache ")
	fyne := strings.Index(trace, "init fyne.io/fyne/v2/internal/cache ")
	switch {
	case ours < 0 || fyne < 0:
		t.Fatalf("the trace names this package at %d and Fyne's cache at %d; the trace:\n%s", ours, fyne, trace)
	case fyne < ours:
		t.Errorf("Fyne's cache package was initialised before this one: FYNE_CACHE=%s comes too late", fynecache.Duration)
	}
}

// TestSetsTheDurationUnlessChosen starts this test binary without
// FYNE_CACHE and with a person's own value: the first gets Duration, the
// second keeps its value.
func TestSetsTheDurationUnlessChosen(t *testing.T) {
	if want := os.Getenv("FYNECACHE_WANT"); want != "" {
		if got := os.Getenv("FYNE_CACHE"); got != want {
			t.Errorf("FYNE_CACHE = %q, want %q", got, want)
		}
		return
	}
	for start, want := range map[string]string{"": fynecache.Duration, "45s": "45s"} {
		var env []string
		for _, kv := range os.Environ() {
			if !strings.HasPrefix(kv, "FYNE_CACHE=") {
				env = append(env, kv)
			}
		}
		if start != "" {
			env = append(env, "FYNE_CACHE="+start)
		}
		cmd := exec.Command(os.Args[0], "-test.run", "^TestSetsTheDurationUnlessChosen$")
		cmd.Env = append(env, "FYNECACHE_CHILD=1", "FYNECACHE_WANT="+want)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Errorf("started with FYNE_CACHE=%q: %v\n%s", start, err, out)
		}
	}
}
