// Package i18ntest reads Go source for the tests that check every text of
// the code has its translations: internal/i18n for error sentences,
// internal/ui for screen texts, internal/cli for usage texts.
package i18ntest

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// ParseDir parses the Go files of dir that are not tests.
func ParseDir(t testing.TB, dir string) (*token.FileSet, []*ast.File) {
	t.Helper()
	names, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	var files []*ast.File
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	return fset, files
}

// StringLit reads a string literal, or a sum of them ("a " + "b").
func StringLit(e ast.Expr) (string, bool) {
	switch v := e.(type) {
	case *ast.BasicLit:
		if v.Kind != token.STRING {
			return "", false
		}
		s, err := strconv.Unquote(v.Value)
		return s, err == nil
	case *ast.BinaryExpr:
		if v.Op != token.ADD {
			return "", false
		}
		a, ok1 := StringLit(v.X)
		b, ok2 := StringLit(v.Y)
		return a + b, ok1 && ok2
	case *ast.ParenExpr:
		return StringLit(v.X)
	}
	return "", false
}
