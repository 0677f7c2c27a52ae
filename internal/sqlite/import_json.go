package sqlite

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/interimdesk/interimdesk/internal/domain"
	sqlite3 "modernc.org/sqlite/lib"
)

// ImportJSON reads a JSON export (ExportJSON's format, version 1 or 2)
// into this database, which must be empty: ECONFLICT otherwise. Every
// record keeps its id, rev and timestamps; every record is validated by
// its Validate, every issued or printed PDF must match its SHA-256, and
// every reference must point into the file. All in one transaction:
// EINVALID with the record and the rule at the first problem, and nothing
// is written.
//
// The file is read twice and never held whole (see exportFile): a first
// pass checks the envelope and finds the arrays, and the second writes
// the records as they are read, one array after the other in the order
// of the references, whatever the order of the keys in the file. So r is
// read in place when it can seek (a file), and copied to a temporary file
// first when it cannot (a pipe).
func (db *DB) ImportJSON(ctx context.Context, r io.Reader) (*domain.JSONImportReport, error) {
	src, size, done, err := exportSource(r)
	if err != nil {
		return nil, err
	}
	defer done()
	x, err := indexExport(src, size)
	if err != nil {
		return nil, err
	}
	rep := &domain.JSONImportReport{}
	err = db.write(ctx, func(tx *sql.Tx) error {
		if err := mustBeEmpty(ctx, tx); err != nil {
			return err
		}
		for _, step := range []func(context.Context, *sql.Tx, *exportFile, *domain.JSONImportReport) error{
			importFirm, importSettings, importClientRecords, importManagerRecords, importProposalRecords,
			importVersions, importNumbers, importEngagementRecords, importContractTerms, importContracts,
			importClauses, importEvents,
		} {
			if err := step(ctx, tx, x, rep); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return rep, nil
}

// mustBeEmpty refuses a database that holds anything a person entered:
// ids in the file would collide with those already there.
func mustBeEmpty(ctx context.Context, tx *sql.Tx) error {
	var empty bool
	if err := tx.QueryRowContext(ctx, isEmptySQL).Scan(&empty); err != nil {
		return fmt.Errorf("check whether the database is empty: %w", err)
	}
	if !empty {
		return domain.Errorf(domain.ECONFLICT, "The database already holds data; a JSON export is only imported into an empty database. Nothing was imported.")
	}
	return nil
}

// recordError names the record a problem is about: "clients[3] (id 12)",
// or "firm" for the one firm (i < 0).
func recordError(list string, i int, id int64, err error) error {
	where := list
	if i >= 0 {
		where = fmt.Sprintf("%s[%d]", list, i)
	}
	if id != 0 {
		where += fmt.Sprintf(" (id %d)", id)
	}
	if code := domain.ErrorCode(err); code != domain.EINTERNAL {
		return domain.Errorf(code, "%s: %s Nothing was imported.", where, domain.ErrorMessage(err))
	}
	if isForeignKeyViolation(err) {
		return domain.Errorf(domain.EINVALID, "%s refers to a record that is not in the file. Nothing was imported.", where)
	}
	if primaryCode(err) == sqlite3.SQLITE_CONSTRAINT {
		return domain.Errorf(domain.EINVALID, "%s repeats an id, number or key another record of the file already has (%v). Nothing was imported.", where, err)
	}
	return fmt.Errorf("%s: %w", where, err)
}

func importFirm(ctx context.Context, tx *sql.Tx, x *exportFile, rep *domain.JSONImportReport) error {
	var e *ExportFirm
	if err := x.decodeOne("firm", &e); err != nil || e == nil {
		return err
	}
	f := e.Firm
	if err := f.Validate(); err != nil {
		return recordError("firm", -1, 0, err)
	}
	rev := f.Rev
	f.Rev = 0
	if err := saveFirm(ctx, tx, &f, e.CreatedAt); err != nil {
		return recordError("firm", -1, 0, err)
	}
	if _, err := tx.ExecContext(ctx, `UPDATE firm SET rev = ?, updated_at = ? WHERE id = 1`,
		max(rev, 1), timeText(e.UpdatedAt)); err != nil {
		return recordError("firm", -1, 0, err)
	}
	rep.Firm = true
	return nil
}

// importSettings writes the file's settings over those of the empty
// database (a setting chosen before the import, such as the backups to
// keep, is not data anyone entered).
func importSettings(ctx context.Context, tx *sql.Tx, x *exportFile, _ *domain.JSONImportReport) error {
	var settings map[string]string
	if err := x.decodeOne("settings", &settings); err != nil {
		return err
	}
	for k, v := range settings {
		if _, err := tx.ExecContext(ctx, `INSERT INTO settings (key, value) VALUES (?, ?)
			ON CONFLICT (key) DO UPDATE SET value = excluded.value`, k, v); err != nil {
			return fmt.Errorf("setting %s: %w", k, err)
		}
	}
	return nil
}

// notNull refuses a record that is null in the file.
func notNull[T any](list string, i int, rec *T) error {
	if rec == nil {
		return recordError(list, i, 0, domain.Errorf(domain.EINVALID, "the record is null."))
	}
	return nil
}

func importClientRecords(ctx context.Context, tx *sql.Tx, x *exportFile, rep *domain.JSONImportReport) error {
	stmt, err := tx.PrepareContext(ctx, `INSERT INTO clients (`+clientColumns+`)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer stmt.Close()
	rep.Clients, err = eachRecord(ctx, x, "clients", func(i int, c *domain.Client) error {
		if err := notNull("clients", i, c); err != nil {
			return err
		}
		if err := c.Validate(); err != nil {
			return recordError("clients", i, c.ID, err)
		}
		return nil
	}, func(i int, c *domain.Client) error {
		a, k := c.Address, c.Contact
		if _, err := stmt.ExecContext(ctx, c.ID, c.LegalName, c.TradeName, c.VATID, c.CompanyNumber, a.Street,
			a.Postcode, a.City, a.Country, c.Sector, k.Name, k.Role, k.Email, k.Phone, string(c.Language), c.Notes,
			c.Archived, max(c.Rev, 1), timeText(c.CreatedAt), timeText(c.UpdatedAt)); err != nil {
			return recordError("clients", i, c.ID, err)
		}
		return nil
	})
	return err
}

// importManagerRecords writes the managers as a bulk import does: tags at
// the end, the search index in one statement at the end, and from
// bulkFrom managers on (the first pass counted them) the other indexes
// built once at the end too. A unique index built again at the end then
// checks the e-mail addresses of all managers at once.
func importManagerRecords(ctx context.Context, tx *sql.Tx, x *exportFile, rep *domain.JSONImportReport) error {
	bulk, err := startBulk(ctx, tx, managerImport.bulk)
	if err != nil {
		return err
	}
	if x.keys["managers"].count >= bulkFrom {
		if err := bulk.dropIndexes(ctx); err != nil {
			return err
		}
	}
	p := preparer{ctx: ctx, tx: tx}
	insert := p.prepare(`INSERT INTO managers (id, name, email, phone, city, headline, skills,
			sectors, languages, day_rate, available_from, max_days_per_week, cv, company_name,
			company_vat_id, company_iban, active, notes, rev, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	tags := newTagWriter(tx)
	defer closeAll(insert)
	if p.err != nil {
		return p.err
	}
	rep.Managers, err = eachRecord(ctx, x, "managers", func(i int, pm domain.PersonalManager) error {
		if err := notNull("managers", i, pm.Manager); err != nil {
			return err
		}
		if err := pm.Validate(); err != nil {
			return recordError("managers", i, pm.ID, err)
		}
		return nil
	}, func(i int, pm domain.PersonalManager) error {
		m := pm.Manager
		skills, sectors, languages, err := managerLists(m)
		if err != nil {
			return err
		}
		co := m.Company
		if _, err := insert.ExecContext(ctx, m.ID, m.Name, m.Email, m.Phone, m.City, m.Headline, skills, sectors,
			languages, int64(m.DayRate), dateText(m.AvailableFrom), m.MaxDaysPerWeek, m.CV, co.Name, co.VATID,
			co.IBAN, m.Active, m.Notes, max(m.Rev, 1), timeText(m.CreatedAt), timeText(m.UpdatedAt)); err != nil {
			return recordError("managers", i, m.ID, err)
		}
		tags.add(m)
		return nil
	})
	if err != nil {
		return err
	}
	if err := tags.flush(ctx); err != nil {
		return err
	}
	if err := bulk.finish(ctx, nil); err != nil {
		return sharedEmailError(ctx, tx, err)
	}
	return nil
}

// sharedEmailError names the managers that share an e-mail address when
// the unique index, built again at the end of a bulk import, refuses them:
// the inserts, without it, could not say which.
func sharedEmailError(ctx context.Context, tx *sql.Tx, err error) error {
	if primaryCode(err) != sqlite3.SQLITE_CONSTRAINT {
		return err
	}
	var email string
	var first, second int64
	// One sort, not a join: the indexes may not be there.
	if tx.QueryRowContext(ctx, `SELECT email, min(id), max(id) FROM managers WHERE email <> ''
		GROUP BY email COLLATE NOCASE HAVING count(*) > 1 ORDER BY min(id) LIMIT 1`).Scan(
		&email, &first, &second) != nil {
		return recordError("managers", -1, 0, err)
	}
	return domain.Errorf(domain.EINVALID, "The managers with ids %d and %d of the file share the e-mail address %s; each manager needs an address of their own. Nothing was imported.",
		first, second, email)
}

func importProposalRecords(ctx context.Context, tx *sql.Tx, x *exportFile, rep *domain.JSONImportReport) error {
	var err error
	rep.Proposals, err = eachRecord(ctx, x, "proposals", func(i int, p *domain.Proposal) error {
		if err := notNull("proposals", i, p); err != nil {
			return err
		}
		if err := p.Validate(); err != nil {
			return recordError("proposals", i, p.ID, err)
		}
		return nil
	}, func(i int, p *domain.Proposal) error {
		content, err := contentOf(p)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO proposals (`+proposalInsertColumns+`)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			p.ID, p.ClientID, nullID(p.Interim.ManagerID), p.Title, content, string(p.Language), p.VATRate,
			p.ReverseCharge, p.ValidityDays, string(p.Status), dateText(p.StatusDate), string(p.AcceptedOption),
			p.Number, p.Version, dateText(p.IssuedOn), max(p.Rev, 1), timeText(p.CreatedAt), timeText(p.UpdatedAt)); err != nil {
			return recordError("proposals", i, p.ID, err)
		}
		return nil
	})
	return err
}

const proposalInsertColumns = `id, client_id, manager_id, title, content, language, vat_rate,
	reverse_charge, validity_days, status, status_date, accepted_option, number,
	version, issued_on, rev, created_at, updated_at`

func importVersions(ctx context.Context, tx *sql.Tx, x *exportFile, rep *domain.JSONImportReport) error {
	var err error
	rep.ProposalVersions, err = eachRecord(ctx, x, "proposal_versions", func(i int, v ExportVersion) error {
		if err := checkFrozen(v.Number, v.Version, v.Data, v.PDF, v.SHA256); err != nil {
			return recordError("proposal_versions", i, 0, err)
		}
		return nil
	}, func(i int, v ExportVersion) error {
		if _, err := tx.ExecContext(ctx, `INSERT INTO proposal_versions (proposal_id, version, number, issued_on,
				language, data, pdf, sha256, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			v.ProposalID, v.Version, v.Number, dateText(v.IssuedOn), string(v.Language), v.Data, v.PDF, v.SHA256,
			timeText(v.CreatedAt)); err != nil {
			return recordError("proposal_versions", i, 0, err)
		}
		return nil
	})
	return err
}

// checkFrozen checks an issued proposal or a printed contract as the file
// holds it: the PDF must match its SHA-256, or it was changed after it
// left Interim Desk, and the data must be the JSON object it was printed
// from.
func checkFrozen(number string, version int, data string, pdf []byte, sha string) error {
	sum := sha256.Sum256(pdf)
	if len(pdf) == 0 || hex.EncodeToString(sum[:]) != sha {
		return domain.Errorf(domain.EINVALID,
			"the PDF of %s version %d does not match its SHA-256; the document was changed after it left Interim Desk.", number, version)
	}
	if !json.Valid([]byte(data)) || !strings.HasPrefix(data, "{") {
		return domain.Errorf(domain.EINVALID, "the document data of %s version %d is not a JSON object.", number, version)
	}
	return nil
}

func importNumbers(ctx context.Context, tx *sql.Tx, x *exportFile, _ *domain.JSONImportReport) error {
	_, err := eachRecord(ctx, x, "proposal_numbers", nil, func(i int, n ExportNumber) error {
		if _, err := tx.ExecContext(ctx, `INSERT INTO proposal_numbers (prefix, year, last) VALUES (?, ?, ?)`,
			n.Prefix, n.Year, n.Last); err != nil {
			return recordError("proposal_numbers", i, 0, err)
		}
		return nil
	})
	return err
}

func importEngagementRecords(ctx context.Context, tx *sql.Tx, x *exportFile, rep *domain.JSONImportReport) error {
	var err error
	rep.Engagements, err = eachRecord(ctx, x, "engagements", func(i int, g *domain.Engagement) error {
		if err := notNull("engagements", i, g); err != nil {
			return err
		}
		if err := g.Validate(); err != nil {
			return recordError("engagements", i, g.ID, err)
		}
		return nil
	}, func(i int, g *domain.Engagement) error {
		if _, err := tx.ExecContext(ctx, `INSERT INTO engagements (`+engagementInsertColumns+`)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			g.ID, g.ClientID, nullID(g.ProposalID), g.ProposalVersion, string(g.Kind), nullID(g.ManagerID), g.Role,
			dateText(g.Start), dateText(g.End), g.DaysPerWeek, int64(g.DayRate), int64(g.Fee), g.NoticeDays,
			string(g.Status), dateText(g.TerminatedOn), g.EndReason, g.Notes, max(g.Rev, 1),
			timeText(g.CreatedAt), timeText(g.UpdatedAt)); err != nil {
			return recordError("engagements", i, g.ID, err)
		}
		return nil
	})
	return err
}

const engagementInsertColumns = `id, client_id, proposal_id, proposal_version, kind, manager_id,
	role, start_on, end_on, days_per_week, day_rate, fee, notice_days, status,
	terminated_on, end_reason, notes, rev, created_at, updated_at`

// importContractTerms writes the saved terms of contracts, each checked
// by its Validate.
func importContractTerms(ctx context.Context, tx *sql.Tx, x *exportFile, _ *domain.JSONImportReport) error {
	_, err := eachRecord(ctx, x, "contract_terms", func(i int, t ExportContractTerms) error {
		if err := t.Validate(); err != nil {
			return recordError("contract_terms", i, 0, err)
		}
		return nil
	}, func(i int, t ExportContractTerms) error {
		if _, err := tx.ExecContext(ctx, `INSERT INTO contract_terms (engagement_id, assignment, exit_criteria,
				authority, deliverables, non_solicit_months, liability_cap_months, rev, created_at, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			t.EngagementID, t.Assignment, t.ExitCriteria, t.Authority, t.Deliverables, t.NonSolicitMonths,
			t.LiabilityCapMonths, max(t.Rev, 1), timeText(t.CreatedAt), timeText(t.UpdatedAt)); err != nil {
			return recordError("contract_terms", i, 0, err)
		}
		return nil
	})
	return err
}

// importContracts writes the printed contracts as they were frozen, so
// that printing one again gives the bytes the parties signed.
func importContracts(ctx context.Context, tx *sql.Tx, x *exportFile, _ *domain.JSONImportReport) error {
	_, err := eachRecord(ctx, x, "contract_versions", func(i int, v ExportContract) error {
		if !v.Jurisdiction.Valid() || !v.Language.Valid() {
			return recordError("contract_versions", i, 0, domain.Errorf(domain.EINVALID,
				"%s version %d is written under %q law in %q; contracts are BE or NL, in nl, en or fr.", v.Number, v.Version, v.Jurisdiction, v.Language))
		}
		if err := checkFrozen(v.Number, v.Version, v.Data, v.PDF, v.SHA256); err != nil {
			return recordError("contract_versions", i, 0, err)
		}
		return nil
	}, func(i int, v ExportContract) error {
		if _, err := tx.ExecContext(ctx, `INSERT INTO contract_versions (engagement_id, version, number, issued_on,
				language, jurisdiction, data, pdf, sha256, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			v.EngagementID, v.Version, v.Number, dateText(v.IssuedOn), string(v.Language), string(v.Jurisdiction),
			v.Data, v.PDF, v.SHA256, timeText(v.CreatedAt)); err != nil {
			return recordError("contract_versions", i, 0, err)
		}
		return nil
	})
	return err
}

// importClauses writes the firm's own clause texts, each checked by its
// Validate as the settings screen checks it.
func importClauses(ctx context.Context, tx *sql.Tx, x *exportFile, _ *domain.JSONImportReport) error {
	_, err := eachRecord(ctx, x, "clauses", func(i int, c *domain.ClauseText) error {
		if err := notNull("clauses", i, c); err != nil {
			return err
		}
		if err := c.Validate(); err != nil {
			return recordError("clauses", i, 0, err)
		}
		return nil
	}, func(i int, c *domain.ClauseText) error {
		if _, err := tx.ExecContext(ctx, `INSERT INTO clauses (jurisdiction, language, key, title, body, rev, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?)`,
			string(c.Jurisdiction), string(c.Lang), string(c.Key), c.Title, c.Body, max(c.Rev, 1), timeText(c.UpdatedAt)); err != nil {
			return recordError("clauses", i, 0, err)
		}
		return nil
	})
	return err
}

func importEvents(ctx context.Context, tx *sql.Tx, x *exportFile, rep *domain.JSONImportReport) error {
	var err error
	rep.Events, err = eachRecord(ctx, x, "events", nil, func(i int, v domain.Event) error {
		if _, err := tx.ExecContext(ctx, `INSERT INTO events (id, entity, entity_id, at, what, detail)
			VALUES (?, ?, ?, ?, ?, ?)`, v.ID, v.Entity, v.EntityID, timeText(v.At), v.What, v.Detail); err != nil {
			return recordError("events", i, v.ID, err)
		}
		return nil
	})
	return err
}
