package atomicfile

import (
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
)

func TestWrite(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.pdf")
	failing := errors.New("renderer failed")
	tests := []struct {
		name     string
		ctx      func() context.Context
		write    func(io.Writer) error
		want     string // content of path afterwards, "" = absent
		wantErr  bool
		existing string
	}{
		{"new file", context.Background, writeString("new"), "new", false, ""},
		{"replaces old content whole", context.Background, writeString("second"), "second", false, "first"},
		{"failed write leaves the old file", context.Background, func(w io.Writer) error { io.WriteString(w, "half"); return failing }, "first", true, "first"},
		{"failed write leaves no file", context.Background, func(w io.Writer) error { return failing }, "", true, ""},
		{"cancelled before rename", func() context.Context { c, cancel := context.WithCancel(context.Background()); cancel(); return c }, writeString("late"), "first", true, "first"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			os.Remove(path)
			if tt.existing != "" {
				if err := os.WriteFile(path, []byte(tt.existing), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			err := Write(tt.ctx(), path, tt.write)
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v, want error %v", err, tt.wantErr)
			}
			got, rerr := os.ReadFile(path)
			if tt.want == "" {
				if rerr == nil {
					t.Fatalf("file exists with %q", got)
				}
			} else if string(got) != tt.want {
				t.Fatalf("content = %q, want %q", got, tt.want)
			}
			entries, _ := os.ReadDir(dir)
			for _, e := range entries {
				if e.Name() != "a.pdf" {
					t.Errorf("left behind %s", e.Name())
				}
			}
		})
	}
}

func TestModes(t *testing.T) {
	dir := t.TempDir()
	fresh := filepath.Join(dir, "fresh.pdf")
	if err := WriteBytes(context.Background(), fresh, []byte("x")); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Stat(fresh); fi.Mode().Perm() != NewFileMode {
		t.Errorf("new file mode %v, want %v", fi.Mode().Perm(), NewFileMode)
	}
	shared := filepath.Join(dir, "shared.pdf")
	os.WriteFile(shared, []byte("old"), 0o644)
	os.Chmod(shared, 0o644)
	if err := WriteBytes(context.Background(), shared, []byte("x")); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Stat(shared); fi.Mode().Perm() != 0o644 {
		t.Errorf("existing file mode %v, want 0644 kept", fi.Mode().Perm())
	}
}

func TestRefusals(t *testing.T) {
	dir := t.TempDir()
	var fe *FolderError
	if err := WriteBytes(context.Background(), filepath.Join(dir, "missing", "a.pdf"), nil); !errors.As(err, &fe) {
		t.Errorf("missing folder: %v, want a FolderError", err)
	}
	var de *IsDirError
	if err := WriteBytes(context.Background(), dir, nil); !errors.As(err, &de) {
		t.Errorf("folder as file: %v, want an IsDirError", err)
	}
}

func writeString(s string) func(io.Writer) error {
	return func(w io.Writer) error { _, err := io.WriteString(w, s); return err }
}
