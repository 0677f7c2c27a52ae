package ui

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// fileMode is the mode of a new document: it holds client names and day
// rates, so, like the database, only its owner may read it until they
// share it. A file that is replaced keeps its mode.
const fileMode fs.FileMode = 0o600

// documentsDir is where issued proposals go: the folder set in Options, else
// "Interim Desk" in the user's Documents folder, else a folder in the cache
// folder on a system without a Documents folder.
func (u *App) documentsDir() (string, error) {
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
func (u *App) previewDir() (string, error) {
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
// content or the whole new content, never a part: the bytes go to a
// temporary file in the same folder (a rename does not cross file systems),
// are flushed to disk, and the file is then renamed over path. On any
// failure the temporary file is removed and path is left as it was.
func writeFileAtomic(path string, data []byte) (err error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	mode := fileMode
	if fi, err := os.Stat(path); err == nil {
		if fi.IsDir() {
			return domain.Errorf(domain.EINVALID, "%s is a folder; choose a file name such as %s.", path, filepath.Join(path, "proposal.pdf"))
		}
		mode = fi.Mode().Perm()
	}
	tmp, err := os.CreateTemp(dir, "."+base+".*.tmp")
	if err != nil {
		return fileError(filepath.Clean(dir), err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err := tmp.Write(data); err != nil {
		return fileError(path, err)
	}
	if err := tmp.Chmod(mode); err != nil {
		return fileError(path, err)
	}
	// Without the sync a crash just after the rename can leave an empty
	// file under the new name on some file systems.
	if err := tmp.Sync(); err != nil {
		return fileError(path, err)
	}
	if err := tmp.Close(); err != nil {
		return fileError(path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fileError(path, err)
	}
	return nil
}

// fileError is a sentence a person can act on: which file, and what the
// system said (permission denied, no space left on device).
func fileError(path string, err error) error {
	var pe *fs.PathError
	var le *os.LinkError
	reason := err.Error()
	if errors.As(err, &pe) {
		reason = pe.Err.Error()
	} else if errors.As(err, &le) {
		reason = le.Err.Error()
	}
	return domain.Errorf(domain.EINVALID, "Could not write %s: %s.", path, reason)
}
