package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"io"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/exportfile"
	"github.com/interimdesk/interimdesk/internal/sqlcol"
)

// ExportJSON writes the whole database as JSON to w, read in one
// transaction so that it is one consistent state. It writes one record at
// a time as it reads it: memory does not grow with the database. The
// bytes are those of Export encoded whole, indented by two spaces.
func (db *DB) ExportJSON(ctx context.Context, w io.Writer) error {
	tx, err := db.beginRead(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var schema int
	if err := tx.QueryRowContext(ctx, `PRAGMA user_version`).Scan(&schema); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	firm, err := exportFirm(ctx, tx)
	if err != nil {
		return err
	}
	settings, err := exportSettings(ctx, tx)
	if err != nil {
		return err
	}

	out := exportfile.NewWriter(w, func(err error) error { return storageError("the export file", err) })
	out.Field("format", exportfile.ExportFormat)
	out.Field("format_version", exportfile.ExportFormatVersion)
	out.Field("schema_version", schema)
	out.Field("exported_at", db.now())
	out.Field("firm", firm)
	out.Field("settings", settings)
	for _, list := range exportLists {
		if err := out.List(list.key, func(emit func(any) error) error {
			return eachRow(ctx, tx, list.query, func(s scanner) error {
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
}

// exportLists are the arrays of the export in file order, each read row
// by row.
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
	{"proposal_numbers", `SELECT prefix, year, last FROM proposal_numbers ORDER BY prefix, year`, func(s scanner) (any, error) {
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
	{"contract_versions", `SELECT engagement_id, party, version, number, issued_on, language, jurisdiction, data, pdf,
			sha256, created_at
		FROM contract_versions ORDER BY engagement_id, party, version`, func(s scanner) (any, error) {
		var v exportfile.ExportContract
		err := s.Scan(&v.EngagementID, &v.Party, &v.Version, &v.Number, sqlcol.Date{D: &v.IssuedOn}, &v.Language, &v.Jurisdiction,
			&v.Data, &v.PDF, &v.SHA256, sqlcol.Time{T: &v.CreatedAt})
		return v, err
	}},
	{"clauses", `SELECT jurisdiction, language, key, title, body, rev, updated_at
		FROM clauses ORDER BY jurisdiction, language, key`, func(s scanner) (any, error) {
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
	return out, eachRow(ctx, tx, `SELECT key, value FROM settings ORDER BY key`, func(s scanner) error {
		var k, v string
		if err := s.Scan(&k, &v); err != nil {
			return err
		}
		out[k] = v
		return nil
	})
}

// eachRow runs a query and hands every row to f.
func eachRow(ctx context.Context, tx *sql.Tx, query string, f func(scanner) error) error {
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
