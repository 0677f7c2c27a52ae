package cli

// The usage texts. Each command's --help adds its flags with their help
// lines, generated from the flag set so they cannot drift.

const mainUsage = `usage: interimdesk-cli [--db PATH] COMMAND [ARGUMENTS]

Interim Desk on the command line: the same database and the same checks as
the desktop app.

Commands:
  demo [--force]                 fill an empty database with a sample firm
  check                          check the database file and its schema
  today [--json]                 what needs doing: pipeline, deadlines,
                                 managers becoming free, won share
  import KIND FILE               add or update clients or managers from CSV
  export KIND -o FILE            write clients, managers or everything
  backup [FILE]                  write a checked copy of the database
  restore FILE                   check a backup and put it in place
  clients list|show|add|delete   the clients
  managers list|show|search|add|export-personal|erase
                                 the roster of interim managers, and what
                                 the database holds about one of them
  proposal list|show|create|render|issue|status|history|delete
                                 proposals, their PDFs and versions
  engagements list|show|accept|activate|complete|terminate|extend|history
                                 mandates and assignments and their life
  contract render|batch|reissue|history|terms|clauses|clause
                                 engagement contracts and their clauses
  help [COMMAND]                 this text, or the usage of one command

Global flags:
  --db PATH   the database file; without it $INTERIMDESK_DB, else
              interimdesk/interimdesk.db in the user's config folder

Lists and show commands take --json for scripts. Exit status: 0 done,
1 refused or failed (one sentence on stderr), 2 usage error. Messages and
reports are in the language of the locale (LANG) in Dutch, English or
French, or in the one INTERIMDESK_LANG names (nl, en, fr), with amounts
and dates written that language's way; --json output is the same in every
language, so scripts read it the same everywhere.
`

const demoUsage = `usage: interimdesk-cli demo [--size small|large] [--force]

Fills an empty database with a sample firm: its profile, clients, managers,
proposals in every status and engagements. A database that already holds
data is left alone unless --force is given; then it is moved aside to a
backup file next to it and a fresh sample takes its place.

--size large generates 100,000 managers, 20,000 clients and 50,000
proposals spread over the last two years, with the engagements of the
accepted ones, to try the roster at scale; it takes about a minute. The
issued proposals carry a one-page stand-in PDF instead of a printed one.
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
  interimdesk-cli clients delete ID [--confirm ID]

clients add prints the ID of the new client. delete removes a client no
proposal or engagement names (archive the others in the desktop); without
--confirm it only says what would go.
`

const managersUsage = `usage:
  interimdesk-cli managers list [FILTERS] [--json]
  interimdesk-cli managers search QUERY [FILTERS] [--json]
  interimdesk-cli managers show ID [--json]
  interimdesk-cli managers export-personal ID -o FILE
  interimdesk-cli managers erase ID [--confirm ID]
  interimdesk-cli managers add --name NAME [--email ...] [--phone ...] [--city ...]
      [--headline ...] [--skills "finance,turnaround"] [--sectors ...]
      [--languages "nl,fr"] [--day-rate 1250] [--available-from YYYY-MM-DD]
      [--days-per-week 5] [--cv ...] [--company ...] [--vat ...] [--iban ...]
      [--company-street ...] [--company-postcode ...] [--company-city ...]
      [--company-country BE] [--company-number ...] [--notes ...]
  interimdesk-cli managers edit ID [the flags of add to change]
  interimdesk-cli managers match PROPOSAL_ID [--limit N] [--json]
  interimdesk-cli managers match [--keywords "finance ziekenhuis"] [--sector S]
      [--language LL] [--start YYYY-MM-DD] [--weeks N] [--days-per-week N]
      [--max-rate AMOUNT] [--client-rate AMOUNT] [--limit N] [--json]

FILTERS: --query Q --sector S --language LL --available-on YYYY-MM-DD
         --min-free-days N --max-rate AMOUNT --inactive --limit N

Search ignores accents and case: "gerard" finds Gérard. A search counts
its matches up to the next thousand past the page it shows: "50 of more
than 1000 managers" (with --json, "more": true). managers add prints
the ID of the new manager; --day-rate is the manager's own day fee, what the
firm pays the management company, never the client's rate. --company, --vat,
--iban and the --company-... flags are those of the manager's own
management company, which the manager agreement prints. edit changes only
the fields its flags name.

export-personal writes everything the database holds about one manager as
JSON (a request for access). erase first shows what erasing the manager's
personal data does; with --confirm repeating the ID it erases them:
engagements keep their figures, issued documents stay as issued.

match ranks the roster for a mandate, best first, by rules it states for
each manager: the words found, sector, past engagements in it, languages,
the days free from the start (engagements counted, issued proposals shown
apart), and the margin the manager's day fee leaves against the client's
rate and the firm's minimum. Those left out for a hard reason come after,
with the reason. With PROPOSAL_ID the criteria are the proposal's interim
offer; --max-rate is the most the manager's day fee may be.
`

const proposalsUsage = `usage:
  interimdesk-cli proposal list [--status STATUS] [--client ID] [--query Q] [--limit N] [--json]
  interimdesk-cli proposal show ID [--json]
  interimdesk-cli proposal create --from FILE.json
  interimdesk-cli proposal render ID [--version N] [--lang nl|en|fr] -o FILE.pdf [--force]
  interimdesk-cli proposal check ID [--on YYYY-MM-DD] [--json]
  interimdesk-cli proposal issue ID [--on YYYY-MM-DD] [--confirm] [--json]
  interimdesk-cli proposal status ID accepted|declined|expired [--option interim|consulting]
      [--on YYYY-MM-DD]
  interimdesk-cli proposal history ID [--json]
  interimdesk-cli proposal delete ID [--confirm ID]

"proposals" is the same command. STATUS is draft, issued, accepted, declined
or expired. delete removes a draft that was never issued; without --confirm
it only says what would go. show includes the computed totals of both
offers. create reads the JSON that show --json prints (see
docs/PROPOSAL_JSON.md) and prints the ID of the new draft.

render writes the proposal as it stands, dated today and marked as a
draft, in its language or --lang; with --version it writes issued version
N byte for byte as the client received it; -o - writes the PDF to standard
output. check lists, one line each, what blocks the issue (an offer
without days, weeks, rate or fee, no offer at all, a VAT treatment that
does not fit the countries) and what only warns (a date past, text in
another language, an unusual day rate); it exits with 1 when something
blocks. issue refuses what blocks, stops at warnings unless --confirm,
freezes the current state as the next version (numbered on its first
issue) and prints the number, version and SHA-256. status
records the client's answer to the issued version; accepted needs
--option. history lists the issued versions.
`

const engagementsUsage = `usage:
  interimdesk-cli engagements list [--status STATUS] [--client ID] [--manager ID] [--limit N] [--json]
  interimdesk-cli engagements show ID [--json]
  interimdesk-cli engagements accept PROPOSAL_ID --option interim|consulting [--on DATE]
      [--start DATE] [--notice-days N] [--manager ID] [--override-capacity --reason "..."] [--json]
  interimdesk-cli engagements activate|complete ID [--on DATE]
  interimdesk-cli engagements terminate ID --notice-given DATE --reason "..."
  interimdesk-cli engagements extend ID --to DATE [--on DATE] [--override-capacity --reason "..."]
  interimdesk-cli engagements history ID [--json]

STATUS is planned, active, completed or terminated. accept records the
client's acceptance of the proposal's last issued version and creates the
engagement with that version's figures (not the live proposal's), in one
step; it refuses to book a manager beyond the days a week they work and
names the engagement in the way, unless --override-capacity gives a
reason, which is recorded. activate records the start, complete the end
(an engagement under notice ends as terminated). terminate records notice:
the last day follows from the notice period, and the engagement books its
manager until then. extend moves the planned end, checking capacity again.
history lists every step with its date.
`

const contractUsage = `usage:
  interimdesk-cli contract check ENGAGEMENT_ID [--party client|manager] [--on DATE] [--json]
  interimdesk-cli contract render ENGAGEMENT_ID [--party client|manager] -o FILE.pdf [--force] [--on DATE]
      [--version N | --preview]
  interimdesk-cli contract batch [--status STATUS|all] [--client ID] [--manager ID] [--ids 1,2,3]
      --out DIR [--on DATE] [--progress] [--json]
  interimdesk-cli contract reissue ENGAGEMENT_ID [--party client|manager] [--on DATE] [--json]
  interimdesk-cli contract history ENGAGEMENT_ID [--party client|manager] [--json]
  interimdesk-cli contract terms ENGAGEMENT_ID [--assignment FILE] [--exit-criteria FILE]
      [--authority FILE] [--deliverables FILE] [--non-solicit-months N] [--liability-months N] [--json]
  interimdesk-cli contract clauses [--country BE|NL] [--lang nl|en|fr] [--json]
  interimdesk-cli contract clause KEY [--country BE|NL] [--lang nl|en|fr] [--set FILE] [--title T] [--reset]
  interimdesk-cli contract settings [--three-party yes|no] [--manager-payment-days N]
      [--manager-payment-after invoice|client] [--json]

"contracts" is the same command. A contract follows the law of the firm's
country (a Dutch overeenkomst van opdracht or a Belgian
managementovereenkomst) in the client's language, from the clause library.
A mandate has two agreements, back to back: the client agreement (the firm
and the client, at the client's day rate; --party client, the default) and
the manager agreement (the firm and the manager's company, at the
manager's day fee; --party manager). Neither shows the other's figure.
settings can choose one three-party contract instead, which shows the
client's day rate to the manager, and sets when the manager's company is
paid.
check lists what blocks the first print (an empty assignment, exit
criteria or deliverables, a notice period of 0 days) and what only warns,
and exits with 1 when something blocks. render writes the engagement's
contract: the first time it is printed, if nothing blocks, it is frozen
as version 1 (its data, clause texts, PDF and SHA-256), and
every later render writes those same bytes; --version N writes an earlier
version, --preview the current state as a draft without freezing it.
reissue freezes the engagement's current state as the next version, after
an extension or a change of terms. batch prints the contracts of every
engagement with STATUS (default active) into DIR, one file per agreement
(CTR-2026-0012-v1-client.pdf, CTR-2026-0012-v1-manager.pdf), showing
progress; each file is written whole or not at all, and Ctrl-C stops the
batch keeping the files done. terms
shows or sets what the contract says beyond the figures (files hold one
item per line). clauses and clause show and edit the firm's clause texts.
`

const importUsage = `usage:
  interimdesk-cli import clients|managers FILE [--dry-run] [--skip-invalid] [--progress] [--json]
  interimdesk-cli import all FILE [--json]

Reads a CSV file as spreadsheets save it: a comma, semicolon or tab between
cells, UTF-8 (with or without BOM) or Windows-1252, column names in Dutch or
English in any order; unknown columns are ignored with a notice. A line
updates the client with its VAT number or the manager with its e-mail
address, and adds one otherwise; an update changes only the file's columns.
--dry-run lists per line what would be added, updated or refused and why,
and writes nothing. Otherwise the import is one transaction: the first
refused line stops it and nothing is written, unless --skip-invalid leaves
refused lines out. import all reads a JSON export (export all) into an
empty database. The columns are described in docs/DATA.md.
`

const exportUsage = `usage: interimdesk-cli export clients|managers|all -o FILE [--delimiter ;|,|tab] [--no-bom]

clients and managers are written as CSV with every column import reads, so
the file imports back into an empty database with the same data; all
writes the whole database as JSON (docs/DATA.md), for import all. The file
is readable by its owner only; -o - writes to stdout.
`

const backupUsage = `usage:
  interimdesk-cli backup [FILE]
  interimdesk-cli backup --keep N
  interimdesk-cli backup --list

Writes a consistent, checked copy of the database, readable by its owner
only: to FILE, or to backups/NAME-YYYY-MM-DDTHHMMSS.db next to the database.
The desktop app makes an automatic backup at every start and keeps the last
10 (--keep N changes that); a backup is also made before the database's
schema is brought up to date.
`

const restoreUsage = `usage: interimdesk-cli restore FILE

Checks that FILE is a sound Interim Desk backup no newer than this version,
keeps the current database as backups/NAME-...-before-restore.db, and puts
the backup in its place. A file that fails a check is refused and nothing
changes. Close the desktop app first.
`
