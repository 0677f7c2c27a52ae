//go:build !cgo

// Without cgo there is no window to open; the file keeps `go vet ./...` and
// CGO_ENABLED=0 builds of the module quiet.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Fprintln(os.Stderr, "barefyne needs cgo (CGO_ENABLED=1) to open a window.")
	os.Exit(1)
}
