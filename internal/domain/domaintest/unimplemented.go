// Package domaintest gives the fakes of tests a base to embed: every method
// of every service of the domain, answering that it is not implemented. A
// fake overrides what its test needs, and domain.Services stays complete,
// so no caller ever checks a service for nil.
package domaintest

import (
	"context"
	"io"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// Unimplemented implements every service interface of the domain; each
// method returns an EINTERNAL error that names it.
type Unimplemented struct{}

// Services returns a domain.Services whose every service is Unimplemented:
// a test replaces the fields it fakes.
func Services() domain.Services {
	u := Unimplemented{}
	return domain.Services{Firm: u, Clients: u, Managers: u, Proposals: u, Engagements: u,
		Lifecycle: u, Contracts: u, Clauses: u, Previews: u, Data: u, Backups: u, Privacy: u, Matches: u, Today: u,
		Board: u, Changes: u}
}

// notImplemented is an internal error, so a screen shows its generic
// sentence and logs which method the fake lacks.
func notImplemented(method string) error {
	return domain.Errorf(domain.EINTERNAL, "%s is not implemented by this fake", method)
}

// FirmService

func (Unimplemented) Firm(_ context.Context) (*domain.Firm, error) {
	return nil, notImplemented("Firm")
}
func (Unimplemented) SaveFirm(_ context.Context, _ *domain.Firm) error {
	return notImplemented("SaveFirm")
}

// ClientService

func (Unimplemented) FindClientByID(_ context.Context, _ int64) (*domain.Client, error) {
	return nil, notImplemented("FindClientByID")
}
func (Unimplemented) FindClients(_ context.Context, _ domain.ClientFilter) ([]*domain.Client, int, error) {
	return nil, 0, notImplemented("FindClients")
}
func (Unimplemented) CreateClient(_ context.Context, _ *domain.Client) error {
	return notImplemented("CreateClient")
}
func (Unimplemented) UpdateClient(_ context.Context, _ *domain.Client) error {
	return notImplemented("UpdateClient")
}
func (Unimplemented) ArchiveClient(_ context.Context, _ int64, _ bool) error {
	return notImplemented("ArchiveClient")
}
func (Unimplemented) DeleteClient(_ context.Context, _ int64) error {
	return notImplemented("DeleteClient")
}

// ManagerService

func (Unimplemented) FindManagerByID(_ context.Context, _ int64) (*domain.Manager, error) {
	return nil, notImplemented("FindManagerByID")
}
func (Unimplemented) FindManagers(_ context.Context, _ domain.ManagerFilter) ([]*domain.Manager, int, error) {
	return nil, 0, notImplemented("FindManagers")
}
func (Unimplemented) CreateManager(_ context.Context, _ *domain.Manager) error {
	return notImplemented("CreateManager")
}
func (Unimplemented) UpdateManager(_ context.Context, _ *domain.Manager) error {
	return notImplemented("UpdateManager")
}
func (Unimplemented) SetManagerActive(_ context.Context, _ int64, _ bool) error {
	return notImplemented("SetManagerActive")
}
func (Unimplemented) Sectors(_ context.Context) ([]string, error) {
	return nil, notImplemented("Sectors")
}

// ProposalService

func (Unimplemented) FindProposalByID(_ context.Context, _ int64) (*domain.Proposal, error) {
	return nil, notImplemented("FindProposalByID")
}
func (Unimplemented) FindProposals(_ context.Context, _ domain.ProposalFilter) ([]*domain.Proposal, int, error) {
	return nil, 0, notImplemented("FindProposals")
}
func (Unimplemented) CreateProposal(_ context.Context, _ *domain.Proposal) error {
	return notImplemented("CreateProposal")
}
func (Unimplemented) UpdateProposal(_ context.Context, _ *domain.Proposal) error {
	return notImplemented("UpdateProposal")
}
func (Unimplemented) DeleteProposal(_ context.Context, _ int64, _ int64) error {
	return notImplemented("DeleteProposal")
}
func (Unimplemented) ProposalVersions(_ context.Context, _ int64) ([]*domain.ProposalVersion, error) {
	return nil, notImplemented("ProposalVersions")
}
func (Unimplemented) ProposalDocument(_ context.Context, _ int64, _ domain.Date, _ domain.Lang) (*domain.ProposalDocument, error) {
	return nil, notImplemented("ProposalDocument")
}
func (Unimplemented) IssueProposal(_ context.Context, _ int64, _ domain.Date) (*domain.ProposalVersion, error) {
	return nil, notImplemented("IssueProposal")
}
func (Unimplemented) ProposalVersion(_ context.Context, _ int64, _ int) (*domain.ProposalVersion, error) {
	return nil, notImplemented("ProposalVersion")
}
func (Unimplemented) SetProposalStatus(_ context.Context, _ int64, _ domain.ProposalStatus, _ domain.Date, _ domain.OfferKind) error {
	return notImplemented("SetProposalStatus")
}

// EngagementService

func (Unimplemented) FindEngagementByID(_ context.Context, _ int64) (*domain.Engagement, error) {
	return nil, notImplemented("FindEngagementByID")
}
func (Unimplemented) FindEngagements(_ context.Context, _ domain.EngagementFilter) ([]*domain.Engagement, int, error) {
	return nil, 0, notImplemented("FindEngagements")
}
func (Unimplemented) CreateEngagement(_ context.Context, _ *domain.Engagement) error {
	return notImplemented("CreateEngagement")
}
func (Unimplemented) UpdateEngagement(_ context.Context, _ *domain.Engagement) error {
	return notImplemented("UpdateEngagement")
}

// EngagementLifecycle

func (Unimplemented) AcceptProposal(_ context.Context, _ int64, _ domain.OfferKind, _ domain.AcceptOptions) (*domain.Engagement, error) {
	return nil, notImplemented("AcceptProposal")
}
func (Unimplemented) AddEngagement(_ context.Context, _ *domain.Engagement, _ *domain.CapacityOverride) error {
	return notImplemented("AddEngagement")
}
func (Unimplemented) ActivateEngagement(_ context.Context, _ int64, _ domain.Date) (*domain.Engagement, error) {
	return nil, notImplemented("ActivateEngagement")
}
func (Unimplemented) CompleteEngagement(_ context.Context, _ int64, _ domain.Date) (*domain.Engagement, error) {
	return nil, notImplemented("CompleteEngagement")
}
func (Unimplemented) TerminateEngagement(_ context.Context, _ int64, _ domain.Date, _ string) (*domain.Engagement, error) {
	return nil, notImplemented("TerminateEngagement")
}
func (Unimplemented) ExtendEngagement(_ context.Context, _ int64, _ domain.Date, _ domain.Date, _ *domain.CapacityOverride) (*domain.Engagement, error) {
	return nil, notImplemented("ExtendEngagement")
}
func (Unimplemented) EngagementHistory(_ context.Context, _ int64) ([]domain.EngagementEvent, error) {
	return nil, notImplemented("EngagementHistory")
}

// ContractService

func (Unimplemented) ContractDocument(_ context.Context, _ int64, _ domain.Date) (*domain.ContractDocument, error) {
	return nil, notImplemented("ContractDocument")
}
func (Unimplemented) PrintContract(_ context.Context, _ int64, _ domain.Date) (*domain.ContractVersion, error) {
	return nil, notImplemented("PrintContract")
}
func (Unimplemented) ReissueContract(_ context.Context, _ int64, _ domain.Date) (*domain.ContractVersion, error) {
	return nil, notImplemented("ReissueContract")
}
func (Unimplemented) ContractVersions(_ context.Context, _ int64) ([]*domain.ContractVersion, error) {
	return nil, notImplemented("ContractVersions")
}
func (Unimplemented) ContractVersion(_ context.Context, _ int64, _ int) (*domain.ContractVersion, error) {
	return nil, notImplemented("ContractVersion")
}
func (Unimplemented) ContractTerms(_ context.Context, _ int64) (*domain.ContractTerms, error) {
	return nil, notImplemented("ContractTerms")
}
func (Unimplemented) SaveContractTerms(_ context.Context, _ *domain.ContractTerms) error {
	return notImplemented("SaveContractTerms")
}
func (Unimplemented) ContractDocumentFor(_ context.Context, _ int64, _ domain.ContractParty, _ domain.Date) (*domain.ContractDocument, error) {
	return nil, notImplemented("ContractDocumentFor")
}
func (Unimplemented) PrintContractFor(_ context.Context, _ int64, _ domain.ContractParty, _ domain.Date) (*domain.ContractVersion, error) {
	return nil, notImplemented("PrintContractFor")
}
func (Unimplemented) ReissueContractFor(_ context.Context, _ int64, _ domain.ContractParty, _ domain.Date) (*domain.ContractVersion, error) {
	return nil, notImplemented("ReissueContractFor")
}
func (Unimplemented) ContractVersionsFor(_ context.Context, _ int64, _ domain.ContractParty) ([]*domain.ContractVersion, error) {
	return nil, notImplemented("ContractVersionsFor")
}
func (Unimplemented) ContractVersionFor(_ context.Context, _ int64, _ domain.ContractParty, _ int) (*domain.ContractVersion, error) {
	return nil, notImplemented("ContractVersionFor")
}
func (Unimplemented) ContractParties(_ context.Context, _ int64) ([]domain.ContractParty, error) {
	return nil, notImplemented("ContractParties")
}
func (Unimplemented) ContractSettings(_ context.Context) (*domain.ContractSettings, error) {
	return nil, notImplemented("ContractSettings")
}
func (Unimplemented) SaveContractSettings(_ context.Context, _ *domain.ContractSettings) error {
	return notImplemented("SaveContractSettings")
}

// ClauseLibrary

func (Unimplemented) Clauses(_ context.Context, _ domain.Jurisdiction, _ domain.Lang) ([]*domain.ClauseText, error) {
	return nil, notImplemented("Clauses")
}
func (Unimplemented) SaveClause(_ context.Context, _ *domain.ClauseText) error {
	return notImplemented("SaveClause")
}
func (Unimplemented) ResetClause(_ context.Context, _ domain.Jurisdiction, _ domain.Lang, _ domain.ClauseKey) error {
	return notImplemented("ResetClause")
}

// DataService

func (Unimplemented) ImportClients(_ context.Context, _ domain.ImportRows[domain.Client], _ domain.ImportOptions) (*domain.ImportReport, error) {
	return nil, notImplemented("ImportClients")
}
func (Unimplemented) ImportManagers(_ context.Context, _ domain.ImportRows[domain.Manager], _ domain.ImportOptions) (*domain.ImportReport, error) {
	return nil, notImplemented("ImportManagers")
}
func (Unimplemented) AllClients(_ context.Context) ([]*domain.Client, error) {
	return nil, notImplemented("AllClients")
}
func (Unimplemented) AllManagers(_ context.Context) ([]*domain.Manager, error) {
	return nil, notImplemented("AllManagers")
}
func (Unimplemented) ExportJSON(_ context.Context, _ io.Writer) error {
	return notImplemented("ExportJSON")
}
func (Unimplemented) ImportJSON(_ context.Context, _ io.Reader) (*domain.JSONImportReport, error) {
	return nil, notImplemented("ImportJSON")
}

// BackupService

func (Unimplemented) BackupNow(_ context.Context) (string, error) {
	return "", notImplemented("BackupNow")
}
func (Unimplemented) Backups() ([]domain.BackupFile, error) { return nil, notImplemented("Backups") }
func (Unimplemented) BackupDir() string                     { return "" }
func (Unimplemented) BackupKeep(_ context.Context) (int, error) {
	return 0, notImplemented("BackupKeep")
}
func (Unimplemented) SetBackupKeep(_ context.Context, _ int) error {
	return notImplemented("SetBackupKeep")
}
func (Unimplemented) InspectBackup(_ context.Context, _ string) (*domain.BackupInfo, error) {
	return nil, notImplemented("InspectBackup")
}
func (Unimplemented) ScheduleRestore(_ context.Context, _ string) (*domain.BackupInfo, error) {
	return nil, notImplemented("ScheduleRestore")
}
func (Unimplemented) CancelRestore() error { return notImplemented("CancelRestore") }

// PrivacyService

func (Unimplemented) ExportPersonal(_ context.Context, _ int64) (*domain.PersonalData, error) {
	return nil, notImplemented("ExportPersonal")
}
func (Unimplemented) PlanErasure(_ context.Context, _ int64) (*domain.ErasurePlan, error) {
	return nil, notImplemented("PlanErasure")
}
func (Unimplemented) EraseManager(_ context.Context, _ int64, _ int64) (*domain.ErasurePlan, error) {
	return nil, notImplemented("EraseManager")
}

// ProposalPreviewer

func (Unimplemented) PreviewProposal(_ context.Context, _ *domain.ProposalDocument) ([]byte, error) {
	return nil, notImplemented("PreviewProposal")
}

// MatchService

func (Unimplemented) MatchManagers(_ context.Context, _ domain.MatchCriteria) ([]domain.Match, error) {
	return nil, notImplemented("MatchManagers")
}

// TodayService

func (Unimplemented) TodayData(_ context.Context, _ domain.Date) (*domain.TodayData, error) {
	return nil, notImplemented("TodayData")
}

// BoardService

func (Unimplemented) Board(_ context.Context, _ domain.ManagerFilter, _, _ domain.Date) ([]domain.BoardRow, int, error) {
	return nil, 0, notImplemented("Board")
}

// ChangeWatcher

// WatchChanges reports nothing until ctx is done: nobody else writes to a
// fake's data.
func (Unimplemented) WatchChanges(ctx context.Context, _ time.Duration, _ func()) error {
	<-ctx.Done()
	return nil
}
