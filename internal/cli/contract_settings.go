package cli

import (
	"github.com/interimdesk/interimdesk/internal/domain"
)

// contractSettings shows or sets how a mandate is contracted: "settings
// [--three-party yes|no] [--manager-payment-days N]
// [--manager-payment-after invoice|client] [--json]". Two agreements is
// the default; the three-party contract shows the client's rate to the
// manager, which the command says whenever it is chosen.
func (a *app) contractSettings(args []string) error {
	fs := newFlagSet("contract settings")
	three := fs.String("three-party", "", "yes: one contract signed by the firm, the client and the manager's company (it shows the client's day rate to the manager); no: two agreements")
	days := fs.Int("manager-payment-days", -1, "pay the manager's company within `N` days (0 to 60)")
	after := fs.String("manager-payment-after", "", "`WHEN` those days count from: invoice (the manager's invoice) or client (the client's payment)")
	asJSON := fs.Bool("json", false, "print JSON")
	if err := parseFlags(fs, contractUsage, args); err != nil {
		return err
	}
	var threeParty *bool
	switch *three {
	case "":
	case "yes", "true", "1":
		t := true
		threeParty = &t
	case "no", "false", "0":
		f := false
		threeParty = &f
	default:
		return usageErrorf(contractUsage, "--three-party must be yes or no, not %q", *three)
	}
	var basis domain.PaymentBasis
	switch *after {
	case "":
	case "invoice":
		basis = domain.PayAfterInvoice
	case "client", "client_payment":
		basis = domain.PayAfterClient
	default:
		return usageErrorf(contractUsage, "--manager-payment-after must be invoice or client, not %q", *after)
	}
	return a.withServices(mustExist, func(s domain.Services) error {
		cs, err := s.Clauses.ContractSettings(a.ctx)
		if err != nil {
			return err
		}
		changed := threeParty != nil || *days >= 0 || basis != ""
		if threeParty != nil {
			cs.ThreeParty = *threeParty
		}
		if *days >= 0 {
			cs.ManagerPaymentDays = *days
		}
		if basis != "" {
			cs.ManagerPaymentAfter = basis
		}
		if changed {
			if err := s.Clauses.SaveContractSettings(a.ctx, cs); err != nil {
				return err
			}
		}
		if *asJSON {
			return writeJSON(a.stdout, cs)
		}
		if cs.ThreeParty {
			a.say("A mandate is contracted in one three-party contract, signed by the firm, the client and the manager's company; it shows the client's day rate to the manager.")
		} else {
			a.say("A mandate is contracted in two agreements: the client agreement at the client's day rate, and the manager agreement at the manager's day fee; neither side sees the other's figure.")
		}
		if cs.ManagerPaymentAfter == domain.PayAfterClient {
			a.say("The manager's company is paid within %d days after the client paid the firm for the same days.", cs.ManagerPaymentDays)
		} else {
			a.say("The manager's company is paid within %d days of its invoice.", cs.ManagerPaymentDays)
		}
		return nil
	})
}
