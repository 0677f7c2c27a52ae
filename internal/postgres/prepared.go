package postgres

import "github.com/jackc/pgx/v5"

// byKey passes a statement's arguments with pgx's mode that prepares the
// statement once per connection and lets PostgreSQL keep its generic
// plan: for a lookup by key (a record by its id, the firm's row, a
// setting), whose plan is the same index probe whatever the key.
//
// The store's default (Open) plans every statement with its arguments,
// which a search needs: the words decide whether the index or the name
// order is cheaper. For the dozen lookups of each print or issue that
// planning was a third of the server's time in a contract batch
// (BenchmarkContractBatch1000: 6.3 → 4.4 s of server processor time).
// pgx reads the mode from the first argument; database/sql passes it
// through, as pgx's driver accepts any argument.
func byKey(args ...any) []any {
	return append([]any{pgx.QueryExecModeCacheStatement}, args...)
}
