package exportfile

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/sqlcol"
)

// The arrays of the file that import all writes one record a row, into
// the table of the same name with the same columns in both stores. The
// firm, the settings and the managers (with their tags) each store
// writes its own way.

// table is one array of the file and the table it fills.
type table[T any] struct {
	list    string   // the array and the table: "clients"
	columns []string // the columns row fills, in its order
	// check refuses a record before it is written, with the sentence
	// that names it (Refused); nil: none.
	check func(i int, rec T) error
	// row is the record's id (0: none, for the sentence naming it) and
	// the values of columns.
	row func(rec T) (id int64, values []any, err error)
	// key names the row as the references of other rows to it do, for a
	// table whose references a store checks at the end; nil for the others.
	key func(rec T) string
}

// Rows is a table of any record: what a store needs to write one.
type Rows interface {
	List() string
	// Insert is the INSERT of one record; placeholder gives the
	// parameter of the n-th column (from 1).
	Insert(placeholder func(n int, column string) string) string
	// Each reads the array from x, checks each record and hands write the
	// values of its row, with its place in the array, its id (0: none)
	// and its key for the references ("" for a table without); it
	// returns the number of records.
	Each(x *Reader, write func(i int, id int64, values []any, key string) error) (int, error)
}

func (t *table[T]) List() string { return t.list }

func (t *table[T]) Insert(placeholder func(n int, column string) string) string {
	ps := make([]string, len(t.columns))
	for i, c := range t.columns {
		ps[i] = placeholder(i+1, c)
	}
	return `INSERT INTO ` + t.list + ` (` + strings.Join(t.columns, ", ") + `) VALUES (` + strings.Join(ps, ", ") + `)`
}

func (t *table[T]) Each(x *Reader, write func(i int, id int64, values []any, key string) error) (int, error) {
	return EachRecord(x, t.list, func(i int, rec T) error {
		if t.check != nil {
			if err := t.check(i, rec); err != nil {
				return err
			}
		}
		id, values, err := t.row(rec)
		if err != nil {
			return fmt.Errorf("%s: %w", RecordName(t.list, i, id), err)
		}
		key := ""
		if t.key != nil {
			key = t.key(rec)
		}
		return write(i, id, values, key)
	})
}

// An Importer writes the values of the file into one store's database: the
// firm, the settings and the managers (with their tags) its own way, the
// other arrays as the tables below say.
type Importer interface {
	Firm() error
	Settings() error
	Managers() error
	// Records writes the records of one array and returns their number.
	Records(Rows) (int, error)
}

// Write writes the value of key with w, counting its records in rep: the
// function Reader.Read calls for each key of the file.
func Write(key string, rep *domain.JSONImportReport, w Importer) error {
	switch key {
	case "firm":
		return w.Firm()
	case "settings":
		return w.Settings()
	case "managers":
		return w.Managers()
	}
	t, ok := map[string]Rows{
		"clients": &clients, "proposals": &proposals, "proposal_versions": &proposalVersions,
		"proposal_numbers": &proposalNumbers, "engagements": &engagements, "contract_terms": &contractTerms,
		"contract_versions": &contractVersions, "clauses": &clauses, "events": &events,
	}[key]
	if !ok {
		return nil
	}
	n, err := w.Records(t)
	if count, ok := map[string]*int{"clients": &rep.Clients, "proposals": &rep.Proposals,
		"proposal_versions": &rep.ProposalVersions, "engagements": &rep.Engagements, "events": &rep.Events}[key]; ok {
		*count = n
	}
	return err
}

// Refused is the sentence for record i of list (with id, 0 for none) that
// err, one of the domain's errors, refuses; nil for none.
func Refused(list string, i int, id int64, err error) error {
	if err == nil {
		return nil
	}
	return domain.Errorf(domain.ErrorCode(err), "%s: %s Nothing was imported.", RecordName(list, i, id), domain.ErrorPart(err))
}

// validated checks each record of list, which may be null in the file,
// with its Validate.
func validated[T any, P interface {
	*T
	Validate() error
}](list string, id func(P) int64) func(int, P) error {
	return func(i int, rec P) error {
		if rec == nil {
			return Refused(list, i, 0, domain.Errorf(domain.EINVALID, "the record is null."))
		}
		return Refused(list, i, id(rec), rec.Validate())
	}
}

// checkFrozen checks an issued proposal or a printed contract as the file
// holds it: the PDF must match its SHA-256, or it was changed after it
// left Interim Desk, and the data must be the JSON object it was printed
// from.
func checkFrozen(number string, version int, data string, pdf []byte, sha string) error {
	sum := sha256.Sum256(pdf)
	if len(pdf) == 0 || hex.EncodeToString(sum[:]) != sha {
		return domain.Errorf(domain.EINVALID,
			"the PDF of %s version %d does not match its SHA-256; the document was changed after it left Interim Desk.", number, version)
	}
	if !json.Valid([]byte(data)) || !strings.HasPrefix(data, "{") {
		return domain.Errorf(domain.EINVALID, "the document data of %s version %d is not a JSON object.", number, version)
	}
	return nil
}

func columns(s string) []string { return strings.Fields(strings.ReplaceAll(s, ",", " ")) }

var clients = table[*domain.Client]{
	list: "clients",
	columns: columns(`id, legal_name, trade_name, vat_id, company_number, street, postcode, city, country, sector,
		contact_name, contact_role, contact_email, contact_phone, language, notes, archived, rev, created_at,
		updated_at, cannot_deduct_vat`),
	check: validated("clients", func(c *domain.Client) int64 { return c.ID }),
	row: func(c *domain.Client) (int64, []any, error) {
		a, k := c.Address, c.Contact
		return c.ID, []any{c.ID, c.LegalName, c.TradeName, c.VATID, c.CompanyNumber, a.Street,
			a.Postcode, a.City, a.Country, c.Sector, k.Name, k.Role, k.Email, k.Phone, string(c.Language), c.Notes,
			c.Archived, max(c.Rev, 1), sqlcol.TimeText(c.CreatedAt), sqlcol.TimeText(c.UpdatedAt), c.CannotDeductVAT}, nil
	},
}

var proposals = table[*domain.Proposal]{
	list: "proposals",
	columns: columns(`id, client_id, manager_id, title, content, language, vat_rate, reverse_charge,
		validity_days, status, status_date, accepted_option, number, version, issued_on, rev, created_at, updated_at`),
	check: validated("proposals", func(p *domain.Proposal) int64 { return p.ID }),
	row: func(p *domain.Proposal) (int64, []any, error) {
		content, err := sqlcol.ContentOf(p)
		return p.ID, []any{p.ID, p.ClientID, sqlcol.NullID(p.Interim.ManagerID), p.Title, content, string(p.Language), p.VATRate,
			p.ReverseCharge, p.ValidityDays, string(p.Status), sqlcol.DateText(p.StatusDate), string(p.AcceptedOption),
			p.Number, p.Version, sqlcol.DateText(p.IssuedOn), max(p.Rev, 1), sqlcol.TimeText(p.CreatedAt), sqlcol.TimeText(p.UpdatedAt)}, err
	},
	key: func(p *domain.Proposal) string { return fmt.Sprint(p.ID) },
}

var proposalVersions = table[ExportVersion]{
	list:    "proposal_versions",
	columns: columns(`proposal_id, version, number, issued_on, language, data, pdf, sha256, created_at`),
	check: func(i int, v ExportVersion) error {
		return Refused("proposal_versions", i, 0, checkFrozen(v.Number, v.Version, v.Data, v.PDF, v.SHA256))
	},
	row: func(v ExportVersion) (int64, []any, error) {
		return 0, []any{v.ProposalID, v.Version, v.Number, sqlcol.DateText(v.IssuedOn), string(v.Language), v.Data, v.PDF, v.SHA256,
			sqlcol.TimeText(v.CreatedAt)}, nil
	},
	key: func(v ExportVersion) string { return fmt.Sprintf("%d/%d", v.ProposalID, v.Version) },
}

var proposalNumbers = table[ExportNumber]{
	list:    "proposal_numbers",
	columns: columns(`prefix, year, last`),
	row:     func(n ExportNumber) (int64, []any, error) { return 0, []any{n.Prefix, n.Year, n.Last}, nil },
}

var engagements = table[*domain.Engagement]{
	list: "engagements",
	columns: columns(`id, client_id, proposal_id, proposal_version, kind, manager_id, role, start_on, end_on,
		days_per_week, day_rate, fee, notice_days, status, terminated_on, end_reason, notes, rev, created_at,
		updated_at, manager_day_fee, outcome, reference`),
	check: validated("engagements", func(g *domain.Engagement) int64 { return g.ID }),
	row: func(g *domain.Engagement) (int64, []any, error) {
		return g.ID, []any{g.ID, g.ClientID, sqlcol.NullID(g.ProposalID), g.ProposalVersion, string(g.Kind), sqlcol.NullID(g.ManagerID), g.Role,
			sqlcol.DateText(g.Start), sqlcol.DateText(g.End), g.DaysPerWeek, int64(g.DayRate), int64(g.Fee), g.NoticeDays,
			string(g.Status), sqlcol.DateText(g.TerminatedOn), g.EndReason, g.Notes, max(g.Rev, 1),
			sqlcol.TimeText(g.CreatedAt), sqlcol.TimeText(g.UpdatedAt), int64(g.ManagerDayFee), g.Outcome, g.Reference}, nil
	},
	key: func(g *domain.Engagement) string { return fmt.Sprint(g.ID) },
}

// contractTerms are the saved terms of contracts.
var contractTerms = table[ExportContractTerms]{
	list: "contract_terms",
	columns: columns(`engagement_id, assignment, exit_criteria, authority, deliverables, non_solicit_months,
		liability_cap_months, rev, created_at, updated_at`),
	check: func(i int, t ExportContractTerms) error { return Refused("contract_terms", i, 0, t.Validate()) },
	row: func(t ExportContractTerms) (int64, []any, error) {
		return 0, []any{t.EngagementID, t.Assignment, t.ExitCriteria, t.Authority, t.Deliverables, t.NonSolicitMonths,
			t.LiabilityCapMonths, max(t.Rev, 1), sqlcol.TimeText(t.CreatedAt), sqlcol.TimeText(t.UpdatedAt)}, nil
	},
	key: func(t ExportContractTerms) string { return fmt.Sprint(t.EngagementID) },
}

// contractVersions are the printed contracts as they were frozen, so that
// printing one again gives the bytes the parties signed.
var contractVersions = table[ExportContract]{
	list: "contract_versions",
	columns: columns(`engagement_id, party, version, number, issued_on, language, jurisdiction, data, pdf,
		sha256, created_at`),
	check: func(i int, v ExportContract) error {
		var err error
		switch {
		case v.Party != "" && !v.Party.Valid():
			err = domain.Errorf(domain.EINVALID, "%s version %d is for the party %q; contracts are the client's or the manager's.",
				v.Number, v.Version, v.Party)
		case !v.Jurisdiction.Valid() || !v.Language.Valid():
			err = domain.Errorf(domain.EINVALID, "%s version %d is written under %q law in %q; contracts are BE or NL, in nl, en or fr.",
				v.Number, v.Version, v.Jurisdiction, v.Language)
		default:
			err = checkFrozen(v.Number, v.Version, v.Data, v.PDF, v.SHA256)
		}
		return Refused("contract_versions", i, 0, err)
	},
	row: func(v ExportContract) (int64, []any, error) {
		return 0, []any{v.EngagementID, string(contractParty(v.Party)), v.Version, v.Number, sqlcol.DateText(v.IssuedOn),
			string(v.Language), string(v.Jurisdiction), v.Data, v.PDF, v.SHA256, sqlcol.TimeText(v.CreatedAt)}, nil
	},
	key: func(v ExportContract) string {
		return fmt.Sprintf("%d/%s/%d", v.EngagementID, contractParty(v.Party), v.Version)
	},
}

// contractParty is the party of a printed contract: an export made before
// there were two agreements names none, and its contracts are the client's.
func contractParty(p domain.ContractParty) domain.ContractParty {
	if p == "" {
		return domain.PartyClient
	}
	return p
}

// clauses are the firm's own clause texts, each checked as the settings
// screen checks it.
var clauses = table[*domain.ClauseText]{
	list:    "clauses",
	columns: columns(`jurisdiction, language, key, title, body, rev, updated_at`),
	check:   validated("clauses", func(*domain.ClauseText) int64 { return 0 }),
	row: func(c *domain.ClauseText) (int64, []any, error) {
		return 0, []any{string(c.Jurisdiction), string(c.Lang), string(c.Key), c.Title, c.Body, max(c.Rev, 1), sqlcol.TimeText(c.UpdatedAt)}, nil
	},
}

var events = table[domain.Event]{
	list:    "events",
	columns: columns(`id, entity, entity_id, at, what, detail`),
	row: func(v domain.Event) (int64, []any, error) {
		return v.ID, []any{v.ID, v.Entity, v.EntityID, sqlcol.TimeText(v.At), v.What, v.Detail}, nil
	},
}
