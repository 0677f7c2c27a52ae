package i18n

import (
	"context"
	"fmt"
	"go/ast"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/interimdesk/interimdesk/internal/demo"
	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/i18n/i18ntest"
	"github.com/interimdesk/interimdesk/internal/sqlite"
)

// An engagement's event keeps its kind and facts, which the desktop and the
// command line word by the format of its kind (EventDetail); the store
// also writes the English sentence, which is all an event of an earlier
// version has, and which Translate takes apart by the same formats. These
// tests check that each detail reads whole in Dutch and French both ways.

// storeDetailFormats are the formats of the details of events: those
// internal/sqlite gives its sentencef, and those of the engagement's
// events (internal/domain/engagement_events.go), which earlier versions
// wrote from the store.
func storeDetailFormats(t *testing.T) []string {
	t.Helper()
	_, files := i18ntest.ParseDir(t, "../sqlite")
	fset, domainFiles := i18ntest.ParseDir(t, "../domain")
	for _, f := range domainFiles {
		if filepath.Base(fset.Position(f.Pos()).Filename) == "engagement_events.go" {
			files = append(files, f)
		}
	}
	seen := map[string]bool{}
	var out []string
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			if c, ok := n.(*ast.CallExpr); ok && len(c.Args) > 0 {
				if _, name := callee(c); name == "sentencef" {
					if s, ok := i18ntest.StringLit(c.Args[0]); ok && !seen[s] {
						seen[s] = true
						out = append(out, s)
					}
				}
			}
			return true
		})
	}
	sort.Strings(out)
	if len(out) < 20 {
		t.Fatalf("found only %d event details in internal/sqlite; has its sentencef convention changed?", len(out))
	}
	return out
}

// TestStoreDetailFormatsTranslateWhole fills every detail format of the
// store with values and translates the sentence: it must be recognised by
// its own format, not cut apart by another one, and read in Dutch and
// French with no English word of the format left.
func TestStoreDetailFormatsTranslateWhole(t *testing.T) {
	c := theCatalogue()
	for _, format := range storeDetailFormats(t) {
		t.Run(format, func(t *testing.T) {
			var args []any
			for i, v := range verbsIn(format) {
				if v == 'd' {
					args = append(args, 3+i)
				} else {
					args = append(args, fmt.Sprintf("2026-05-%02d", 10+i)) // dates are most of the values
				}
			}
			english := fmt.Sprintf(format, args...)
			for _, l := range []domain.Lang{domain.LangNL, domain.LangFR} {
				got := Translate(l, english)
				if by := recognisedBy(c, l, english); by != format {
					t.Errorf("%s: %q is recognised by %q, not by its own format", l, english, by)
					continue
				}
				if left := englishWordsLeft(format, c.text[l][format], got); len(left) > 0 {
					t.Errorf("%s: %q reads %q: English %q left", l, english, got, left)
				}
			}
		})
	}
}

// TestEngagementHistoryReadsInTheLanguage runs engagements of the sample
// firm through every step on a database file and translates every detail
// of their histories as the desktop and the command line do: each is
// recognised by a format of the store and has no English word of it left,
// words passed as values (a kind, a status) and the capacity check's own
// sentence included.
func TestEngagementHistoryReadsInTheLanguage(t *testing.T) {
	svc, world := historyWorld(t)
	ctx := context.Background()
	c := theCatalogue()
	es, _, err := svc.Engagements.FindEngagements(ctx, domain.EngagementFilter{})
	if err != nil {
		t.Fatal(err)
	}
	whats := map[string]bool{}
	for _, e := range es {
		h, err := svc.Lifecycle.EngagementHistory(ctx, e.ID)
		if err != nil {
			t.Fatal(err)
		}
		for _, ev := range h {
			whats[string(ev.What)] = true
			if ev.Facts == nil {
				t.Errorf("engagement %d, %s: %q was stored without its facts", e.ID, ev.What, ev.Detail)
			}
			for _, l := range []domain.Lang{domain.LangNL, domain.LangFR} {
				got := EventDetail(l, ev)
				// The same event written by an earlier version, its
				// English sentence alone, reads the same; but for an
				// amount, which only the facts can write the
				// language's way.
				if old := Translate(l, ev.Detail); old != got && ev.Facts.FromMoney == 0 && ev.Facts.ToMoney == 0 {
					t.Errorf("%s: engagement %d, %s: from its facts %q, from its sentence %q", l, e.ID, ev.What, got, old)
				}
				format := recognisedBy(c, l, ev.Detail)
				if _, ok := c.files["store"][l][format]; !ok {
					t.Errorf("%s: engagement %d, %s: %q is no detail of the store (recognised by %q)", l, e.ID, ev.What, ev.Detail, format)
					continue
				}
				if left := englishWordsLeft(format, c.text[l][format], got); len(left) > 0 {
					t.Errorf("%s: engagement %d, %s: %q reads %q: English %q left", l, e.ID, ev.What, ev.Detail, got, left)
				}
			}
		}
	}
	for _, what := range []string{"accepted", "added", "activated", "edited", "extended", "contract printed", "contract reissued",
		"contract terms", "notice", "terminated", "completed", "capacity override"} {
		if !whats[what] {
			t.Errorf("the walk wrote no %q event; the test no longer covers it", what)
		}
	}

	// Some whole, with the values translated in their turn.
	for _, tc := range []struct {
		id             int64
		what           string
		english        string
		nl, fr         string // the translation starts so
		nlAlso, frAlso string // and has this further on
	}{
		{world.byHand, "added", "kind interim, status planned", "soort interim, status gepland", "type interim, statut planifiée", "", ""},
		{world.byHand, "capacity override", "reason: “Twee avonden per week.” (the capacity check said: ",
			"reden: “Twee avonden per week.” (de capaciteitscontrole zei: " + world.managerName + " werkt hoogstens 4 dagen per week, en vanaf ",
			"motif : « Twee avonden per week. » (le contrôle de capacité disait : " + world.managerName + " travaille au plus 4 jours par semaine, et à partir du ",
			"6 dagen per week in totaal. Kies andere data of minder dagen, of ga met een reden voorbij aan de controle.)",
			"6 jours par semaine en tout. Choisissez d'autres dates ou moins de jours, ou passez outre le contrôle en donnant une raison.)"},
		{world.planned, "edited", "days per week changed from 3 to 2", "dagen per week gewijzigd van 3 naar 2", "jours par semaine modifiés de 3 à 2", "", ""},
		{world.running, "notice", "notice given on ", "opzegging gegeven op ", "préavis donné le ", "; reden: “Overname door een groep.”", " ; motif : « Overname door een groep. »"},
		{world.running, "contract printed", "contract CTR-", "contract CTR-", "contrat CTR-", " recht), PDF sha256 ", "), PDF sha256 "},
	} {
		h, err := svc.Lifecycle.EngagementHistory(ctx, tc.id)
		if err != nil {
			t.Fatal(err)
		}
		var event domain.EngagementEvent
		for _, ev := range h {
			if string(ev.What) == tc.what {
				event = ev
				break
			}
		}
		detail := event.Detail
		if !strings.HasPrefix(detail, tc.english) {
			t.Errorf("engagement %d, %s: %q, want it to start with %q", tc.id, tc.what, detail, tc.english)
			continue
		}
		nl, fr := EventDetail(domain.LangNL, event), EventDetail(domain.LangFR, event)
		if !strings.HasPrefix(nl, tc.nl) || !strings.HasPrefix(fr, tc.fr) {
			t.Errorf("engagement %d, %s: %q reads\nnl %q\nfr %q\nwant them to start with\nnl %q\nfr %q", tc.id, tc.what, detail, nl, fr, tc.nl, tc.fr)
		}
		if !strings.Contains(nl, tc.nlAlso) || !strings.Contains(fr, tc.frAlso) {
			t.Errorf("engagement %d, %s: %q reads\nnl %q\nfr %q\nwant them to hold\nnl %q\nfr %q", tc.id, tc.what, detail, nl, fr, tc.nlAlso, tc.frAlso)
		}
	}
}

// An event written before the details were reworded matches no format of
// the store and is shown as it was stored; so is any other text.
func TestOldEventDetailsStayAsStored(t *testing.T) {
	for _, old := range []string{
		"interim, planned",
		"on 2026-05-05 (planned start 2026-05-04)",
		"end 2026-09-18 → 2026-10-31, agreed on 2026-05-07",
		"days per week 3 → 4; day rate €1,250.00 → €1,300.00",
		"saved",
	} {
		for _, l := range []domain.Lang{domain.LangNL, domain.LangFR} {
			if got := Translate(l, old); got != old {
				t.Errorf("%s: the old detail %q reads %q", l, old, got)
			}
		}
	}
}

// historyIDs are the engagements of historyWorld that went through the
// steps.
type historyIDs struct {
	running, planned, ended, byHand int64
	managerName                     string
}

// historyWorld loads the sample firm into a database file and takes its
// engagements through every step that writes to their history.
func historyWorld(t *testing.T) (domain.Services, historyIDs) {
	t.Helper()
	ctx := context.Background()
	now := time.Date(2026, time.May, 9, 10, 30, 0, 0, time.UTC)
	today := domain.DateOf(now)
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "interimdesk.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	db.Now = func() time.Time { return now }
	svc := sqlite.NewServices(db, sqlite.Printers{
		Proposal: func(_ context.Context, d *domain.ProposalDocument) ([]byte, error) {
			return []byte(fmt.Sprintf("%%PDF-1.4 fake %s v%d\n%%%%EOF\n", d.Number, d.Version)), nil
		},
		Contract: func(_ context.Context, d *domain.ContractDocument) ([]byte, error) {
			return []byte(fmt.Sprintf("%%PDF-1.4 fake %s v%d end %s\n%%%%EOF\n", d.Number, d.Version, d.Engagement.End)), nil
		},
	})
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(demo.Load(ctx, svc, today))
	byRole := func(role string) *domain.Engagement {
		t.Helper()
		es, _, err := svc.Engagements.FindEngagements(ctx, domain.EngagementFilter{})
		must(err)
		for _, e := range es {
			if e.Role == role {
				return e
			}
		}
		t.Fatalf("the sample has no engagement %q", role)
		return nil
	}
	var ids historyIDs

	// A running mandate from a proposal: printed, extended, reprinted,
	// its terms saved, notice given and ended on its last day (with an
	// engagement by hand beside it on the way).
	running := byRole("CFO ad interim")
	ids.running = running.ID
	_, err = svc.Contracts.PrintContract(ctx, running.ID, today)
	must(err)
	_, err = svc.Lifecycle.ExtendEngagement(ctx, running.ID, running.End.AddDays(28), today, nil)
	must(err)
	_, err = svc.Contracts.ReissueContract(ctx, running.ID, today)
	must(err)
	terms, err := svc.Contracts.ContractTerms(ctx, running.ID)
	must(err)
	terms.Authority = "Tekent betalingen tot € 50.000."
	must(svc.Contracts.SaveContractTerms(ctx, terms))
	// A new one by hand beside the running mandate, before its notice:
	// the check is overridden; started and ended as planned.
	m, err := svc.Managers.FindManagerByID(ctx, running.ManagerID)
	must(err)
	ids.managerName = m.Name
	byHand := &domain.Engagement{ClientID: running.ClientID, Kind: domain.KindInterim, ManagerID: m.ID, Role: "Coach van de directie",
		Start: today.AddDays(7), End: today.AddDays(34), DaysPerWeek: 2, DayRate: domain.Euros(900), NoticeDays: 14}
	must(svc.Lifecycle.AddEngagement(ctx, byHand, &domain.CapacityOverride{Reason: "Twee avonden per week."}))
	ids.byHand = byHand.ID
	_, err = svc.Lifecycle.ActivateEngagement(ctx, byHand.ID, byHand.Start)
	must(err)
	_, err = svc.Lifecycle.CompleteEngagement(ctx, byHand.ID, byHand.End)
	must(err)

	noticed, err := svc.Lifecycle.TerminateEngagement(ctx, running.ID, today, "Overname door een groep.")
	must(err)
	_, err = svc.Lifecycle.CompleteEngagement(ctx, running.ID, noticed.TerminatedOn)
	must(err)

	// A planned one: its figures edited, then started a day late.
	planned := byRole("Supply chain director ad interim")
	ids.planned = planned.ID
	edit := *planned
	edit.DaysPerWeek, edit.DayRate, edit.NoticeDays = 2, planned.DayRate+domain.Euros(50), 14
	must(svc.Engagements.UpdateEngagement(ctx, &edit))
	_, err = svc.Lifecycle.ActivateEngagement(ctx, planned.ID, planned.Start.AddDays(1))
	must(err)

	// One entered by hand, ended before its planned end.
	ended := byRole("Operationeel directeur ad interim")
	ids.ended = ended.ID
	_, err = svc.Lifecycle.CompleteEngagement(ctx, ended.ID, today)
	must(err)

	// An issued proposal accepted.
	ps, _, err := svc.Proposals.FindProposals(ctx, domain.ProposalFilter{Status: domain.ProposalIssued})
	must(err)
	if len(ps) == 0 {
		t.Fatal("the sample has no issued proposal")
	}
	_, err = svc.Lifecycle.AcceptProposal(ctx, ps[0].ID, domain.KindConsulting, domain.AcceptOptions{On: today})
	must(err)
	return svc, ids
}

// recognisedBy is the format Translate takes s apart by in l: the text
// itself when it is one, "" when none matches.
func recognisedBy(c *catalogue, l domain.Lang, s string) string {
	if _, ok := c.text[l][s]; ok {
		return s
	}
	for _, e := range c.patterns {
		if _, ok := c.text[l][e.english]; ok && e.re.MatchString(s) {
			return e.english
		}
	}
	return ""
}

// verbsIn are the verbs of a format in order, 'd', 's', 'q'...
func verbsIn(format string) []byte {
	var out []byte
	for _, m := range verbRe.FindAllStringSubmatch(format, -1) {
		if m[2] != "%" {
			out = append(out, m[2][0])
		}
	}
	return out
}

// wordRe is a word of three letters or more: shorter ones ("on", "to")
// are too often part of a value to tell.
var wordRe = regexp.MustCompile(`\p{L}{3,}`)

// englishWordsLeft returns the words of the English format that the
// translation got still shows, unless its translated format has them too
// ("PDF", "manager", "contract" in Dutch).
func englishWordsLeft(format, translated, got string) []string {
	own := map[string]bool{}
	for _, w := range wordRe.FindAllString(verbRe.ReplaceAllString(translated, " "), -1) {
		own[strings.ToLower(w)] = true
	}
	shown := map[string]bool{}
	for _, w := range wordRe.FindAllString(got, -1) {
		shown[strings.ToLower(w)] = true
	}
	var left []string
	for _, w := range wordRe.FindAllString(verbRe.ReplaceAllString(format, " "), -1) {
		if w = strings.ToLower(w); !own[w] && shown[w] {
			left = append(left, w)
		}
	}
	return left
}
