package postgres

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"strconv"
	"strings"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// The marker table says whose schema it is and how far it was migrated,
// as SQLite's application_id and user_version do in the file's header.
const (
	markerTable = "interimdesk_schema"
	application = "Interim Desk"
)

// migrationLock is the key of the advisory lock held by the transaction
// that migrates, so two programs starting together do not both migrate:
// the second waits, then finds the work done. "INDS", the application id
// of the SQLite file.
const migrationLock int64 = 0x494E4453

//go:embed migrations/*.sql
var migrationFiles embed.FS

// migration is one numbered schema change.
type migration struct {
	version int
	name    string
	sql     string
}

// migrations are the embedded migrations in order; a gap or a duplicate in
// the numbering is a mistake in the build, found by the first test.
var migrations = mustLoadMigrations(migrationFiles)

func mustLoadMigrations(fsys fs.FS) []migration {
	ms, err := loadMigrations(fsys)
	if err != nil {
		panic(err)
	}
	return ms
}

// loadMigrations reads migrations/NNNN_name.sql, numbered from 1 without gaps.
func loadMigrations(fsys fs.FS) ([]migration, error) {
	names, err := fs.Glob(fsys, "migrations/*.sql")
	if err != nil {
		return nil, err
	}
	var ms []migration
	for i, name := range names {
		base := path.Base(name)
		num, _, ok := strings.Cut(base, "_")
		n, err := strconv.Atoi(num)
		if !ok || err != nil || n != i+1 {
			return nil, fmt.Errorf("migration %s: want the number %04d at the start of its name", base, i+1)
		}
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		ms = append(ms, migration{version: n, name: base, sql: string(b)})
	}
	if len(ms) == 0 {
		return nil, errors.New("no migrations embedded")
	}
	return ms, nil
}

// SchemaVersion is the schema this build creates and understands.
func SchemaVersion() int { return len(migrations) }

// migrate applies the migrations the database has not seen, each in its
// own transaction with the new version in the marker, so a failed
// migration leaves the previous version and nothing half-done
// (PostgreSQL's DDL is transactional).
func (db *DB) migrate(ctx context.Context) error {
	for {
		more, err := db.applyNext(ctx)
		if err != nil || !more {
			return err
		}
	}
}

// applyNext applies the next migration under the advisory lock; more is
// false when the schema was already up to date.
func (db *DB) applyNext(ctx context.Context) (more bool, err error) {
	tx, err := db.db.BeginTx(ctx, nil)
	if err != nil {
		return false, fmt.Errorf("migrate %s: %w", db.name, err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock($1)`, migrationLock); err != nil {
		return false, fmt.Errorf("migrate %s: wait for the migration lock: %w", db.name, err)
	}
	version, err := db.schemaVersion(ctx, tx)
	if err != nil {
		return false, err
	}
	switch {
	case version > len(migrations):
		return false, errNewer(db.name, version)
	case version == len(migrations):
		return false, nil
	}
	m := migrations[version]
	// Without arguments, pgx sends the file in one simple-protocol
	// message: several statements, DO blocks and all.
	if _, err := tx.ExecContext(ctx, m.sql); err != nil {
		if errorCode(err) == codeInsufficientPrivilege {
			return false, errNotOwner(db.name, len(migrations))
		}
		return false, fmt.Errorf("migration %s: %w", m.name, err)
	}
	if _, err := tx.ExecContext(ctx, `UPDATE `+markerTable+` SET version = $1`, m.version); err != nil {
		return false, fmt.Errorf("migration %s: %w", m.name, err)
	}
	if err := tx.Commit(); err != nil {
		return false, fmt.Errorf("migration %s: %w", m.name, err)
	}
	return true, nil
}

// markerSQL creates the marker at version 0. Only the schema's owner (and
// its members, and superusers) may change it: the staff may read and
// write every row of the firm's data (docs/TEAM.md grants them that on
// every table the owner creates) but not claim another schema version.
const markerSQL = `CREATE TABLE ` + markerTable + ` (
		only_row    BOOLEAN PRIMARY KEY DEFAULT true CHECK (only_row),
		application TEXT    NOT NULL,
		version     INTEGER NOT NULL
	);
	INSERT INTO ` + markerTable + ` (application, version) VALUES ('` + application + `', 0);
	CREATE FUNCTION ` + markerTable + `_owner_only() RETURNS trigger LANGUAGE plpgsql AS $$
	BEGIN
		IF NOT pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'MEMBER') THEN
			RAISE EXCEPTION 'only the owner of the schema changes its version' USING ERRCODE = 'insufficient_privilege';
		END IF;
		RETURN NULL;
	END
	$$;
	CREATE TRIGGER owner_only BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON ` + markerTable + `
		FOR EACH STATEMENT EXECUTE FUNCTION ` + markerTable + `_owner_only();`

// schemaVersion reads the marker in the schema the tables go to (the first
// schema of the search_path that exists). A schema without tables is made
// ours, at version 0; one with tables and no marker of ours is another
// application's.
func (db *DB) schemaVersion(ctx context.Context, tx *sql.Tx) (int, error) {
	var schema sql.NullString
	var hasMarker bool
	var relations int
	err := tx.QueryRowContext(ctx, `SELECT current_schema(),
			EXISTS (SELECT 1 FROM pg_tables WHERE schemaname = current_schema() AND tablename = $1),
			(SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
				WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p', 'v', 'm', 'f'))`,
		markerTable).Scan(&schema, &hasMarker, &relations)
	if err != nil {
		return 0, fmt.Errorf("read the schema of %s: %w", db.name, err)
	}
	if !schema.Valid {
		return 0, fmt.Errorf("%s: no schema of the search_path exists to hold the tables; create one or set search_path", db.name)
	}
	if !hasMarker {
		if relations > 0 {
			return 0, errForeign(db.name)
		}
		_, err := tx.ExecContext(ctx, markerSQL)
		if errorCode(err) == codeInsufficientPrivilege {
			return 0, errNotOwner(db.name, len(migrations))
		} else if err != nil {
			return 0, fmt.Errorf("mark %s as Interim Desk's: %w", db.name, err)
		}
		return 0, nil
	}
	var app string
	var version int
	err = tx.QueryRowContext(ctx, `SELECT application, version FROM `+markerTable).Scan(&app, &version)
	if errors.Is(err, sql.ErrNoRows) || err == nil && app != application {
		return 0, errForeign(db.name)
	} else if err != nil {
		return 0, fmt.Errorf("read the schema version of %s: %w", db.name, err)
	}
	return version, nil
}

// errNotOwner is the refusal of a person's role to create or upgrade the
// tables: in a shared database only the schema's owner does (docs/TEAM.md).
func errNotOwner(name string, version int) error {
	return domain.Errorf(domain.EINVALID,
		"%s needs its tables created or upgraded to schema %d, which only the owner of its schema may do: ask the administrator to open it once as the owner (docs/TEAM.md); nothing was changed.",
		name, version)
}
