package sqlite

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

// recordBatch is records of one array travelling from the goroutine that
// reads them to the one that writes them; err, when set, is why the
// records ended early (the fault of the record after the last).
type recordBatch[T any] struct {
	recs  []T
	first int // the index in the array of recs[0]
	err   error
}

// A batch is handed over once it holds recordBatchLen records or
// recordBatchBytes of the file: enough that handing over costs nothing,
// little enough that issued PDFs of a megabyte each do not pile up.
const (
	recordBatchLen   = 256
	recordBatchBytes = 1 << 20
)

// errStopped ends the reading goroutine when the writer stopped first.
var errStopped = errors.New("stopped")

// eachRecord reads the array of key record by record and hands each, in
// the order of the file, to write, which writes it in the import's
// transaction. Reading, decoding and check (the record's Validate, a
// PDF's hash; nil for none) run on a goroutine of their own, on the other
// core, while SQLite writes on this one; at most a few batches wait in
// between, so memory does not grow with the file. check and write return
// the sentence for the record (recordError). It returns the number of
// records written.
func eachRecord[T any](ctx context.Context, x *exportFile, key string,
	check func(i int, rec T) error, write func(i int, rec T) error) (int, error) {
	v, ok := x.keys[key]
	if !ok {
		return 0, nil
	}
	if check == nil {
		check = func(int, T) error { return nil }
	}
	if v.kind != '[' {
		// null, or not an array: encoding/json says which.
		var list []T
		if err := x.decodeOne(key, &list); err != nil {
			return 0, err
		}
		for i, rec := range list {
			if err := check(i, rec); err != nil {
				return 0, err
			}
			if err := write(i, rec); err != nil {
				return 0, err
			}
		}
		return len(list), nil
	}
	batches, stop := readRecords(ctx, x, key, check)
	defer stop()
	n := 0
	for b := range batches {
		for j, rec := range b.recs {
			if err := write(b.first+j, rec); err != nil {
				return n, err
			}
			n++
		}
		if b.err != nil {
			return n, b.err
		}
	}
	return n, ctx.Err()
}

// readRecords decodes and checks the records of the array of key on a
// goroutine of its own. stop ends it and waits for it: after stop returns
// nothing reads the file any more, so the next array may be read.
func readRecords[T any](ctx context.Context, x *exportFile, key string, check func(int, T) error) (batches <-chan recordBatch[T], stop func()) {
	out := make(chan recordBatch[T], 2)
	quit, done := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(done)
		defer close(out)
		var b recordBatch[T]
		size := 0
		send := func() bool {
			select {
			case out <- b:
				b, size = recordBatch[T]{first: b.first + len(b.recs)}, 0
				return true
			case <-quit:
				return false
			case <-ctx.Done():
				return false
			}
		}
		i := 0
		defer func() {
			if r := recover(); r != nil {
				b.err = fmt.Errorf("reading %s failed at %s: %v", key, recordAt(key, i), r)
				send()
			}
		}()
		s, _, _ := x.scannerAt(key)
		err := s.elements(func() error {
			raw, at, err := s.capture()
			if err != nil {
				return err
			}
			var rec T
			if err := decodeValue(raw, at, key, i, &rec); err != nil {
				return err
			}
			if err := check(i, rec); err != nil {
				return err
			}
			b.recs = append(b.recs, rec)
			i++
			if size += len(raw); len(b.recs) == recordBatchLen || size >= recordBatchBytes {
				if !send() {
					return errStopped
				}
			}
			return nil
		})
		if errors.Is(err, errStopped) {
			return
		}
		b.err = importFileError(err)
		if len(b.recs) > 0 || b.err != nil {
			send()
		}
	}()
	return out, sync.OnceFunc(func() {
		close(quit)
		<-done
	})
}
