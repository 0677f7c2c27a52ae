package demo

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// LoadSize loads the sample of size sz into an empty database: the zero
// Size is Load's hand-made sample; a larger one is generated from its
// records as templates and written through the JSON import (the bulk path
// a restored export takes: one transaction, every record validated, the
// indexes built once at the end), which is why it needs s.Data and no PDF
// renderer.
func LoadSize(ctx context.Context, s domain.Services, today domain.Date, sz Size) error {
	if sz == (Size{}) {
		return Load(ctx, s, today)
	}
	if sz.Clients < 1 || sz.Managers < 1 || sz.Proposals < 0 {
		return fmt.Errorf("demo size %+v: a generated sample needs at least one client and one manager", sz)
	}
	g := generate(today, sz)
	pr, pw := io.Pipe()
	written := make(chan struct{})
	go func() {
		defer close(written)
		pw.CloseWithError(g.write(pw))
	}()
	_, err := s.Data.ImportJSON(ctx, pr)
	pr.CloseWithError(io.ErrClosedPipe) // stops the writer if the import ended early
	<-written
	if err != nil {
		return fmt.Errorf("demo of %d managers: %w", sz.Managers, err)
	}
	return nil
}

// exportSchemaVersion is the schema the generated records are of (the
// manager's fee on engagements is there, so nothing is filled in for an
// older file).
const exportSchemaVersion = 9

// bulk is a generated sample, held until it is written.
type bulk struct {
	today    domain.Date
	rnd      *rand.Rand
	at       time.Time // the time of day records were "made": 09:00 UTC on the day
	firm     *domain.Firm
	clients  []*domain.Client
	managers []*domain.Manager
	// templateOf is the index in managerSeeds of each manager's template.
	templateOf   []int
	managerSeeds []managerSeed
	proposals    []*domain.Proposal
	versions     []domain.Proposal // each issued one as it was issued: its first version
	// pendingOutcome are the decisions on issued proposals, applied once
	// their versions are frozen as issued.
	pendingOutcome []outcome
	numbers        map[int]int // year → last number given
	engagements    []*domain.Engagement
}

// version is an issued first version of a proposal.
type version struct {
	proposalID int64
	number     string
	issuedOn   domain.Date
	lang       domain.Lang
	data       []byte
	pdf        []byte
	sha        string
}

func generate(today domain.Date, sz Size) *bulk {
	g := &bulk{
		today:   today,
		rnd:     rand.New(rand.NewPCG(sz.Seed, 0x1d35c0de)),
		at:      today.Time().Add(9 * time.Hour),
		firm:    firm(),
		numbers: map[int]int{},
	}
	g.makeClients(sz.Clients)
	g.makeManagers(sz.Managers)
	g.makeProposals(sz.Proposals)
	g.settleAvailability()
	return g
}

// day is the date n days from today.
func (g *bulk) day(n int) domain.Date { return g.today.AddDays(n) }

// between is a number in [lo, hi].
func (g *bulk) between(lo, hi int) int { return lo + g.rnd.IntN(hi-lo+1) }

// chance is true with probability percent/100.
func (g *bulk) chance(percent int) bool { return g.rnd.IntN(100) < percent }

// stamp is the time a record dated d was written.
func (g *bulk) stamp(d domain.Date) time.Time { return d.Time().Add(9 * time.Hour) }

// write writes the sample in the JSON export format (docs/DATA.md), array
// by array, record by record.
func (g *bulk) write(w io.Writer) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	enc := json.NewEncoder(bw)
	ew := &errWriter{w: bw}
	ew.printf(`{"format":"interimdesk-export","format_version":2,"schema_version":%d,"exported_at":%q,"firm":`,
		exportSchemaVersion, g.at.Format(time.RFC3339))
	ew.encode(enc, struct {
		*domain.Firm
		CreatedAt time.Time `json:"created_at"`
		UpdatedAt time.Time `json:"updated_at"`
	}{g.firm, g.at, g.at})
	writeArray(ew, enc, "clients", g.clients, func(c *domain.Client) any { return c })
	writeArray(ew, enc, "managers", g.managers, func(m *domain.Manager) any { return domain.PersonalManager{Manager: m} })
	writeArray(ew, enc, "proposals", g.proposals, func(p *domain.Proposal) any { return p })
	writeArray(ew, enc, "proposal_versions", g.versions, func(p domain.Proposal) any {
		v := g.freeze(&p)
		return map[string]any{"proposal_id": v.proposalID, "version": 1, "number": v.number, "issued_on": v.issuedOn,
			"language": v.lang, "data": string(v.data), "pdf": v.pdf, "sha256": v.sha, "created_at": g.stamp(v.issuedOn)}
	})
	var numbers []map[string]any
	for y := g.today.Year() - 3; y <= g.today.Year()+1; y++ {
		if n := g.numbers[y]; n > 0 {
			numbers = append(numbers, map[string]any{"prefix": g.firm.ProposalPrefix, "year": y, "last": n})
		}
	}
	writeArray(ew, enc, "proposal_numbers", numbers, func(n map[string]any) any { return n })
	writeArray(ew, enc, "engagements", g.engagements, func(e *domain.Engagement) any { return e })
	ew.printf("}\n")
	if ew.err != nil {
		return ew.err
	}
	return bw.Flush()
}

func writeArray[T any](ew *errWriter, enc *json.Encoder, key string, items []T, rec func(T) any) {
	ew.printf(",%q:[", key)
	for i, it := range items {
		if i > 0 {
			ew.printf(",")
		}
		ew.encode(enc, rec(it))
	}
	ew.printf("]")
}

// errWriter keeps the first error of a run of writes.
type errWriter struct {
	w   *bufio.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, args...)
	}
}

func (e *errWriter) encode(enc *json.Encoder, v any) {
	if e.err == nil {
		e.err = enc.Encode(v)
	}
}
