package postgres

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/sqlcol"
)

// The firm's clause library, as the SQLite store keeps it
// (internal/sqlite/clause_library.go), sentence for sentence.

// Clauses returns every clause of a template in a language, in
// domain.ClauseKeys order: the firm's text where it saved one, the default
// otherwise. EINVALID for an unknown template or language.
func (db *DB) Clauses(ctx context.Context, j domain.Jurisdiction, lang domain.Lang) ([]*domain.ClauseText, error) {
	if err := checkTemplate(j, lang); err != nil {
		return nil, err
	}
	var own map[domain.ClauseKey]*domain.ClauseText
	err := db.read(ctx, func(tx *sql.Tx) (err error) {
		own, err = firmClauses(ctx, tx, j, lang)
		return err
	})
	if err != nil {
		return nil, err
	}
	out := make([]*domain.ClauseText, 0, len(domain.ClauseKeys()))
	for _, k := range domain.ClauseKeys() {
		if c, ok := own[k]; ok {
			out = append(out, c)
			continue
		}
		c, _ := domain.DefaultClause(j, lang, k)
		out = append(out, &domain.ClauseText{Jurisdiction: j, Lang: lang, Clause: c, Default: true})
	}
	return out, nil
}

// SaveClause saves the firm's text of one clause. Saving the default text
// removes the firm's copy, so the clause follows the default again.
// EINVALID, ECONFLICT (saved or reset elsewhere since Rev was read).
//
// The firm's row is read FOR UPDATE, so of two people saving the same
// clause from the same Rev the second finds the first's and is refused.
// Two first saves find no row to lock: the insert of the second then
// meets the first's row, and its Rev (0) no longer matches.
func (db *DB) SaveClause(ctx context.Context, c *domain.ClauseText) error {
	if c == nil {
		return domain.Errorf(domain.EINVALID, "Clause: there is no text to save.")
	}
	c.Normalize()
	if err := c.Validate(); err != nil {
		return err
	}
	given := c.Rev
	now := db.now()
	err := db.write(ctx, func(tx *sql.Tx) error {
		rev, err := clauseRev(ctx, tx, c.Jurisdiction, c.Lang, c.Key)
		if err != nil {
			return err
		}
		if rev != given {
			return errStale(fmt.Sprintf("The %s clause %q", c.Lang, c.Title))
		}
		def, _ := domain.DefaultClause(c.Jurisdiction, c.Lang, c.Key)
		if c.Title == def.Title && c.Body == def.Body {
			if err := deleteClause(ctx, tx, c.Jurisdiction, c.Lang, c.Key, now); err != nil {
				return err
			}
			c.Default, c.Rev, c.UpdatedAt = true, 0, time.Time{}
			return nil
		}
		// A first save inserts only: when another first save came in
		// between, nothing is inserted and the Rev no longer matches.
		conflict := ` DO UPDATE SET title = excluded.title, body = excluded.body,
				rev = clauses.rev + 1, updated_at = excluded.updated_at`
		if given == 0 {
			conflict = ` DO NOTHING`
		}
		err = tx.QueryRowContext(ctx, `INSERT INTO clauses (jurisdiction, language, key, title, body, rev, updated_at)
			VALUES ($1, $2, $3, $4, $5, 1, $6)
			ON CONFLICT (jurisdiction, language, key)`+conflict+`
			RETURNING rev`,
			string(c.Jurisdiction), string(c.Lang), string(c.Key), c.Title, c.Body, sqlcol.TimeText(now)).Scan(&rev)
		if errors.Is(err, sql.ErrNoRows) {
			return errStale(fmt.Sprintf("The %s clause %q", c.Lang, c.Title))
		} else if err != nil {
			return fmt.Errorf("save clause %s: %w", c.Key, err)
		}
		if err := logEvent(ctx, tx, "clause", 0, now, "saved", clauseName(c.Jurisdiction, c.Lang, c.Key)); err != nil {
			return err
		}
		c.Default, c.Rev, c.UpdatedAt = false, rev, now
		return nil
	})
	if err != nil {
		c.Rev = given
	}
	return err
}

// ResetClause puts the default text of a clause back; EINVALID for an
// unknown template, language or clause. A clause already at its default
// stays as it is.
func (db *DB) ResetClause(ctx context.Context, j domain.Jurisdiction, lang domain.Lang, key domain.ClauseKey) error {
	if err := checkTemplate(j, lang); err != nil {
		return err
	}
	if !key.Valid() {
		return domain.Invalidf("Clause", "%q is not a clause of the contract templates.", key)
	}
	now := db.now()
	return db.write(ctx, func(tx *sql.Tx) error { return deleteClause(ctx, tx, j, lang, key, now) })
}

func checkTemplate(j domain.Jurisdiction, lang domain.Lang) error {
	if !j.Valid() {
		return domain.Invalidf("Country", "%q has no contract template; use BE or NL.", j)
	}
	if !lang.Valid() {
		return domain.Invalidf("Language", "must be nl, en or fr.")
	}
	return nil
}

// clauseName names a library entry in the event log: "clause
// notice.interim, template BE, language nl", the SQLite store's words.
func clauseName(j domain.Jurisdiction, lang domain.Lang, key domain.ClauseKey) string {
	return fmt.Sprintf("clause %s, template %s, language %s", key, j, lang)
}

// deleteClause removes the firm's text of a clause, logging it when there
// was one.
func deleteClause(ctx context.Context, tx *sql.Tx, j domain.Jurisdiction, lang domain.Lang, key domain.ClauseKey, now time.Time) error {
	res, err := tx.ExecContext(ctx, `DELETE FROM clauses WHERE jurisdiction = $1 AND language = $2 AND key = $3`,
		string(j), string(lang), string(key))
	if err != nil {
		return fmt.Errorf("reset clause %s: %w", key, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return nil
	}
	return logEvent(ctx, tx, "clause", 0, now, "reset", clauseName(j, lang, key))
}

// clauseRev is the row version of the firm's text of a clause, 0 when it
// has none; the row stays locked until the transaction ends.
func clauseRev(ctx context.Context, tx *sql.Tx, j domain.Jurisdiction, lang domain.Lang, key domain.ClauseKey) (int64, error) {
	var rev int64
	err := tx.QueryRowContext(ctx, `SELECT rev FROM clauses WHERE jurisdiction = $1 AND language = $2 AND key = $3 FOR UPDATE`,
		string(j), string(lang), string(key)).Scan(&rev)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	} else if err != nil {
		return 0, fmt.Errorf("read clause %s: %w", key, err)
	}
	return rev, nil
}

// firmClauses reads the firm's own texts of a template in a language.
// Rows of clauses this version does not know are left out.
func firmClauses(ctx context.Context, tx *sql.Tx, j domain.Jurisdiction, lang domain.Lang) (map[domain.ClauseKey]*domain.ClauseText, error) {
	rows, err := tx.QueryContext(ctx, `SELECT key, title, body, rev, updated_at FROM clauses
		WHERE jurisdiction = $1 AND language = $2`, byKey(string(j), string(lang))...)
	if err != nil {
		return nil, fmt.Errorf("read the clause library: %w", err)
	}
	list, err := scanAll(rows, func(s scanner) (*domain.ClauseText, error) {
		c := &domain.ClauseText{Jurisdiction: j, Lang: lang}
		err := s.Scan(&c.Key, &c.Title, &c.Body, &c.Rev, sqlcol.Time{T: &c.UpdatedAt})
		return c, err
	})
	if err != nil {
		return nil, fmt.Errorf("read the clause library: %w", err)
	}
	out := map[domain.ClauseKey]*domain.ClauseText{}
	for _, c := range list {
		if c.Key.Valid() {
			out[c.Key] = c
		}
	}
	return out, nil
}

// contractClauses are the texts of keys (domain.AgreementClauses), in
// order, as the library holds them now.
func contractClauses(ctx context.Context, tx *sql.Tx, j domain.Jurisdiction, lang domain.Lang, keys []domain.ClauseKey) ([]domain.Clause, error) {
	own, err := firmClauses(ctx, tx, j, lang)
	if err != nil {
		return nil, err
	}
	out := make([]domain.Clause, 0, len(keys))
	for _, k := range keys {
		if c, ok := own[k]; ok {
			out = append(out, c.Clause)
			continue
		}
		c, _ := domain.DefaultClause(j, lang, k)
		out = append(out, c)
	}
	return out, nil
}
