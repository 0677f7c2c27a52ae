package i18n

import (
	"go/ast"
	"go/token"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/interimdesk/interimdesk/internal/i18n/i18ntest"
)

// scannedDirs are the packages whose sentences reach people: on screen, on
// the command line, in an import report.
var scannedDirs = []string{"../domain", "../sqlite", "../postgres", "../exportfile", "../namematch", "../cli", "../csvio", "../contracts", "../printing", "../ui"}

// freeAreas are catalogue files whose keys are not found in our source:
// words passed as arguments (a status, "client"), the flag package's
// sentences, value names on flag lines and the command line's frame.
var freeAreas = map[string]bool{"words": true, "flag": true, "placeholders": true, "terminal": true}

// sentence is a text found in the source and where.
type sentence struct {
	text  string
	where string
}

// sourceSentences finds every sentence a person may read: the formats of
// Errorf (not EINTERNAL), Invalidf and usageErrorf, fmt.Errorf in the
// domain (the ID checks, wrapped into Invalidf), the importer's notices
// (appended to notices, or in a Notices method), the field labels given to
// Invalidf or to any function whose first parameter is called field, the
// Field of an Error literal, the labels a ...Label function returns, the
// details of the store's events (its sentencef), the
// help of command-line flags, and what the command line reports: every
// literal given to a parameter called sentence, word or words (...string)
// of a function of the same package, or to a parameter of type Word, every
// domain.Word("literal"), and every columns literal.
func sourceSentences(t *testing.T) map[string]sentence {
	t.Helper()
	found := map[string]sentence{}
	add := func(fset *token.FileSet, n ast.Node, s string) {
		if strings.TrimSpace(s) == "" || onlyVerb(s) {
			return
		}
		if _, ok := found[s]; !ok {
			found[s] = sentence{s, fset.Position(n.Pos()).String()}
		}
	}
	for _, dir := range scannedDirs {
		fset, parsed := i18ntest.ParseDir(t, dir)
		fieldFuncs := map[string]bool{"Invalidf": true}
		textFuncs := map[string]textParams{}
		for _, f := range parsed {
			for _, d := range f.Decls {
				if fd, ok := d.(*ast.FuncDecl); ok && fd.Type.Params != nil && len(fd.Type.Params.List) > 0 {
					if p := fd.Type.Params.List[0]; len(p.Names) > 0 && p.Names[0].Name == "field" {
						fieldFuncs[fd.Name.Name] = true
					}
					if tp, ok := textParamsOf(fd.Type.Params); ok {
						textFuncs[fd.Name.Name] = tp
					}
				}
			}
		}
		inDomain := filepath.Base(dir) == "domain"
		inStore := filepath.Base(dir) == "sqlite" || filepath.Base(dir) == "postgres"
		for _, f := range parsed {
			ast.Inspect(f, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.FuncDecl:
					// CompanyNumberLabel and the like name a field.
					if strings.HasSuffix(n.Name.Name, "Label") && n.Body != nil {
						ast.Inspect(n.Body, func(m ast.Node) bool {
							if r, ok := m.(*ast.ReturnStmt); ok {
								for _, res := range r.Results {
									if s, ok := i18ntest.StringLit(res); ok {
										add(fset, r, s)
									}
								}
							}
							return true
						})
					}
				case *ast.CallExpr:
					pkg, name := callee(n)
					// A notice of the importer, shown in the preview:
					// append(notices, "...") or fmt.Sprintf("...", ...).
					if name == "append" && len(n.Args) > 1 && strings.Contains(strings.ToLower(exprName(n.Args[0])), "notice") ||
						name == "append" && len(n.Args) > 1 && inNotices(f, n) {
						for _, a := range n.Args[1:] {
							if s, ok := i18ntest.StringLit(a); ok {
								add(fset, a, s)
							} else if c, ok := a.(*ast.CallExpr); ok && len(c.Args) > 0 {
								if p, fn := callee(c); p == "fmt" && fn == "Sprintf" {
									if s, ok := i18ntest.StringLit(c.Args[0]); ok {
										add(fset, a, s)
									}
								}
							}
						}
					}
					lit := func(i int) (string, bool) {
						if i < 0 || i >= len(n.Args) {
							return "", false
						}
						return i18ntest.StringLit(n.Args[i])
					}
					switch {
					case name == "Errorf" && pkg == "fmt":
						if s, ok := lit(0); ok && inDomain && !strings.Contains(s, "%w") && !strings.HasPrefix(s, "domain:") {
							add(fset, n, s)
						}
					case name == "Errorf" && (pkg == "domain" || pkg == "" && inDomain):
						if len(n.Args) > 0 && isInternal(n.Args[0]) {
							return true
						}
						if s, ok := lit(1); ok {
							add(fset, n, s)
						}
					case (name == "sentencef" || name == "partf") && (inDomain || inStore):
						// A sentence the domain builds inside another
						// (the parts of a capacity conflict), and the
						// detail of an event the store writes to the
						// history, translated when it is shown.
						if s, ok := lit(0); ok {
							add(fset, n, s)
						}
					case name == "Word" && (pkg == "domain" || pkg == "" && inDomain):
						// A word passed typed into a sentence, which the
						// edge translates (domain.Word("permission denied")).
						if s, ok := lit(0); ok {
							add(fset, n, s)
						}
					case name == "conflictf" && inStore:
						if s, ok := lit(1); ok {
							add(fset, n, s)
						}
					case name == "usageErrorf":
						if s, ok := lit(1); ok {
							add(fset, n, s)
						}
					case name == "Invalidf":
						if s, ok := lit(1); ok {
							add(fset, n, s)
						}
					case isFlagDefinition(pkg, name) && filepath.Base(dir) == "cli":
						if s, ok := lit(len(n.Args) - 1); ok {
							add(fset, n, flagUsage(s))
							// The `NAME` of its value, shown on the flag's line.
							if _, name, ok := strings.Cut(s, "`"); ok {
								if name, _, ok := strings.Cut(name, "`"); ok {
									add(fset, n, name)
								}
							}
						}
					}
					if fieldFuncs[name] {
						if s, ok := lit(0); ok {
							add(fset, n, s)
						}
					}
					if tp, ok := textFuncs[name]; ok && pkg != "fmt" {
						for i := range n.Args {
							if tp.takes(i) {
								if s, ok := lit(i); ok {
									add(fset, n.Args[i], s)
								}
							}
						}
					}
				case *ast.CompositeLit:
					if typeName(n.Type) == "columns" {
						for _, el := range n.Elts {
							if s, ok := i18ntest.StringLit(el); ok {
								add(fset, el, s)
							}
						}
						return true
					}
					if typeName(n.Type) != "Error" {
						return true
					}
					for _, el := range n.Elts {
						kv, ok := el.(*ast.KeyValueExpr)
						if !ok {
							continue
						}
						switch key, _ := kv.Key.(*ast.Ident); {
						case key != nil && key.Name == "Field":
							if s, ok := i18ntest.StringLit(kv.Value); ok {
								add(fset, kv, s)
							}
						case key != nil && key.Name == "Message":
							if call, ok := kv.Value.(*ast.CallExpr); ok && len(call.Args) > 0 {
								if s, ok := i18ntest.StringLit(call.Args[0]); ok {
									add(fset, kv, s)
								}
							}
						}
					}
				}
				return true
			})
		}
	}
	return found
}

// textParams are the positions of the parameters called sentence, word or
// words of a function: the texts it says to a person, in English.
type textParams struct {
	at   map[int]bool
	from int // a variadic words ...string takes every argument from here; -1 for none
}

func (tp textParams) takes(i int) bool { return tp.at[i] || tp.from >= 0 && i >= tp.from }

func textParamsOf(params *ast.FieldList) (textParams, bool) {
	tp := textParams{at: map[int]bool{}, from: -1}
	i := 0
	for _, p := range params.List {
		_, variadic := p.Type.(*ast.Ellipsis)
		for _, n := range p.Names {
			switch {
			case n.Name == "words" && variadic:
				tp.from = i
			case n.Name == "sentence" || n.Name == "word" || typeName(p.Type) == "Word":
				tp.at[i] = true
			}
			i++
		}
		if len(p.Names) == 0 {
			i++
		}
	}
	return tp, len(tp.at) > 0 || tp.from >= 0
}

// callee returns the package (or receiver) and name of a call: fmt.Errorf is
// ("fmt", "Errorf"), Invalidf is ("", "Invalidf").
func callee(c *ast.CallExpr) (pkg, name string) {
	switch fn := c.Fun.(type) {
	case *ast.Ident:
		return "", fn.Name
	case *ast.SelectorExpr:
		if id, ok := fn.X.(*ast.Ident); ok {
			return id.Name, fn.Sel.Name
		}
		return "?", fn.Sel.Name
	}
	return "", ""
}

func typeName(e ast.Expr) string {
	switch t := e.(type) {
	case *ast.Ident:
		return t.Name
	case *ast.SelectorExpr:
		return t.Sel.Name
	case *ast.UnaryExpr:
		return typeName(t.X)
	}
	return ""
}

// exprName is the name of a variable or field: notices, s.notices.
func exprName(e ast.Expr) string {
	switch v := e.(type) {
	case *ast.Ident:
		return v.Name
	case *ast.SelectorExpr:
		return v.Sel.Name
	}
	return ""
}

// inNotices reports whether n stands in a function called Notices.
func inNotices(f *ast.File, n ast.Node) bool {
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Name.Name == "Notices" && fd.Body != nil &&
			fd.Body.Pos() <= n.Pos() && n.End() <= fd.Body.End() {
			return true
		}
	}
	return false
}

func isInternal(e ast.Expr) bool {
	switch v := e.(type) {
	case *ast.Ident:
		return v.Name == "EINTERNAL"
	case *ast.SelectorExpr:
		return v.Sel.Name == "EINTERNAL"
	}
	return false
}

// isFlagDefinition reports a flag.FlagSet method that defines a flag; its
// last argument is the help line.
func isFlagDefinition(pkg, name string) bool {
	if pkg == "" || pkg == "fmt" || pkg == "domain" {
		return false
	}
	switch name {
	case "String", "StringVar", "Int", "IntVar", "Int64", "Int64Var", "Bool", "BoolVar",
		"Float64", "Float64Var", "Duration", "DurationVar", "Var", "Func", "BoolFunc", "TextVar":
		return true
	}
	return false
}

// flagUsage is a flag's help as --help prints it: the `name` quotes gone.
func flagUsage(s string) string { return strings.ReplaceAll(s, "`", "") }

// TestEverySentenceIsTranslated fails when a sentence of the code has no
// translation in one of the languages, or a translation no sentence (it
// was reworded or removed: the translation must follow).
func TestEverySentenceIsTranslated(t *testing.T) {
	c, err := readCatalogue()
	if err != nil {
		t.Fatal(err)
	}
	found := sourceSentences(t)
	for _, l := range c.languages() {
		var missing []string
		for s, where := range found {
			if _, ok := c.text[l][s]; !ok {
				missing = append(missing, where.where+"\t"+strconv.Quote(s))
			}
		}
		sort.Strings(missing)
		if len(missing) > 0 {
			t.Errorf("%d sentences have no %s translation in internal/i18n/messages (see internal/i18n/README.md):\n%s", len(missing), l, strings.Join(missing, "\n"))
		}
	}
	var stale []string
	for area, langs := range c.files {
		if freeAreas[area] {
			continue
		}
		for l, m := range langs {
			for k := range m {
				if _, ok := found[k]; !ok {
					stale = append(stale, area+"."+string(l)+".json\t"+strconv.Quote(k))
				}
			}
		}
	}
	sort.Strings(stale)
	if len(stale) > 0 {
		t.Errorf("%d translations are of sentences no longer in the code; remove or reword them:\n%s", len(stale), strings.Join(stale, "\n"))
	}
}
