package exportfile

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
)

// Writer writes one JSON object, key by key, and the arrays in it
// element by element, so that an export of any size holds one record in
// memory at a time. The bytes are exactly those of encoding the whole
// object with json.Encoder, SetIndent("", "  ") and SetEscapeHTML(false):
// the file reads the same as if it had been built in memory.
type Writer struct {
	w     *bufio.Writer
	buf   bytes.Buffer
	value *json.Encoder // a value of the object, indented one level
	item  *json.Encoder // an element of an array in it, indented two
	keys  int
	err   error // the first failure; everything after it is skipped
	// writeErr words a failure to write: each store says a full disk
	// its own way.
	writeErr func(error) error
}

// NewWriter writes the export to w; writeErr, if not nil, words a failure
// to write to w (a full disk) as the store says it.
func NewWriter(w io.Writer, writeErr func(error) error) *Writer {
	if writeErr == nil {
		writeErr = func(err error) error { return err }
	}
	x := &Writer{w: bufio.NewWriterSize(w, 64<<10), writeErr: writeErr}
	x.value = json.NewEncoder(&x.buf)
	x.value.SetIndent("  ", "  ")
	x.value.SetEscapeHTML(false)
	x.item = json.NewEncoder(&x.buf)
	x.item.SetIndent("    ", "  ")
	x.item.SetEscapeHTML(false)
	return x
}

// key starts the next key of the object.
func (x *Writer) Key(name string) {
	sep := ",\n  "
	if x.keys == 0 {
		sep = "{\n  "
	}
	x.keys++
	x.write(sep + `"` + name + `": `)
}

// field writes a key and its value.
func (x *Writer) Field(name string, v any) {
	x.Key(name)
	x.encode(x.value, v)
}

// list writes a key and an array whose elements each hands to emit, one
// at a time. An error of each, or of the writing, ends the list.
func (x *Writer) List(name string, each func(emit func(any) error) error) error {
	x.Key(name)
	x.write("[")
	n := 0
	err := each(func(v any) error {
		if n == 0 {
			x.write("\n    ")
		} else {
			x.write(",\n    ")
		}
		n++
		x.encode(x.item, v)
		return x.err
	})
	if x.err != nil {
		return x.err // the writing failed: its sentence, not the reading's
	}
	if err != nil {
		return err
	}
	if n > 0 {
		x.write("\n  ")
	}
	x.write("]")
	return x.err
}

// close ends the object and flushes what is buffered.
func (x *Writer) Close() error {
	x.write("\n}\n")
	if x.err == nil {
		if err := x.w.Flush(); err != nil {
			x.err = x.writeErr(fmt.Errorf("write the export: %w", err))
		}
	}
	return x.err
}

// encode writes v without the line end the encoder adds.
func (x *Writer) encode(enc *json.Encoder, v any) {
	if x.err != nil {
		return
	}
	x.buf.Reset()
	if err := enc.Encode(v); err != nil {
		x.err = fmt.Errorf("export: encode %T: %w", v, err)
		return
	}
	x.buf.Truncate(x.buf.Len() - 1)
	if _, err := x.w.Write(x.buf.Bytes()); err != nil {
		x.err = x.writeErr(fmt.Errorf("write the export: %w", err))
	}
}

func (x *Writer) write(s string) {
	if x.err != nil {
		return
	}
	if _, err := x.w.WriteString(s); err != nil {
		x.err = x.writeErr(fmt.Errorf("write the export: %w", err))
	}
}
