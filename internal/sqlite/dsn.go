package sqlite

import (
	"path/filepath"
	"strings"
)

// pragmas are set on every connection of the pool, not only the first:
// database/sql opens connections as it needs them, and a pragma run once on
// one connection would be missing on the next. foreign_keys is off by
// default in SQLite; WAL lets the screens read while a write runs.
//
// synchronous=FULL flushes the write-ahead log to the disk at every
// commit: once a screen says "saved", the record survives a power cut.
// NORMAL, the usual choice with WAL, keeps the database sound but may lose
// the last commits; here that would be a proposal the person was told is
// saved. A commit costs one flush more, a millisecond or so on an SSD.
const pragmas = "_pragma=foreign_keys(1)" +
	"&_pragma=busy_timeout(5000)" +
	"&_pragma=journal_mode(WAL)" +
	"&_pragma=synchronous(FULL)"

// dsn is the data source name of the database file: an SQLite URI with the
// pragmas, and _txlock=immediate so that a write transaction takes the
// write lock at BEGIN and waits for it there, rather than failing with
// SQLITE_BUSY when a read inside it tries to become a write.
func dsn(path string) string {
	return fileURI(path) + "?" + pragmas + "&_txlock=immediate"
}

// readOnlyDSN opens the file without any pragma and refusing writes: it is
// used to look at a file before deciding whether it is ours.
func readOnlyDSN(path string) string {
	return fileURI(path) + "?mode=ro"
}

// fileURI writes path as an SQLite "file:" URI. SQLite decodes %XX in it, so
// the characters that would end the path ('?', '#') or start an escape ('%')
// are escaped; a Windows drive letter gets the leading slash URIs want.
func fileURI(path string) string {
	p := filepath.ToSlash(path)
	if filepath.VolumeName(path) != "" && !strings.HasPrefix(p, "/") {
		p = "/" + p
	}
	var b strings.Builder
	b.WriteString("file:")
	for i := 0; i < len(p); i++ {
		switch c := p[i]; c {
		case '%', '?', '#':
			b.WriteString("%" + strings.ToUpper(hex2(c)))
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

func hex2(c byte) string {
	const digits = "0123456789abcdef"
	return string([]byte{digits[c>>4], digits[c&0xF]})
}
