package csvio

import (
	"bytes"
	"fmt"
	"io"
	"unicode/utf8"

	"github.com/interimdesk/interimdesk/internal/domain"
	"golang.org/x/text/encoding/charmap"
)

// MaxFileSize is the largest file the reader accepts: far above any roster,
// low enough that a wrong file (a video, a disk image) is refused before it
// fills the memory.
const MaxFileSize = 256 << 20

// Encodings the reader reports.
const (
	EncodingUTF8        = "UTF-8"
	EncodingUTF8BOM     = "UTF-8 with byte-order mark"
	EncodingWindows1252 = "Windows-1252"
)

var (
	bomUTF8    = []byte("\xEF\xBB\xBF")
	bomUTF16LE = []byte("\xFF\xFE")
	bomUTF16BE = []byte("\xFE\xFF")
)

// readText reads the whole file and returns it as UTF-8 text with the name
// of the encoding it was in. Spreadsheets write UTF-8 (Excel with a
// byte-order mark) or, in older versions and on Windows, Windows-1252; bytes
// that are not valid UTF-8 can only be the latter.
func readText(r io.Reader) (string, string, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxFileSize+1))
	if err != nil {
		return "", "", fmt.Errorf("read the file: %w", err)
	}
	if len(data) > MaxFileSize {
		return "", "", domain.Errorf(domain.EINVALID, "The file is larger than %d MB; that is not a list of clients or managers.", MaxFileSize>>20)
	}
	switch {
	case bytes.HasPrefix(data, bomUTF8):
		data = data[len(bomUTF8):]
		if !utf8.Valid(data) {
			return "", "", domain.Errorf(domain.EINVALID, "The file says it is UTF-8 but holds bytes that are not; save it again as CSV UTF-8.")
		}
		return string(data), EncodingUTF8BOM, nil
	case bytes.HasPrefix(data, bomUTF16LE), bytes.HasPrefix(data, bomUTF16BE):
		return "", "", domain.Errorf(domain.EINVALID, "The file is UTF-16 text (Excel's \"Unicode text\"); save it as \"CSV UTF-8\" instead.")
	case bytes.IndexByte(data, 0) >= 0:
		return "", "", domain.Errorf(domain.EINVALID, "The file holds binary data; it is not a CSV file. Save the sheet as CSV first.")
	case utf8.Valid(data):
		return string(data), EncodingUTF8, nil
	}
	text, err := charmap.Windows1252.NewDecoder().Bytes(data)
	if err != nil {
		return "", "", domain.Errorf(domain.EINVALID, "The file is neither UTF-8 nor Windows-1252 text; save it as \"CSV UTF-8\".")
	}
	return string(text), EncodingWindows1252, nil
}

// delimiters are the separators spreadsheets write: a comma (English
// settings), a semicolon (Dutch, Belgian and French settings, where the comma
// is the decimal separator) and a tab.
var delimiters = []rune{';', ',', '\t'}

// detectDelimiter picks the separator of the header line: the one that
// occurs most often outside quotes. A header of one column has none; then
// the comma is as good as any.
func detectDelimiter(text string) rune {
	counts := map[rune]int{}
	inQuotes, seen := false, false
	for _, r := range text {
		switch {
		case r == '"':
			inQuotes, seen = !inQuotes, true
		case inQuotes:
		case r == '\n' && seen:
			return best(counts)
		case r == '\n', r == '\r', r == ' ':
			// blank lines before the header
		default:
			counts[r]++
			seen = true
		}
	}
	return best(counts)
}

func best(counts map[rune]int) rune {
	pick, n := ',', 0
	for _, d := range delimiters {
		if counts[d] > n {
			pick, n = d, counts[d]
		}
	}
	return pick
}
