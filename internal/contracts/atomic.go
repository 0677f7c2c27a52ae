package contracts

import (
	"context"
	"errors"
	"path/filepath"

	"github.com/interimdesk/interimdesk/internal/atomicfile"
	"github.com/interimdesk/interimdesk/internal/domain"
)

// WriteFileAtomic writes data to path so that path holds its old content or
// all of data, never a part (see internal/atomicfile); when ctx is cancelled
// before the rename, path is untouched. Problems with the folder or the name
// come back as sentences naming them (BatchWording).
func WriteFileAtomic(ctx context.Context, path string, data []byte) error {
	return WriteError(BatchWording, path, atomicfile.WriteBytes(ctx, path, data))
}

// Wording is how the edge that asked for a write words what stopped it, so
// the refusal reads like the edge's other sentences. internal/atomicfile
// imports only the standard library and cannot build a domain.Error, so the
// sentences live here, where both the desktop and the command line may reach
// them; internal/i18n translates them by their English format.
type Wording int

const (
	// BatchWording names the field, as the batch's other refusals do:
	// "Folder: cannot write in /x: permission denied."
	BatchWording Wording = iota
	// OutputFlagWording is the command line's -o: "Output file: cannot
	// write in /x: permission denied."
	OutputFlagWording
	// SaveDialogWording is the desktop's: "Could not write /x: permission
	// denied." Every failure is such a sentence, for the desktop shows a
	// person nothing else.
	SaveDialogWording
)

// WriteError is the one place that turns an error of atomicfile.Write (or
// WriteBytes) for path into a sentence in w's wording: a folder where the
// file should be, a folder that takes no file, and, for the desktop, any
// other failure with the system's reason. Other errors (a cancelled
// context, a failing write function) come back as they are; nil is nil.
func WriteError(w Wording, path string, err error) error {
	var de *atomicfile.IsDirError
	var fe *atomicfile.FolderError
	switch {
	case err == nil:
		return nil
	case errors.As(err, &de):
		example := filepath.Join(de.Path, "proposal.pdf")
		switch w {
		case OutputFlagWording:
			return domain.Errorf(domain.EINVALID, "Output file: %s is a folder; give a file name such as %s.", de.Path, example)
		case SaveDialogWording:
			return domain.Errorf(domain.EINVALID, "%s is a folder; choose a file name such as %s.", de.Path, example)
		}
		return domain.Invalidf("File", "%s is a folder; give a file name.", de.Path)
	case errors.As(err, &fe):
		reason := domain.Word(atomicfile.Reason(fe.Err))
		switch w {
		case OutputFlagWording:
			return domain.Errorf(domain.EINVALID, "Output file: cannot write in %s: %s.", fe.Dir, reason)
		case SaveDialogWording:
			return domain.Errorf(domain.EINVALID, "Could not write %s: %s.", fe.Dir, reason)
		}
		return domain.Invalidf("Folder", "cannot write in %s: %s.", fe.Dir, reason)
	case w == SaveDialogWording:
		return domain.Errorf(domain.EINVALID, "Could not write %s: %s.", path, domain.Word(atomicfile.Reason(err)))
	}
	return err
}
