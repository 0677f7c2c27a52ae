package ui

import (
	"context"
	"math/rand"
	"slices"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// BenchmarkBoardScroll scrolls the planning board through 100,000
// managers and times every piece of work done on the UI goroutine, each a
// frame's share: a scroll step (the list moves and hands the rows on view
// their next managers) and each page arriving from the store (the rows on
// view drawn again). Each iteration scrolls three rows, as a wheel does;
// one in fifty jumps somewhere, as dragging the scroll bar does, and waits
// for its page. The store is a fake that makes its rows at once, so what
// is timed is the board, not SQLite; painting by the GPU is not included.
//
//	CGO_ENABLED=0 go test ./internal/ui -run '^$' -bench BoardScroll -benchtime 2000x
func BenchmarkBoardScroll(b *testing.B) {
	test.NewTempApp(b)
	useLanguage(domain.LangEN)
	loop := newTestLoop(b)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	work := newWorker(ctx, loop, loop.clock.after)
	work.searchDelay = 0
	w := test.NewWindow(nil)
	defer w.Close()
	parts := widgetParts{win: w, work: work, prefs: fyne.CurrentApp().Preferences(), logf: b.Logf,
		showError: func(err error) { b.Fatal(err) }, leaveThen: func(next func()) { next() }}
	none := func(int64) {}
	s := newBoardScreen(parts, &fakeBoard{n: 100_000}, func(context.Context) ([]string, error) { return nil, nil },
		func() domain.Date { return domain.DateOf(testNow) },
		todayHooks{openProposal: none, openEngagement: none, openManager: none})
	w.SetContent(s.content())
	w.Resize(fyne.NewSize(1280, 800))

	var frames []time.Duration
	frame := func(fn func()) {
		start := time.Now()
		fn()
		frames = append(frames, time.Since(start))
	}
	drain := func() {
		for work.pending.Load() > 0 {
			frame(<-loop.queue)
		}
	}
	frame(s.shown)
	drain()
	if s.total.n != 100_000 {
		b.Fatalf("the board has %d rows", s.total.n)
	}
	frames = frames[:0]

	rows := float32(s.total.n - 20)
	step := 3 * boardRowHeight // a wheel's notch: about three rows
	rnd := rand.New(rand.NewSource(1))
	offset := float32(0)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if i%50 == 49 {
			offset = float32(rnd.Intn(int(rows))) * boardRowHeight
		} else {
			offset += step
		}
		frame(func() { s.list.ScrollToOffset(offset) })
		drain()
	}
	b.StopTimer()

	slices.Sort(frames)
	ms := func(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
	b.ReportMetric(ms(frames[len(frames)/2]), "median-ms/frame")
	b.ReportMetric(ms(frames[len(frames)*99/100]), "p99-ms/frame")
	b.ReportMetric(ms(frames[len(frames)-1]), "max-ms/frame")
	b.ReportMetric(float64(len(boardRows(s))), "rows-on-view")
	if got := s.list.GetScrollOffset(); got != offset {
		b.Fatalf("the list is at %v, want %v", got, offset)
	}
}
