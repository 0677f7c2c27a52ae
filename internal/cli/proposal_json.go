package cli

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// The proposal file format: what "proposal show ID --json" prints is what
// "proposal create --from FILE" reads, so a proposal can be copied, kept as
// a template or written by a script. docs/PROPOSAL_JSON.md describes it;
// TestProposalJSONDoc keeps that page in step with this file.

// proposalJSON is a proposal with the totals the screen and the PDF show,
// computed by the domain so all three agree.
type proposalJSON struct {
	*domain.Proposal
	Totals domain.Totals `json:"totals"`
	// Margin is the interim offer's, ConsultingMargin the consulting
	// offer's: the firm's own figures, null while a figure is missing.
	Margin           domain.Margin `json:"margin"`
	ConsultingMargin domain.Margin `json:"consulting_margin"`
}

// proposalIn is the same format read back. The fields the store decides
// (the ID, where the proposal stands, its number and versions, its
// timestamps) and the computed totals are accepted so that the output of
// show can be fed back as it is, and then dropped: each shadows the field
// of the embedded Proposal with the same JSON name, and a RawMessage takes
// any value without looking at it, so even a stale or odd value there does
// not stop a copy.
type proposalIn struct {
	domain.Proposal
	ID             json.RawMessage `json:"id"`
	Status         json.RawMessage `json:"status"`
	StatusDate     json.RawMessage `json:"status_date"`
	AcceptedOption json.RawMessage `json:"accepted_option"`
	Number         json.RawMessage `json:"number"`
	Version        json.RawMessage `json:"version"`
	IssuedOn       json.RawMessage `json:"issued_on"`
	Rev            json.RawMessage `json:"rev"`
	CreatedAt      json.RawMessage `json:"created_at"`
	UpdatedAt      json.RawMessage `json:"updated_at"`
	Totals         json.RawMessage `json:"totals"`
	Margin         json.RawMessage `json:"margin"`
	ConsultingMgn  json.RawMessage `json:"consulting_margin"`
}

// maxProposalFile bounds what create reads: a proposal is a few kilobytes,
// and a mistaken path to a video should fail fast, not fill the memory.
const maxProposalFile = 8 << 20

// decodeProposal reads one proposal in the show --json format from data;
// name is how the sentence names the file. Every mistake is one sentence
// naming the file, the line and the field.
func decodeProposal(name string, data []byte) (*domain.Proposal, error) {
	// Windows Notepad starts a UTF-8 file with a byte-order mark.
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	if err := checkUTF8(name, data); err != nil {
		return nil, err
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	// A permanent object takes the starting percentages it leaves out:
	// decoding into the defaults keeps what the file does not say.
	in := proposalIn{Proposal: domain.Proposal{Permanent: domain.NewPermanentHire()}}
	if err := dec.Decode(&in); err != nil {
		return nil, jsonInputError(name, data, err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return nil, domain.Errorf(domain.EINVALID,
			"%s, line %d: more follows the proposal's JSON object; the file holds one proposal.",
			name, lineOf(data, dec.InputOffset()))
	}
	// encoding/json keeps the last of two values for one key; a file
	// that says two things is refused rather than read half.
	if at, ok := findDuplicateKey(data); ok {
		return nil, domain.Errorf(domain.EINVALID, "%s: the field %q is given twice; keep one of them.", at.where(name), at.path)
	}
	p := in.Proposal
	if h := p.Permanent; h != nil && *h == *domain.NewPermanentHire() && !bytes.Contains(data, []byte(`"permanent"`)) {
		p.Permanent = nil // the file has no comparator
	}
	return &p, nil
}
