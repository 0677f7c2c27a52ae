// Package docs holds the project's documentation; its one test keeps
// ARCHITECTURE.md's table of packages true to the code.
package docs

import (
	"go/build"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

const module = "github.com/interimdesk/interimdesk"

// row is one line of the table "Packages and what each may import".
type row struct {
	pkg       string   // relative to the module: internal/domain
	allowed   []string // our packages (relative) and outside import paths; "x/..." is a prefix
	forbidden []string // named after "except"
}

var backticked = regexp.MustCompile("`([^`]+)`")

// readTable parses the table of ARCHITECTURE.md whose header starts with
// "| package |".
func readTable(t *testing.T) map[string]row {
	t.Helper()
	text, err := os.ReadFile("ARCHITECTURE.md")
	if err != nil {
		t.Fatal(err)
	}
	rows := map[string]row{}
	in := false
	for _, line := range strings.Split(string(text), "\n") {
		if strings.HasPrefix(line, "| package |") {
			in = true
			continue
		}
		if !in || strings.HasPrefix(line, "| ---") {
			continue
		}
		if !strings.HasPrefix(line, "|") {
			if len(rows) > 0 {
				break
			}
			continue
		}
		cells := strings.Split(strings.Trim(line, "| "), " | ")
		if len(cells) != 3 {
			t.Fatalf("ARCHITECTURE.md: a row of the package table needs 3 cells: %s", line)
		}
		name := backticked.FindStringSubmatch(cells[0])
		if name == nil {
			t.Fatalf("ARCHITECTURE.md: the package is not in backticks: %s", line)
		}
		may, except, _ := strings.Cut(cells[2], " except ")
		r := row{pkg: name[1]}
		for _, m := range backticked.FindAllStringSubmatch(may, -1) {
			r.allowed = append(r.allowed, m[1])
		}
		for _, m := range backticked.FindAllStringSubmatch(except, -1) {
			r.forbidden = append(r.forbidden, m[1])
		}
		if _, dup := rows[r.pkg]; dup {
			t.Fatalf("ARCHITECTURE.md: %s has two rows", r.pkg)
		}
		rows[r.pkg] = r
	}
	if len(rows) == 0 {
		t.Fatal("ARCHITECTURE.md: no table whose header starts with \"| package |\"")
	}
	return rows
}

// packages returns each package of the module (relative path) with the
// imports of its non-test files as the desktop build sees them (cgo on).
func packages(t *testing.T) map[string][]string {
	t.Helper()
	ctx := build.Default
	ctx.CgoEnabled = true
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]string{}
	err = filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			return nil
		}
		if n := d.Name(); path != root && (strings.HasPrefix(n, ".") || n == "testdata" || n == "bin" || n == "build" || n == "dist") {
			return filepath.SkipDir
		}
		p, err := ctx.ImportDir(path, 0)
		if err != nil || len(p.GoFiles) == 0 {
			return nil // no package here, or tests only (this folder)
		}
		rel, _ := filepath.Rel(root, path)
		var imports []string
		for _, imp := range p.Imports {
			imports = append(imports, strings.TrimPrefix(imp, module+"/"))
		}
		out[filepath.ToSlash(rel)] = imports
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func isStdlib(path string) bool {
	first, _, _ := strings.Cut(path, "/")
	return !strings.Contains(first, ".") && !ours(path)
}

func ours(path string) bool {
	return path == "assets" || strings.HasPrefix(path, "internal/") || strings.HasPrefix(path, "cmd/")
}

func matches(item, path string) bool {
	if prefix, ok := strings.CutSuffix(item, "/..."); ok {
		return path == prefix || strings.HasPrefix(path, prefix+"/")
	}
	return item == path
}

// TestArchitectureTable fails when a package imports what its row in
// ARCHITECTURE.md does not allow, when a row names an import the package no
// longer has, or when a package has no row (or a row no package).
func TestArchitectureTable(t *testing.T) {
	rows := readTable(t)
	pkgs := packages(t)
	for pkg, imports := range pkgs {
		r, ok := rows[pkg]
		if !ok {
			t.Errorf("%s has no row in ARCHITECTURE.md's package table", pkg)
			continue
		}
		for _, imp := range imports {
			for _, f := range r.forbidden {
				if matches(f, imp) {
					t.Errorf("%s imports %s, which its row forbids", pkg, imp)
				}
			}
			if isStdlib(imp) {
				continue // every package may; "the standard library only" lists nothing else
			}
			if !slices.ContainsFunc(r.allowed, func(a string) bool { return matches(a, imp) }) {
				t.Errorf("%s imports %s, which its row in ARCHITECTURE.md does not list", pkg, imp)
			}
		}
		for _, a := range r.allowed {
			if !slices.ContainsFunc(imports, func(imp string) bool { return matches(a, imp) }) {
				t.Errorf("ARCHITECTURE.md lets %s import %s, which it does not: update the row", pkg, a)
			}
		}
	}
	for pkg := range rows {
		if _, ok := pkgs[pkg]; !ok {
			t.Errorf("ARCHITECTURE.md has a row for %s, which is no package", pkg)
		}
	}
}
