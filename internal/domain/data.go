package domain

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"iter"
	"strings"
	"time"
)

// This file holds what moves data in and out of the database: imports of
// clients and managers, the JSON export, backups and restores, and a
// manager's personal data. The desktop and the command line use these
// types through the services below, without knowing the store.

// ImportAction is what an import does with one line.
type ImportAction string

const (
	ImportAdd       ImportAction = "add"       // a new record
	ImportUpdate    ImportAction = "update"    // a stored record matched by its key changes
	ImportUnchanged ImportAction = "unchanged" // matched, and the line changes nothing
	ImportRefuse    ImportAction = "refuse"    // the line cannot be imported; Reason says why
	// ImportSkip leaves out a likely duplicate: a line without a key (no
	// e-mail address, no VAT number) whose name, accents and capitals
	// ignored, is that of an earlier line of the file or of more than one
	// stored record. Reason says which. It refuses nothing: the other
	// lines are imported.
	ImportSkip ImportAction = "skip"
)

// ImportRow is one line to import: the record as read, or why it could not
// be read. A reader of some file format (csvio for CSV) makes them; the
// store judges and writes them.
type ImportRow[T any] struct {
	Line   int
	Record *T
	Err    error // the line could not be read; it is refused with this sentence
	// Merge copies what the line says onto the stored record it updates;
	// nil replaces every field the record has.
	Merge func(stored *T)
}

// ImportRows are the lines of one file in file order, handed over one at
// a time so that a large file is never all in memory. A non-nil error
// instead of a line means the rest of the file cannot be read (a quote
// left open, a disk error): the import stops and writes nothing.
type ImportRows[T any] = iter.Seq2[ImportRow[T], error]

// RowsOf hands over lines already in memory.
func RowsOf[T any](rows []ImportRow[T]) ImportRows[T] {
	return func(yield func(ImportRow[T], error) bool) {
		for _, r := range rows {
			if !yield(r, nil) {
				return
			}
		}
	}
}

// ImportOptions are the choices of the person importing.
type ImportOptions struct {
	// DryRun judges every line and writes nothing: the preview.
	DryRun bool
	// SkipInvalid imports the valid lines and leaves out the refused
	// ones. Without it the first refused line stops the import and
	// nothing is written.
	SkipInvalid bool
	// Progress, if set, is called every ProgressEvery lines and once at the
	// end of the lines, before the commit, on the importing goroutine.
	// total is Total, 0 when it is not known.
	Progress func(done, total int)
	// Total is the number of lines, when the caller knows it (from the
	// preview, say), for Progress and to size the report.
	Total int
	// Source names the file in the event log ("managers.csv").
	Source string
}

// ProgressEvery is how often, in lines, an import reports its progress.
const ProgressEvery = 1000

// ImportLine is what happens to one line.
type ImportLine struct {
	Line   int          `json:"line"`
	Action ImportAction `json:"action"`
	// ID is the record added or updated; 0 for a line refused, or added in
	// a dry run.
	ID   int64  `json:"id,omitempty"`
	Name string `json:"name,omitempty"`
	// Key is how the line was matched: the VAT number or e-mail address.
	Key string `json:"key,omitempty"`
	// Changes are the labels of the fields an update changes.
	Changes []string `json:"changes,omitempty"`
	// Reason is why a line is refused: a sentence that names the field
	// and the rule, like the form's; for a skipped line, which line or
	// records it likely repeats.
	Reason string `json:"reason,omitempty"`
	// ByName: the line has no key and updates (or leaves unchanged) the
	// one stored record with its name, accents and capitals ignored: a
	// likely duplicate, never added twice.
	ByName bool `json:"by_name,omitempty"`
	// SameNameAs is the earlier line of the file with the same name when
	// this line has its own key (another e-mail address): imported, but
	// perhaps the same person twice, which the preview says.
	SameNameAs int `json:"same_name_as,omitempty"`
}

// ImportReport is the result of an import or of its dry run, line by line.
type ImportReport struct {
	Noun      string       `json:"noun"` // "clients", "managers"
	DryRun    bool         `json:"dry_run"`
	Written   bool         `json:"written"` // committed: on disk
	Lines     []ImportLine `json:"lines"`
	Added     int          `json:"added"`
	Updated   int          `json:"updated"`
	Unchanged int          `json:"unchanged"`
	Refused   int          `json:"refused"`
	Skipped   int          `json:"skipped"` // likely duplicates left out
}

// Add records one judged line and counts it.
func (r *ImportReport) Add(l ImportLine) {
	switch l.Action {
	case ImportAdd:
		r.Added++
	case ImportUpdate:
		r.Updated++
	case ImportUnchanged:
		r.Unchanged++
	case ImportRefuse:
		r.Refused++
	case ImportSkip:
		r.Skipped++
	}
	r.Lines = append(r.Lines, l)
}

// JSONImportReport counts what an import of a JSON export wrote.
type JSONImportReport struct {
	Firm             bool `json:"firm"`
	Clients          int  `json:"clients"`
	Managers         int  `json:"managers"`
	Proposals        int  `json:"proposals"`
	ProposalVersions int  `json:"proposal_versions"`
	Engagements      int  `json:"engagements"`
	Events           int  `json:"events"`
}

// Kinds of backup, as the suffix of the backup's file name. Only automatic
// backups are pruned.
const (
	BackupManual        = ""                // "Back up now" and the backup command
	BackupAutomatic     = "-auto"           // at start-up, the last N kept
	BackupBeforeRestore = "-before-restore" // the safety copy a restore keeps
	BackupBeforeSchema  = "-before-schema-" // before a migration, followed by the new schema number
)

// BackupFile is one backup in the backups folder.
type BackupFile struct {
	Path string
	Kind string // one of the Backup… kinds; "-before-schema-N" for a migration's
	Time time.Time
	Size int64
}

// BackupInfo is what a checked backup holds: enough for a person to decide
// whether it is the one to restore.
type BackupInfo struct {
	Path          string `json:"path"`
	SchemaVersion int    `json:"schema_version"`
	FirmName      string `json:"firm_name"` // "" before the firm was set up
	Clients       int    `json:"clients"`
	Managers      int    `json:"managers"`
	Proposals     int    `json:"proposals"`
	Engagements   int    `json:"engagements"`
}

// RestoreResult says what a restore did.
type RestoreResult struct {
	Restored *BackupInfo // what the database now holds, checked
	// SafetyCopy is the database as it was before, kept in the backups
	// folder; "" when there was no database to keep.
	SafetyCopy string
}

// Event is one entry of the event log: what happened to a record beyond
// its current state.
type Event struct {
	ID       int64     `json:"id"`
	Entity   string    `json:"entity"`
	EntityID int64     `json:"entity_id"`
	At       time.Time `json:"at"`
	What     string    `json:"what"`
	Detail   string    `json:"detail"`
}

// PersonalManager is a manager's record as the personal data shows it:
// without the derived status, which is not data of its own.
type PersonalManager struct {
	*Manager
	Status json.RawMessage `json:"status,omitempty"` // hides Manager.Status
}

// PersonalData is everything the database holds about one manager as a
// person: the answer to a request for access (GDPR article 15), as JSON.
type PersonalData struct {
	ExportedAt  time.Time       `json:"exported_at"`
	Manager     PersonalManager `json:"manager"`
	Engagements []*Engagement   `json:"engagements"`
	// Proposals are those that propose the manager now.
	Proposals []PersonalProposal `json:"proposals"`
	// IssuedDocuments are the issued proposal versions whose frozen
	// document shows the manager.
	IssuedDocuments []IssuedDocument `json:"issued_documents"`
	Events          []Event          `json:"events"`
}

// PersonalProposal is the part of a proposal that concerns its manager.
type PersonalProposal struct {
	ID          int64          `json:"id"`
	Number      string         `json:"number"`
	Title       string         `json:"title"`
	Status      ProposalStatus `json:"status"`
	Role        string         `json:"role"`
	Start       Date           `json:"start"`
	Weeks       int            `json:"weeks"`
	DaysPerWeek int            `json:"days_per_week"`
	DayRate     Money          `json:"day_rate"`
}

// IssuedDocument is an issued proposal version that names a manager.
type IssuedDocument struct {
	ProposalID int64  `json:"proposal_id"`
	Number     string `json:"number"`
	Version    int    `json:"version"`
	IssuedOn   Date   `json:"issued_on"`
	SHA256     string `json:"sha256"`
}

func (d IssuedDocument) String() string { return fmt.Sprintf("%s version %d", d.Number, d.Version) }

// ErasurePlan says what erasing a manager's personal data does, before it
// is done, so that a person can confirm it knowing the consequences.
type ErasurePlan struct {
	ManagerID int64  `json:"manager_id"`
	Name      string `json:"name"`
	// Rev is the manager's rev when the plan was made: the erasure erases
	// only that state, not one changed since.
	Rev int64 `json:"rev"`
	// Engagements keep their dates, days and figures and go on pointing
	// at the anonymised record; Running of them are planned or active.
	Engagements int `json:"engagements"`
	Running     int `json:"running"`
	// Drafts are the proposal drafts that propose the manager: the manager
	// is taken off them, as if never chosen.
	Drafts int `json:"drafts"`
	// IssuedDocuments name the manager and are kept as they were issued:
	// they are the documents the client received, legal records.
	IssuedDocuments []IssuedDocument `json:"issued_documents"`
	AlreadyErased   bool             `json:"already_erased"`
	// Backups are the backup files in the backups folder that still hold
	// the manager: the erasure rewrites them without the manager.
	Backups []string `json:"backups,omitempty"`
}

// ErasedManagerName is what an erased manager is called from then on.
func ErasedManagerName(id int64) string { return fmt.Sprintf("Erased manager %d", id) }

// Summary is the plan in sentences, for the confirmation a person reads.
func (p *ErasurePlan) Summary() []string {
	backups := func() string {
		return fmt.Sprintf("%d backups still hold the manager and are rewritten without them: %s.",
			len(p.Backups), strings.Join(p.Backups, ", "))
	}
	if p.AlreadyErased && len(p.Backups) > 0 {
		return []string{backups()}
	}
	if p.AlreadyErased {
		return []string{fmt.Sprintf("Manager %d was already erased; nothing personal is left to erase.", p.ManagerID)}
	}
	erased := ErasedManagerName(p.ManagerID)
	out := []string{fmt.Sprintf("The name, e-mail, phone, city, headline, skills, sectors, languages, day rate, CV, management company, IBAN and notes of %s (manager %d) are erased; the record becomes %q and inactive.",
		p.Name, p.ManagerID, erased)}
	if p.Engagements > 0 {
		out = append(out, fmt.Sprintf("%d engagements keep their dates, days and amounts, now under %q (%d still planned or active).",
			p.Engagements, erased, p.Running))
	}
	if p.Drafts > 0 {
		out = append(out, fmt.Sprintf("%d proposal drafts no longer propose this manager.", p.Drafts))
	}
	if n := len(p.IssuedDocuments); n > 0 {
		names := make([]string, n)
		for i, d := range p.IssuedDocuments {
			names[i] = d.String()
		}
		out = append(out, fmt.Sprintf("%d issued documents name the manager and are kept as they were issued, because they are the legal record of what the client received: %s.",
			n, strings.Join(names, ", ")))
	}
	if len(p.Backups) > 0 {
		out = append(out, backups())
	}
	return out
}

// DataService moves clients and managers in and out of the database. An
// import judges every line with the entity's Validate, in one transaction:
// all of it is written, or nothing.
type DataService interface {
	// ImportClients imports lines of clients: a line whose VAT number is a
	// stored client's updates that client, any other line adds one. With
	// opt.DryRun nothing is written and the report says what would happen.
	// Without opt.SkipInvalid the first refused line stops the import with
	// EINVALID and nothing is written. The report lists every line judged,
	// also when an error is returned. EINVALID also when the disk is full
	// or read-only, when the rows end in an error, or when ctx ends.
	ImportClients(ctx context.Context, rows ImportRows[Client], opt ImportOptions) (*ImportReport, error)
	// ImportManagers is ImportClients for managers, matched by e-mail
	// address ignoring capitals.
	ImportManagers(ctx context.Context, rows ImportRows[Manager], opt ImportOptions) (*ImportReport, error)
	// AllClients returns every client, archived ones too, in the order they
	// were added: the rows of a CSV export.
	AllClients(ctx context.Context) ([]*Client, error)
	// AllManagers returns every manager, inactive ones too, in the order
	// they were added, without status.
	AllManagers(ctx context.Context) ([]*Manager, error)
	// ExportJSON writes the whole database as JSON (docs/DATA.md).
	ExportJSON(ctx context.Context, w io.Writer) error
	// ImportJSON reads such an export into an empty database; ECONFLICT
	// when it holds data, EINVALID naming the first record that fails.
	ImportJSON(ctx context.Context, r io.Reader) (*JSONImportReport, error)
}

// BackupService keeps backups of the database file and restores one.
type BackupService interface {
	// BackupNow writes a checked backup into the backups folder and
	// returns its path; EINVALID when the disk is full or read-only.
	BackupNow(ctx context.Context) (string, error)
	// Backups lists the backups in the backups folder, newest first.
	Backups() ([]BackupFile, error)
	// BackupDir is the backups folder; "" for a database that keeps no
	// backup files of its own (one on a server, backed up by its
	// administrator).
	BackupDir() string
	// BackupKeep is how many automatic backups are kept.
	BackupKeep(ctx context.Context) (int, error)
	// SetBackupKeep sets it; EINVALID outside 1 to 1000.
	SetBackupKeep(ctx context.Context, n int) error
	// InspectBackup checks a file without changing it and says what it
	// holds; EINVALID with the reason when it cannot be restored,
	// ENOTFOUND when there is no such file.
	InspectBackup(ctx context.Context, path string) (*BackupInfo, error)
	// ScheduleRestore checks the backup at path and keeps a copy of it
	// beside the database, to take the database's place the next time
	// the application starts, before anything opens it: a database in use
	// is never swapped under the screens. It returns what the backup
	// holds. EINVALID, ENOTFOUND as InspectBackup; nothing changes then.
	ScheduleRestore(ctx context.Context, path string) (*BackupInfo, error)
	// CancelRestore forgets a scheduled restore; no error when there is none.
	CancelRestore() error
}

// PrivacyService answers a manager's requests about their personal data.
type PrivacyService interface {
	// ExportPersonal gathers the personal data of manager id; ENOTFOUND.
	ExportPersonal(ctx context.Context, id int64) (*PersonalData, error)
	// PlanErasure says what EraseManager would do; ENOTFOUND.
	PlanErasure(ctx context.Context, id int64) (*ErasurePlan, error)
	// EraseManager erases the manager's personal data as the plan with
	// that rev described, in one transaction; ECONFLICT when the manager
	// changed since the plan was made, ENOTFOUND. Engagements keep their
	// figures; issued documents stay as issued.
	EraseManager(ctx context.Context, id, rev int64) (*ErasurePlan, error)
}
