package postgres

import (
	"context"
	"fmt"
	"net/url"
	"runtime"
	"strconv"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"
)

// Open connects to the PostgreSQL database at dsn and brings its schema up
// to date. dsn is a libpq connection string, URL (postgres://…) or
// key=value form, and libpq's conventions hold as psql users expect: what
// it leaves out comes from the PG* environment variables (PGHOST,
// PGDATABASE, PGUSER, PGSSLMODE, …), a password from PGPASSWORD or
// ~/.pgpass (PGPASSFILE), and sslmode=verify-full checks the server's
// certificate (PGSSLROOTCERT). So a password never needs to be on a
// command line.
//
// A database whose schema holds tables but is not Interim Desk's, or one
// migrated by a newer version, is refused with EINVALID before anything in
// it is changed.
func Open(ctx context.Context, dsn string) (*DB, error) {
	cfg, err := pgx.ParseConfig(dsn)
	if err != nil {
		// pgx's message leaves the password out.
		return nil, fmt.Errorf("read the PostgreSQL connection settings: %w", err)
	}
	// Every statement is planned with its arguments (an unnamed
	// statement, its description cached) instead of once for all
	// arguments: a search's plan depends on how many managers its words
	// match, and a plan made for "finance" is the wrong one for a name.
	cfg.DefaultQueryExecMode = pgx.QueryExecModeCacheDescribe
	sdb := stdlib.OpenDB(*cfg)
	// database/sql keeps 2 idle connections by default and closes the
	// rest as they come back: a contract batch with a printer per core
	// then opened a new server process for most prints, and a new
	// process reads the catalogue again (4 printers on 2 cores: 3 times
	// the server's processor time of 2). Keep one per core and two more;
	// those idle for a minute close, so that twenty people leave few
	// connections open on the shared server.
	sdb.SetMaxIdleConns(runtime.GOMAXPROCS(0) + 2)
	sdb.SetConnMaxIdleTime(time.Minute)
	db := &DB{db: sdb, name: displayName(cfg)}
	if err := sdb.PingContext(ctx); err != nil {
		sdb.Close()
		return nil, connectError(ctx, db.name, cfg.User, err)
	}
	if err := db.migrate(ctx); err != nil {
		sdb.Close()
		return nil, err
	}
	return db, nil
}

// Migrate brings the database at dsn up to this version's schema, as
// Open does, and closes it: what the owner's first connection does
// (docs/TEAM.md), and how a test cluster's template is made.
func Migrate(ctx context.Context, dsn string) error {
	db, err := Open(ctx, dsn)
	if err != nil {
		return err
	}
	return db.Close()
}

// displayName is the database as sentences name it: a URL with the user,
// host, port and database, never the password.
func displayName(cfg *pgx.ConnConfig) string {
	u := url.URL{Scheme: "postgres", User: url.User(cfg.User), Path: "/" + cfg.Database}
	if cfg.Host != "" && cfg.Host[0] == '/' {
		// A Unix socket's folder.
		u.RawQuery = url.Values{"host": {cfg.Host}}.Encode()
	} else {
		u.Host = cfg.Host + ":" + strconv.Itoa(int(cfg.Port))
	}
	return u.String()
}

// errForeign is SQLite's sentence for a file of another application,
// naming the database instead of the file.
func errForeign(name string) error {
	return domain.Errorf(domain.EINVALID,
		"%s is not an Interim Desk database: it was made by another application; nothing was changed.", name)
}

// errNewer is SQLite's sentence for a file of a newer version.
func errNewer(name string, version int) error {
	return domain.Errorf(domain.EINVALID,
		"%s was made by a newer version of Interim Desk (schema %d, this version knows %d); nothing was changed. Open it with the newer version.",
		name, version, len(migrations))
}

// connectError words a failed connection so that a person knows whom to
// ask: their password or role, the database's name, or the address and
// the network (a refused certificate lands there, with the reason).
func connectError(ctx context.Context, name, user string, err error) error {
	switch errorCode(err) {
	case codeInvalidPassword, codeInvalidAuthorization:
		return domain.Errorf(domain.EINVALID,
			"%s does not let %s in: check the password (in ~/.pgpass or PGPASSWORD), or ask the administrator whether this role may connect; nothing was changed.",
			name, user)
	case codeInvalidCatalogName:
		return domain.Errorf(domain.EINVALID,
			"%s does not exist on its server: check the name, or ask the administrator to create it (docs/TEAM.md); nothing was changed.", name)
	}
	if ctx.Err() != nil {
		return fmt.Errorf("connect to %s: %w", name, err)
	}
	return domain.Errorf(domain.EINVALID,
		"%s cannot be reached (%s): check the address, the network and that the server runs; nothing was changed.", name, err.Error())
}
