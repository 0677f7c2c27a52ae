// Package pgtest runs a throw-away PostgreSQL server for tests: initdb into
// a temporary folder, the server listening on a Unix socket in that folder
// only (no TCP port, so parallel test binaries never collide), one fresh
// database per test cloned from a migrated template, and everything
// removed at the end. When PostgreSQL cannot be started, the tests fail
// with the reason; they never skip.
//
// A test binary that is killed before it ends (go test's -timeout panics
// without running deferred calls) leaves its server running in its folder,
// /tmp/interimdesk-pg-*; `pg_ctl -D FOLDER/data stop -m immediate` (as
// nobody when root started it) stops it, then the folder can go.
package pgtest

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	// The pgx driver, registered as "pgx".
	_ "github.com/jackc/pgx/v5/stdlib"
)

// superuser is the cluster's only role, with trust authentication: the
// socket sits in a folder only this process and the server can reach.
const superuser = "interimdesk"

// Cluster is a running throw-away server.
type Cluster struct {
	dir   string   // the temporary folder: data/, the socket, the log
	bin   string   // folder of initdb, pg_ctl
	runAs []string // the command prefix that drops root, or nil
	// copyStrategy makes CREATE DATABASE copy the template's files
	// (PostgreSQL 15 and later), a third faster than its default of
	// logging every page when fsync is off anyway.
	copyStrategy string
}

// Start creates and starts a cluster. As root it runs initdb and pg_ctl as
// the unprivileged user nobody (initdb refuses to run as root), with the
// folder handed to that user.
func Start(ctx context.Context) (*Cluster, error) {
	bin, err := findBin()
	if err != nil {
		return nil, err
	}
	parent := ""
	if os.Geteuid() == 0 && !reachableByAll(os.TempDir()) {
		// nobody could not reach a folder under root's own $TMPDIR.
		parent = "/tmp"
	}
	dir, err := os.MkdirTemp(parent, "interimdesk-pg-")
	if err != nil {
		return nil, fmt.Errorf("pgtest: temporary folder: %w", err)
	}
	c := &Cluster{dir: dir, bin: bin}
	if os.Geteuid() == 0 {
		if c.runAs, err = dropRoot(dir); err != nil {
			os.RemoveAll(dir)
			return nil, err
		}
	}
	data := filepath.Join(dir, "data")
	if err := c.run(ctx, "initdb", "-D", data, "-U", superuser, "--auth=trust",
		"--encoding=UTF8", "--locale=C.UTF-8", "--no-sync"); err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	// Durability is worth nothing in a cluster thrown away in a minute.
	opts := fmt.Sprintf("-c listen_addresses='' -k %s -c fsync=off -c synchronous_commit=off -c full_page_writes=off", dir)
	if err := c.run(ctx, "pg_ctl", "-D", data, "-l", filepath.Join(dir, "server.log"), "-w", "-t", "60",
		"-o", opts, "start"); err != nil {
		log, _ := os.ReadFile(filepath.Join(dir, "server.log"))
		os.RemoveAll(dir)
		return nil, fmt.Errorf("%w\nserver log:\n%s", err, log)
	}
	if err := c.chooseCopyStrategy(ctx); err != nil {
		c.Stop()
		return nil, err
	}
	return c, nil
}

func (c *Cluster) chooseCopyStrategy(ctx context.Context) error {
	db, err := sql.Open("pgx", c.URL("postgres"))
	if err != nil {
		return err
	}
	defer db.Close()
	var version int
	if err := db.QueryRowContext(ctx, `SELECT current_setting('server_version_num')::int`).Scan(&version); err != nil {
		return fmt.Errorf("pgtest: connect to the new cluster: %w", err)
	}
	if version >= 150000 {
		c.copyStrategy = " STRATEGY FILE_COPY"
	}
	return nil
}

// Stop stops the server at once and removes its folder.
func (c *Cluster) Stop() error {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	err := c.run(ctx, "pg_ctl", "-D", filepath.Join(c.dir, "data"), "-m", "immediate", "-w", "stop")
	if rmErr := os.RemoveAll(c.dir); err == nil {
		err = rmErr
	}
	return err
}

// URL is the connection URL of database name on the cluster's socket.
func (c *Cluster) URL(name string) string {
	q := url.Values{"host": {c.dir}, "sslmode": {"disable"}}
	return (&url.URL{Scheme: "postgres", User: url.User(superuser), Path: "/" + name, RawQuery: q.Encode()}).String()
}

// Exec runs statements on the maintenance database postgres: CREATE and
// DROP DATABASE, roles.
func (c *Cluster) Exec(ctx context.Context, stmts ...string) error {
	db, err := sql.Open("pgx", c.URL("postgres"))
	if err != nil {
		return err
	}
	defer db.Close()
	for _, s := range stmts {
		if _, err := db.ExecContext(ctx, s); err != nil {
			return fmt.Errorf("pgtest: %s: %w", s, err)
		}
	}
	return nil
}

// run runs a program of the server's bin folder, as the unprivileged user
// when there is one; its output is in the error.
func (c *Cluster) run(ctx context.Context, prog string, args ...string) error {
	argv := append(append(append([]string{}, c.runAs...), filepath.Join(c.bin, prog)), args...)
	cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	cmd.Dir = c.dir // the unprivileged user may not enter the caller's folder
	// Nothing of the caller's locale or PG* settings leaks into initdb.
	cmd.Env = []string{"PATH=/usr/sbin:/usr/bin:/sbin:/bin", "LC_ALL=C.UTF-8", "TZ=UTC"}
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("pgtest: %s: %w\n%s", strings.Join(argv, " "), err, out.String())
	}
	return nil
}

// findBin finds the folder of initdb and pg_ctl: $INTERIMDESK_PG_BIN, else
// Debian's /usr/lib/postgresql/NN/bin with the highest NN, else the PATH.
func findBin() (string, error) {
	if d := os.Getenv("INTERIMDESK_PG_BIN"); d != "" {
		return d, nil
	}
	dirs, _ := filepath.Glob("/usr/lib/postgresql/*/bin/initdb")
	sort.Slice(dirs, func(i, j int) bool { return version(dirs[i]) > version(dirs[j]) })
	if len(dirs) > 0 {
		return filepath.Dir(dirs[0]), nil
	}
	if p, err := exec.LookPath("initdb"); err == nil {
		return filepath.Dir(p), nil
	}
	return "", errors.New("pgtest: PostgreSQL is not installed: no initdb in /usr/lib/postgresql/*/bin or on the PATH " +
		"(Debian: apt-get install postgresql; `make test` installs it), or set INTERIMDESK_PG_BIN")
}

// version is NN of /usr/lib/postgresql/NN/bin/initdb.
func version(initdb string) int {
	n, _ := strconv.Atoi(filepath.Base(filepath.Dir(filepath.Dir(initdb))))
	return n
}

// dropRoot hands dir to the user nobody and returns the command prefix that
// runs a program as that user: runuser, else setpriv.
func dropRoot(dir string) ([]string, error) {
	u, err := user.Lookup("nobody")
	if err != nil {
		return nil, fmt.Errorf("pgtest: running as root, and there is no user nobody to run PostgreSQL as: %w", err)
	}
	uid, _ := strconv.Atoi(u.Uid)
	gid, _ := strconv.Atoi(u.Gid)
	if err := os.Chown(dir, uid, gid); err != nil {
		return nil, fmt.Errorf("pgtest: hand %s to nobody: %w", dir, err)
	}
	if p, err := exec.LookPath("runuser"); err == nil {
		return []string{p, "-u", "nobody", "--"}, nil
	}
	if p, err := exec.LookPath("setpriv"); err == nil {
		return []string{p, "--reuid=" + u.Uid, "--regid=" + u.Gid, "--clear-groups"}, nil
	}
	return nil, errors.New("pgtest: running as root, and neither runuser nor setpriv is there to run PostgreSQL as nobody")
}

// reachableByAll reports whether every user may pass through dir and each
// folder above it (the x bit for others).
func reachableByAll(dir string) bool {
	for d := dir; ; d = filepath.Dir(d) {
		fi, err := os.Stat(d)
		if err != nil || fi.Mode().Perm()&0o001 == 0 {
			return false
		}
		if d == filepath.Dir(d) {
			return true
		}
	}
}
