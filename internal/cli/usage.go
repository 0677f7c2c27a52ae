package cli

// The usage texts. Each command's --help adds its flags with their help
// lines, generated from the flag set so they cannot drift.

const mainUsage = `usage: interimdesk-cli [--db PATH] COMMAND [ARGUMENTS]

Interim Desk on the command line: the same database and the same checks as
the desktop app.

Commands:
  demo [--force]                 fill an empty database with a sample firm
  check                          check the database file and its schema
  clients list|show|add          the clients
  managers list|show|search|add  the roster of interim managers
  proposals list|show            proposals and their totals
  engagements list|show          mandates and assignments
  help [COMMAND]                 this text, or the usage of one command

Global flags:
  --db PATH   the database file; without it $INTERIMDESK_DB, else
              interimdesk/interimdesk.db in the user's config folder

Lists and show commands take --json for scripts. Exit status: 0 done,
1 refused or failed (one sentence on stderr), 2 usage error.
`

const demoUsage = `usage: interimdesk-cli demo [--force]

Fills an empty database with a sample firm: its profile, clients, managers,
proposals in every status and engagements. A database that already holds
data is left alone unless --force is given; then it is moved aside to a
backup file next to it and a fresh sample takes its place.
`

const checkUsage = `usage: interimdesk-cli check

Runs SQLite's integrity check and compares the schema version with the one
this program knows. Prints "ok: ..." and exits 0, or names the problem and
exits 1.
`

const clientsUsage = `usage:
  interimdesk-cli clients list [--query Q] [--country CC] [--archived] [--limit N] [--json]
  interimdesk-cli clients show ID [--json]
  interimdesk-cli clients add --name NAME [--trade-name ...] [--vat ...] [--company-number ...]
      [--street ...] [--postcode ...] [--city ...] --country CC [--sector ...]
      [--contact-name ...] [--contact-role ...] [--email ...] [--phone ...]
      [--language nl|en|fr] [--notes ...]

clients add prints the ID of the new client.
`

const managersUsage = `usage:
  interimdesk-cli managers list [FILTERS] [--json]
  interimdesk-cli managers search QUERY [FILTERS] [--json]
  interimdesk-cli managers show ID [--json]
  interimdesk-cli managers add --name NAME [--email ...] [--phone ...] [--city ...]
      [--headline ...] [--skills "finance,turnaround"] [--sectors ...]
      [--languages "nl,fr"] [--day-rate 1250] [--available-from YYYY-MM-DD]
      [--days-per-week 5] [--cv ...] [--company ...] [--vat ...] [--iban ...]
      [--notes ...]

FILTERS: --query Q --sector S --language LL --available-on YYYY-MM-DD
         --min-free-days N --max-rate AMOUNT --inactive --limit N

Search ignores accents and case: "gerard" finds Gérard. managers add prints
the ID of the new manager; --company, --vat and --iban are those of the
manager's own management company.
`

const proposalsUsage = `usage:
  interimdesk-cli proposals list [--status STATUS] [--client ID] [--query Q] [--limit N] [--json]
  interimdesk-cli proposals show ID [--json]

STATUS is draft, issued, accepted, declined or expired. show includes the
computed totals of both offers.
`

const engagementsUsage = `usage:
  interimdesk-cli engagements list [--status STATUS] [--client ID] [--manager ID] [--limit N] [--json]
  interimdesk-cli engagements show ID [--json]

STATUS is planned, active, completed or terminated.
`
