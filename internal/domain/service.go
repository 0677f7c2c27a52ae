package domain

import "context"

// Page asks for one page of a list. Limit 0 means the service's default.
type Page struct {
	Offset int
	Limit  int
}

// ClientFilter selects clients for a list.
type ClientFilter struct {
	Query           string // full-text, accent-insensitive
	Country         string
	IncludeArchived bool
	Sort            string // "name" (default), "-updated"
	Page
}

// ManagerFilter selects managers for the roster.
type ManagerFilter struct {
	Query           string // full-text over name, headline, skills, sectors, languages, CV
	Sector          string
	Language        string // two-letter code
	AvailableOn     Date   // free on this day (at least MinFreeDays)
	MinFreeDays     int    // days per week still free on AvailableOn (or today)
	MaxDayRate      Money  // 0: no maximum
	IncludeInactive bool
	Sort            string // "name" (default), "rate", "-rate", "available"
	Page
}

// ProposalFilter selects proposals for a list.
type ProposalFilter struct {
	Query    string
	ClientID int64
	Status   ProposalStatus
	Page
}

// EngagementFilter selects engagements for a list.
type EngagementFilter struct {
	ClientID  int64
	ManagerID int64
	Status    EngagementStatus
	Page
}

// FirmService keeps the firm profile.
type FirmService interface {
	// Firm returns the profile; ENOTFOUND before it has been set up.
	Firm(ctx context.Context) (*Firm, error)
	// SaveFirm validates and saves the profile; EINVALID.
	SaveFirm(ctx context.Context, f *Firm) error
}

// ClientService keeps clients. A client with proposals or engagements is
// archived, never deleted.
type ClientService interface {
	// FindClientByID returns ENOTFOUND when there is no such client.
	FindClientByID(ctx context.Context, id int64) (*Client, error)
	// FindClients returns one page and the total number of matches.
	FindClients(ctx context.Context, f ClientFilter) ([]*Client, int, error)
	// CreateClient validates and inserts; EINVALID, ECONFLICT (same VAT id).
	CreateClient(ctx context.Context, c *Client) error
	// UpdateClient validates and saves; EINVALID, ENOTFOUND, ECONFLICT
	// (changed elsewhere since it was read, or same VAT id as another client).
	UpdateClient(ctx context.Context, c *Client) error
	// ArchiveClient archives or restores; ENOTFOUND.
	ArchiveClient(ctx context.Context, id int64, archived bool) error
}

// ManagerService keeps the roster. Read managers carry their derived Status.
type ManagerService interface {
	// FindManagerByID returns ENOTFOUND when there is no such manager.
	FindManagerByID(ctx context.Context, id int64) (*Manager, error)
	// FindManagers returns one page and the total number of matches.
	FindManagers(ctx context.Context, f ManagerFilter) ([]*Manager, int, error)
	// CreateManager validates and inserts; EINVALID, ECONFLICT (same e-mail).
	CreateManager(ctx context.Context, m *Manager) error
	// UpdateManager validates and saves; EINVALID, ENOTFOUND, ECONFLICT.
	UpdateManager(ctx context.Context, m *Manager) error
	// SetManagerActive marks a manager active or inactive; ENOTFOUND.
	SetManagerActive(ctx context.Context, id int64, active bool) error
	// Sectors returns the distinct sectors on the roster, for filter choices.
	Sectors(ctx context.Context) ([]string, error)
}

// ProposalService keeps proposals and their issued versions.
type ProposalService interface {
	// FindProposalByID returns ENOTFOUND when there is no such proposal.
	FindProposalByID(ctx context.Context, id int64) (*Proposal, error)
	// FindProposals returns one page and the total number of matches.
	FindProposals(ctx context.Context, f ProposalFilter) ([]*Proposal, int, error)
	// CreateProposal validates and inserts a draft; EINVALID.
	CreateProposal(ctx context.Context, p *Proposal) error
	// UpdateProposal validates and saves; EINVALID, ENOTFOUND, ECONFLICT.
	UpdateProposal(ctx context.Context, p *Proposal) error
	// ProposalVersions lists the issued versions, newest first, without PDFs.
	ProposalVersions(ctx context.Context, id int64) ([]*ProposalVersion, error)
	ProposalIssuer
}

// EngagementService keeps engagements.
type EngagementService interface {
	// FindEngagementByID returns ENOTFOUND when there is no such engagement.
	FindEngagementByID(ctx context.Context, id int64) (*Engagement, error)
	// FindEngagements returns one page and the total number of matches.
	FindEngagements(ctx context.Context, f EngagementFilter) ([]*Engagement, int, error)
	// CreateEngagement validates and inserts; EINVALID, ECONFLICT.
	CreateEngagement(ctx context.Context, e *Engagement) error
	// UpdateEngagement validates and saves; EINVALID, ENOTFOUND, ECONFLICT.
	UpdateEngagement(ctx context.Context, e *Engagement) error
}

// Services bundles what the screens and the command line need.
type Services struct {
	Firm        FirmService
	Clients     ClientService
	Managers    ManagerService
	Proposals   ProposalService
	Engagements EngagementService
}

// ProposalIssuer issues proposals: numbering, freezing and status changes.
type ProposalIssuer interface {
	// ProposalDocument assembles what the document of the proposal's current
	// state would show on the given day, in lang ("" for its own language);
	// ENOTFOUND.
	ProposalDocument(ctx context.Context, id int64, on Date, lang Lang) (*ProposalDocument, error)
	// IssueProposal freezes the current state as the next version: a number
	// from the firm's gapless yearly sequence on first issue, the document
	// data, the PDF bytes and their SHA-256. EINVALID (no firm profile, an
	// invalid proposal), ENOTFOUND, ECONFLICT (already accepted or declined).
	IssueProposal(ctx context.Context, id int64, on Date) (*ProposalVersion, error)
	// ProposalVersion returns one issued version with its PDF; ENOTFOUND.
	ProposalVersion(ctx context.Context, id int64, version int) (*ProposalVersion, error)
	// SetProposalStatus records accepted (with the option), declined or
	// expired on a date; EINVALID, ENOTFOUND, ECONFLICT (never issued).
	SetProposalStatus(ctx context.Context, id int64, s ProposalStatus, on Date, option OfferKind) error
}
