package domain

import (
	"context"
	"time"
)

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
	// Sort is "name" (the default), "rate", "-rate", "available" or
	// "relevance": best match of Query first, by tier, each tier by name.
	// The tiers: every word typed in the headline; in the skills; in the
	// sectors; then, for several words, one of them in the headline, the
	// skills, the sectors; then the other matches (CV, notes, name). Both
	// stores order alike, and a page reads about as many managers as it
	// shows however many match (docs/PERFORMANCE.md).
	Sort string
	Page
}

// ProposalFilter selects proposals for a list.
type ProposalFilter struct {
	Query    string
	ClientID int64
	// ManagerID matches proposals whose interim offer names the manager.
	ManagerID int64
	Status    ProposalStatus
	// Sort is number, title, client, status or changed, with "-" before
	// it for the other way; "" is the most recently changed first.
	Sort string
	Page
}

// EngagementFilter selects engagements for a list.
type EngagementFilter struct {
	// Query matches the client's names, the role and the manager's name.
	Query     string
	ClientID  int64
	ManagerID int64
	Status    EngagementStatus
	// Sort is client, manager, kind, start, end or status, with "-"
	// before it for the other way; "" is the latest start first.
	Sort string
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
	// DeleteClient removes a client no proposal or engagement names;
	// ENOTFOUND, ECONFLICT (named: archive it instead).
	DeleteClient(ctx context.Context, id int64) error
}

// ManagerService keeps the roster. Read managers carry their derived Status.
type ManagerService interface {
	// FindManagerByID returns ENOTFOUND when there is no such manager.
	FindManagerByID(ctx context.Context, id int64) (*Manager, error)
	// FindManagers returns one page and the number of matches. With words
	// to search for it counts them no further than one past
	// ManagerCountLimit of the page's end: a total above the limit means
	// more than that many (MoreThan).
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
	// DeleteProposal removes a draft that was never issued, if it is still
	// at revision rev; ENOTFOUND, ECONFLICT (issued, or changed elsewhere).
	DeleteProposal(ctx context.Context, id int64, rev int64) error
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

// Services bundles what the screens and the command line need. Every field
// is set: sqlite.NewServices wires them all, and a test's fake embeds
// domaintest.Unimplemented for what it does not fake, so a caller never
// checks a service for nil.
type Services struct {
	Firm        FirmService
	Clients     ClientService
	Managers    ManagerService
	Proposals   ProposalService
	Engagements EngagementService
	Lifecycle   EngagementLifecycle
	Contracts   ContractService
	Clauses     ClauseLibrary
	// Previews prints drafts; issued versions are printed by Proposals.
	Previews ProposalPreviewer
	// Data, Backups and Privacy move data in and out (data.go).
	Data    DataService
	Backups BackupService
	Privacy PrivacyService
	// Matches ranks the roster for a mandate (match.go).
	Matches MatchService
	// Today gives the first screen its data (today.go).
	Today TodayService
	// Board reads the planning board, who is free when (board.go).
	Board BoardService
	// Changes tells an open window that others wrote to the database.
	Changes ChangeWatcher
}

// ChangeWatcher tells an open window that the database changed under it:
// another window, the command line, or a colleague on a shared database
// wrote to it. The window then reads its lists again; a form with
// unsaved edits keeps them, and saving them over a changed record is
// refused with the Reload sentence as before.
type ChangeWatcher interface {
	// WatchChanges looks every interval and calls changed, on its own
	// goroutine, after each look that found a write made since the one
	// before (the process's own writes may be reported too). It returns
	// when ctx is done, or with the error that stopped it.
	WatchChanges(ctx context.Context, every time.Duration, changed func()) error
}

// ProposalPreviewer prints the document of a draft as PDF for a preview,
// without storing it or taking a number.
type ProposalPreviewer interface {
	// PreviewProposal renders d; EINTERNAL when it cannot.
	PreviewProposal(ctx context.Context, d *ProposalDocument) ([]byte, error)
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

// EngagementLifecycle moves engagements through their life: the client's
// acceptance of a proposal, the start, the end, notice and extension. Each
// step is checked against the engagement's status and written to its
// history in the same transaction. Steps that book a manager's time check
// the manager's capacity: a conflict is an ECONFLICT *CapacityConflict
// unless the call carries an override with a reason, which is recorded.
type EngagementLifecycle interface {
	// AcceptProposal records the client's acceptance of option of the
	// proposal's last issued version and creates the engagement with the
	// figures of that version, in one transaction. A proposal already
	// accepted with that option but without an engagement gets its
	// engagement. EINVALID, ENOTFOUND, ECONFLICT (never issued, changed
	// since it was issued, declined, expired, accepted with the other
	// option, already an engagement, capacity).
	AcceptProposal(ctx context.Context, proposalID int64, option OfferKind, opts AcceptOptions) (*Engagement, error)
	// AddEngagement creates an engagement entered by hand (planned unless
	// it says otherwise) after the capacity check; EINVALID, ECONFLICT.
	AddEngagement(ctx context.Context, e *Engagement, override *CapacityOverride) error
	// ActivateEngagement records the start of a planned engagement on day
	// on (today when zero); ENOTFOUND, ECONFLICT.
	ActivateEngagement(ctx context.Context, id int64, on Date) (*Engagement, error)
	// CompleteEngagement records the end of an active engagement on day on
	// (today when zero); one under notice ends as terminated. EINVALID,
	// ENOTFOUND, ECONFLICT.
	CompleteEngagement(ctx context.Context, id int64, on Date) (*Engagement, error)
	// TerminateEngagement records notice given on a day with its reason; the
	// last day follows from the notice period (Engagement.GiveNotice).
	// EINVALID, ENOTFOUND, ECONFLICT.
	TerminateEngagement(ctx context.Context, id int64, noticeGiven Date, reason string) (*Engagement, error)
	// ExtendEngagement moves the planned end to a later day, agreed on day
	// on (today when zero), after the capacity check; EINVALID, ENOTFOUND,
	// ECONFLICT.
	ExtendEngagement(ctx context.Context, id int64, to, on Date, override *CapacityOverride) (*Engagement, error)
	// EngagementHistory lists what happened to an engagement, oldest first;
	// ENOTFOUND.
	EngagementHistory(ctx context.Context, id int64) ([]EngagementEvent, error)
}

// ContractService prints engagement contracts. A contract is frozen the
// first time it is printed (its data, clause texts, PDF and SHA-256), so
// printing it again gives the same bytes; a reissue after the engagement
// changed makes the next version.
type ContractService interface {
	// ContractDocument assembles what the contract of the engagement's
	// current state would show if printed on day on (today when zero), with
	// the clause library as it stands; Version is 0. ENOTFOUND.
	ContractDocument(ctx context.Context, engagementID int64, on Date) (*ContractDocument, error)
	// PrintContract returns the engagement's latest contract with its PDF,
	// freezing version 1 on day on (today when zero) the first time.
	// EINVALID (no firm profile), ENOTFOUND.
	PrintContract(ctx context.Context, engagementID int64, on Date) (*ContractVersion, error)
	// ReissueContract freezes the engagement's current state as the next
	// version; ECONFLICT when it would print the same as the latest one,
	// or before the first print. EINVALID, ENOTFOUND.
	ReissueContract(ctx context.Context, engagementID int64, on Date) (*ContractVersion, error)
	// ContractVersions lists the printed versions, newest first, without
	// PDFs; ENOTFOUND when there is no such engagement.
	ContractVersions(ctx context.Context, engagementID int64) ([]*ContractVersion, error)
	// ContractVersion returns one printed version with its PDF; ENOTFOUND.
	ContractVersion(ctx context.Context, engagementID int64, version int) (*ContractVersion, error)
	// ContractTerms returns the engagement's contract terms, the defaults
	// until they are saved (Rev 0); ENOTFOUND.
	ContractTerms(ctx context.Context, engagementID int64) (*ContractTerms, error)
	// SaveContractTerms validates and saves; EINVALID, ENOTFOUND, ECONFLICT
	// (saved elsewhere since they were read).
	SaveContractTerms(ctx context.Context, t *ContractTerms) error

	// The methods above without a party are the client's contract. A
	// mandate has a second agreement, the manager's (ContractParty); these
	// do the same for either. EINVALID for an unknown party, or a manager
	// agreement the engagement does not have.
	ContractDocumentFor(ctx context.Context, engagementID int64, party ContractParty, on Date) (*ContractDocument, error)
	PrintContractFor(ctx context.Context, engagementID int64, party ContractParty, on Date) (*ContractVersion, error)
	ReissueContractFor(ctx context.Context, engagementID int64, party ContractParty, on Date) (*ContractVersion, error)
	ContractVersionsFor(ctx context.Context, engagementID int64, party ContractParty) ([]*ContractVersion, error)
	ContractVersionFor(ctx context.Context, engagementID int64, party ContractParty, version int) (*ContractVersion, error)
	// ContractParties lists the agreements the engagement prints, the
	// client's first; ENOTFOUND.
	ContractParties(ctx context.Context, engagementID int64) ([]ContractParty, error)
}

// ClauseLibrary keeps the clause texts of the contract templates, which the
// firm edits in its settings. Printed contracts keep the texts they used.
type ClauseLibrary interface {
	// Clauses returns every clause of a template in a language (ClauseKeys
	// order): the firm's text where it has one, else the default. EINVALID
	// for an unknown template or language.
	Clauses(ctx context.Context, j Jurisdiction, lang Lang) ([]*ClauseText, error)
	// SaveClause validates and saves the firm's text of a clause; EINVALID,
	// ECONFLICT (saved elsewhere since it was read: Rev).
	SaveClause(ctx context.Context, c *ClauseText) error
	// ResetClause puts the default text back; EINVALID for an unknown
	// clause.
	ResetClause(ctx context.Context, j Jurisdiction, lang Lang, key ClauseKey) error
	// ContractSettings returns the firm's choices about a mandate's
	// contracts (two agreements or one three-party contract, the
	// manager's payment term); SaveContractSettings validates and saves
	// them, EINVALID.
	ContractSettings(ctx context.Context) (*ContractSettings, error)
	SaveContractSettings(ctx context.Context, s *ContractSettings) error
}
