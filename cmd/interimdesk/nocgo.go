//go:build !cgo

// The desktop window links OpenGL and X11 through cgo (Fyne's driver), so
// without cgo there is no window to build. This stand-in keeps a plain
// `CGO_ENABLED=0 go build ./...` or `go test ./...` working for every other
// package, and says how to build the real program if it is ever run.

package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Fprintln(os.Stderr, "interimdesk: this build has no window: the desktop app needs cgo.\n"+
		"Build it with `make build` (or CGO_ENABLED=1 go build ./cmd/interimdesk);\n"+
		"the command line, interimdesk-cli, builds without cgo.")
	os.Exit(2)
}
