//go:build cgo

package main

import (
	"log"
	"os"
	"os/signal"
	"runtime"
	"runtime/pprof"
	"syscall"
)

// heapProfileOnSignal writes a heap profile to path each time the process
// gets SIGUSR1: how the desktop's memory was measured (docs/PERFORMANCE.md,
// "Desktop memory"). Set by INTERIMDESK_HEAPPROFILE; nothing happens
// without it.
func heapProfileOnSignal(path string) {
	if path == "" {
		return
	}
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
