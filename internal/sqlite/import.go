package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// ImportAction is what an import does with one line.
type ImportAction string

const (
	ImportAdd       ImportAction = "add"       // a new record
	ImportUpdate    ImportAction = "update"    // a stored record matched by its key changes
	ImportUnchanged ImportAction = "unchanged" // matched, and the line changes nothing
	ImportRefuse    ImportAction = "refuse"    // the line cannot be imported; Reason says why
)

// ImportRow is one line to import: the record as read, or why it could not
// be read. It is the store's side of csvio.Row, so that the store does not
// depend on where the lines come from.
type ImportRow[T any] struct {
	Line   int
	Record *T
	Err    error // the line could not be read; it is refused with this sentence
	// Merge copies what the line says onto the stored record it updates;
	// nil replaces every field the record has.
	Merge func(stored *T)
}

// ImportOptions are the choices of the person importing.
type ImportOptions struct {
	// DryRun judges every line and writes nothing: the preview.
	DryRun bool
	// SkipInvalid imports the valid lines and leaves out the refused
	// ones. Without it the first refused line stops the import and
	// nothing is written.
	SkipInvalid bool
	// Progress, if set, is called every ProgressEvery lines and once at the
	// end of the lines, before the commit, on the importing goroutine.
	Progress func(done, total int)
	// Source names the file in the event log ("managers.csv").
	Source string
}

// ProgressEvery is how often, in lines, an import reports its progress.
const ProgressEvery = 1000

// ImportLine is what happens to one line.
type ImportLine struct {
	Line   int          `json:"line"`
	Action ImportAction `json:"action"`
	// ID is the record added or updated; 0 for a line refused, or added in
	// a dry run.
	ID   int64  `json:"id,omitempty"`
	Name string `json:"name,omitempty"`
	// Key is how the line was matched: the VAT number or e-mail address.
	Key string `json:"key,omitempty"`
	// Changes are the labels of the fields an update changes.
	Changes []string `json:"changes,omitempty"`
	// Reason is why a line is refused: a sentence that names the field
	// and the rule, like the form's.
	Reason string `json:"reason,omitempty"`
}

// ImportReport is the result of an import or of its dry run, line by line.
type ImportReport struct {
	Noun      string       `json:"noun"` // "clients", "managers"
	DryRun    bool         `json:"dry_run"`
	Written   bool         `json:"written"` // committed: on disk
	Lines     []ImportLine `json:"lines"`
	Added     int          `json:"added"`
	Updated   int          `json:"updated"`
	Unchanged int          `json:"unchanged"`
	Refused   int          `json:"refused"`
}

func (r *ImportReport) count(l ImportLine) {
	switch l.Action {
	case ImportAdd:
		r.Added++
	case ImportUpdate:
		r.Updated++
	case ImportUnchanged:
		r.Unchanged++
	case ImportRefuse:
		r.Refused++
	}
	r.Lines = append(r.Lines, l)
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
	normalize func(*T)
	validate  func(*T) error
	name      func(*T) string
	id        func(*T) *int64
	diff      func(stored, merged *T) []string
	fts       ftsSpec
	writer    func(ctx context.Context, tx *sql.Tx, now time.Time) (recordWriter[T], error)
}

// recordWriter writes the records of one import in its transaction.
type recordWriter[T any] interface {
	find(ctx context.Context, id int64) (*T, error)
	add(ctx context.Context, rec *T) error // rec has its id; may be buffered
	update(ctx context.Context, rec *T) error
	flush(ctx context.Context) error // writes what add buffered
	close()
}

// importRows runs an import: every line judged in file order inside one
// transaction, then committed as a whole, or nothing. A dry run uses a
// read transaction and writes nothing.
func importRows[T any](ctx context.Context, db *DB, spec *importSpec[T], rows []ImportRow[T], opt ImportOptions) (_ *ImportReport, err error) {
	defer func() {
		// A statement interrupted by the end of ctx fails with the
		// context's error; the person gets the one sentence for it. A
		// full disk can fail any statement once the cache spills.
		if err != nil && ctx.Err() != nil {
			err = errImportCancelled(ctx.Err())
		}
		err = storageError(db.path, err)
	}()
	rep := &ImportReport{Noun: spec.noun, DryRun: opt.DryRun, Lines: make([]ImportLine, 0, len(rows))}
	sess, err := db.startImport(ctx, opt.DryRun)
	if err != nil {
		return rep, err
	}
	defer sess.end()
	tx := sess.tx

	keys, err := loadKeys(ctx, tx, spec.loadKeys, spec.keyOf)
	if err != nil {
		return rep, err
	}
	now := db.now()
	var fts *ftsBulk
	if !opt.DryRun {
		if fts, err = startFTSBulk(ctx, tx, spec.fts); err != nil {
			return rep, err
		}
	}
	// A dry run prepares the writer too, for its look-ups; it writes nothing.
	w, err := spec.writer(ctx, tx, now)
	if err != nil {
		return rep, err
	}
	defer w.close()
	nextID := fts.nextID() // 0 in a dry run: new records get no id

	inFile := map[string]int{} // key → the line that took it
	for i, row := range rows {
		if i%256 == 0 {
			if err := ctx.Err(); err != nil {
				return rep, errImportCancelled(err)
			}
		}
		if opt.Progress != nil && i > 0 && i%ProgressEvery == 0 {
			opt.Progress(i, len(rows))
		}
		line, rec, err := judge(ctx, spec, w, keys, inFile, row, opt.DryRun)
		if err != nil {
			return rep, err
		}
		if line.Action == ImportRefuse && !opt.SkipInvalid && !opt.DryRun {
			rep.count(line)
			return rep, domain.Errorf(domain.EINVALID,
				"Nothing was imported: line %d was refused. %s Correct the line, or choose to skip refused lines.", line.Line, line.Reason)
		}
		if line.Action == ImportAdd && !opt.DryRun {
			*spec.id(rec) = nextID
			nextID++
			if err := w.add(ctx, rec); err != nil {
				return rep, err
			}
			line.ID = *spec.id(rec)
		}
		rep.count(line)
	}
	if opt.Progress != nil {
		opt.Progress(len(rows), len(rows))
	}
	if opt.DryRun {
		return rep, nil
	}
	if err := w.flush(ctx); err != nil {
		return rep, err
	}
	if err := fts.finish(ctx); err != nil {
		return rep, err
	}
	if rep.Added+rep.Updated > 0 {
		detail := fmt.Sprintf("%d added, %d updated, %d unchanged, %d refused", rep.Added, rep.Updated, rep.Unchanged, rep.Refused)
		if opt.Source != "" {
			detail += " from " + opt.Source
		}
		if err := logEvent(ctx, tx, "import", 0, now, spec.noun, detail); err != nil {
			return rep, err
		}
	}
	if err := sess.commit(); err != nil {
		return rep, err
	}
	rep.Written = true
	return rep, nil
}

// judge decides what one line does, and does it for an update (adds are
// the caller's, who gives the ids). rec is the record to add.
func judge[T any](ctx context.Context, spec *importSpec[T], w recordWriter[T], keys map[string]int64,
	inFile map[string]int, row ImportRow[T], dryRun bool) (line ImportLine, rec *T, err error) {
	line = ImportLine{Line: row.Line, Action: ImportRefuse}
	if row.Err != nil || row.Record == nil {
		line.Reason = reasonOf(row.Err, "the line holds no record")
		return line, nil, nil
	}
	r := *row.Record
	rec = &r
	spec.normalize(rec)
	line.Name, line.Key = spec.name(rec), spec.key(rec)
	if first, dup := inFile[line.Key]; dup && line.Key != "" {
		line.Reason = fmt.Sprintf("%s: %s is also on line %d; a %s is imported once.", spec.keyLabel, line.Key, first, spec.one)
		return line, nil, nil
	}
	id, stored := keys[line.Key]
	if line.Key == "" || !stored {
		if err := spec.validate(rec); err != nil {
			line.Reason = reasonOf(err, "")
			return line, nil, nil
		}
		line.Action = ImportAdd
		if line.Key != "" {
			inFile[line.Key] = row.Line
		}
		return line, rec, nil
	}

	line.ID = id
	old, err := w.find(ctx, id)
	if err != nil {
		return line, nil, err
	}
	merged := *old
	if row.Merge != nil {
		row.Merge(&merged)
	} else {
		keep := *spec.id(&merged)
		merged = *rec
		*spec.id(&merged) = keep
	}
	spec.normalize(&merged)
	if err := spec.validate(&merged); err != nil {
		line.Reason = reasonOf(err, "")
		return line, nil, nil
	}
	inFile[line.Key] = row.Line
	line.Name = spec.name(&merged)
	if line.Changes = spec.diff(old, &merged); len(line.Changes) == 0 {
		line.Action = ImportUnchanged
		return line, nil, nil
	}
	line.Action = ImportUpdate
	if !dryRun {
		if err := w.update(ctx, &merged); err != nil {
			return line, nil, err
		}
	}
	return line, nil, nil
}

// reasonOf is the sentence for a refused line.
func reasonOf(err error, fallback string) string {
	if err == nil {
		return fallback
	}
	return domain.ErrorMessage(err)
}

func errImportCancelled(err error) error {
	return domain.Errorf(domain.EINVALID, "The import was stopped before the end (%v); nothing was imported.", err)
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
