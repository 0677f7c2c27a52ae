package pgtest

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"time"
)

// ServerCPU is the processor time the cluster of the package's tests has
// used so far: the postmaster's, its live processes' and that of the
// backends that have ended (the postmaster collected them). A benchmark
// reads it before and after its work to report the server's share, which
// the Go process's own processor time leaves out. Linux only: it reads
// /proc.
func ServerCPU() (time.Duration, error) {
	if cluster == nil {
		return 0, errors.New("pgtest: no PostgreSQL cluster: call pgtest.Main from the package's TestMain")
	}
	pidFile, err := os.ReadFile(filepath.Join(cluster.dir, "data", "postmaster.pid"))
	if err != nil {
		return 0, fmt.Errorf("pgtest: read the server's process number: %w", err)
	}
	line, _, _ := bytes.Cut(pidFile, []byte("\n"))
	postmaster, err := strconv.Atoi(string(line))
	if err != nil {
		return 0, fmt.Errorf("pgtest: read the server's process number: %w", err)
	}
	ticks, err := processTicks(postmaster)
	if err != nil {
		return 0, err
	}
	children, err := os.ReadFile(fmt.Sprintf("/proc/%d/task/%d/children", postmaster, postmaster))
	if err != nil {
		return 0, fmt.Errorf("pgtest: list the server's processes: %w", err)
	}
	sc := bufio.NewScanner(bytes.NewReader(children))
	sc.Split(bufio.ScanWords)
	for sc.Scan() {
		pid, err := strconv.Atoi(sc.Text())
		if err != nil {
			continue
		}
		// A backend that ended since the list was read counts in the
		// postmaster's figure next time.
		if t, err := processTicks(pid); err == nil {
			ticks += t
		}
	}
	// Linux reports /proc times in USER_HZ, 100 a second on every
	// architecture Go runs on.
	return time.Duration(ticks) * 10 * time.Millisecond, nil
}

// processTicks reads a process's user and system time from
// /proc/PID/stat, with that of the children it collected.
func processTicks(pid int) (int64, error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0, fmt.Errorf("pgtest: read the time of process %d: %w", pid, err)
	}
	// The command name in parentheses may hold spaces; the fields after
	// it start with the state (field 3): utime is field 14, then stime,
	// cutime and cstime.
	i := bytes.LastIndexByte(b, ')')
	if i < 0 {
		return 0, fmt.Errorf("pgtest: read the time of process %d: no command name", pid)
	}
	f := bytes.Fields(b[i+1:])
	const last = 14 // cstime, field 17
	if len(f) <= last {
		return 0, fmt.Errorf("pgtest: read the time of process %d: %d fields", pid, len(f)+2)
	}
	var sum int64
	for _, s := range f[11 : last+1] {
		n, err := strconv.ParseInt(string(s), 10, 64)
		if err != nil {
			return 0, fmt.Errorf("pgtest: read the time of process %d: %w", pid, err)
		}
		sum += n
	}
	return sum, nil
}
