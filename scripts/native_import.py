# The statements of an import of 100,000 managers (BenchmarkImportManagers100k)
# on the native C SQLite of this machine, through Python's sqlite3 module, to
# tell the pure-Go driver's share from SQLite's own. Same migrations, rows of
# the same shape (other random numbers), same statements in one transaction.
#   python3 scripts/native_import.py
import sqlite3, random, time, json, os, sys, re, unicodedata
random.seed(1)
path = "/tmp/native-import.db"
for s in ["", "-wal", "-shm"]:
    try: os.remove(path + s)
    except FileNotFoundError: pass
mig = open("internal/sqlite/migrations/0001_init.sql").read()
mig4 = open("internal/sqlite/migrations/0004_search_index.sql").read()
c = sqlite3.connect(path, isolation_level=None)
c.execute("PRAGMA journal_mode=WAL"); c.execute("PRAGMA synchronous=FULL"); c.execute("PRAGMA foreign_keys=ON")
c.executescript(mig); c.executescript(mig4)
first = "An Bart Chloé Daniël Els Frédéric Griet Hélène Ilse Joëlle Koen Lotte Marc Nathalie Olivier Pieter".split()
last = ["Peeters","Janssens","Maes","Jacobs","Mertens","Willems","Claes","Goossens","Wouters","De Smet","Dubois","Lambert","Dupont","Van Damme","de Vries","Bakker"]
heads = ["Interim CFO","Interim COO","Interim CEO","Interim HR director","Interim CIO","Programme manager"]
skills = ["Finance","Turnaround","Operations","Lean","Strategy","M&A","HR","Change","IT","ERP","Supply chain","Procurement"]
sectors = ["Logistiek","Retail","Zorg","Industrie","Chemie","Overheid","Santé","Food","Pharma","Bouw"]
langs = ["nl","fr","en","de"]
words = "leiding herstructurering groei financiën teams fusies overnames bedrijven jaar ervaring resultaten strategie uitvoering".split()
rows = []
for i in range(100000):
    rows.append((i+1, f"{random.choice(first)} {random.choice(last)} {random.randrange(1000000)}", f"m{i:06d}.{random.randrange(1000)}@example.be",
        "+32 470 00 00 00", "Gent", random.choice(heads), json.dumps(random.sample(skills, 2+random.randrange(3))),
        json.dumps(random.sample(sectors, 1+random.randrange(3))), json.dumps(random.sample(langs, 1+random.randrange(3))),
        (700+random.randrange(1100))*100, "2026-03-01", 1+random.randrange(5), " ".join(random.choice(words) for _ in range(40)) + " ",
        "", "", "", 1, ""))
def fold(s): return "".join(ch for ch in unicodedata.normalize("NFD", s) if unicodedata.category(ch) != "Mn").lower()
ts = "2026-05-09T10:30:00.000000000Z"
laps = {}
t = time.time()
def lap(name):
    global t
    now = time.time(); laps[name] = now - t; t = now
c.execute("PRAGMA cache_size=-16384"); c.execute("PRAGMA wal_autocheckpoint=0"); c.execute("PRAGMA temp_store=MEMORY"); c.execute("PRAGMA foreign_keys=OFF")
c.execute("BEGIN IMMEDIATE")
trig = c.execute("SELECT sql FROM sqlite_schema WHERE name='managers_fts_insert'").fetchone()[0]
c.execute("DROP TRIGGER managers_fts_insert")
idx = c.execute("SELECT name, sql FROM sqlite_schema WHERE type='index' AND tbl_name IN ('managers','manager_tags') AND sql IS NOT NULL").fetchall()
for n, _ in idx: c.execute(f'DROP INDEX "{n}"')
lap("prepare")
one = "(" + "?, "*18 + f"1, '{ts}', '{ts}')"
sql50 = "INSERT INTO managers (id, name, email, phone, city, headline, skills, sectors, languages, day_rate, available_from, max_days_per_week, cv, company_name, company_vat_id, company_iban, active, notes, rev, created_at, updated_at) VALUES " + ", ".join([one]*50)
for k in range(0, len(rows), 50):
    args = [v for r in rows[k:k+50] for v in r]
    c.execute(sql50, args)
lap("lines")
tags = {}
for r in rows:
    for kind, vals in (("sector", json.loads(r[7])), ("language", json.loads(r[8]))):
        for v in vals: tags.setdefault((kind, fold(v), v), []).append(r[0])
lap("tags in python")
for (kind, key, v) in sorted(tags):
    c.execute("INSERT OR IGNORE INTO manager_tags (manager_id, kind, key, value) SELECT value, ?, ?, ? FROM json_each(?)", (kind, key, v, json.dumps(tags[(kind, key, v)])))
lap("tags")
for _, s in idx: c.execute(s)
lap("indexes")

c.execute("INSERT INTO managers_fts (rowid, name, headline, skills, sectors, languages, cv) SELECT id, name, headline, skills, sectors, languages, cv FROM managers WHERE id >= 1")
c.execute(trig)
lap("search")
c.execute("COMMIT")
lap("commit")
print(" ".join(f"{k} {v:.3f}" for k, v in laps.items()), f"total {sum(laps.values()):.3f}")
