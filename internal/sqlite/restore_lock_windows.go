//go:build windows

package sqlite

import (
	"errors"
	"os"
	"syscall"
	"unsafe"
)

var (
	kernel32         = syscall.NewLazyDLL("kernel32.dll")
	procLockFileEx   = kernel32.NewProc("LockFileEx")
	procUnlockFileEx = kernel32.NewProc("UnlockFileEx")
)

const (
	lockfileFailImmediately = 0x1
	lockfileExclusiveLock   = 0x2
	errorLockViolation      = syscall.Errno(33)
	errorWriteProtect       = syscall.Errno(19)
)

// tryLock takes a lock on the first byte of f without waiting: false when
// another holds it in a mode that excludes this one.
func tryLock(f *os.File, exclusive bool) (bool, error) {
	flags := uintptr(lockfileFailImmediately)
	if exclusive {
		flags |= lockfileExclusiveLock
	}
	var ol syscall.Overlapped
	r, _, err := procLockFileEx.Call(f.Fd(), flags, 0, 1, 0, uintptr(unsafe.Pointer(&ol)))
	if r != 0 {
		return true, nil
	}
	if errors.Is(err, errorLockViolation) || errors.Is(err, syscall.ERROR_IO_PENDING) {
		return false, nil
	}
	return false, lockError(f, err)
}

// relock changes the mode of a lock this file holds: Windows cannot
// convert a lock, so it is let go and taken again. The caller holds the
// gate, so no restore can come in between.
func relock(f *os.File, exclusive bool) error {
	unlock(f)
	ok, err := tryLock(f, exclusive)
	if err == nil && !ok {
		err = lockError(f, errorLockViolation)
	}
	return err
}

func unlock(f *os.File) {
	var ol syscall.Overlapped
	_, _, _ = procUnlockFileEx.Call(f.Fd(), 0, 1, 0, uintptr(unsafe.Pointer(&ol)))
}

func isReadOnly(err error) bool { return errors.Is(err, errorWriteProtect) }

// ERROR_NOT_SAME_DEVICE: a rename onto another drive.
func crossDevice(err error) bool { return errors.Is(err, syscall.Errno(17)) }
