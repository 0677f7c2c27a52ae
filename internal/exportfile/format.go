// Package exportfile is the JSON export of a firm's whole database, the
// file both stores write and read (internal/sqlite on a file,
// internal/postgres on a server): its format, a writer that streams it
// record by record, and a reader that takes it back in one pass with the
// sentences a person gets for a file that is not right. One package, so
// that a firm moves between the stores with identical files.
package exportfile

import (
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// The JSON export: the whole database in one documented file (see
// docs/DATA.md), readable by people and by other programs, and imported
// back into an empty database by ImportJSON.
//
// Format version 2 added the contracts: their terms, the printed versions
// and the firm's clause library. Version 1 files are still read.
const (
	ExportFormat        = "interimdesk-export"
	ExportFormatVersion = 2
)

// Export is the JSON export as one value: every key of the file, in the
// order ExportJSON writes them, which is also an order in which every
// reference points back to a record already written. Records keep their
// ids, so that references between them survive the round trip, and their
// rev and timestamps. ExportJSON writes it record by record, never whole.
type Export struct {
	Format           string                   `json:"format"`
	FormatVersion    int                      `json:"format_version"`
	SchemaVersion    int                      `json:"schema_version"`
	ExportedAt       time.Time                `json:"exported_at"`
	Firm             *ExportFirm              `json:"firm"` // null before the firm was set up
	Settings         map[string]string        `json:"settings"`
	Clients          []*domain.Client         `json:"clients"`
	Managers         []domain.PersonalManager `json:"managers"` // without the derived status
	Proposals        []*domain.Proposal       `json:"proposals"`
	ProposalVersions []ExportVersion          `json:"proposal_versions"`
	ProposalNumbers  []ExportNumber           `json:"proposal_numbers"`
	Engagements      []*domain.Engagement     `json:"engagements"` // the status as recorded
	ContractTerms    []ExportContractTerms    `json:"contract_terms"`
	ContractVersions []ExportContract         `json:"contract_versions"`
	Clauses          []*domain.ClauseText     `json:"clauses"` // the firm's own texts only
	Events           []domain.Event           `json:"events"`
}

// ExportFirm is the firm profile with its timestamps.
type ExportFirm struct {
	domain.Firm
	CreatedAt time.Time `json:"created_at"`
	UpdatedAt time.Time `json:"updated_at"`
}

// ExportVersion is an issued proposal version, PDF included. Data is the
// frozen document as the exact text stored (a string of JSON), because its
// hash is printed on the PDF and must recompute byte for byte.
type ExportVersion struct {
	ProposalID int64       `json:"proposal_id"`
	Version    int         `json:"version"`
	Number     string      `json:"number"`
	IssuedOn   domain.Date `json:"issued_on"`
	Language   domain.Lang `json:"language"`
	Data       string      `json:"data"`
	PDF        []byte      `json:"pdf"` // base64
	SHA256     string      `json:"sha256"`
	CreatedAt  time.Time   `json:"created_at"`
}

// ExportNumber is the last number given in a proposal number sequence.
type ExportNumber struct {
	Prefix string `json:"prefix"`
	Year   int    `json:"year"`
	Last   int    `json:"last"`
}

// ExportContractTerms are the saved terms of an engagement's contract with
// their timestamps. An engagement without them prints the defaults.
type ExportContractTerms struct {
	domain.ContractTerms
	CreatedAt time.Time `json:"created_at"`
	UpdatedAt time.Time `json:"updated_at"`
}

// ExportContract is a printed contract, PDF included. Like ExportVersion,
// Data is the frozen document as the exact text stored: its short hash is
// printed in the PDF's footer, and a reprint after the import must give
// the same bytes.
type ExportContract struct {
	EngagementID int64 `json:"engagement_id"`
	// Party is "client" or "manager"; an export made before there were two
	// agreements has none, and its contracts are the client's.
	Party        domain.ContractParty `json:"party,omitempty"`
	Version      int                  `json:"version"`
	Number       string               `json:"number"`
	IssuedOn     domain.Date          `json:"issued_on"`
	Language     domain.Lang          `json:"language"`
	Jurisdiction domain.Jurisdiction  `json:"jurisdiction"`
	Data         string               `json:"data"`
	PDF          []byte               `json:"pdf"` // base64
	SHA256       string               `json:"sha256"`
	CreatedAt    time.Time            `json:"created_at"`
}
