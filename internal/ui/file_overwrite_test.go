package ui

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/storage"
)

// TestSaveDialog_theChosenFileIsTouchedOnlyByTheRename drives Fyne's real
// save dialog: an existing file chosen to be replaced keeps its bytes and
// mode until the whole new content is renamed over it, and a failed export
// leaves it exactly as it was; a new name gets a file only once the export
// is whole.
func TestSaveDialog_theChosenFileIsTouchedOnlyByTheRename(t *testing.T) {
	const old = "id,name\n1,the export of last week\n"
	failing := func(w io.Writer) error {
		io.WriteString(w, "id,name\n1,half an exp")
		return errors.New("disk full")
	}
	whole := func(w io.Writer) error {
		_, err := io.WriteString(w, "id,name\n")
		return err
	}
	tests := []struct {
		name     string
		existing bool
		fails    bool
		want     string // "" when no file may exist
		wantMode fs.FileMode
	}{
		{"replacing a file, the export fails", true, true, old, 0o644},
		{"replacing a file, the export succeeds", true, false, "id,name\n", 0o644},
		{"a new name, the export fails", false, true, "", 0},
		{"a new name, the export succeeds", false, false, "id,name\n", fileMode},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u, w := newTestUI(t, (&fakeStore{}).services(), Options{})
			dir := t.TempDir()
			path := filepath.Join(dir, "managers-2026-05-09.csv")
			if tt.existing {
				if err := os.WriteFile(path, []byte(old), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			var sizeWhenChosen int64 = -1
			var werr error
			u.docs.fileSaveDialog(dir, filepath.Base(path), func(p string) {
				if p != path {
					t.Errorf("chose %s, want %s", p, path)
				}
				// What the file holds when the dialog hands it over,
				// before anything of ours writes.
				if fi, err := os.Stat(p); err == nil {
					sizeWhenChosen = fi.Size()
				}
				write := whole
				if tt.fails {
					write = failing
				}
				werr = writeExport(p, write)
			})
			tap(u, overlayButton(t, w, "Save"))
			if tt.existing {
				tap(u, overlayButton(t, w, "Yes")) // "Overwrite?"
				if sizeWhenChosen != int64(len(old)) {
					t.Errorf("the dialog handed over a file of %d bytes; it held %d", sizeWhenChosen, len(old))
				}
			} else if sizeWhenChosen != -1 {
				t.Error("the dialog created the new file before the export was written")
			}
			if (werr != nil) != tt.fails {
				t.Errorf("the export returned %v", werr)
			}

			got, err := os.ReadFile(path)
			switch {
			case tt.want == "":
				if !errors.Is(err, fs.ErrNotExist) {
					t.Errorf("a failed export left a file holding %q (%v)", got, err)
				}
			case err != nil:
				t.Fatal(err)
			case string(got) != tt.want:
				t.Errorf("the file holds %q, want %q", got, tt.want)
			default:
				if fi, _ := os.Stat(path); fi.Mode().Perm() != tt.wantMode {
					t.Errorf("mode %v, want %v", fi.Mode().Perm(), tt.wantMode)
				}
			}
			noTempFiles(t, dir)
		})
	}
}

// TestLazyFileWriter: anything else that writes through storage.Writer
// still replaces the file's content, only opened at the first Write; a
// writer closed unused changes nothing and creates nothing.
func TestLazyFileWriter(t *testing.T) {
	newTestUI(t, (&fakeStore{}).services(), Options{})
	// Twice: the second call finds the wrapper and keeps it.
	if first, second := openFilesLazily(), openFilesLazily(); !first || !second {
		t.Fatal("Fyne's file repository of the test driver cannot be wrapped")
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "notes.txt")
	write := func(s string, unused bool) {
		t.Helper()
		w, err := storage.Writer(storage.NewFileURI(path))
		if err != nil {
			t.Fatal(err)
		}
		if w.URI().Path() != path {
			t.Errorf("the writer's URI is %s", w.URI())
		}
		if !unused {
			if _, err := io.WriteString(w, s); err != nil {
				t.Fatal(err)
			}
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
	}

	write("", true)
	if _, err := os.Stat(path); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("a writer closed unused created the file: %v", err)
	}
	write("a longer first text", false)
	write("", true)
	if got := string(readFile(t, path)); got != "a longer first text" {
		t.Errorf("a writer closed unused changed the file to %q", got)
	}
	write("short", false)
	if got := string(readFile(t, path)); got != "short" {
		t.Errorf("a write through storage.Writer left %q; it must replace the content", got)
	}
}
