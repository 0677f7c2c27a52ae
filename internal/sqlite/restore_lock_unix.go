//go:build unix

package sqlite

import (
	"errors"
	"os"
	"syscall"
)

// tryLock takes the flock on f without waiting: false when another holds
// it in a mode that excludes this one.
func tryLock(f *os.File, exclusive bool) (bool, error) {
	how := syscall.LOCK_SH
	if exclusive {
		how = syscall.LOCK_EX
	}
	for {
		err := syscall.Flock(int(f.Fd()), how|syscall.LOCK_NB)
		switch {
		case err == nil:
			return true, nil
		case errors.Is(err, syscall.EINTR):
			continue
		case errors.Is(err, syscall.EWOULDBLOCK):
			return false, nil
		}
		return false, lockError(f, err)
	}
}

// relock changes the mode of a lock this file holds.
func relock(f *os.File, exclusive bool) error {
	ok, err := tryLock(f, exclusive)
	if err == nil && !ok {
		err = lockError(f, syscall.EWOULDBLOCK)
	}
	return err
}

func unlock(f *os.File) { _ = syscall.Flock(int(f.Fd()), syscall.LOCK_UN) }

func isReadOnly(err error) bool { return errors.Is(err, syscall.EROFS) }

func crossDevice(err error) bool { return errors.Is(err, syscall.EXDEV) }
