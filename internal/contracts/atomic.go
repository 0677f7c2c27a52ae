package contracts

import (
	"context"
	"errors"

	"github.com/interimdesk/interimdesk/internal/atomicfile"
	"github.com/interimdesk/interimdesk/internal/domain"
)

// WriteFileAtomic writes data to path so that path holds its old content or
// all of data, never a part (see internal/atomicfile); when ctx is cancelled
// before the rename, path is untouched. Problems with the folder or the name
// come back as sentences naming them.
func WriteFileAtomic(ctx context.Context, path string, data []byte) error {
	err := atomicfile.WriteBytes(ctx, path, data)
	var fe *atomicfile.FolderError
	var de *atomicfile.IsDirError
	switch {
	case errors.As(err, &de):
		return domain.Invalidf("File", "%s is a folder; give a file name.", path)
	case errors.As(err, &fe):
		return domain.Invalidf("Folder", "cannot write in %s: %s.", fe.Dir, atomicfile.Reason(fe.Err))
	}
	return err
}
