package i18n

import (
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// What the first sentence of a command costs: a command in Dutch reads the
// Dutch files (textOf); only a sentence stored finished by an earlier
// version also compiles the regular expressions of every format
// (legacyPatterns), which was the cost of every command before.
func BenchmarkFirstSentence(b *testing.B) {
	b.Run("read one language", func(b *testing.B) {
		for b.Loop() {
			if _, err := readFiles(func(l domain.Lang) bool { return l == domain.LangNL }); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("read all and compile the patterns", func(b *testing.B) {
		for b.Loop() {
			if _, err := readCatalogue(); err != nil {
				b.Fatal(err)
			}
		}
	})
	err := domain.Errorf(domain.ECONFLICT, "Engagement %d is %s; it cannot be %s.", 4, domain.EngagementCompleted, domain.Word("extended"))
	b.Run("an error by its format", func(b *testing.B) {
		for b.Loop() {
			ErrorSentence(domain.LangNL, err)
		}
	})
	b.Run("the same sentence taken apart", func(b *testing.B) {
		s := err.Error()
		for b.Loop() {
			Translate(domain.LangNL, s)
		}
	})
}
