package cli

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// rawControl reports whether out holds a character a terminal would run.
func rawControl(out string) bool {
	return strings.ContainsFunc(strings.ReplaceAll(out, "\n", ""), domain.ControlRune)
}

// Whatever a record holds (an older version stored it, a file was edited
// by hand), the terminal gets no raw control character.
func TestTerminalNeverGetsRawControlCharacters(t *testing.T) {
	evil := "Acme\x1b]0;owned\x07 \u009b2J \u202eexe.fdp\x7f"
	var out bytes.Buffer
	a := &app{stdout: &out, stderr: &out}
	a.say("Saved %s.", evil)
	tb := a.newTable(columns{"Name"})
	tb.row(evil)
	_ = tb.flush()
	f := a.newFields()
	f.add("Name", evil)
	f.addLines("Notes", evil+"\n"+evil)
	_ = f.flush()
	a.report(domain.Invalidf("Name", "%s", evil))
	if rawControl(out.String()) {
		t.Errorf("raw control character in %q", out.String())
	}
	if !strings.Contains(out.String(), "⟨U+001B⟩") {
		t.Errorf("the escape is not shown: %q", out.String())
	}

	out.Reset()
	if err := writeJSON(&out, map[string]string{"name": evil}); err != nil {
		t.Fatal(err)
	}
	if rawControl(out.String()) {
		t.Errorf("raw control character in JSON %q", out.String())
	}
	var back map[string]string
	if err := json.Unmarshal(out.Bytes(), &back); err != nil || back["name"] != evil {
		t.Errorf("JSON reads back as %q, %v", back["name"], err)
	}
}
