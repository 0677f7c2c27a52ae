package exportfile

import (
	"io"
	"strings"
	"testing"
	"testing/iotest"
)

// A character cut by the end of the file is refused too, at its line.
func TestJSONImportRefusesACharacterCutByTheEnd(t *testing.T) {
	c := &countingReader{r: iotest.OneByteReader(strings.NewReader("{\n\"a\": 1}\n\xc3")), bad: -1}
	_, _ = io.ReadAll(c)
	if c.bad != 10 || c.badLine != 3 {
		t.Errorf("first byte that is not UTF-8 at %d, line %d; want 10, line 3", c.bad, c.badLine)
	}
}
