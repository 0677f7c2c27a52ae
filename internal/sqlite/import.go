package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/namematch"
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
	loadNames string // SELECT id, name FROM …: a line without a key is matched by name (name_match.go)
	normalize func(*T)
	validate  func(*T) error
	name      func(*T) string
	diff      func(stored, merged *T) []string
	// fill copies the new rows, id >= ?, into the full-text index in one
	// statement (bulkLoad).
	fill string
	// checked are the tables with references that the import writes,
	// checked before the commit (importTx).
	checked []string
	table   *tableSpec[T]
}

// maxLinesAhead is the most lines of a report given room at the start, on
// the caller's word (ImportOptions.Total): 128 MB.
const maxLinesAhead = 1 << 20

// importRows runs an import: every line judged in file order inside one
// transaction, then committed as a whole, or nothing. A dry run uses a
// read transaction and writes nothing. A panic of rows passes through to
// the caller after the rollback.
func importRows[T any](ctx context.Context, db *DB, spec *importSpec[T], rows domain.ImportRows[T], opt domain.ImportOptions) (*domain.ImportReport, error) {
	// With the count of lines (the window has it from the preview), the
	// report takes its room once. Grown line by line, the lines of 100,000
	// were copied to a larger array 30 times, 56 MB in all.
	rep := &domain.ImportReport{Noun: spec.noun, DryRun: opt.DryRun,
		Lines: make([]domain.ImportLine, 0, min(max(opt.Total, 0), maxLinesAhead))}
	if rows == nil {
		rows = domain.RowsOf[T](nil)
	}
	clock := newStepClock(db.importSteps)
	err := db.importTx(ctx, opt.DryRun, spec.checked, func(tx *sql.Tx) error {
		return importLines(ctx, db, tx, spec, rows, opt, rep, clock)
	})
	// A statement interrupted by the end of ctx fails with the context's
	// error; the person gets the one sentence for it. A full disk can fail
	// any statement once the cache spills.
	if err != nil && ctx.Err() != nil {
		err = errImportCancelled(ctx.Err())
	}
	if err != nil {
		return rep, storageError(db.path, err)
	}
	clock.lap("commit")
	rep.Written = !opt.DryRun
	return rep, nil
}

// importLines judges the lines and writes them in tx.
func importLines[T any](ctx context.Context, db *DB, tx *sql.Tx, spec *importSpec[T], rows domain.ImportRows[T],
	opt domain.ImportOptions, rep *domain.ImportReport, clock *stepClock) error {
	keys, err := loadKeys(ctx, tx, spec.loadKeys, spec.keyOf)
	if err != nil {
		return err
	}
	now := db.now()
	var bulk *bulkLoad
	if !opt.DryRun {
		if bulk, err = startBulk(ctx, tx, spec.table.table, spec.fill); err != nil {
			return err
		}
		bulk.sortInRuns = true // tx has a connection of its own (importTx)
	}
	// A dry run prepares the writer too, for its look-ups; it writes nothing.
	w, err := openTableWriter(ctx, tx, spec.table, now, importBatch)
	if err != nil {
		return err
	}
	defer w.close()
	if bulk != nil {
		w.keep = bulk.keepSchema
	}
	nextID := bulk.nextID()    // 0 in a dry run: new records get no id
	inFile := map[string]int{} // key → the line that took it
	names := namematch.New(spec.loadNames)
	done, added := 0, 0
	lines, stop := readAhead(spec, rows, !opt.DryRun)
	defer stop()
	for ahead := range lines {
		if ahead.readErr != nil {
			return errRowsEnded(ahead.readErr)
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		if opt.Progress != nil && done > 0 && done%domain.ProgressEvery == 0 {
			opt.Progress(done, opt.Total)
		}
		done++
		line, rec, err := judge(ctx, tx, spec, w, keys, inFile, names, ahead, opt.DryRun)
		if err != nil {
			return err
		}
		if line.Action == domain.ImportRefuse && !opt.SkipInvalid && !opt.DryRun {
			rep.Add(line)
			return domain.Errorf(domain.EINVALID,
				"Nothing was imported: line %d was refused. %s Correct the line, or choose to skip refused lines.", line.Line, line.Reason)
		}
		if line.Action == domain.ImportAdd && !opt.DryRun {
			*spec.table.id(rec) = nextID
			nextID++
			if err := w.addValues(ctx, rec, ahead.values); err != nil {
				return err
			}
			line.ID = *spec.table.id(rec)
			if added++; added == bulk.worthFrom() {
				if err := bulk.dropIndexes(ctx); err != nil {
					return err
				}
			}
		}
		rep.Add(line)
	}
	if opt.Progress != nil {
		opt.Progress(done, done)
	}
	if opt.DryRun {
		return nil
	}
	clock.lap("lines")
	if err := w.flush(ctx); err != nil {
		return err
	}
	clock.lap("tags")
	if err := bulk.finish(ctx); err != nil {
		return err
	}
	clock.lap("rebuild")
	if rep.Added+rep.Updated == 0 {
		return nil
	}
	detail := sentencef("%d added, %d updated, %d unchanged, %d refused", rep.Added, rep.Updated, rep.Unchanged, rep.Refused)
	if opt.Source != "" {
		detail = sentencef("from %s: %d added, %d updated, %d unchanged, %d refused", opt.Source, rep.Added, rep.Updated, rep.Unchanged, rep.Refused)
	}
	return logEvent(ctx, tx, "import", 0, now, spec.noun, detail)
}

// judge decides what one line does, and does it for an update (adds are
// the caller's, who gives the ids). rec is the record to add: the
// normalised copy readAhead made, the caller's record stays as read. The
// name and key in the line are copies: a report of 100,000 lines must not
// keep the text of every line it was read from.
func judge[T any](ctx context.Context, tx *sql.Tx, spec *importSpec[T], w *tableWriter[T], keys map[string]int64,
	inFile map[string]int, names *namematch.Matcher, ahead aheadLine[T], dryRun bool) (line domain.ImportLine, rec *T, err error) {
	row := ahead.row
	line = domain.ImportLine{Line: row.Line, Action: domain.ImportRefuse}
	if row.Err != nil || row.Record == nil {
		line.Reason = reasonOf(row.Err, "the line holds no record")
		return line, nil, nil
	}
	rec = ahead.rec
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
		if err := ahead.invalid; err != nil {
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
	old, err := spec.table.find(ctx, tx, id)
	if err != nil {
		return line, nil, err
	}
	merged := *old
	if row.Merge != nil {
		row.Merge(&merged)
	} else {
		keep := *spec.table.id(&merged)
		merged = *rec
		*spec.table.id(&merged) = keep
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
