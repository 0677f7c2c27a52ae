package postgres

import (
	"context"
	"database/sql"
	"fmt"
	"io"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/exportfile"
	"github.com/interimdesk/interimdesk/internal/sqlcol"
)

// The JSON export: the whole database in the file the SQLite store writes
// (docs/DATA.md), key for key and byte for byte, so that a firm moves
// between the two stores with it. On PostgreSQL it is also the
// application's backup (docs/TEAM.md): one consistent state, whatever the
// others are writing.

var _ domain.DataService = (*DB)(nil)

// ExportJSON writes the whole database as JSON to w, read in one
// REPEATABLE READ transaction so that it is one consistent state while
// others write. It writes one record at a time as it reads it: memory does
// not grow with the database.
func (db *DB) ExportJSON(ctx context.Context, w io.Writer) error {
	return db.read(ctx, func(tx *sql.Tx) error {
		firm, err := exportFirm(ctx, tx)
		if err != nil {
			return err
		}
		settings, err := exportSettings(ctx, tx)
		if err != nil {
			return err
		}
		out := exportfile.NewWriter(w, nil)
		out.Field("format", exportfile.ExportFormat)
		out.Field("format_version", exportfile.ExportFormatVersion)
		out.Field("schema_version", exportSchemaVersion)
		out.Field("exported_at", db.now())
		out.Field("firm", firm)
		out.Field("settings", settings)
		for _, list := range exportLists {
			if err := out.List(list.key, func(emit func(any) error) error {
				return exportRows(ctx, tx, list.query, func(s scanner) error {
					v, err := list.scan(s)
					if err != nil {
						return err
					}
					return emit(v)
				})
			}); err != nil {
				return err
			}
		}
		return out.Close()
	})
}

// AllClients returns every client, archived ones too, in the order they
// were added, read in one transaction: the rows of a CSV export.
func (db *DB) AllClients(ctx context.Context) ([]*domain.Client, error) {
	return allRowsOf(ctx, db, allClients, scanClient)
}

// AllManagers returns every manager, inactive ones too, in the order they
// were added, without status: an export has no "today".
func (db *DB) AllManagers(ctx context.Context) ([]*domain.Manager, error) {
	return allRowsOf(ctx, db, allManagers, scanManager)
}

// The clients and managers in the order they were added, for the CSV and
// the JSON exports.
const (
	allClients  = `SELECT ` + clientColumns + ` FROM clients ORDER BY id`
	allManagers = `SELECT ` + managerColumns + ` FROM managers m ORDER BY m.id`
)

// allRowsOf reads every row of a query in one read transaction.
func allRowsOf[T any](ctx context.Context, db *DB, query string, scan func(scanner) (T, error)) ([]T, error) {
	out := []T{}
	err := db.read(ctx, func(tx *sql.Tx) error {
		out = out[:0]
		return exportRows(ctx, tx, query, func(s scanner) error {
			v, err := scan(s)
			out = append(out, v)
			return err
		})
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// exportLists are the arrays of the export in file order, each read row
// by row, in the orders of the SQLite store's export.
var exportLists = []struct {
	key   string
	query string
	scan  func(scanner) (any, error)
}{
	{"clients", allClients, func(s scanner) (any, error) {
		return scanClient(s)
	}},
	{"managers", allManagers, func(s scanner) (any, error) {
		m, err := scanManager(s)
		return domain.PersonalManager{Manager: m}, err
	}},
	{"proposals", `SELECT ` + proposalColumns + ` FROM proposals p ORDER BY p.id`, func(s scanner) (any, error) {
		return scanProposal(s)
	}},
	{"proposal_versions", `SELECT proposal_id, version, number, issued_on, language, data, pdf, sha256, created_at
		FROM proposal_versions ORDER BY proposal_id, version`, func(s scanner) (any, error) {
		var v exportfile.ExportVersion
		err := s.Scan(&v.ProposalID, &v.Version, &v.Number, sqlcol.Date{D: &v.IssuedOn}, &v.Language, &v.Data, &v.PDF,
			&v.SHA256, sqlcol.Time{T: &v.CreatedAt})
		return v, err
	}},
	{"proposal_numbers", `SELECT prefix, year, last FROM proposal_numbers ORDER BY prefix COLLATE "C", year`, func(s scanner) (any, error) {
		var n exportfile.ExportNumber
		err := s.Scan(&n.Prefix, &n.Year, &n.Last)
		return n, err
	}},
	{"engagements", `SELECT ` + engagementColumns + ` FROM engagements e ORDER BY e.id`, func(s scanner) (any, error) {
		return scanEngagement(s)
	}},
	{"contract_terms", `SELECT engagement_id, assignment, exit_criteria, authority, deliverables, non_solicit_months,
			liability_cap_months, rev, created_at, updated_at
		FROM contract_terms ORDER BY engagement_id`, func(s scanner) (any, error) {
		var t exportfile.ExportContractTerms
		err := s.Scan(&t.EngagementID, &t.Assignment, &t.ExitCriteria, &t.Authority, &t.Deliverables,
			&t.NonSolicitMonths, &t.LiabilityCapMonths, &t.Rev, sqlcol.Time{T: &t.CreatedAt}, sqlcol.Time{T: &t.UpdatedAt})
		return t, err
	}},
	// Texts sort in byte order ("C"), as SQLite's BINARY collation does,
	// whatever the database's own collation: the same file from both.
	{"contract_versions", `SELECT engagement_id, party, version, number, issued_on, language, jurisdiction, data, pdf,
			sha256, created_at
		FROM contract_versions ORDER BY engagement_id, party COLLATE "C", version`, func(s scanner) (any, error) {
		var v exportfile.ExportContract
		err := s.Scan(&v.EngagementID, &v.Party, &v.Version, &v.Number, sqlcol.Date{D: &v.IssuedOn}, &v.Language, &v.Jurisdiction,
			&v.Data, &v.PDF, &v.SHA256, sqlcol.Time{T: &v.CreatedAt})
		return v, err
	}},
	{"clauses", `SELECT jurisdiction, language, key, title, body, rev, updated_at
		FROM clauses ORDER BY jurisdiction COLLATE "C", language COLLATE "C", key COLLATE "C"`, func(s scanner) (any, error) {
		var c domain.ClauseText
		err := s.Scan(&c.Jurisdiction, &c.Lang, &c.Key, &c.Title, &c.Body, &c.Rev, sqlcol.Time{T: &c.UpdatedAt})
		return &c, err
	}},
	{"events", `SELECT id, entity, entity_id, at, what, detail FROM events ORDER BY id`, func(s scanner) (any, error) {
		var v domain.Event
		err := s.Scan(&v.ID, &v.Entity, &v.EntityID, sqlcol.Time{T: &v.At}, &v.What, &v.Detail)
		return v, err
	}},
}

// exportFirm is the firm profile with its timestamps, nil before it was
// set up.
func exportFirm(ctx context.Context, tx *sql.Tx) (*exportfile.ExportFirm, error) {
	f, err := findFirm(ctx, tx)
	if domain.ErrorCode(err) == domain.ENOTFOUND {
		return nil, nil
	} else if err != nil {
		return nil, err
	}
	e := &exportfile.ExportFirm{Firm: *f}
	if err := tx.QueryRowContext(ctx, `SELECT created_at, updated_at FROM firm WHERE id = 1`).Scan(
		sqlcol.Time{T: &e.CreatedAt}, sqlcol.Time{T: &e.UpdatedAt}); err != nil {
		return nil, fmt.Errorf("export: %w", err)
	}
	return e, nil
}

func exportSettings(ctx context.Context, tx *sql.Tx) (map[string]string, error) {
	out := map[string]string{}
	return out, exportRows(ctx, tx, `SELECT key, value FROM settings`, func(s scanner) error {
		var k, v string
		if err := s.Scan(&k, &v); err != nil {
			return err
		}
		out[k] = v
		return nil
	})
}

// exportRows runs a query and hands every row to f.
func exportRows(ctx context.Context, tx *sql.Tx, query string, f func(scanner) error) error {
	rows, err := tx.QueryContext(ctx, query)
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		if err := f(rows); err != nil {
			return fmt.Errorf("export: %w", err)
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	return nil
}

// exportSchemaVersion is the schema an export of this store says it is
// of: the SQLite schema this store's migrations match (0001 to 0011), so
// that an export reads the same from either store and an export from a
// newer SQLite file is refused here as it is there.
const exportSchemaVersion = 11
