package pdf

import (
	"context"
	"fmt"
	"runtime"
	"sync"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// RenderProposals prints many documents at once, one per processor core at
// a time: gofpdf keeps no shared state, so documents render side by side and
// a batch takes about its length divided by the number of cores. Results are
// in the order of docs. It stops at the first failure or when ctx is
// cancelled; the error wraps the document's own, so its code and sentence
// still reach the person.
func RenderProposals(ctx context.Context, docs []*domain.ProposalDocument) ([][]byte, error) {
	out := make([][]byte, len(docs))
	workers := min(runtime.GOMAXPROCS(0), len(docs))
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	var (
		wg       sync.WaitGroup
		once     sync.Once
		firstErr error
		next     = make(chan int)
	)
	fail := func(err error) {
		once.Do(func() { firstErr = err })
		cancel()
	}
	for range workers {
		wg.Go(func() {
			for i := range next {
				pdf, err := RenderProposal(docs[i])
				if err != nil {
					fail(fmt.Errorf("document %d of %d: %w", i+1, len(docs), err))
					continue
				}
				out[i] = pdf
			}
		})
	}
feed:
	for i := range docs {
		select {
		case next <- i:
		case <-ctx.Done():
			break feed
		}
	}
	close(next)
	wg.Wait()
	if firstErr != nil {
		return nil, firstErr
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return out, nil
}
