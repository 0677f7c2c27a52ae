package sqlite

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// exportFile is a JSON export as ImportJSON reads it: in two passes over
// the same bytes. The first (indexExport) walks the top-level object
// without decoding the records: it finds where the value of each key
// starts, counts the records of each array and reads the envelope, so
// that a file that is not an export, or is of a newer version, is refused
// before anything is written. The second reads each array, in the order
// of the references (not necessarily the file's: a file edited by hand
// may hold its keys in any order), record by record from where the first
// pass found it, and writes each as it comes.
type exportFile struct {
	src  io.ReaderAt
	size int64
	keys map[string]exportValue // by the key as Export names it

	format        string
	formatVersion int
	schemaVersion int
	exportedAt    time.Time
}

// exportValue is where the value of one key of the file starts and what
// it is.
type exportValue struct {
	at    int64 // the offset of its first byte
	kind  byte  // that byte: '[' for an array, '{', 'n' for null, …
	count int   // the elements of an array
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
	for _, k := range exportKeys {
		if k == name {
			return k, true
		}
	}
	for _, k := range exportKeys {
		if strings.EqualFold(k, name) {
			return k, true
		}
	}
	return "", false
}

// indexExport is the first pass: it reads the file to its last byte (the
// records only as far as needed to find where each ends) and checks the
// envelope.
func indexExport(src io.ReaderAt, size int64) (*exportFile, error) {
	x, err := scanExport(src, size)
	if err != nil {
		return nil, err
	}
	if err := x.checkEnvelope(); err != nil {
		return nil, err
	}
	return x, nil
}

// scanExport finds the keys of the file and reads the envelope.
func scanExport(src io.ReaderAt, size int64) (*exportFile, error) {
	x := &exportFile{src: src, size: size, keys: map[string]exportValue{}}
	s := newJSONScanner(io.NewSectionReader(src, 0, size), 0)
	c, ok := s.peek()
	switch {
	case !ok && s.err != io.EOF:
		return nil, s.readErr()
	case !ok:
		return nil, domain.Errorf(domain.EINVALID, "The file is empty; nothing was imported.")
	case c == 'n':
		// null holds no keys: the envelope's check says it is no export.
		raw, at, err := s.capture()
		if err == nil {
			err = decodeValue(raw, at, "", -1, new(*struct{}))
		}
		if err != nil {
			return nil, importFileError(err)
		}
	case c != '{':
		if kind := jsonKind(c); kind != "" {
			return nil, domain.Errorf(domain.EINVALID, "The file does not fit the export format: it holds %s where an object belongs; nothing was imported.", kind)
		}
		return nil, importFileError(s.unexpected(c, "looking for beginning of value"))
	default:
		if err := x.index(s); err != nil {
			return nil, importFileError(err)
		}
	}
	return x, nil
}

// index walks the top-level object.
func (x *exportFile) index(s *jsonScanner) error {
	s.pos++ // the '{'
	if c, ok := s.peek(); ok && c == '}' {
		return nil
	}
	for {
		c, ok := s.peek()
		if !ok {
			return s.readErr()
		}
		if c != '"' {
			return s.unexpected(c, "looking for beginning of object key string")
		}
		raw, at, err := s.capture()
		var name string
		if err == nil {
			err = decodeValue(raw, at, "", -1, &name)
		}
		if err != nil {
			return err
		}
		key, known := exportKey(name)
		if !known {
			return domain.Errorf(domain.EINVALID, "The file does not fit the export format (json: unknown field %q); nothing was imported.", name)
		}
		if _, twice := x.keys[key]; twice {
			return domain.Errorf(domain.EINVALID, "The file holds the key %q twice; keep one of them. Nothing was imported.", key)
		}
		if err := s.expect(':', "after object key"); err != nil {
			return err
		}
		v, err := x.value(s, key)
		if err != nil {
			return err
		}
		x.keys[key] = v
		c, ok = s.peek()
		switch {
		case !ok:
			return s.readErr()
		case c == '}':
			return nil // anything after the object is not read, as before
		case c != ',':
			return s.unexpected(c, "after object key:value pair")
		}
		s.pos++
	}
}

// value passes over the value of key, counting the elements of an array
// and decoding the envelope's.
func (x *exportFile) value(s *jsonScanner, key string) (exportValue, error) {
	c, ok := s.peek()
	if !ok {
		return exportValue{}, s.readErr()
	}
	v := exportValue{at: s.offset(), kind: c}
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
	switch {
	case envelope != nil:
		raw, at, err := s.capture()
		if err == nil {
			err = decodeValue(raw, at, key, -1, envelope)
		}
		return v, err
	case c == '[':
		return v, s.elements(func() error {
			v.count++
			return s.skip()
		})
	}
	return v, s.skip()
}

// checkEnvelope refuses a file that is not an Interim Desk export, or one
// of a newer version.
func (x *exportFile) checkEnvelope() error {
	switch {
	case x.format != ExportFormat:
		return domain.Errorf(domain.EINVALID, "The file is not an Interim Desk export: its \"format\" is %q, not %q; nothing was imported.", x.format, ExportFormat)
	case x.formatVersion < 1 || x.formatVersion > ExportFormatVersion:
		return domain.Errorf(domain.EINVALID, "The export is in format version %d; this version of Interim Desk reads version %d. Nothing was imported.", x.formatVersion, ExportFormatVersion)
	case x.schemaVersion > len(migrations):
		return domain.Errorf(domain.EINVALID, "The export comes from a newer version of Interim Desk (schema %d, this version knows %d); import it with the newer version. Nothing was imported.", x.schemaVersion, len(migrations))
	}
	return nil
}

// scannerAt reads the file from the value of key on; ok is false when the
// file does not hold the key.
func (x *exportFile) scannerAt(key string) (s *jsonScanner, v exportValue, ok bool) {
	v, ok = x.keys[key]
	if !ok {
		return nil, v, false
	}
	return newJSONScanner(io.NewSectionReader(x.src, v.at, x.size-v.at), v.at), v, true
}

// decodeOne decodes the value of key whole into v, which keeps its zero
// value when the file does not hold the key: for the firm, the settings,
// and an array that is null (or not an array at all, which encoding/json
// then names).
func (x *exportFile) decodeOne(key string, v any) error {
	s, _, ok := x.scannerAt(key)
	if !ok {
		return nil
	}
	raw, at, err := s.capture()
	if err == nil {
		err = decodeValue(raw, at, key, -1, v)
	}
	return importFileError(err)
}

// decodeValue decodes the bytes of one value of the file, found at offset
// at under path ("clients", "firm"; "" for a key), refusing fields that
// Export does not know. i >= 0 is the index of a record in its array,
// named in the sentence.
func decodeValue(raw []byte, at int64, path string, i int, v any) error {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	err := dec.Decode(v)
	if err == nil {
		// A number or literal runs up to the next delimiter, and
		// encoding/json stops at its end: "2x" is 2 followed by a fault.
		if end := dec.InputOffset(); end < int64(len(raw)) {
			context := "after object key:value pair"
			if i >= 0 {
				context = "after array element"
			} else if path == "" {
				context = "after top-level value"
			}
			return &jsonSyntaxError{Offset: at + end + 1, msg: "invalid character " + quoteChar(raw[end]) + " " + context}
		}
		return nil
	}
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syntax):
		return &jsonSyntaxError{Offset: at + syntax.Offset, msg: syntax.Error()}
	case errors.As(err, &typ):
		// "clients[3].address.city", or "format_version".
		field := path
		if i >= 0 {
			field = recordAt(path, i)
		}
		if typ.Field != "" && field != "" {
			field += "."
		}
		field += typ.Field
		return domain.Errorf(domain.EINVALID, "The file does not fit the export format: %s holds %s where %s belongs; nothing was imported.", field, typ.Value, typ.Type)
	case i >= 0:
		return domain.Errorf(domain.EINVALID, "The file does not fit the export format (%v, in %s); nothing was imported.", err, recordAt(path, i))
	}
	return domain.Errorf(domain.EINVALID, "The file does not fit the export format (%v); nothing was imported.", err)
}

// importFileError turns a fault in the text of the file into the sentence
// that says where it is.
func importFileError(err error) error {
	var syntax *jsonSyntaxError
	if !errors.As(err, &syntax) {
		return err
	}
	if syntax.msg == "unexpected end of JSON input" {
		return domain.Errorf(domain.EINVALID, "The file is not valid JSON: it ends at byte %d, in the middle of the export (was it cut short?); nothing was imported.", syntax.Offset)
	}
	return domain.Errorf(domain.EINVALID, "The file is not valid JSON (at byte %d: %s); nothing was imported.", syntax.Offset, syntax.msg)
}

// jsonKind names the kind of JSON value that starts with c, "" when none
// does.
func jsonKind(c byte) string {
	switch {
	case c == '[':
		return "an array"
	case c == '{':
		return "an object"
	case c == '"':
		return "a string"
	case c == 't' || c == 'f':
		return "true or false"
	case c == '-' || c >= '0' && c <= '9':
		return "a number"
	}
	return ""
}

// recordAt names record i of list for a sentence: "clients[3]".
func recordAt(list string, i int) string { return fmt.Sprintf("%s[%d]", list, i) }
