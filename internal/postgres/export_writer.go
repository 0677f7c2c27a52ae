package postgres

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
)

// A copy of internal/sqlite's export_writer.go (this package may not import
// that one), so that an export from either store is the same bytes.
//
// exportWriter writes one JSON object, key by key, and the arrays in it
// element by element, so that an export of any size holds one record in
// memory at a time. The bytes are exactly those of encoding the whole
// object with json.Encoder, SetIndent("", "  ") and SetEscapeHTML(false):
// the file reads the same as if it had been built in memory.
type exportWriter struct {
	w     *bufio.Writer
	buf   bytes.Buffer
	value *json.Encoder // a value of the object, indented one level
	item  *json.Encoder // an element of an array in it, indented two
	keys  int
	err   error // the first failure; everything after it is skipped
}

func newExportWriter(w io.Writer) *exportWriter {
	x := &exportWriter{w: bufio.NewWriterSize(w, 64<<10)}
	x.value = json.NewEncoder(&x.buf)
	x.value.SetIndent("  ", "  ")
	x.value.SetEscapeHTML(false)
	x.item = json.NewEncoder(&x.buf)
	x.item.SetIndent("    ", "  ")
	x.item.SetEscapeHTML(false)
	return x
}

// key starts the next key of the object.
func (x *exportWriter) key(name string) {
	sep := ",\n  "
	if x.keys == 0 {
		sep = "{\n  "
	}
	x.keys++
	x.write(sep + `"` + name + `": `)
}

// field writes a key and its value.
func (x *exportWriter) field(name string, v any) {
	x.key(name)
	x.encode(x.value, v)
}

// list writes a key and an array whose elements each hands to emit, one
// at a time. An error of each, or of the writing, ends the list.
func (x *exportWriter) list(name string, each func(emit func(any) error) error) error {
	x.key(name)
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
func (x *exportWriter) close() error {
	x.write("\n}\n")
	if x.err == nil {
		if err := x.w.Flush(); err != nil {
			x.err = exportWriteError(err)
		}
	}
	return x.err
}

// encode writes v without the line end the encoder adds.
func (x *exportWriter) encode(enc *json.Encoder, v any) {
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
		x.err = exportWriteError(err)
	}
}

func (x *exportWriter) write(s string) {
	if x.err != nil {
		return
	}
	if _, err := x.w.WriteString(s); err != nil {
		x.err = exportWriteError(err)
	}
}

// exportWriteError is a failure to write the export: a full disk says so.
func exportWriteError(err error) error {
	return fmt.Errorf("write the export: %w", err)
}
