package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/sqlcol"
)

// The store keeps the firm's clause library.
var _ domain.ClauseLibrary = (*DB)(nil)

// Clauses returns every clause of a template in a language, in
// domain.ClauseKeys order: the firm's text where it saved one, the default
// otherwise. EINVALID for an unknown template or language.
func (db *DB) Clauses(ctx context.Context, j domain.Jurisdiction, lang domain.Lang) ([]*domain.ClauseText, error) {
	if err := checkTemplate(j, lang); err != nil {
		return nil, err
	}
	tx, err := db.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	own, err := firmClauses(ctx, tx, j, lang)
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
func (db *DB) SaveClause(ctx context.Context, c *domain.ClauseText) error {
	if c == nil {
		return domain.Errorf(domain.EINVALID, "Clause: there is no text to save.")
	}
	c.Normalize()
	if err := c.Validate(); err != nil {
		return err
	}
	return db.write(ctx, func(tx *sql.Tx) error {
		rev, err := clauseRev(ctx, tx, c.Jurisdiction, c.Lang, c.Key)
		if err != nil {
			return err
		}
		if rev != c.Rev {
			return errStale(fmt.Sprintf("The %s clause %q", c.Lang, c.Title))
		}
		now := db.now()
		def, _ := domain.DefaultClause(c.Jurisdiction, c.Lang, c.Key)
		if c.Title == def.Title && c.Body == def.Body {
			if err := deleteClause(ctx, tx, c.Jurisdiction, c.Lang, c.Key, now); err != nil {
				return err
			}
			c.Default, c.Rev, c.UpdatedAt = true, 0, time.Time{}
			return nil
		}
		err = tx.QueryRowContext(ctx, `INSERT INTO clauses (jurisdiction, language, key, title, body, rev, updated_at)
			VALUES (?, ?, ?, ?, ?, 1, ?)
			ON CONFLICT (jurisdiction, language, key) DO UPDATE SET title = excluded.title, body = excluded.body,
				rev = rev + 1, updated_at = excluded.updated_at
			RETURNING rev`,
			string(c.Jurisdiction), string(c.Lang), string(c.Key), c.Title, c.Body, sqlcol.TimeText(now)).Scan(&rev)
		if err != nil {
			return fmt.Errorf("save clause %s: %w", c.Key, err)
		}
		if err := logEvent(ctx, tx, "clause", 0, now, "saved", clauseName(c.Jurisdiction, c.Lang, c.Key)); err != nil {
			return err
		}
		c.Default, c.Rev, c.UpdatedAt = false, rev, now
		return nil
	})
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
	return db.write(ctx, func(tx *sql.Tx) error { return deleteClause(ctx, tx, j, lang, key, db.now()) })
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
// notice.interim, template BE, language nl".
func clauseName(j domain.Jurisdiction, lang domain.Lang, key domain.ClauseKey) string {
	return sentencef("clause %s, template %s, language %s", key, j, lang)
}

// deleteClause removes the firm's text of a clause, logging it when there
// was one.
func deleteClause(ctx context.Context, tx *sql.Tx, j domain.Jurisdiction, lang domain.Lang, key domain.ClauseKey, now time.Time) error {
	res, err := tx.ExecContext(ctx, `DELETE FROM clauses WHERE jurisdiction = ? AND language = ? AND key = ?`,
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
// has none.
func clauseRev(ctx context.Context, tx *sql.Tx, j domain.Jurisdiction, lang domain.Lang, key domain.ClauseKey) (int64, error) {
	var rev int64
	err := tx.QueryRowContext(ctx, `SELECT rev FROM clauses WHERE jurisdiction = ? AND language = ? AND key = ?`,
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
		WHERE jurisdiction = ? AND language = ?`, string(j), string(lang))
	if err != nil {
		return nil, fmt.Errorf("read the clause library: %w", err)
	}
	defer rows.Close()
	out := map[domain.ClauseKey]*domain.ClauseText{}
	for rows.Next() {
		c := &domain.ClauseText{Jurisdiction: j, Lang: lang}
		if err := rows.Scan(&c.Key, &c.Title, &c.Body, &c.Rev, sqlcol.Time{T: &c.UpdatedAt}); err != nil {
			return nil, fmt.Errorf("read the clause library: %w", err)
		}
		if c.Key.Valid() {
			out[c.Key] = c
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read the clause library: %w", err)
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
