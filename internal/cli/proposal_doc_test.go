package cli

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the example in docs/PROPOSAL_JSON.md from the sample data")

const formatDoc = "../../docs/PROPOSAL_JSON.md"

// exampleBlock is the generated example: the JSON block after the marker.
var exampleBlock = regexp.MustCompile("(?s)(<!-- The block below is written by TestProposalJSONDoc[^\n]*\n```json\n)(.*?)(```\n)")

// docRow is a row of the field table: "| `interim.day_rate` | cents | optional | ...".
var docRow = regexp.MustCompile("(?m)^\\| `([a-z_.\\[\\]]+)` \\| [^|]+ \\| ([^|]+) \\|")

// The format page shows what show --json prints for the sample's first
// proposal, that example creates a proposal, and its table describes every
// field: the page cannot drift from the program.
func TestProposalJSONDoc(t *testing.T) {
	path := demoCopy(t)
	id := proposalID(t, path, "Interim CFO tijdens de herstructurering")
	shown := showJSON(t, path, id)
	doc := readFile(t, formatDoc)
	m := exampleBlock.FindSubmatch(doc)
	if m == nil {
		t.Fatalf("%s has no generated example block", formatDoc)
	}
	example := string(m[2])
	if *update {
		doc = exampleBlock.ReplaceAllLiteral(doc, []byte(string(m[1])+shown+string(m[3])))
		if err := os.WriteFile(formatDoc, doc, 0o644); err != nil {
			t.Fatal(err)
		}
		example = shown
	} else if example != shown {
		t.Errorf("the example in %s is not what proposal show %d --json prints; run: go test ./internal/cli/ -run TestProposalJSONDoc -update\n%s", formatDoc, id, shown)
	}

	t.Run("the example creates the proposal", func(t *testing.T) {
		r := createFrom(t, path, example)
		mustOK(t, r)
		var orig, copied proposalJSON
		decode(t, cli(t, "--db", path, "proposal", "show", fmt.Sprint(id), "--json"), &orig)
		decode(t, cli(t, "--db", path, "proposal", "show", strings.TrimSpace(r.stdout), "--json"), &copied)
		if !reflect.DeepEqual(content(*copied.Proposal), content(*orig.Proposal)) || !reflect.DeepEqual(copied.Totals, orig.Totals) {
			t.Errorf("the copy differs:\n%+v\n%+v", *copied.Proposal, *orig.Proposal)
		}
	})

	t.Run("the table describes every field", func(t *testing.T) {
		documented := map[string]string{}
		for _, row := range docRow.FindAllStringSubmatch(string(doc), -1) {
			documented[row[1]] = strings.TrimSpace(row[2])
		}
		var tree any
		if err := json.Unmarshal([]byte(example), &tree); err != nil {
			t.Fatal(err)
		}
		inExample := map[string]bool{}
		fieldShapes(tree, "", inExample)
		var missing, stale []string
		for f := range inExample {
			if _, ok := documented[f]; !ok {
				missing = append(missing, f)
			}
		}
		for f := range documented {
			if !inExample[f] {
				stale = append(stale, f)
			}
		}
		sort.Strings(missing)
		sort.Strings(stale)
		if len(missing) > 0 || len(stale) > 0 {
			t.Errorf("the table lacks %q and describes fields the format does not have: %q", missing, stale)
		}
		// "ignored" in the table is exactly what create ignores.
		var ignored []string
		in := reflect.TypeFor[proposalIn]()
		for i := range in.NumField() {
			if f := in.Field(i); !f.Anonymous {
				ignored = append(ignored, jsonName(f))
			}
		}
		for f, input := range documented {
			top, _, _ := strings.Cut(f, ".")
			if want := slices.Contains(ignored, top); want != (input == "ignored") {
				t.Errorf("the table says %s is %q on input", f, input)
			}
		}
	})

	// The sentences the page quotes are the ones a person gets.
	t.Run("the quoted refusals", func(t *testing.T) {
		t.Chdir(t.TempDir())
		for _, tc := range []struct{ name, from, to string }{
			{"misspelt", `"day_rate"`, `"day_rte"`},
			{"text for a number", `"weeks": 26`, `"weeks": "26"`},
			{"missing comma", `"client_id": 1,`, `"client_id": 1`},
			{"unknown client", `"client_id": 1,`, `"client_id": 99,`},
		} {
			t.Run(tc.name, func(t *testing.T) {
				if !strings.Contains(example, tc.from) {
					t.Fatalf("the example has no %s", tc.from)
				}
				text := strings.Replace(example, tc.from, tc.to, 1)
				if err := os.WriteFile("template.json", []byte(text), 0o600); err != nil {
					t.Fatal(err)
				}
				r := cli(t, "--db", path, "proposal", "create", "--from", "template.json")
				if r.code != 1 || !bytes.Contains(doc, []byte("\n"+r.stderr)) {
					t.Errorf("%s does not quote the refusal (exit %d):\n%s", formatDoc, r.code, r.stderr)
				}
			})
		}
	})
}

// fieldShapes records the path of every key in a decoded JSON value, with
// "[]" for list elements: "consulting.phases[].fee".
func fieldShapes(v any, path string, into map[string]bool) {
	switch v := v.(type) {
	case map[string]any:
		for k, child := range v {
			p := join(path, k)
			into[p] = true
			fieldShapes(child, p, into)
		}
	case []any:
		for _, child := range v {
			fieldShapes(child, path+"[]", into)
		}
	}
}
