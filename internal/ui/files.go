package ui

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/interimdesk/interimdesk/internal/atomicfile"
	"github.com/interimdesk/interimdesk/internal/contracts"
	"github.com/interimdesk/interimdesk/internal/domain"
)

// fileMode is the mode of a new document: it holds client names and day
// rates, so, like the database, only its owner may read it until they
// share it. A file that is replaced keeps its mode.
const fileMode = atomicfile.NewFileMode

// documentsDir is where issued proposals go: the folder set in Options, else
// "Interim Desk" in the user's Documents folder, else a folder in the cache
// folder on a system without a Documents folder.
func (u *docOutput) documentsDir() (string, error) {
	if u.opts.DocumentsDir != "" {
		return u.opts.DocumentsDir, nil
	}
	if home, err := os.UserHomeDir(); err == nil {
		docs := filepath.Join(home, "Documents")
		if fi, err := os.Stat(docs); err == nil && fi.IsDir() {
			return filepath.Join(docs, "Interim Desk"), nil
		}
	}
	cache, err := os.UserCacheDir()
	if err != nil {
		return "", domain.Errorf(domain.EINVALID, "There is no Documents folder and no cache folder to write the document in: %s.", err)
	}
	return filepath.Join(cache, "interimdesk", "Documents"), nil
}

// previewDir is where draft previews go: they are looked at and thrown
// away, so they live in the cache folder, not among the issued documents.
func (u *docOutput) previewDir() (string, error) {
	if u.opts.PreviewDir != "" {
		return u.opts.PreviewDir, nil
	}
	cache, err := os.UserCacheDir()
	if err != nil {
		return "", domain.Errorf(domain.EINVALID, "There is no cache folder to write the preview in: %s.", err)
	}
	return filepath.Join(cache, "interimdesk", "previews"), nil
}

// versionFileName names the PDF of an issued version: OFF-2026-0007-v1.pdf.
func versionFileName(number string, version int) string {
	return fmt.Sprintf("%s-v%d.pdf", safeFileName(number), version)
}

// previewFileName names the preview of a proposal's current state: the
// draft of the next version of an issued one, or of a proposal without a
// number yet.
func previewFileName(p *domain.Proposal) string {
	if p.Number == "" {
		return fmt.Sprintf("proposal-%d-draft.pdf", p.ID)
	}
	return fmt.Sprintf("%s-v%d-draft.pdf", safeFileName(p.Number), p.Version+1)
}

// safeFileName keeps letters, digits, dots, dashes and underscores: a
// number's prefix is the firm's choice and could hold a slash.
func safeFileName(s string) string {
	s = strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '-', r == '_', r == '.':
			return r
		}
		return '-'
	}, s)
	if strings.Trim(s, ".-") == "" {
		return "proposal"
	}
	return s
}

// writeDocument writes an issued document into dir under name and returns
// its path. The same bytes already there are left alone, so opening a
// version twice writes it once; a different file of that name (from
// another database, say) is never replaced: the document gets "name (2)".
func writeDocument(dir, name string, data []byte) (string, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", fileError(dir, err)
	}
	ext := filepath.Ext(name)
	stem := strings.TrimSuffix(name, ext)
	for n := 1; n < 100; n++ {
		path := filepath.Join(dir, name)
		if n > 1 {
			path = filepath.Join(dir, fmt.Sprintf("%s (%d)%s", stem, n, ext))
		}
		old, err := os.ReadFile(path)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			return path, writeFileAtomic(path, data)
		case err != nil:
			return "", fileError(path, err)
		case bytes.Equal(old, data):
			return path, nil
		}
	}
	return "", domain.Errorf(domain.EINVALID, "%s already holds 99 other files named %s; move some away and try again.", dir, name)
}

// writePreview writes a preview into dir, replacing the last preview of
// the same proposal, and returns its path.
func writePreview(dir, name string, data []byte) (string, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", fileError(dir, err)
	}
	path := filepath.Join(dir, name)
	return path, writeFileAtomic(path, data)
}

// writeFileAtomic writes data to path so that path holds either its old
// content or the whole new content, never a part (see internal/atomicfile).
func writeFileAtomic(path string, data []byte) error {
	return contracts.WriteError(contracts.SaveDialogWording, path, atomicfile.WriteBytes(context.Background(), path, data))
}

// fileError is a sentence a person can act on: which file, and what the
// system said (permission denied, no space left on device).
func fileError(path string, err error) error {
	return contracts.WriteError(contracts.SaveDialogWording, path, err)
}
