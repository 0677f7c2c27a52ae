package pdf

import (
	"fmt"
	"strings"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// documentDate is the date metadata carries when a document has none, so
// that even then nothing depends on the clock.
var documentDate = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

// metadataDate is the creation date written into a document: its own date,
// so the same version renders to the same bytes.
func metadataDate(d domain.Date) time.Time {
	if d.IsZero() {
		return documentDate
	}
	return d.Time()
}

// stampOf is the time gofpdf writes as the creation and modification date.
// gofpdf writes a zero time as time.Now() and any other as the wall clock
// of its own location with no zone, which readers take for UTC: so a zero
// time becomes documentDate and every other is turned to UTC, and the
// bytes depend neither on the clock nor on the machine's zone.
func stampOf(t time.Time) time.Time {
	if t.IsZero() {
		return documentDate
	}
	return t.UTC()
}

// markVersion marks proposals and contracts alike: a preview gets the draft
// watermark and reference, a frozen version its number, version and short
// hash in the footer.
func (s *Setup) markVersion(t *texts, draft bool, number string, version int, shortHash string) {
	if draft {
		s.Watermark = t.Draft
		s.Footer.Reference = t.DraftReference
		return
	}
	s.Footer.Reference = fmt.Sprintf(t.Reference, number, version, shortHash)
	if shortHash == "" {
		s.Footer.Reference = strings.TrimSuffix(s.Footer.Reference, " · ")
	}
}
