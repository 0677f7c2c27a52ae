package sqlite

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/exportfile"
)

// reorder writes the keys of an export in the order of keys, each with
// its value as it was: a file edited by hand, or passed through a tool
// that sorts keys.
func reorder(t testing.TB, file []byte, keys []string) []byte {
	t.Helper()
	var whole map[string]json.RawMessage
	must(t, json.Unmarshal(file, &whole))
	var b bytes.Buffer
	b.WriteString("{")
	for i, k := range keys {
		if i > 0 {
			b.WriteString(",")
		}
		b.WriteString("\n  \"" + k + "\": ")
		b.Write(whole[k])
	}
	b.WriteString("\n}\n")
	return b.Bytes()
}

// The keys of the file may come in any order: the records are written in
// the order of their references all the same (a contract's engagement
// before the contract, an engagement's proposal before the engagement),
// the envelope is checked wherever it is, and the database is the same.
func TestJSONImportTakesKeysInAnyOrder(t *testing.T) {
	db, _ := contractsDB(t)
	first := exportJSON(t, db)
	sorted := slices.Sorted(slices.Values(exportfile.Keys()))
	reversed := slices.Clone(exportfile.Keys())
	slices.Reverse(reversed)
	for name, keys := range map[string][]string{"sorted": sorted, "reversed": reversed} {
		t.Run(name, func(t *testing.T) {
			file := reorder(t, first, keys)
			into := openTestDB(t)
			rep, err := into.ImportJSON(context.Background(), bytes.NewReader(file))
			must(t, err)
			if !rep.Firm || rep.Engagements == 0 || rep.ProposalVersions == 0 {
				t.Errorf("report %+v", rep)
			}
			if again := exportJSON(t, into); !bytes.Equal(again, first) {
				t.Errorf("the export after the import differs:\n%s", firstDifference(first, again))
			}
		})
	}
}

// opaqueReader hides everything of a reader but Read: a pipe.
type opaqueReader struct{ r io.Reader }

func (o opaqueReader) Read(p []byte) (int, error) { return o.r.Read(p) }

// A reader that cannot seek (a pipe, stdin) is read as it comes: no copy
// of the file is left in the temporary folder, taken or refused.
func TestJSONImportFromAPipe(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp) // os.TempDir
	good := smallExport(t)
	for _, tc := range []struct {
		name string
		file []byte
		code string
	}{
		{"taken", good, ""},
		{"refused", bytes.Replace(good, []byte(`"days_per_week": 4`), []byte(`"days_per_week": 9`), 1), domain.EINVALID},
	} {
		t.Run(tc.name, func(t *testing.T) {
			db := openTestDB(t)
			_, err := db.ImportJSON(context.Background(), opaqueReader{bytes.NewReader(tc.file)})
			if tc.code == "" {
				must(t, err)
				if again := exportJSON(t, db); !bytes.Equal(again, good) {
					t.Errorf("the import differs:\n%s", firstDifference(good, again))
				}
			} else {
				wantCode(t, err, tc.code)
			}
			entries, err := os.ReadDir(tmp)
			must(t, err)
			if files := slices.DeleteFunc(entries, func(e os.DirEntry) bool { return e.IsDir() }); len(files) != 0 {
				t.Errorf("the temporary folder holds %v", files[0].Name())
			}
		})
	}
}

// A file read from where it stands (after a header the caller read
// itself) is imported from there, and a fault is said at its byte from
// there, as before.
func TestJSONImportReadsFromWhereTheFileStands(t *testing.T) {
	good := smallExport(t)
	path := filepath.Join(t.TempDir(), "with-header.json")
	header := "# read by the caller\n"
	must(t, os.WriteFile(path, append([]byte(header), bytes.Replace(good, []byte(`"format_version": 2`), []byte(`"format_version": two`), 1)...), 0o600))
	f, err := os.Open(path)
	must(t, err)
	defer f.Close()
	_, err = f.Seek(int64(len(header)), io.SeekStart)
	must(t, err)
	_, err = openTestDB(t).ImportJSON(context.Background(), f)
	wantCode(t, err, domain.EINVALID)
	if want := "(at byte 58: invalid character 'w' in literal true"; !strings.Contains(err.Error(), want) {
		t.Errorf("error %q, want it to contain %q", err, want)
	}

	must(t, os.WriteFile(path, append([]byte(header), good...), 0o600))
	_, err = f.Seek(int64(len(header)), io.SeekStart)
	must(t, err)
	db := openTestDB(t)
	_, err = db.ImportJSON(context.Background(), f)
	must(t, err)
	if again := exportJSON(t, db); !bytes.Equal(again, good) {
		t.Errorf("the import differs:\n%s", firstDifference(good, again))
	}
}

// What the first pass refuses is refused before anything is written, and
// said as the file has it: the envelope wherever it stands, a key twice.
func TestJSONImportChecksTheWholeFileFirst(t *testing.T) {
	good := smallExport(t)
	var whole map[string]json.RawMessage
	must(t, json.Unmarshal(good, &whole))
	// The records first, with a record that would be refused, and the
	// envelope last.
	envelopeLast := slices.DeleteFunc(slices.Clone(exportfile.Keys()), func(k string) bool { return strings.Contains(k, "format") })
	envelopeLast = append(envelopeLast, "format", "format_version")
	edited := func(edit func(m map[string]json.RawMessage)) []byte {
		m := maps.Clone(whole)
		edit(m)
		return reorder(t, marshal(t, m), envelopeLast)
	}
	withFormat := func(format string) []byte {
		return edited(func(m map[string]json.RawMessage) {
			m["format"] = json.RawMessage(format)
			m["clients"] = bytes.Replace(m["clients"], []byte(`"legal_name":"Acme NV"`), []byte(`"legal_name":""`), 1)
		})
	}
	for _, tc := range []struct {
		name string
		file []byte
		want string
	}{
		{"the format at the end", withFormat(`"other"`), `The file is not an Interim Desk export: its "format" is "other"`},
		{"the format of the wrong type", withFormat(`2`), `The file does not fit the export format: format holds number where string belongs`},
		{"no format", bytes.Replace(good, []byte(`"format": "interimdesk-export",`), nil, 1), `its "format" is ""`},
		{"a key twice", bytes.Replace(good, []byte(`"clients": [`), []byte(`"clients": [], "clients": [`), 1), `The file holds the key "clients" twice`},
		{"a key twice in other capitals", bytes.Replace(good, []byte(`"clients": [`), []byte(`"Clients": [], "clients": [`), 1), `The file holds the key "clients" twice`},
		{"an unknown key at the end", bytes.Replace(good, []byte("\n}"), []byte(`, "invoices": []}`), 1), `(json: unknown field "invoices")`},
		{"not an object", []byte(` [1, 2]`), "The file does not fit the export format: it holds an array where an object belongs"},
		{"null", []byte("null"), `its "format" is ""`},
		{"white space only", []byte(" \n\t"), "The file is empty"},
		{"a list that is not one", edited(func(m map[string]json.RawMessage) { m["clients"] = json.RawMessage("7") }),
			"The file does not fit the export format: clients holds number where []*domain.Client belongs"},
		{"a record of the wrong type", bytes.Replace(good, []byte(`"events": [`), []byte(`"events": [7, `), 1), "events[0] holds number where domain.Event belongs"},
		{"an unknown field in a record", bytes.Replace(good, []byte(`"role": "CFO a.i."`), []byte(`"role": "CFO a.i.", "rol": ""`), 1),
			`(json: unknown field "rol", in engagements[0])`},
		{"a list of the wrong type", bytes.Replace(good, []byte(`"proposals": []`), []byte(`"proposals": {}`), 1), "proposals holds object where []*domain.Proposal belongs"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			db := openTestDB(t)
			_, err := db.ImportJSON(context.Background(), bytes.NewReader(tc.file))
			wantCode(t, err, domain.EINVALID)
			if !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "othing was imported") {
				t.Errorf("error %q, want it to contain %q", err, tc.want)
			}
			if empty, _ := db.IsEmpty(context.Background()); !empty {
				t.Error("a refused import left data behind")
			}
		})
	}
	t.Run("keys in other capitals", func(t *testing.T) {
		file := bytes.Replace(good, []byte(`"clients": [`), []byte(`"Clients": [`), 1)
		db := openTestDB(t)
		rep, err := db.ImportJSON(context.Background(), bytes.NewReader(file))
		must(t, err)
		if rep.Clients != 1 {
			t.Errorf("report %+v", rep)
		}
	})
}

func marshal(t testing.TB, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	must(t, err)
	return b
}

// Two managers of the file with one e-mail address are refused with a
// sentence that names both.
func TestJSONImportRefusesAnAddressTwiceInBulk(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	_, err := db.ImportManagers(ctx, domain.RowsOf(generatedManagers(300, 5)), domain.ImportOptions{})
	must(t, err)
	var e exportfile.Export
	must(t, json.Unmarshal(exportJSON(t, db), &e))
	e.Managers[299].Email = strings.ToUpper(e.Managers[0].Email)
	into := openTestDB(t)
	_, err = into.ImportJSON(ctx, bytes.NewReader(marshal(t, &e)))
	wantCode(t, err, domain.EINVALID)
	want := fmt.Sprintf("the managers with ids %d and %d of the file share the e-mail address %s;",
		e.Managers[0].ID, e.Managers[299].ID, strings.ToLower(e.Managers[0].Email))
	if !strings.Contains(strings.ToLower(err.Error()), want) {
		t.Errorf("error %q, want it to contain %q", err, want)
	}
	if empty, _ := into.IsEmpty(ctx); !empty {
		t.Error("a refused import left data behind")
	}
}

// stopAfter reads r, and calls stop once n bytes were read.
type stopAfter struct {
	r    io.Reader
	n    int
	read int
	stop func()
}

func (s *stopAfter) Read(p []byte) (int, error) {
	n, err := s.r.Read(p)
	if s.read += n; s.read >= s.n && s.stop != nil {
		s.stop()
		s.stop = nil
	}
	return n, err
}

// An import is read and written as it comes: cancelled halfway through a
// long array of events, it stops there, long before the end of the file,
// with the sentence of a stopped import, nothing written, and every
// reference check back on the connection.
func TestJSONImportStopsWhenCancelled(t *testing.T) {
	var b bytes.Buffer
	b.WriteString(`{"format": "interimdesk-export", "format_version": 2, "events": [`)
	const n = 30_000
	for i := range n {
		if i > 0 {
			b.WriteString(",")
		}
		b.Write(marshal(t, domain.Event{ID: int64(i + 1), Entity: "manager", EntityID: int64(i), What: "added",
			Detail: strings.Repeat("x", 100)}))
	}
	b.WriteString("]}")
	file := b.Bytes()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	db := openTestDB(t)
	db.db.SetMaxOpenConns(1)
	in := &stopAfter{r: opaqueReader{bytes.NewReader(file)}, n: len(file) / 2, stop: cancel}
	_, err := db.ImportJSON(ctx, in)
	wantCode(t, err, domain.EINVALID)
	if !strings.Contains(err.Error(), "The import was stopped before the end") {
		t.Errorf("error %v", err)
	}
	if in.read > len(file)*3/4 {
		t.Errorf("%d bytes of %d were read after the import was cancelled at half", in.read, len(file))
	}
	if empty, _ := db.IsEmpty(context.Background()); !empty {
		t.Error("a cancelled import left data behind")
	}
	var fk, deferred int
	must(t, db.db.QueryRow(`SELECT (SELECT foreign_keys FROM pragma_foreign_keys), (SELECT defer_foreign_keys FROM pragma_defer_foreign_keys)`).Scan(&fk, &deferred))
	if fk != 1 || deferred != 0 {
		t.Errorf("foreign_keys = %d, defer_foreign_keys = %d after a cancelled import, want 1 and 0", fk, deferred)
	}
}
