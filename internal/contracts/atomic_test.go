package contracts

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/interimdesk/interimdesk/internal/atomicfile"
	"github.com/interimdesk/interimdesk/internal/domain"
)

// TestWriteError words each refusal of atomicfile for each edge, with the
// sentences the edges said before they shared this function (internal/i18n
// translates them by these English formats).
func TestWriteError(t *testing.T) {
	denied := &fs.PathError{Op: "open", Path: "/docs/.x.pdf.123.tmp", Err: fs.ErrPermission}
	isDir := &atomicfile.IsDirError{Path: "/docs/out"}
	folder := fmt.Errorf("wrapped: %w", &atomicfile.FolderError{Dir: "/docs", Err: denied})
	other := &fs.PathError{Op: "rename", Path: "/docs/x.pdf", Err: errors.New("no space left on device")}
	tests := []struct {
		name    string
		wording Wording
		err     error
		want    string // err.Error(); "" is the error itself
		code    string
		field   string
		sameErr bool
	}{
		{"batch, folder as file", BatchWording, isDir, "File: /docs/out is a folder; give a file name.", domain.EINVALID, "File", false},
		{"batch, folder refuses", BatchWording, folder, "Folder: cannot write in /docs: permission denied.", domain.EINVALID, "Folder", false},
		{"batch, other", BatchWording, other, "", "", "", true},
		{"-o, folder as file", OutputFlagWording, isDir, "Output file: /docs/out is a folder; give a file name such as " + filepath.Join("/docs/out", "proposal.pdf") + ".", domain.EINVALID, "", false},
		{"-o, folder refuses", OutputFlagWording, folder, "Output file: cannot write in /docs: permission denied.", domain.EINVALID, "", false},
		{"-o, other", OutputFlagWording, other, "", "", "", true},
		{"desktop, folder as file", SaveDialogWording, isDir, "/docs/out is a folder; choose a file name such as " + filepath.Join("/docs/out", "proposal.pdf") + ".", domain.EINVALID, "", false},
		{"desktop, folder refuses", SaveDialogWording, folder, "Could not write /docs: permission denied.", domain.EINVALID, "", false},
		{"desktop, other", SaveDialogWording, other, "Could not write /docs/x.pdf: no space left on device.", domain.EINVALID, "", false},
		{"desktop, cancelled", SaveDialogWording, context.Canceled, "Could not write /docs/x.pdf: context canceled.", domain.EINVALID, "", false},
		{"batch, cancelled", BatchWording, context.Canceled, "", "", "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := WriteError(tt.wording, "/docs/x.pdf", tt.err)
			if tt.sameErr {
				if got != tt.err {
					t.Errorf("got %v, want the error itself", got)
				}
				return
			}
			if got == nil || got.Error() != tt.want {
				t.Errorf("got %v, want %q", got, tt.want)
			}
			if c := domain.ErrorCode(got); c != tt.code {
				t.Errorf("code %q, want %q", c, tt.code)
			}
			if f := domain.ErrorField(got); f != tt.field {
				t.Errorf("field %q, want %q", f, tt.field)
			}
		})
	}
	for _, w := range []Wording{BatchWording, OutputFlagWording, SaveDialogWording} {
		if err := WriteError(w, "/docs/x.pdf", nil); err != nil {
			t.Errorf("wording %d: nil became %v", w, err)
		}
	}
}

// TestWriteErrorOnDisk words what atomicfile really returns: a folder in
// place of the file, and a folder that does not exist.
func TestWriteErrorOnDisk(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "missing")
	for _, w := range []Wording{BatchWording, OutputFlagWording, SaveDialogWording} {
		err := WriteError(w, dir, atomicfile.WriteBytes(context.Background(), dir, []byte("x")))
		if domain.ErrorCode(err) != domain.EINVALID {
			t.Errorf("wording %d, a folder as the file: %v", w, err)
		}
		path := filepath.Join(missing, "x.pdf")
		err = WriteError(w, path, atomicfile.WriteBytes(context.Background(), path, []byte("x")))
		if domain.ErrorCode(err) != domain.EINVALID || !strings.Contains(err.Error(), missing+":") {
			t.Errorf("wording %d, a missing folder: %v", w, err)
		}
	}
	if _, err := os.Stat(missing); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("the missing folder was made: %v", err)
	}
}
