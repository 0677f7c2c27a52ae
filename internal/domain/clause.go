package domain

import (
	"strings"
	"sync"
	"time"
)

// ClauseKey names one article text of the contract templates. A key with a
// suffix (".interim", ".consulting") belongs to one variant; the others are
// printed in both.
type ClauseKey string

// The clauses of the templates. Parties, nature, assignment, term, fee,
// notice, non-solicitation, liability and insurance differ between a
// mandate and a consulting assignment, and so do intellectual property
// (the manager is a party to a mandate only); authority and time only exist in a
// mandate, deliverables only in a consulting assignment. Signature is the
// sentence above the signature lines, printed without a heading.
const (
	ClausePartiesInterim       ClauseKey = "parties.interim"
	ClausePartiesConsulting    ClauseKey = "parties.consulting"
	ClauseNatureInterim        ClauseKey = "nature.interim"
	ClauseNatureConsulting     ClauseKey = "nature.consulting"
	ClauseAssignmentInterim    ClauseKey = "assignment.interim"
	ClauseAssignmentConsulting ClauseKey = "assignment.consulting"
	ClauseAuthority            ClauseKey = "authority"
	ClauseDeliverables         ClauseKey = "deliverables"
	ClauseTermInterim          ClauseKey = "term.interim"
	ClauseTermConsulting       ClauseKey = "term.consulting"
	ClauseTime                 ClauseKey = "time"
	ClauseFeeInterim           ClauseKey = "fee.interim"
	ClauseFeeConsulting        ClauseKey = "fee.consulting"
	ClauseExpenses             ClauseKey = "expenses"
	ClauseNoticeInterim        ClauseKey = "notice.interim"
	ClauseNoticeConsulting     ClauseKey = "notice.consulting"
	ClauseConfidentiality      ClauseKey = "confidentiality"
	ClauseIPInterim            ClauseKey = "ip.interim"
	ClauseIPConsulting         ClauseKey = "ip.consulting"
	ClauseNonSolicitInterim    ClauseKey = "nonsolicitation.interim"
	ClauseNonSolicitConsulting ClauseKey = "nonsolicitation.consulting"
	ClauseLiabilityInterim     ClauseKey = "liability.interim"
	ClauseLiabilityConsulting  ClauseKey = "liability.consulting"
	ClauseInsuranceInterim     ClauseKey = "insurance.interim"
	ClauseInsuranceConsulting  ClauseKey = "insurance.consulting"
	ClauseLaw                  ClauseKey = "law"
	ClauseFinal                ClauseKey = "final"
	ClauseSignature            ClauseKey = "signature"

	// The client agreement of a mandate, which the manager does not sign,
	// has its own parties and intellectual property; the rest is the
	// three-party contract's.
	ClausePartiesClient ClauseKey = "parties.client"
	ClauseIPClient      ClauseKey = "ip.client"

	// The manager agreement: the firm and the manager's company, back to
	// back with the client agreement.
	ClausePartiesManager         ClauseKey = "parties.manager"
	ClauseNatureManager          ClauseKey = "nature.manager"
	ClauseAssignmentManager      ClauseKey = "assignment.manager"
	ClauseTermManager            ClauseKey = "term.manager"
	ClauseTimeManager            ClauseKey = "time.manager"
	ClauseFeeManager             ClauseKey = "fee.manager"
	ClauseInvoicingManager       ClauseKey = "invoicing.manager"
	ClauseExpensesManager        ClauseKey = "expenses.manager"
	ClauseNoticeManager          ClauseKey = "notice.manager"
	ClauseConfidentialityManager ClauseKey = "confidentiality.manager"
	ClausePrivacyManager         ClauseKey = "privacy.manager"
	ClauseIPManager              ClauseKey = "ip.manager"
	ClauseNonSolicitManager      ClauseKey = "nonsolicitation.manager"
	ClauseInsuranceManager       ClauseKey = "insurance.manager"
	ClauseFinalManager           ClauseKey = "final.manager"
)

var (
	interimArticles = []ClauseKey{
		ClausePartiesInterim, ClauseNatureInterim, ClauseAssignmentInterim, ClauseAuthority,
		ClauseTermInterim, ClauseTime, ClauseFeeInterim, ClauseExpenses, ClauseNoticeInterim,
		ClauseConfidentiality, ClauseIPInterim, ClauseNonSolicitInterim, ClauseLiabilityInterim, ClauseInsuranceInterim,
		ClauseLaw, ClauseFinal, ClauseSignature,
	}
	consultingArticles = []ClauseKey{
		ClausePartiesConsulting, ClauseNatureConsulting, ClauseAssignmentConsulting, ClauseDeliverables,
		ClauseTermConsulting, ClauseFeeConsulting, ClauseExpenses, ClauseNoticeConsulting,
		ClauseConfidentiality, ClauseIPConsulting, ClauseNonSolicitConsulting, ClauseLiabilityConsulting, ClauseInsuranceConsulting,
		ClauseLaw, ClauseFinal, ClauseSignature,
	}
	clientArticles = []ClauseKey{
		ClausePartiesClient, ClauseNatureInterim, ClauseAssignmentInterim, ClauseAuthority,
		ClauseTermInterim, ClauseTime, ClauseFeeInterim, ClauseExpenses, ClauseNoticeInterim,
		ClauseConfidentiality, ClauseIPClient, ClauseNonSolicitInterim, ClauseLiabilityInterim, ClauseInsuranceInterim,
		ClauseLaw, ClauseFinal, ClauseSignature,
	}
	managerArticles = []ClauseKey{
		ClausePartiesManager, ClauseNatureManager, ClauseAssignmentManager, ClauseTermManager, ClauseTimeManager,
		ClauseFeeManager, ClauseInvoicingManager, ClauseExpensesManager, ClauseNoticeManager,
		ClauseConfidentialityManager, ClausePrivacyManager, ClauseIPManager, ClauseNonSolicitManager, ClauseInsuranceManager,
		ClauseLaw, ClauseFinalManager, ClauseSignature,
	}
)

// ContractClauses lists the clauses of a contract of kind in the order they
// are printed: the numbered articles, then the signature sentence. A
// mandate's are those of the three-party contract; AgreementClauses gives
// those of each agreement.
func ContractClauses(kind OfferKind) []ClauseKey {
	if kind == KindConsulting {
		return consultingArticles
	}
	return interimArticles
}

// ClauseKeys lists every clause of a template once: the mandate's in
// article order, then those only a consulting assignment has, those only
// the client agreement has, and the manager agreement's own. The settings
// screen shows them in this order.
func ClauseKeys() []ClauseKey { return clauseKeys }

var clauseKeys = func() []ClauseKey {
	keys := append([]ClauseKey{}, interimArticles...)
	for _, list := range [][]ClauseKey{consultingArticles, clientArticles, managerArticles} {
		for _, k := range list {
			if !k.in(keys) {
				keys = append(keys, k)
			}
		}
	}
	return keys
}()

// Valid reports whether k is a clause of the templates.
func (k ClauseKey) Valid() bool { return k.in(ClauseKeys()) }

func (k ClauseKey) in(keys []ClauseKey) bool {
	for _, x := range keys {
		if x == k {
			return true
		}
	}
	return false
}

// Article is the name of the article the clause stands for, without the
// variant: "notice" for "notice.interim". Placeholders such as
// {art_notice} refer to it.
func (k ClauseKey) Article() string {
	base, _, _ := strings.Cut(string(k), ".")
	return base
}

// Variant is the offer kind the clause belongs to, or "" for both.
func (k ClauseKey) Variant() OfferKind {
	_, v, _ := strings.Cut(string(k), ".")
	return OfferKind(v)
}

// Clause is the text of one article: its heading and its body. A blank
// line in Body starts a new numbered paragraph; {name} is replaced by the
// contract's data (ContractPlaceholders).
type Clause struct {
	Key   ClauseKey `json:"key"`
	Title string    `json:"title"`
	Body  string    `json:"body"`
}

// ClauseText is one entry of the firm's clause library: the text a
// template uses in one language, the firm's own or the default.
type ClauseText struct {
	Jurisdiction Jurisdiction `json:"jurisdiction"`
	Lang         Lang         `json:"lang"`
	Clause
	// Default is true while the firm uses the text the application ships.
	Default bool `json:"default"`
	// Rev is the row version of the firm's text; 0 for a default.
	Rev       int64     `json:"rev"`
	UpdatedAt time.Time `json:"updated_at"`
}

// Validate checks a clause text before it is saved: a known template,
// language and clause, a title and a body of reasonable length, and no
// placeholder the contract cannot fill.
func (c *ClauseText) Validate() error {
	return firstError(
		func() error {
			if !c.Jurisdiction.Valid() {
				return Invalidf("Country", "%q has no contract template; use BE or NL.", c.Jurisdiction)
			}
			if !c.Lang.Valid() {
				return Invalidf("Language", "must be nl, en or fr.")
			}
			if !c.Key.Valid() {
				return Invalidf("Clause", "%q is not a clause of the contract templates.", c.Key)
			}
			return nil
		}(),
		func() error {
			if c.Key == ClauseSignature {
				return nil // printed without a heading
			}
			return required("Title", c.Title)
		}(),
		maxLen("Title", c.Title, 120),
		required("Text", c.Body),
		maxLen("Text", c.Body, 10000),
		checkPlaceholders("Title", c.Title),
		checkPlaceholders("Text", c.Body),
	)
}

// Normalize tidies a text people typed: line ends, trailing spaces, blank
// lines at either end.
func (c *ClauseText) Normalize() {
	c.Title = strings.TrimSpace(c.Title)
	c.Body = tidyText(c.Body)
}

// tidyText makes every line end "\n", trims spaces at line ends and blank
// lines at both ends, and folds runs of blank lines into one.
func tidyText(s string) string {
	s = strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
	lines := strings.Split(s, "\n")
	out := lines[:0]
	for _, l := range lines {
		l = strings.TrimRight(l, " \t")
		if l == "" && len(out) > 0 && out[len(out)-1] == "" {
			continue
		}
		out = append(out, l)
	}
	return strings.Trim(strings.Join(out, "\n"), "\n")
}

// DefaultClause is the text the application ships for a clause of a
// template in a language: the jurisdiction's own where the law differs,
// else the one both templates share.
func DefaultClause(j Jurisdiction, l Lang, key ClauseKey) (Clause, bool) {
	texts := shippedClauses()
	if c, ok := texts.byLaw[j][l][key]; ok {
		c.Key = key
		return c, true
	}
	c, ok := texts.defaults[l][key]
	c.Key = key
	return c, ok
}

// reword returns c with each old phrase of pairs (old, new, old, new …)
// replaced: a jurisdiction's own words in a text both templates share.
// clause_test.go checks that every old phrase was there.
func reword(c Clause, pairs ...string) Clause {
	c.Body = strings.NewReplacer(pairs...).Replace(c.Body)
	return c
}

// clauseTexts are the shipped texts by language (defaults) and the ones a
// jurisdiction words differently (byLaw). They are built on first use, not
// when the program starts: a command that prints no contract never pays
// for them (they were a tenth of `proposals show` as a whole process).
type clauseTexts struct {
	defaults map[Lang]map[ClauseKey]Clause
	byLaw    map[Jurisdiction]map[Lang]map[ClauseKey]Clause
}

var shippedClauses = sync.OnceValue(func() clauseTexts {
	return clauseTexts{
		defaults: map[Lang]map[ClauseKey]Clause{
			LangEN: merged(clausesEN(), agreementClausesEN()),
			LangNL: merged(clausesNL(), agreementClausesNL()),
			LangFR: merged(clausesFR(), agreementClausesFR()),
		},
		byLaw: map[Jurisdiction]map[Lang]map[ClauseKey]Clause{
			JurisdictionNL: {LangEN: merged(clausesENforNL(), agreementClausesENforNL()), LangNL: merged(clausesNLforNL(), agreementClausesNLforNL()), LangFR: merged(clausesFRforNL(), agreementClausesFRforNL())},
			JurisdictionBE: {LangEN: merged(clausesENforBE(), agreementClausesENforBE()), LangNL: merged(clausesNLforBE(), agreementClausesNLforBE()), LangFR: merged(clausesFRforBE(), agreementClausesFRforBE())},
		},
	}
})

// merged is the clauses of both maps in one; the two agreements' texts
// are kept in files of their own.
func merged(a, b map[ClauseKey]Clause) map[ClauseKey]Clause {
	out := make(map[ClauseKey]Clause, len(a)+len(b))
	for k, c := range a {
		out[k] = c
	}
	for k, c := range b {
		out[k] = c
	}
	return out
}
