package ui

import (
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// A long path in a narrow message wraps between its folders: every folder
// and the file name are read whole on one line.
func TestWrappablePath_wrapsBetweenFolders(t *testing.T) {
	test.NewTempApp(t)
	parts := []string{"", "home", "anne-claire", "Documenten", "Interim Desk", "Voorstellen 2026", "OFF-2026-0007-v1.pdf"}
	path := filepath.Join(parts...)
	if !strings.HasPrefix(path, string(filepath.Separator)) {
		path = string(filepath.Separator) + path
	}
	l := widget.NewLabel(lang.L("The document was written to {{.Path}}.", map[string]any{"Path": wrappablePath(path)}))
	l.Wrapping = fyne.TextWrapWord
	w := test.NewWindow(l)
	defer w.Close()
	w.Resize(fyne.NewSize(230, 400))
	var lines []string
	for _, o := range objects(l) {
		if txt, ok := o.(*canvas.Text); ok {
			lines = append(lines, strings.ReplaceAll(txt.Text, pathBreak, ""))
		}
	}
	if len(lines) < 3 {
		t.Fatalf("the message did not wrap: %q", lines)
	}
	for _, p := range parts[1:] {
		whole := false
		for _, ln := range lines {
			if strings.Contains(ln, p) {
				whole = true
			}
		}
		if !whole && !strings.Contains(p, " ") {
			t.Errorf("%q is cut across lines: %q", p, lines)
		}
	}
	if got := strings.Join(lines, ""); !strings.Contains(strings.ReplaceAll(got, " ", ""), strings.ReplaceAll(path, " ", "")) {
		t.Errorf("the lines %q do not give back the path", lines)
	}
}
