package i18n

import (
	"fmt"
	"strings"
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// A capacity conflict reads whole in Dutch and French, whatever the names
// of the clients it quotes: "Smith and Sons" and "Back to Basics" are not
// taken apart as if "and" and "to" were the sentence's own words.
func TestCapacityConflictIsTranslatedPartByPart(t *testing.T) {
	day := domain.NewDate(2026, 5, 1)
	conflict := &domain.CapacityConflict{Manager: "An Peeters", MaxDays: 4, Day: day, Days: 3, Total: 6,
		Others: []domain.Commitment{
			{Booking: domain.Booking{EngagementID: 12, Start: day, End: domain.NewDate(2026, 7, 31), DaysPerWeek: 3}, Role: "CFO", Client: "Smith and Sons"},
			{Booking: domain.Booking{EngagementID: 14, Start: day, DaysPerWeek: 1}, Client: "Back to Basics"},
		}}
	alone := &domain.CapacityConflict{Manager: "An Peeters", MaxDays: 1, Day: day, Days: 2, Total: 2}
	for _, tc := range []struct {
		lang  domain.Lang
		err   error
		wants []string
	}{
		{domain.LangNL, conflict, []string{
			"Dagen per week: An Peeters werkt hoogstens 4 dagen per week, en vanaf 2026-05-01 zou deze opdracht (3 dagen per week) bovenop ",
			"opdracht 12, CFO bij Smith and Sons (2026-05-01 tot 2026-07-31, 3 dagen per week) en opdracht 14, Back to Basics (vanaf 2026-05-01, zonder einddatum, 1 dag per week) komen: 6 dagen per week in totaal.",
		}},
		{domain.LangFR, conflict, []string{
			"Jours par semaine : An Peeters travaille au plus 4 jours par semaine",
			"mission 12, CFO chez Smith and Sons (du 2026-05-01 au 2026-07-31, 3 jours par semaine) et mission 14, Back to Basics (à partir du 2026-05-01, sans date de fin, 1 jour par semaine) : 6 jours par semaine en tout.",
		}},
		{domain.LangNL, fmt.Errorf("add engagement: %w", alone), []string{
			"Dagen per week: An Peeters werkt hoogstens 1 dag per week; deze opdracht vraagt 2 dagen per week.",
		}},
		{domain.LangEN, conflict, []string{conflict.Error()}},
	} {
		got := ErrorSentence(tc.lang, tc.err)
		for _, want := range tc.wants {
			if !strings.Contains(got, want) {
				t.Errorf("%s: %q\nlacks %q", tc.lang, got, want)
			}
		}
	}
}

// The refusals of an acceptance name the issued version inside their
// sentence; that part is translated too.
func TestAcceptanceRefusalNamesTheVersionInTheLanguage(t *testing.T) {
	doc := &domain.ProposalDocument{Version: 3, Number: "OFF-2026-0005"}
	_, err := domain.EngagementFromProposal(doc, domain.KindInterim, domain.AcceptOptions{})
	for lang, want := range map[domain.Lang]string{
		domain.LangNL: "Manager: versie 3 van OFF-2026-0005 stelt nog geen manager voor",
		domain.LangFR: "Manager : version 3 de OFF-2026-0005 ne propose pas encore de manager",
	} {
		if got := ErrorSentence(lang, err); !strings.HasPrefix(got, want) {
			t.Errorf("%s: %q, want it to start with %q", lang, got, want)
		}
	}
}
