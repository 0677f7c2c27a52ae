package pgtest

import (
	"context"
	"fmt"
	"os"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// template is the database every test's database is cloned from, made
// once by the prepare function given to Main (the migrations).
const template = "interimdesk_template"

// cluster is the one of this test binary, set by Main.
var cluster *Cluster

// databases numbers the databases made by NewDatabase.
var databases atomic.Int64

// Main is a TestMain: it starts a cluster, creates the template database
// and lets prepare bring it up to date (migrate) through its URL, runs the
// tests, then stops the cluster and removes its folder. When the cluster
// cannot be started or prepared, every test of the binary fails with the
// reason: the suite never skips PostgreSQL silently.
func Main(m *testing.M, prepare func(ctx context.Context, url string) error) {
	os.Exit(run(m, prepare))
}

func run(m *testing.M, prepare func(ctx context.Context, url string) error) int {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	c, err := Start(ctx)
	if err != nil {
		fmt.Fprintf(os.Stderr, "FAIL: cannot start a throw-away PostgreSQL for the tests: %v\n", err)
		return 1
	}
	defer func() {
		if err := c.Stop(); err != nil {
			fmt.Fprintf(os.Stderr, "pgtest: stop the throw-away PostgreSQL: %v\n", err)
		}
	}()
	if err := c.Exec(ctx, "CREATE DATABASE "+template); err != nil {
		fmt.Fprintf(os.Stderr, "FAIL: %v\n", err)
		return 1
	}
	if prepare != nil {
		if err := prepare(ctx, c.URL(template)); err != nil {
			fmt.Fprintf(os.Stderr, "FAIL: prepare the template database: %v\n", err)
			return 1
		}
	}
	cluster = c
	return m.Run()
}

// NewDatabase creates a database of its own for t, a copy of the prepared
// template, and returns its URL; it is dropped when t ends. Without Main
// it fails the test.
func NewDatabase(t testing.TB) string {
	t.Helper()
	return newDatabase(t, template)
}

// NewEmptyDatabase creates an empty database for t (no migrations), for
// tests of what Open does with a database that is not yet, or not, ours.
func NewEmptyDatabase(t testing.TB) string {
	t.Helper()
	return newDatabase(t, "template0")
}

func newDatabase(t testing.TB, from string) string {
	t.Helper()
	if cluster == nil {
		t.Fatal("pgtest: no PostgreSQL cluster: call pgtest.Main from the package's TestMain")
	}
	name := fmt.Sprintf("test_%d", databases.Add(1))
	ctx := context.Background()
	if err := cluster.Exec(ctx, fmt.Sprintf("CREATE DATABASE %s TEMPLATE %s%s", name, from, cluster.copyStrategy)); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		// WITH (FORCE) ends connections a failed test left open.
		if err := cluster.Exec(ctx, fmt.Sprintf("DROP DATABASE %s WITH (FORCE)", name)); err != nil {
			t.Error(err)
		}
	})
	return cluster.URL(name)
}

// Exec runs statements on the cluster's maintenance database, such as
// creating the roles of a test.
func Exec(t testing.TB, stmts ...string) {
	t.Helper()
	if cluster == nil {
		t.Fatal("pgtest: no PostgreSQL cluster: call pgtest.Main from the package's TestMain")
	}
	if err := cluster.Exec(context.Background(), stmts...); err != nil {
		t.Fatal(err)
	}
}

// URL is the URL of database name on the cluster, connecting as user:
// for tests of roles, which the cluster trusts without a password.
func URL(t testing.TB, user, name string) string {
	t.Helper()
	if cluster == nil {
		t.Fatal("pgtest: no PostgreSQL cluster: call pgtest.Main from the package's TestMain")
	}
	u := cluster.URL(name)
	return strings.Replace(u, "postgres://"+superuser+"@", "postgres://"+user+"@", 1)
}
