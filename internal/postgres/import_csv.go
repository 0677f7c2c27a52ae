package postgres

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/namematch"
)

// The imports of clients and managers from a file (CSV, read by csvio):
// the SQLite store's import.go, line for line and sentence for sentence.
// Each line is judged in file order inside one transaction, then all of it
// is committed, or nothing. New records take their ids from the tables'
// sequences and are written as CreateClient and CreateManager write them;
// the bulk path of the SQLite store (indexes dropped and rebuilt) is not
// needed here.

// ImportClients imports lines of clients in one transaction: a line whose
// VAT number is a stored client's updates that client, any other line adds
// one; each is validated by Client.Validate. Options, report and errors
// are those of ImportManagers.
func (db *DB) ImportClients(ctx context.Context, rows domain.ImportRows[domain.Client], opt domain.ImportOptions) (*domain.ImportReport, error) {
	return importRows(ctx, db, &clientImport, rows, opt)
}

// ImportManagers imports lines of managers in one transaction: a line whose
// e-mail address (ignoring capitals) is on the roster updates that manager,
// any other line adds one; each is validated by Manager.Validate. With
// opt.DryRun nothing is written and the report says what would happen.
// Without opt.SkipInvalid the first refused line stops the import with
// EINVALID and nothing is written; with it, refused lines are left out.
// The report lists every line judged, also when an error is returned.
// EINVALID when the rows end in an error or when ctx ends.
func (db *DB) ImportManagers(ctx context.Context, rows domain.ImportRows[domain.Manager], opt domain.ImportOptions) (*domain.ImportReport, error) {
	return importRows(ctx, db, &managerImport, rows, opt)
}

// importSpec is what the import of one kind of record needs to know.
type importSpec[T any] struct {
	noun     string // "managers"
	one      string // "manager"
	keyLabel string // "E-mail", the field a line is matched by
	// key returns the matching key of a normalised record ("" none) and
	// keyOf turns a stored key into the same form, so that the two meet
	// exactly where the unique index would.
	key       func(*T) string
	keyOf     func(string) string
	loadKeys  string // SELECT id, key FROM … WHERE key <> ''
	loadNames string // SELECT id, name FROM …: a line without a key is matched by name
	table     string // locked while an import writes it
	normalize func(*T)
	validate  func(*T) error
	name      func(*T) string
	diff      func(stored, merged *T) []string
	id        func(*T) *int64
	find      func(ctx context.Context, tx *sql.Tx, id int64) (*T, error)
	create    func(ctx context.Context, tx *sql.Tx, rec *T, now time.Time) error
	update    func(ctx context.Context, tx *sql.Tx, rec *T, now time.Time) error
}

var clientImport = importSpec[domain.Client]{
	noun:      "clients",
	one:       "client",
	keyLabel:  "VAT number",
	key:       func(c *domain.Client) string { return c.VATID },
	keyOf:     func(s string) string { return s },
	loadKeys:  `SELECT id, vat_id FROM clients WHERE vat_id <> ''`,
	table:     "clients",
	loadNames: `SELECT id, CASE WHEN btrim(trade_name) <> '' THEN trade_name ELSE legal_name END FROM clients`, // DisplayName
	normalize: (*domain.Client).Normalize,
	validate:  (*domain.Client).Validate,
	name:      (*domain.Client).DisplayName,
	diff:      clientChanges,
	id:        func(c *domain.Client) *int64 { return &c.ID },
	find:      findClient,
	create:    createClient,
	update:    updateClient,
}

var managerImport = importSpec[domain.Manager]{
	noun:      "managers",
	one:       "manager",
	keyLabel:  "E-mail",
	key:       func(m *domain.Manager) string { return nocase(m.Email) },
	keyOf:     nocase, // as the unique index on nocase(email) folds it
	loadKeys:  `SELECT id, email FROM managers WHERE email <> ''`,
	table:     "managers",
	loadNames: `SELECT id, name FROM managers`,
	normalize: (*domain.Manager).Normalize,
	validate:  (*domain.Manager).Validate,
	name:      func(m *domain.Manager) string { return m.Name },
	diff:      managerChanges,
	id:        func(m *domain.Manager) *int64 { return &m.ID },
	find:      findManager,
	create:    createManager,
	update:    updateManager,
}

// importRows runs an import: every line judged in file order inside one
// transaction, then committed as a whole, or nothing. A dry run uses a
// read transaction and writes nothing. The transaction runs once, never
// again from the start: the rows are read as they come.
func importRows[T any](ctx context.Context, db *DB, spec *importSpec[T], rows domain.ImportRows[T], opt domain.ImportOptions) (*domain.ImportReport, error) {
	rep := &domain.ImportReport{Noun: spec.noun, DryRun: opt.DryRun, Lines: []domain.ImportLine{}}
	if rows == nil {
		rows = domain.RowsOf[T](nil)
	}
	opts := writeOptions
	if opt.DryRun {
		opts = readOptions
	}
	err := db.once(ctx, opts, func(tx *sql.Tx) error {
		return importLines(ctx, db, tx, spec, rows, opt, rep)
	})
	if err != nil && ctx.Err() != nil {
		err = errImportCancelled(ctx.Err())
	}
	if err != nil {
		return rep, err
	}
	rep.Written = !opt.DryRun
	return rep, nil
}

// importLines judges the lines and writes them in tx.
//
// An import that writes first locks its table against other writers (not
// readers) until it commits, as SQLite's one writer at a time does: the
// keys it reads stay the stored ones, and a second import of the same file
// finds the first one's records and updates them instead of failing on
// their e-mail addresses.
func importLines[T any](ctx context.Context, db *DB, tx *sql.Tx, spec *importSpec[T], rows domain.ImportRows[T],
	opt domain.ImportOptions, rep *domain.ImportReport) error {
	if !opt.DryRun {
		if _, err := tx.ExecContext(ctx, `LOCK TABLE `+spec.table+` IN SHARE ROW EXCLUSIVE MODE`); err != nil {
			return fmt.Errorf("lock %s for the import: %w", spec.table, err)
		}
	}
	keys, err := loadKeys(ctx, tx, spec.loadKeys, spec.keyOf)
	if err != nil {
		return err
	}
	now := db.now()
	inFile := map[string]int{} // key → the line that took it
	names := namematch.New(spec.loadNames)
	done := 0
	for row, err := range rows {
		if err != nil {
			return errRowsEnded(err)
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		if opt.Progress != nil && done > 0 && done%domain.ProgressEvery == 0 {
			opt.Progress(done, opt.Total)
		}
		done++
		line, rec, err := judge(ctx, tx, spec, keys, inFile, names, row, opt.DryRun, now)
		if err != nil {
			return err
		}
		if line.Action == domain.ImportRefuse && !opt.SkipInvalid && !opt.DryRun {
			rep.Add(line)
			return domain.Errorf(domain.EINVALID,
				"Nothing was imported: line %d was refused. %s Correct the line, or choose to skip refused lines.", line.Line, line.Reason)
		}
		if line.Action == domain.ImportAdd && !opt.DryRun {
			if err := spec.create(ctx, tx, rec, now); err != nil {
				return err
			}
			line.ID = *spec.id(rec)
		}
		rep.Add(line)
	}
	if opt.Progress != nil {
		opt.Progress(done, done)
	}
	if opt.DryRun || rep.Added+rep.Updated == 0 {
		return nil
	}
	detail := fmt.Sprintf("%d added, %d updated, %d unchanged, %d refused", rep.Added, rep.Updated, rep.Unchanged, rep.Refused)
	if opt.Source != "" {
		detail = fmt.Sprintf("from %s: %d added, %d updated, %d unchanged, %d refused", opt.Source, rep.Added, rep.Updated, rep.Unchanged, rep.Refused)
	}
	return logEvent(ctx, tx, "import", 0, now, spec.noun, detail)
}

// judge decides what one line does, and does it for an update (adds are
// the caller's). rec is the record to add: a normalised copy, the
// caller's record stays as read.
func judge[T any](ctx context.Context, tx *sql.Tx, spec *importSpec[T], keys map[string]int64,
	inFile map[string]int, names *namematch.Matcher, row domain.ImportRow[T], dryRun bool, now time.Time) (line domain.ImportLine, rec *T, err error) {
	line = domain.ImportLine{Line: row.Line, Action: domain.ImportRefuse}
	if row.Err != nil || row.Record == nil {
		line.Reason = reasonOf(row.Err, "the line holds no record")
		return line, nil, nil
	}
	r := *row.Record
	rec = &r
	spec.normalize(rec)
	key := spec.key(rec)
	line.Name, line.Key = strings.Clone(spec.name(rec)), strings.Clone(key)
	if first, dup := inFile[key]; dup && key != "" {
		line.Reason = fmt.Sprintf("%s: %s is also on line %d; a %s is imported once.", spec.keyLabel, key, first, spec.one)
		return line, nil, nil
	}
	id, stored := keys[key]
	if key == "" {
		byName, skip, err := namematch.ByName(ctx, tx, names, spec.name(rec), spec.one, spec.keyLabel, line)
		if err != nil {
			return line, nil, err
		} else if skip != nil {
			return *skip, nil, nil
		}
		id, stored, line.ByName = byName, byName != 0, byName != 0
	} else {
		line.SameNameAs = names.SameAs(namematch.Key(spec.name(rec)), line.Line)
	}
	if !stored {
		if err := spec.validate(rec); err != nil {
			line.Reason = reasonOf(err, "")
			return line, nil, nil
		}
		line.Action = domain.ImportAdd
		if key != "" {
			inFile[line.Key] = line.Line
		}
		return line, rec, nil
	}

	line.ID = id
	old, err := spec.find(ctx, tx, id)
	if err != nil {
		return line, nil, err
	}
	merged := *old
	if row.Merge != nil {
		row.Merge(&merged)
	} else {
		merged = *rec
		*spec.id(&merged) = id
	}
	if line.ByName {
		namematch.KeepStoredName(&merged, old)
	}
	spec.normalize(&merged)
	if err := spec.validate(&merged); err != nil {
		line.Reason = reasonOf(err, "")
		return line, nil, nil
	}
	inFile[line.Key] = line.Line
	line.Name = strings.Clone(spec.name(&merged))
	if line.Changes = spec.diff(old, &merged); len(line.Changes) == 0 {
		line.Action = domain.ImportUnchanged
		return line, nil, nil
	}
	line.Action = domain.ImportUpdate
	if !dryRun {
		// The rev read above: a record someone saved since then stops
		// the import with the store's sentence for a stale record.
		setRev(&merged, old)
		if err := spec.update(ctx, tx, &merged, now); err != nil {
			return line, nil, err
		}
	}
	return line, nil, nil
}

// setRev gives the merged record the stored rev its update compares.
func setRev(merged, stored any) {
	switch m := merged.(type) {
	case *domain.Manager:
		m.Rev = stored.(*domain.Manager).Rev
	case *domain.Client:
		m.Rev = stored.(*domain.Client).Rev
	}
}

// reasonOf is the sentence for a refused line.
func reasonOf(err error, fallback string) string {
	if err == nil {
		return fallback
	}
	return domain.ErrorMessage(err)
}

// errRowsEnded passes on why the rest of the file could not be read: the
// reader's sentence when it has one.
func errRowsEnded(err error) error {
	if code := domain.ErrorCode(err); code != domain.EINTERNAL {
		return err
	}
	return fmt.Errorf("read the lines to import (nothing was imported): %w", err)
}

// loadKeys reads the matching key of every stored record: one query,
// instead of one per line.
func loadKeys(ctx context.Context, tx *sql.Tx, query string, keyOf func(string) string) (map[string]int64, error) {
	rows, err := tx.QueryContext(ctx, query)
	if err != nil {
		return nil, fmt.Errorf("read stored keys: %w", err)
	}
	defer rows.Close()
	keys := map[string]int64{}
	for rows.Next() {
		var id int64
		var k string
		if err := rows.Scan(&id, &k); err != nil {
			return nil, fmt.Errorf("read stored keys: %w", err)
		}
		keys[keyOf(k)] = id
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read stored keys: %w", err)
	}
	return keys, nil
}

// clientChanges names the fields an update changes, in the form's order.
func clientChanges(a, b *domain.Client) []string {
	var c changes
	c.add("Legal name", a.LegalName != b.LegalName)
	c.add("Trade name", a.TradeName != b.TradeName)
	c.add("VAT number", a.VATID != b.VATID)
	c.add("Company number", a.CompanyNumber != b.CompanyNumber)
	c.add("Street", a.Address.Street != b.Address.Street)
	c.add("Postcode", a.Address.Postcode != b.Address.Postcode)
	c.add("City", a.Address.City != b.Address.City)
	c.add("Country", a.Address.Country != b.Address.Country)
	c.add("Sector", a.Sector != b.Sector)
	c.add("Contact name", a.Contact.Name != b.Contact.Name)
	c.add("Contact role", a.Contact.Role != b.Contact.Role)
	c.add("Contact e-mail", a.Contact.Email != b.Contact.Email)
	c.add("Contact phone", a.Contact.Phone != b.Contact.Phone)
	c.add("Document language", a.Language != b.Language)
	c.add("Cannot deduct VAT", a.CannotDeductVAT != b.CannotDeductVAT)
	c.add("Notes", a.Notes != b.Notes)
	c.add("Archived", a.Archived != b.Archived)
	return c
}

// managerChanges names the fields an update changes, in the form's order.
func managerChanges(a, b *domain.Manager) []string {
	var c changes
	c.add("Name", a.Name != b.Name)
	c.add("E-mail", a.Email != b.Email)
	c.add("Phone", a.Phone != b.Phone)
	c.add("City", a.City != b.City)
	c.add("Headline", a.Headline != b.Headline)
	c.add("Skills", !slices.Equal(a.Skills, b.Skills))
	c.add("Sectors", !slices.Equal(a.Sectors, b.Sectors))
	c.add("Languages", !slices.Equal(a.Languages, b.Languages))
	c.add("Day rate", a.DayRate != b.DayRate)
	c.add("Available from", a.AvailableFrom != b.AvailableFrom)
	c.add("Days per week", a.MaxDaysPerWeek != b.MaxDaysPerWeek)
	c.add("CV", a.CV != b.CV)
	c.add("Company", a.Company.Name != b.Company.Name)
	c.add("Company VAT number", a.Company.VATID != b.Company.VATID)
	c.add("Company IBAN", a.Company.IBAN != b.Company.IBAN)
	c.add("Company seat", a.Company.Seat != b.Company.Seat)
	c.add("Company number", a.Company.CompanyNumber != b.Company.CompanyNumber)
	c.add("Active", a.Active != b.Active)
	c.add("Notes", a.Notes != b.Notes)
	return c
}

// changes collects the labels of changed fields.
type changes []string

func (c *changes) add(label string, changed bool) {
	if changed {
		*c = append(*c, label)
	}
}
