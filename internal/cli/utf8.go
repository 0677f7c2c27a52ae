package cli

import (
	"unicode/utf8"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// checkArgs refuses an argument that is not UTF-8 (a name typed in a
// Latin-1 terminal), naming it by its place and showing its bytes: stored
// as it is, such a name could not be found again and would break the
// re-import of every later CSV export.
func checkArgs(args []string) error {
	for i, arg := range args {
		if !utf8.ValidString(arg) {
			return domain.Errorf(domain.EINVALID,
				"Argument %d, %q, is not UTF-8 text; set the terminal to UTF-8 and type it again (a file name: rename the file).", i+1, arg)
		}
	}
	return nil
}

// checkUTF8 refuses the contents of a file that are not UTF-8, naming the
// file and the first line that is not: encoding/json and the store would
// otherwise keep a replacement character or the raw bytes.
func checkUTF8(name string, data []byte) error {
	if utf8.Valid(data) {
		return nil
	}
	line := 1
	for len(data) > 0 {
		r, n := utf8.DecodeRune(data)
		if r == utf8.RuneError && n <= 1 {
			break
		}
		if r == '\n' {
			line++
		}
		data = data[n:]
	}
	return domain.Errorf(domain.EINVALID,
		"%s, line %d: this is not UTF-8 text (perhaps Windows-1252 or Latin-1); save the file as UTF-8 and try again.", name, line)
}
