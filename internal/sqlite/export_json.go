package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// The JSON export: the whole database in one documented file (see
// docs/DATA.md), readable by people and by other programs, and imported
// back into an empty database by ImportJSON.
const (
	ExportFormat        = "interimdesk-export"
	ExportFormatVersion = 1
)

// Export is the JSON export. Records keep their ids, so that references
// between them survive the round trip, and their rev and timestamps.
type Export struct {
	Format           string               `json:"format"`
	FormatVersion    int                  `json:"format_version"`
	SchemaVersion    int                  `json:"schema_version"`
	ExportedAt       time.Time            `json:"exported_at"`
	Firm             *ExportFirm          `json:"firm"` // null before the firm was set up
	Settings         map[string]string    `json:"settings"`
	Clients          []*domain.Client     `json:"clients"`
	Managers         []ExportManager      `json:"managers"`
	Proposals        []*domain.Proposal   `json:"proposals"`
	ProposalVersions []ExportVersion      `json:"proposal_versions"`
	ProposalNumbers  []ExportNumber       `json:"proposal_numbers"`
	Engagements      []*domain.Engagement `json:"engagements"`
	Events           []ExportEvent        `json:"events"`
}

// ExportFirm is the firm profile with its timestamps.
type ExportFirm struct {
	domain.Firm
	CreatedAt time.Time `json:"created_at"`
	UpdatedAt time.Time `json:"updated_at"`
}

// ExportManager is a manager without the derived status, which follows
// from the engagements and is not data of its own.
type ExportManager struct {
	*domain.Manager
	Status json.RawMessage `json:"status,omitempty"` // hides Manager.Status; ignored on import
}

// ExportVersion is an issued proposal version, PDF included. Data is the
// frozen document as the exact text stored (a string of JSON), because its
// hash is printed on the PDF and must recompute byte for byte.
type ExportVersion struct {
	ProposalID int64       `json:"proposal_id"`
	Version    int         `json:"version"`
	Number     string      `json:"number"`
	IssuedOn   domain.Date `json:"issued_on"`
	Language   domain.Lang `json:"language"`
	Data       string      `json:"data"`
	PDF        []byte      `json:"pdf"` // base64
	SHA256     string      `json:"sha256"`
	CreatedAt  time.Time   `json:"created_at"`
}

// ExportNumber is the last number given in a proposal number sequence.
type ExportNumber struct {
	Prefix string `json:"prefix"`
	Year   int    `json:"year"`
	Last   int    `json:"last"`
}

// ExportEvent is one entry of the event log.
type ExportEvent struct {
	ID       int64     `json:"id"`
	Entity   string    `json:"entity"`
	EntityID int64     `json:"entity_id"`
	At       time.Time `json:"at"`
	What     string    `json:"what"`
	Detail   string    `json:"detail"`
}

// ExportJSON writes the whole database as JSON to w, read in one
// transaction so that it is one consistent state.
func (db *DB) ExportJSON(ctx context.Context, w io.Writer) error {
	tx, err := db.beginRead(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	e := &Export{
		Format:        ExportFormat,
		FormatVersion: ExportFormatVersion,
		ExportedAt:    db.now(),
		Settings:      map[string]string{},
	}
	for _, step := range []func(context.Context, *sql.Tx, *Export) error{
		exportHeader, exportFirm, exportSettings, exportClients, exportManagers, exportProposals,
		exportVersions, exportNumbers, exportEngagements, exportEvents,
	} {
		if err := step(ctx, tx, e); err != nil {
			return err
		}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(e); err != nil {
		return storageError("the export file", fmt.Errorf("write the export: %w", err))
	}
	return nil
}

func exportHeader(ctx context.Context, tx *sql.Tx, e *Export) error {
	return tx.QueryRowContext(ctx, `PRAGMA user_version`).Scan(&e.SchemaVersion)
}

func exportFirm(ctx context.Context, tx *sql.Tx, e *Export) error {
	f, err := findFirm(ctx, tx)
	if domain.ErrorCode(err) == domain.ENOTFOUND {
		return nil
	} else if err != nil {
		return err
	}
	e.Firm = &ExportFirm{Firm: *f}
	return tx.QueryRowContext(ctx, `SELECT created_at, updated_at FROM firm WHERE id = 1`).Scan(
		timeCol{&e.Firm.CreatedAt}, timeCol{&e.Firm.UpdatedAt})
}

func exportSettings(ctx context.Context, tx *sql.Tx, e *Export) error {
	return eachRow(ctx, tx, `SELECT key, value FROM settings ORDER BY key`, func(s scanner) error {
		var k, v string
		if err := s.Scan(&k, &v); err != nil {
			return err
		}
		e.Settings[k] = v
		return nil
	})
}

func exportClients(ctx context.Context, tx *sql.Tx, e *Export) error {
	e.Clients = []*domain.Client{}
	return eachRow(ctx, tx, `SELECT `+clientColumns+` FROM clients ORDER BY id`, func(s scanner) error {
		c, err := scanClient(s)
		e.Clients = append(e.Clients, c)
		return err
	})
}

func exportManagers(ctx context.Context, tx *sql.Tx, e *Export) error {
	e.Managers = []ExportManager{}
	return eachRow(ctx, tx, `SELECT `+managerColumns+` FROM managers m ORDER BY m.id`, func(s scanner) error {
		m, err := scanManager(s)
		e.Managers = append(e.Managers, ExportManager{Manager: m})
		return err
	})
}

func exportProposals(ctx context.Context, tx *sql.Tx, e *Export) error {
	e.Proposals = []*domain.Proposal{}
	return eachRow(ctx, tx, `SELECT `+proposalColumns+` FROM proposals p ORDER BY p.id`, func(s scanner) error {
		p, err := scanProposal(s)
		e.Proposals = append(e.Proposals, p)
		return err
	})
}

func exportVersions(ctx context.Context, tx *sql.Tx, e *Export) error {
	e.ProposalVersions = []ExportVersion{}
	return eachRow(ctx, tx, `SELECT proposal_id, version, number, issued_on, language, data, pdf, sha256, created_at
		FROM proposal_versions ORDER BY proposal_id, version`, func(s scanner) error {
		var v ExportVersion
		err := s.Scan(&v.ProposalID, &v.Version, &v.Number, dateCol{&v.IssuedOn}, &v.Language, &v.Data, &v.PDF,
			&v.SHA256, timeCol{&v.CreatedAt})
		e.ProposalVersions = append(e.ProposalVersions, v)
		return err
	})
}

func exportNumbers(ctx context.Context, tx *sql.Tx, e *Export) error {
	e.ProposalNumbers = []ExportNumber{}
	return eachRow(ctx, tx, `SELECT prefix, year, last FROM proposal_numbers ORDER BY prefix, year`, func(s scanner) error {
		var n ExportNumber
		err := s.Scan(&n.Prefix, &n.Year, &n.Last)
		e.ProposalNumbers = append(e.ProposalNumbers, n)
		return err
	})
}

func exportEngagements(ctx context.Context, tx *sql.Tx, e *Export) error {
	e.Engagements = []*domain.Engagement{}
	return eachRow(ctx, tx, `SELECT `+engagementColumns+` FROM engagements e ORDER BY e.id`, func(s scanner) error {
		g, err := scanEngagement(s)
		e.Engagements = append(e.Engagements, g)
		return err
	})
}

func exportEvents(ctx context.Context, tx *sql.Tx, e *Export) error {
	e.Events = []ExportEvent{}
	return eachRow(ctx, tx, `SELECT id, entity, entity_id, at, what, detail FROM events ORDER BY id`, func(s scanner) error {
		var v ExportEvent
		err := s.Scan(&v.ID, &v.Entity, &v.EntityID, timeCol{&v.At}, &v.What, &v.Detail)
		e.Events = append(e.Events, v)
		return err
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
