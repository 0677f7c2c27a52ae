package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
)

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
	// encode, if set, turns a record into what its writer binds (a
	// manager's lists as JSON); it runs with the reading, on the other
	// core, and add gets its result.
	encode func(*T) (any, error)
	bulk   bulkSpec
	writer func(ctx context.Context, tx *sql.Tx, now time.Time) (recordWriter[T], error)
}

// recordWriter writes the records of one import in its transaction.
type recordWriter[T any] interface {
	find(ctx context.Context, id int64) (*T, error)
	// add writes a new record, which has its id, or buffers it; enc is
	// what the spec's encode made of it, nil without one.
	add(ctx context.Context, rec *T, enc any) error
	update(ctx context.Context, rec *T) error
	flush(ctx context.Context) error // writes what add buffered
	close()
}

// bulkFrom is the number of new records from which an import may drop
// the secondary indexes of the tables it fills and build them again before
// the commit: sorting 100,000 keys once costs half of what 100,000 inserts
// at random places in five B-trees cost. Rebuilding sorts the rows already
// there too, so it pays only once the new rows are as many as those
// (bulkLoad.worthFrom).
const bulkFrom = 5000

// importRows runs an import: every line judged in file order inside one
// transaction, then committed as a whole, or nothing. A dry run uses a
// read transaction and writes nothing. The lines are read and checked on
// a goroutine of their own (prefetch) while this one writes.
func importRows[T any](ctx context.Context, db *DB, spec *importSpec[T], rows domain.ImportRows[T], opt domain.ImportOptions) (_ *domain.ImportReport, err error) {
	defer func() {
		// A statement interrupted by the end of ctx fails with the
		// context's error; the person gets the one sentence for it. A
		// full disk can fail any statement once the cache spills.
		if err != nil && ctx.Err() != nil {
			err = errImportCancelled(ctx.Err())
		}
		err = storageError(db.path, err)
	}()
	rep := &domain.ImportReport{Noun: spec.noun, DryRun: opt.DryRun, Lines: []domain.ImportLine{}}
	if rows == nil {
		rows = domain.RowsOf[T](nil)
	}
	clock := newStepClock(db.importSteps)
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
	var bulk *bulkLoad
	if !opt.DryRun {
		if bulk, err = startBulk(ctx, tx, spec.bulk); err != nil {
			return rep, err
		}
	}
	// A dry run prepares the writer too, for its look-ups; it writes nothing.
	w, err := spec.writer(ctx, tx, now)
	if err != nil {
		return rep, err
	}
	defer w.close()
	nextID := bulk.nextID() // 0 in a dry run: new records get no id

	batches, stop := prefetch(spec, rows)
	defer stop()
	inFile := map[string]int{} // key → the line that took it
	done, added := 0, 0
	for b := range batches {
		if err := ctx.Err(); err != nil {
			return rep, errImportCancelled(err)
		}
		for _, p := range b.lines {
			if opt.Progress != nil && done > 0 && done%domain.ProgressEvery == 0 {
				opt.Progress(done, opt.Total)
			}
			done++
			line, rec, err := judge(ctx, spec, w, keys, inFile, p, opt.DryRun)
			if err == nil && rec != nil {
				err = p.encErr
			}
			if err != nil {
				return rep, err
			}
			if line.Action == domain.ImportRefuse && !opt.SkipInvalid && !opt.DryRun {
				rep.Add(line)
				return rep, domain.Errorf(domain.EINVALID,
					"Nothing was imported: line %d was refused. %s Correct the line, or choose to skip refused lines.", line.Line, line.Reason)
			}
			if line.Action == domain.ImportAdd && !opt.DryRun {
				*spec.id(rec) = nextID
				nextID++
				if err := w.add(ctx, rec, p.enc); err != nil {
					return rep, err
				}
				line.ID = *spec.id(rec)
				if added++; added == bulk.worthFrom() {
					if err := bulk.dropIndexes(ctx); err != nil {
						return rep, err
					}
				}
			}
			rep.Add(line)
		}
		if b.err != nil {
			return rep, errRowsEnded(b.err)
		}
	}
	if opt.Progress != nil {
		opt.Progress(done, done)
	}
	if opt.DryRun {
		return rep, nil
	}
	clock.lap("lines")
	if err := w.flush(ctx); err != nil {
		return rep, err
	}
	clock.lap("tags")
	if err := bulk.finish(ctx, clock); err != nil {
		return rep, err
	}
	if rep.Added+rep.Updated > 0 {
		detail := sentencef("%d added, %d updated, %d unchanged, %d refused", rep.Added, rep.Updated, rep.Unchanged, rep.Refused)
		if opt.Source != "" {
			detail = sentencef("from %s: %d added, %d updated, %d unchanged, %d refused", opt.Source, rep.Added, rep.Updated, rep.Unchanged, rep.Refused)
		}
		if err := logEvent(ctx, tx, "import", 0, now, spec.noun, detail); err != nil {
			return rep, err
		}
	}
	if err := sess.commit(); err != nil {
		return rep, err
	}
	clock.lap("commit")
	db.checkpointSoon()
	rep.Written = true
	return rep, nil
}

// judge decides what one line does, and does it for an update (adds are
// the caller's, who gives the ids). rec is the record to add. The name
// and key in the line are copies: a report of 100,000 lines must not keep
// the text of every line it was read from.
func judge[T any](ctx context.Context, spec *importSpec[T], w recordWriter[T], keys map[string]int64,
	inFile map[string]int, p prepared[T], dryRun bool) (line domain.ImportLine, rec *T, err error) {
	line = domain.ImportLine{Line: p.row.Line, Action: domain.ImportRefuse}
	if p.rec == nil {
		line.Reason = reasonOf(p.row.Err, "the line holds no record")
		return line, nil, nil
	}
	rec = p.rec
	line.Name, line.Key = strings.Clone(spec.name(rec)), strings.Clone(p.key)
	if first, dup := inFile[line.Key]; dup && line.Key != "" {
		line.Reason = fmt.Sprintf("%s: %s is also on line %d; a %s is imported once.", spec.keyLabel, line.Key, first, spec.one)
		return line, nil, nil
	}
	id, stored := keys[line.Key]
	if line.Key == "" || !stored {
		if p.invalid != nil {
			line.Reason = reasonOf(p.invalid, "")
			return line, nil, nil
		}
		line.Action = domain.ImportAdd
		if line.Key != "" {
			inFile[line.Key] = line.Line
		}
		return line, rec, nil
	}

	line.ID = id
	old, err := w.find(ctx, id)
	if err != nil {
		return line, nil, err
	}
	merged := *old
	if p.row.Merge != nil {
		p.row.Merge(&merged)
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
	inFile[line.Key] = line.Line
	line.Name = strings.Clone(spec.name(&merged))
	if line.Changes = spec.diff(old, &merged); len(line.Changes) == 0 {
		line.Action = domain.ImportUnchanged
		return line, nil, nil
	}
	line.Action = domain.ImportUpdate
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
