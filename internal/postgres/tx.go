package postgres

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5/pgconn"
)

// Transactions. Every service method is one transaction, opened by one of
// these, with the work in small helpers that take the *sql.Tx.
//
//   - read: REPEATABLE READ, read only. The count and the page of a list,
//     or a record and its status, come from one snapshot, as they do in
//     SQLite's read transaction.
//   - write: READ COMMITTED, PostgreSQL's default. Optimistic locking
//     (UPDATE … WHERE rev = $n) holds there: the second of two writers
//     waits for the first's row lock and then finds another rev. Work that
//     must see a stable state before it writes (a gapless number, a
//     capacity check) locks what it reads with SELECT … FOR UPDATE.
//   - writeSerializable: SERIALIZABLE, for checks over many rows that no
//     single row lock covers; PostgreSQL then aborts one of two
//     transactions that would contradict each other.
//
// A serialization failure or a deadlock is retried from the start, up to
// maxAttempts times, so f must be safe to run again: it sets the fields of
// what it saves from what it reads, and nothing outside the transaction.
var (
	readOptions         = &sql.TxOptions{Isolation: sql.LevelRepeatableRead, ReadOnly: true}
	writeOptions        = &sql.TxOptions{Isolation: sql.LevelReadCommitted}
	serializableOptions = &sql.TxOptions{Isolation: sql.LevelSerializable}
)

// maxAttempts bounds the retries of a transaction PostgreSQL aborted to
// keep concurrent transactions apart.
const maxAttempts = 5

func (db *DB) read(ctx context.Context, f func(tx *sql.Tx) error) error {
	return db.inTx(ctx, readOptions, f)
}

func (db *DB) write(ctx context.Context, f func(tx *sql.Tx) error) error {
	return db.inTx(ctx, writeOptions, f)
}

// writeSerializable is for checks over many rows that no row lock covers:
// gapless numbering and capacity checks, when they come to this store.
func (db *DB) writeSerializable(ctx context.Context, f func(tx *sql.Tx) error) error {
	return db.inTx(ctx, serializableOptions, f)
}

// inTx runs f in a transaction with opts and commits it, again from the
// start when PostgreSQL aborted it to keep it apart from another.
func (db *DB) inTx(ctx context.Context, opts *sql.TxOptions, f func(tx *sql.Tx) error) error {
	for attempt := 1; ; attempt++ {
		err := db.once(ctx, opts, f)
		if err == nil || !retryable(err) || attempt == maxAttempts || ctx.Err() != nil {
			return err
		}
	}
}

func (db *DB) once(ctx context.Context, opts *sql.TxOptions, f func(tx *sql.Tx) error) error {
	tx, err := db.db.BeginTx(ctx, opts)
	if err != nil {
		return fmt.Errorf("begin a transaction on %s: %w", db.name, err)
	}
	defer tx.Rollback()
	if err := f(tx); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

// SQLSTATE codes the store tells apart. Errors are recognised by these
// codes, never by their text.
const (
	codeInvalidAuthorization  = "28000"
	codeInvalidPassword       = "28P01"
	codeInvalidCatalogName    = "3D000"
	codeInsufficientPrivilege = "42501"
	codeUniqueViolation       = "23505"
	codeForeignKeyViolation   = "23503"
	codeSerializationFailure  = "40001"
	codeDeadlockDetected      = "40P01"
)

// errorCode is the SQLSTATE of err, "" when err is not the server's.
func errorCode(err error) string {
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		return pe.Code
	}
	return ""
}

func retryable(err error) bool {
	c := errorCode(err)
	return c == codeSerializationFailure || c == codeDeadlockDetected
}

func isUniqueViolation(err error) bool { return errorCode(err) == codeUniqueViolation }
