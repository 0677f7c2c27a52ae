//go:build cgo

package main

// How the desktop's memory and start were measured: hooks that do nothing
// unless their environment variable is set.

import (
	"log"
	"os"
	"os/signal"
	"runtime"
	"runtime/pprof"
	"syscall"
	"time"
)

// heapProfileOnSignal writes a heap profile to path each time the process
// gets SIGUSR1: how the desktop's memory was measured (docs/PERFORMANCE.md,
// "Desktop memory"). Set by INTERIMDESK_HEAPPROFILE; nothing happens
// without it.
func heapProfileOnSignal(path string) {
	if path == "" {
		return
	}
	// A sample every 16 KiB instead of 512: a profile that tells where
	// 10 MB went, not only 40 %.
	runtime.MemProfileRate = 16 << 10
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, syscall.SIGUSR1)
	go func() {
		for range ch {
			runtime.GC()
			f, err := os.Create(path)
			if err != nil {
				log.Printf("interimdesk: heap profile: %v", err)
				continue
			}
			if err := pprof.WriteHeapProfile(f); err != nil {
				log.Printf("interimdesk: heap profile: %v", err)
			}
			f.Close()
			var m runtime.MemStats
			runtime.ReadMemStats(&m)
			log.Printf("interimdesk: heap in use %d KiB, heap from the system %d KiB, released %d KiB, all from the system %d KiB",
				m.HeapInuse>>10, m.HeapSys>>10, m.HeapReleased>>10, m.Sys>>10)
		}
	}()
}

// processStart is when main's package was initialised, near enough to the
// process's start for a figure in milliseconds.
var processStart = time.Now()

// logStartTimes logs, when INTERIMDESK_TIMING is set, how long the start
// took to the window's first turn of its event loop, which draws the first
// frame within the next 17 ms: the desktop's start target
// (docs/PERFORMANCE.md, "Desktop memory").
func logStartTimes(firstTurn <-chan struct{}, built time.Time) {
	if os.Getenv("INTERIMDESK_TIMING") == "" {
		return
	}
	log.Printf("interimdesk: screens built after %d ms", built.Sub(processStart).Milliseconds())
	go func() {
		<-firstTurn
		log.Printf("interimdesk: first turn of the event loop after %d ms", time.Since(processStart).Milliseconds())
	}()
}
