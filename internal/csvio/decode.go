package csvio

import (
	"unicode/utf8"

	"github.com/interimdesk/interimdesk/internal/domain"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/transform"
)

// MaxFileSize is the largest file the reader accepts: far above any roster,
// low enough that a wrong file (a video, a disk image) is refused rather
// than read to its end.
const MaxFileSize = 256 << 20

// Encodings the reader reports.
const (
	EncodingUTF8        = "UTF-8"
	EncodingUTF8BOM     = "UTF-8 with byte-order mark"
	EncodingWindows1252 = "Windows-1252"
)

// bomUTF8 starts a file Excel saved as "CSV UTF-8".
const bomUTF8 = "\xEF\xBB\xBF"

// What the decoder knows about the encoding so far.
type encodingState int

const (
	encStart   encodingState = iota // nothing read: a byte-order mark may come
	encASCII                        // only ASCII so far, which reads the same in every encoding
	encUTF8                         // valid UTF-8 beyond ASCII was seen
	encUTF8BOM                      // the file starts with the UTF-8 byte-order mark
	encCP1252                       // a byte that is not UTF-8 was seen: Windows-1252
)

// decoder turns the bytes of a file into UTF-8 text as they are read, so
// that a file of any length passes through a few kilobytes of memory.
// Spreadsheets write UTF-8 (Excel with a byte-order mark) or, in older
// versions and on Windows, Windows-1252. The encoding is decided at the
// first byte beyond ASCII: everything before it reads the same either way.
// A byte that is not UTF-8 there means Windows-1252 for the whole file; a
// file that went on as UTF-8 and later holds such a byte mixes the two,
// and is refused rather than half garbled.
type decoder struct {
	state encodingState
	read  int64 // bytes of the file taken so far
	line  int   // newlines so far: the error names the line
}

func newDecoder() *decoder { return &decoder{} }

// Reset is part of transform.Transformer; a decoder reads one file.
func (d *decoder) Reset() { *d = decoder{} }

// encoding names what the file turned out to be.
func (d *decoder) encoding() string {
	switch d.state {
	case encUTF8BOM:
		return EncodingUTF8BOM
	case encCP1252:
		return EncodingWindows1252
	}
	return EncodingUTF8
}

// Transform decodes src into dst (golang.org/x/text/transform).
func (d *decoder) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	defer func() { d.read += int64(nSrc) }()
	if d.read+int64(len(src)) > MaxFileSize {
		return 0, 0, domain.Errorf(domain.EINVALID, "The file is larger than %d MB; that is not a list of clients or managers.", MaxFileSize>>20)
	}
	if d.state == encStart {
		if len(src) < 3 && !atEOF {
			return 0, 0, transform.ErrShortSrc
		}
		switch {
		case hasPrefix(src, bomUTF8):
			d.state, nSrc = encUTF8BOM, len(bomUTF8)
		case hasPrefix(src, "\xFF\xFE"), hasPrefix(src, "\xFE\xFF"):
			return 0, 0, domain.Errorf(domain.EINVALID, "The file is UTF-16 text (Excel's \"Unicode text\"); save it as \"CSV UTF-8\" instead.")
		default:
			d.state = encASCII
		}
	}
	for nSrc < len(src) {
		c := src[nSrc]
		switch {
		case c == 0:
			return nDst, nSrc, domain.Errorf(domain.EINVALID, "The file holds binary data; it is not a CSV file. Save the sheet as CSV first.")
		case c < utf8.RuneSelf:
			if nDst == len(dst) {
				return nDst, nSrc, transform.ErrShortDst
			}
			dst[nDst] = c
			nDst++
			nSrc++
			if c == '\n' {
				d.line++
			}
			continue
		case d.state == encCP1252:
			r := charmap.Windows1252.DecodeByte(c)
			if nDst+utf8.RuneLen(r) > len(dst) {
				return nDst, nSrc, transform.ErrShortDst
			}
			nDst += utf8.EncodeRune(dst[nDst:], r)
			nSrc++
			continue
		}
		if !utf8.FullRune(src[nSrc:]) && !atEOF {
			return nDst, nSrc, transform.ErrShortSrc
		}
		r, size := utf8.DecodeRune(src[nSrc:])
		if r == utf8.RuneError && size == 1 {
			switch d.state {
			case encASCII:
				d.state = encCP1252 // and read this byte again as such
				continue
			case encUTF8BOM:
				return nDst, nSrc, domain.Errorf(domain.EINVALID, "The file says it is UTF-8 but holds bytes that are not (line %d); save it again as CSV UTF-8.", d.line+1)
			default:
				return nDst, nSrc, domain.Errorf(domain.EINVALID, "The file mixes encodings: line %d holds bytes that are not UTF-8, while the lines before it are UTF-8. Save the sheet again as CSV UTF-8. Nothing was imported.", d.line+1)
			}
		}
		if d.state == encASCII {
			d.state = encUTF8
		}
		if nDst+size > len(dst) {
			return nDst, nSrc, transform.ErrShortDst
		}
		nDst += copy(dst[nDst:], src[nSrc:nSrc+size])
		nSrc += size
	}
	return nDst, nSrc, nil
}

func hasPrefix(b []byte, p string) bool { return len(b) >= len(p) && string(b[:len(p)]) == p }

// delimiters are the separators spreadsheets write: a comma (English
// settings), a semicolon (Dutch, Belgian and French settings, where the comma
// is the decimal separator) and a tab.
var delimiters = []rune{';', ',', '\t'}

// detectDelimiter picks the separator of the header line: the one that
// occurs most often outside quotes. A header of one column has none; then
// the comma is as good as any.
func detectDelimiter(header string) rune {
	counts := map[rune]int{}
	inQuotes := false
	for _, r := range header {
		switch {
		case r == '"':
			inQuotes = !inQuotes
		case !inQuotes:
			counts[r]++
		}
	}
	pick, n := ',', 0
	for _, d := range delimiters {
		if counts[d] > n {
			pick, n = d, counts[d]
		}
	}
	return pick
}
