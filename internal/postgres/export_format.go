package postgres

import (
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// The JSON export's format (docs/DATA.md), the same file as the SQLite
// store's: a firm moves from a file to the server and back with it. These
// types are copies of internal/sqlite's (export_json.go), which this
// package may not import; a change to the format changes both, and
// storetest's round trip between the stores fails until it does.
const (
	ExportFormat        = "interimdesk-export"
	ExportFormatVersion = 2
)

// exportSchemaVersion is the schema an export of this store says it is
// of: the SQLite schema this store's migrations match (0001 to 0011), so
// that an export reads the same from either store and an export from a
// newer SQLite file is refused here as it is there.
const exportSchemaVersion = 11

// Export is the JSON export as one value: every key of the file, in the
// order ExportJSON writes them (see internal/sqlite's Export).
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

// ExportVersion is an issued proposal version, PDF included; Data is the
// frozen document as the exact text stored.
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
// their timestamps.
type ExportContractTerms struct {
	domain.ContractTerms
	CreatedAt time.Time `json:"created_at"`
	UpdatedAt time.Time `json:"updated_at"`
}

// ExportContract is a printed contract, PDF included; Data is the frozen
// document as the exact text stored.
type ExportContract struct {
	EngagementID int64                `json:"engagement_id"`
	Party        domain.ContractParty `json:"party,omitempty"` // none in an export from before two agreements: the client's
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
