package sqlite

import (
	"fmt"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// prepared is a line read and checked ahead of the writer: the work that
// depends on the line alone.
type prepared[T any] struct {
	row     domain.ImportRow[T]
	rec     *T     // a normalised copy of the record; nil when the line holds none
	key     string // the matching key of rec
	invalid error  // rec's Validate, for a line that adds a record
	enc     any    // the spec's encoding of a valid rec, for its writer
	encErr  error
}

// prepare normalises and validates the record of one line. The store's
// own copy is changed, never the caller's.
func (spec *importSpec[T]) prepare(row domain.ImportRow[T]) prepared[T] {
	p := prepared[T]{row: row}
	if row.Err != nil || row.Record == nil {
		return p
	}
	r := *row.Record
	spec.normalize(&r)
	p.rec, p.key, p.invalid = &r, spec.key(&r), spec.validate(&r)
	if p.invalid == nil && spec.encode != nil {
		p.enc, p.encErr = spec.encode(&r)
	}
	return p
}

// lineBatch is lines travelling together from the reading goroutine to the
// writing one; err, when set, is why the lines ended early.
type lineBatch[T any] struct {
	lines []prepared[T]
	err   error
}

// prefetchBatch is how many lines a batch holds: enough that handing them
// over costs nothing, few enough that a cancelled import stops at once.
const prefetchBatch = 256

// prefetch reads the rows on a goroutine of its own and prepares them
// there, so that reading (parsing a CSV file) and checking run on one core
// while SQLite writes on another. At most a few batches wait, whatever the
// length of the file. stop ends the goroutine and waits for it: after stop
// returns nothing reads the caller's file any more, so the caller may close
// it. A panic while reading ends the lines with an error instead of the
// program.
func prefetch[T any](spec *importSpec[T], rows domain.ImportRows[T]) (batches <-chan lineBatch[T], stop func()) {
	out := make(chan lineBatch[T], 4)
	quit, done := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(done)
		defer close(out)
		b := lineBatch[T]{lines: make([]prepared[T], 0, prefetchBatch)}
		send := func() bool {
			select {
			case out <- b:
				b = lineBatch[T]{lines: make([]prepared[T], 0, prefetchBatch)}
				return true
			case <-quit:
				return false
			}
		}
		last := 0 // the line read last, for the panic's message
		defer func() {
			if r := recover(); r != nil {
				b.err = fmt.Errorf("reading the lines after line %d failed: %v", last, r)
				send()
			}
		}()
		for row, err := range rows {
			if err != nil {
				b.err = err
				break
			}
			last = row.Line
			b.lines = append(b.lines, spec.prepare(row))
			if len(b.lines) == prefetchBatch && !send() {
				return
			}
		}
		if len(b.lines) > 0 || b.err != nil {
			send()
		}
	}()
	stopped := false
	return out, func() {
		if !stopped {
			stopped = true
			close(quit)
			<-done
		}
	}
}
