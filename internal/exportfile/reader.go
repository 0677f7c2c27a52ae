package exportfile

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// Reader reads a JSON export in one pass with encoding/json's
// streaming decoder: the keys of the top-level object in the order of the
// file, and each array record by record, so that a 100 MB export is never
// held whole and a pipe is read like a file.
type Reader struct {
	ctx  context.Context
	dec  *json.Decoder
	in   *countingReader
	seen map[string]bool // the keys read, as Export names them

	format        string
	formatVersion int
	schemaVersion int
	exportedAt    time.Time
	knownSchema   int // the reading store's: a newer file is refused
}

// countingReader counts the bytes read, for the offset of a file that
// ends too early, keeps the error of a read that failed, and finds the
// first byte that is not UTF-8 with its line: encoding/json would turn it
// into U+FFFD without a word.
type countingReader struct {
	r   io.Reader
	n   int64
	err error

	tail    []byte // the bytes not checked yet: a character cut by a read
	lines   int    // newlines before checked
	checked int64  // the file is UTF-8 up to this offset
	bad     int64  // the offset of the first byte that is not UTF-8, or -1
	badLine int
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	if c.bad < 0 {
		c.tail = append(c.tail, p[:n]...)
		c.check(err == io.EOF)
	}
	if err != nil && err != io.EOF {
		c.err = err
	}
	return n, err
}

// check reads the bytes not checked yet for a byte that is not UTF-8; at
// the end of the file (eof) a character cut short is one.
func (c *countingReader) check(eof bool) {
	b := c.tail
	if utf8.Valid(b) {
		c.lines += bytes.Count(b, []byte{'\n'})
		c.checked += int64(len(b))
		b = nil
	}
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		if r == utf8.RuneError && size == 1 {
			if !eof && !utf8.FullRune(b) {
				break // the rest comes with the next read
			}
			c.bad, c.badLine = c.checked, c.lines+1
			break
		}
		if r == '\n' {
			c.lines++
		}
		c.checked += int64(size)
		b = b[size:]
	}
	c.tail = c.tail[:copy(c.tail, b)]
}

// NewReader reads an export from r for a store whose schema is
// knownSchema: a file from a newer schema is refused.
func NewReader(ctx context.Context, r io.Reader, knownSchema int) *Reader {
	in := &countingReader{r: r, bad: -1}
	dec := json.NewDecoder(in)
	dec.DisallowUnknownFields()
	return &Reader{ctx: ctx, dec: dec, in: in, seen: map[string]bool{}, knownSchema: knownSchema}
}

// exportKeys are the keys of the file: those of Export, the reference of
// the format.
var exportKeys = func() []string {
	t := reflect.TypeFor[Export]()
	keys := make([]string, t.NumField())
	for i := range keys {
		keys[i], _, _ = strings.Cut(t.Field(i).Tag.Get("json"), ",")
	}
	return keys
}()

// exportKey is the key of Export that name stands for. Like encoding/json
// it ignores capitals when no key matches exactly.
func exportKey(name string) (string, bool) {
	i := slices.Index(exportKeys, name)
	if i < 0 {
		i = slices.IndexFunc(exportKeys, func(k string) bool { return strings.EqualFold(k, name) })
	}
	return exportKeys[max(i, 0)], i >= 0
}

// read walks the top-level object and calls value for each key of
// Export, in the order of the file, with the decoder before its value;
// value must read the value whole. The envelope's keys are decoded here.
// Anything after the object is not read.
func (x *Reader) Read(value func(key string) error) error {
	tok, err := x.dec.Token()
	switch {
	case err == io.EOF:
		return domain.Errorf(domain.EINVALID, "The file is empty; nothing was imported.")
	case err != nil:
		return x.fault(err, "", -1)
	case tok == nil:
		return nil // null holds no keys: the envelope's check says it is no export
	case tok != json.Delim('{'):
		kind := jsonKind(tok)
		article := map[string]string{"array": "an array", "string": "a string", "number": "a number", "bool": "true or false"}[kind]
		return domain.Errorf(domain.EINVALID, "The file does not fit the export format: it holds %s where an object belongs; nothing was imported.", domain.Word(article))
	}
	for x.dec.More() {
		tok, err := x.Token()
		if err != nil {
			return err
		}
		name, _ := tok.(string)
		key, known := exportKey(name)
		if !known {
			return domain.Errorf(domain.EINVALID, "The file does not fit the export format (json: unknown field %q); nothing was imported.", name)
		}
		if x.seen[key] {
			return domain.Errorf(domain.EINVALID, "The file holds the key %q twice; keep one of them. Nothing was imported.", key)
		}
		x.seen[key] = true
		var envelope any
		switch key {
		case "format":
			envelope = &x.format
		case "format_version":
			envelope = &x.formatVersion
		case "schema_version":
			envelope = &x.schemaVersion
		case "exported_at":
			envelope = &x.exportedAt
		}
		// An export starts with its format and version: a file that is no
		// export is refused before any record is written.
		if envelope != nil {
			err = x.Decode(envelope, key, -1)
		} else if x.seen["format"] && x.seen["format_version"] && x.CheckEnvelope() != nil {
			err = x.CheckEnvelope()
		} else {
			err = value(key)
		}
		if err != nil {
			return err
		}
	}
	_, err = x.Token() // the '}'
	return err
}

// CheckEnvelope refuses a file that is not an Interim Desk export, or one
// of a newer version.
func (x *Reader) CheckEnvelope() error {
	switch {
	case x.format != ExportFormat:
		return domain.Errorf(domain.EINVALID, "The file is not an Interim Desk export: its \"format\" is %q, not %q; nothing was imported.", x.format, ExportFormat)
	case x.formatVersion < 1 || x.formatVersion > ExportFormatVersion:
		return domain.Errorf(domain.EINVALID, "The export is in format version %d; this version of Interim Desk reads version %d. Nothing was imported.", x.formatVersion, ExportFormatVersion)
	case x.schemaVersion > x.knownSchema:
		return domain.Errorf(domain.EINVALID, "The export comes from a newer version of Interim Desk (schema %d, this version knows %d); import it with the newer version. Nothing was imported.", x.schemaVersion, x.knownSchema)
	}
	return nil
}

// eachRecord decodes the array that comes next record by record and
// hands each, with its index, to write, which checks and writes it. null
// is an empty array. It returns the number of records written.
func EachRecord[T any](x *Reader, key string, write func(i int, rec T) error) (int, error) {
	tok, err := x.Token()
	switch {
	case err != nil:
		return 0, err
	case tok == nil:
		return 0, nil
	case tok != json.Delim('['):
		return 0, domain.Errorf(domain.EINVALID, "The file does not fit the export format: %s holds %s where %s belongs; nothing was imported.",
			key, jsonKind(tok), reflect.TypeFor[[]T]())
	}
	n := 0
	for x.dec.More() {
		if err := x.ctx.Err(); err != nil {
			return n, err
		}
		var rec T
		if err := x.Decode(&rec, key, n); err != nil {
			return n, err
		}
		if err := write(n, rec); err != nil {
			return n, err
		}
		n++
	}
	_, err = x.Token() // the ']'
	return n, err
}

// token reads the next delimiter, key or literal.
func (x *Reader) Token() (json.Token, error) {
	tok, err := x.dec.Token()
	if err != nil {
		return nil, x.fault(err, "", -1)
	}
	return tok, x.notUTF8(0, "", nil)
}

// decode decodes the next value, under key (record i of its array when
// i >= 0), into v.
func (x *Reader) Decode(v any, key string, i int) error {
	start := x.dec.InputOffset()
	if err := x.dec.Decode(v); err != nil {
		return x.fault(err, key, i)
	}
	return x.notUTF8(start, RecordName(key, i, 0), v)
}

// notUTF8 refuses the file once the decoder has passed its first byte
// that is not UTF-8, naming its line, and its field when it is in the
// value v of where that starts at offset start.
func (x *Reader) notUTF8(start int64, where string, v any) error {
	bad, end := x.in.bad, x.dec.InputOffset()
	if bad < 0 || bad >= end {
		return nil
	}
	if where != "" && bad >= start {
		field, _ := replaced(reflect.ValueOf(v))
		return domain.Errorf(domain.EINVALID, "The file is not valid UTF-8 at line %d, in %s; nothing was imported.", x.in.badLine, where+field)
	}
	return domain.Errorf(domain.EINVALID, "The file is not valid UTF-8 at line %d; nothing was imported.", x.in.badLine)
}

// replaced names the field of v, as the file names it, that holds U+FFFD,
// which encoding/json puts in place of a byte that is not UTF-8:
// ".address.city", ".skills[2]", "" for v itself.
func replaced(v reflect.Value) (string, bool) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			return replaced(v.Elem())
		}
	case reflect.String:
		return "", strings.ContainsRune(v.String(), utf8.RuneError)
	case reflect.Slice:
		for i := range v.Len() {
			if f, ok := replaced(v.Index(i)); ok {
				return fmt.Sprintf("[%d]%s", i, f), true
			}
		}
	case reflect.Map:
		for it := v.MapRange(); it.Next(); {
			if f, ok := replaced(it.Value()); ok {
				return "." + it.Key().String() + f, true
			}
		}
	case reflect.Struct:
		for i := range v.NumField() {
			sf := v.Type().Field(i)
			name, _, _ := strings.Cut(sf.Tag.Get("json"), ",")
			if !sf.IsExported() || sf.Type == reflect.TypeFor[time.Time]() {
				continue
			}
			if f, ok := replaced(v.Field(i)); ok {
				if sf.Anonymous && name == "" {
					return f, true
				}
				return "." + name + f, true
			}
		}
	}
	return "", false
}

// fault turns an error of the decoder into the sentence for the person,
// the record named (key, record i) and a fault in the text placed at its
// byte in the file, counted as encoding/json counts it.
func (x *Reader) fault(err error, key string, i int) error {
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	where := RecordName(key, i, 0)
	switch {
	case x.in.err != nil:
		return fmt.Errorf("read the file to import: %w", x.in.err)
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return domain.Errorf(domain.EINVALID, "The file is not valid JSON: it ends at byte %d, in the middle of the export (was it cut short?); nothing was imported.", x.in.n)
	case errors.As(err, &syntax):
		// The decoder places a fault between values at the byte before
		// it, and one inside a value by its count of the bytes of the
		// values it decoded; it stands at the start of the value then,
		// with the value up to the fault in its buffer, which a decoder
		// of its own places in the value.
		at, msg := syntax.Offset+1, syntax.Error()
		if strings.HasSuffix(msg, "'") { // the decoder says no more at the first key
			msg += " looking for beginning of object key string"
		}
		var again *json.SyntaxError
		if syntax.Offset != x.dec.InputOffset() && errors.As(json.NewDecoder(x.dec.Buffered()).Decode(new(json.RawMessage)), &again) {
			at = x.dec.InputOffset() + again.Offset
		} else if what, ok := strings.CutPrefix(msg, "expected "); ok {
			_, after, _ := strings.Cut(what, " ") // "after array element"
			msg = "invalid character " + strconv.QuoteRune(rune(x.next())) + " " + after
		}
		return domain.Errorf(domain.EINVALID, "The file is not valid JSON (at byte %d: %s); nothing was imported.", at, msg)
	case errors.As(err, &typ):
		// "clients[3].address.city", or "format_version".
		field := where
		if typ.Field != "" && field != "" {
			field += "."
		}
		field += typ.Field
		return domain.Errorf(domain.EINVALID, "The file does not fit the export format: %s holds %s where %s belongs; nothing was imported.", field, typ.Value, typ.Type)
	case i >= 0:
		return domain.Errorf(domain.EINVALID, "The file does not fit the export format (%v, in %s); nothing was imported.", err, where)
	}
	return domain.Errorf(domain.EINVALID, "The file does not fit the export format (%v); nothing was imported.", err)
}

// next is the byte the decoder stands before.
func (x *Reader) next() byte {
	var b [1]byte
	_, _ = x.dec.Buffered().Read(b[:])
	return b[0]
}

// jsonKind names the kind of a JSON token as encoding/json's sentences
// do.
func jsonKind(tok json.Token) string {
	switch tok := tok.(type) {
	case json.Delim:
		if tok == '[' {
			return "array"
		}
		return "object"
	case string:
		return "string"
	case bool:
		return "bool"
	case float64:
		return "number"
	}
	return "null"
}

// Keys are the keys of the file in the order of Export: what tests
// reorder to check that a file is read in any order.
func Keys() []string { return slices.Clone(exportKeys) }

// SchemaVersion is the schema the file says it was exported from, once
// Read has read the envelope.
func (x *Reader) SchemaVersion() int { return x.schemaVersion }

// RecordName names a record of the file: "clients[3] (id 12)", or "firm"
// for the one firm (i < 0).
func RecordName(list string, i int, id int64) string {
	where := list
	if i >= 0 {
		where = fmt.Sprintf("%s[%d]", list, i)
	}
	if id != 0 {
		where += fmt.Sprintf(" (id %d)", id)
	}
	return where
}
