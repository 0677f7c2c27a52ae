//go:build cgo

package main

import (
	"bytes"
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"
)

// systemPrinter sends a file to the default printer with lp, which Linux
// (CUPS) and macOS both have. Where there is no lp (Windows, a Linux
// without CUPS) it returns nil, and the window opens the file in the
// viewer instead, whose print button does the rest.
func systemPrinter() func(path string) error {
	lp, err := exec.LookPath("lp")
	if err != nil {
		return nil
	}
	return func(path string) error {
		abs, err := filepath.Abs(path)
		if err != nil {
			return err
		}
		var out bytes.Buffer
		// abs starts with a slash, so lp never reads it as an option.
		cmd := exec.Command(lp, abs)
		cmd.Stdout, cmd.Stderr = &out, &out
		if err := cmd.Run(); err != nil {
			// lp says why (no default destination, say); the window logs it.
			return fmt.Errorf("lp %s: %w: %s", abs, err, strings.TrimSpace(out.String()))
		}
		return nil
	}
}
