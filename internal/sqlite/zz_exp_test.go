package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"encoding/json"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// TestZZExperiment: temporary measurements (to be deleted).
func TestZZExperiment(t *testing.T) {
	if os.Getenv("EXP") == "" {
		t.Skip()
	}
	rows := generatedManagers(100_000, 1)
	ctx := context.Background()
	for _, cfg := range strings.Split(os.Getenv("EXP"), " ") {
		mins := map[string]time.Duration{}
		var order []string
		for rep := 0; rep < 3; rep++ {
			laps := runExp(t, ctx, rows, cfg)
			for _, l := range laps {
				if d, ok := mins[l.what]; !ok || l.d < d {
					if !ok {
						order = append(order, l.what)
					}
					mins[l.what] = l.d
				}
			}
		}
		var sum time.Duration
		for _, w := range order {
			sum += mins[w]
			t.Logf("%-28s %-30s %v", cfg, w, mins[w].Round(time.Millisecond))
		}
		t.Logf("%-28s %-30s %v", cfg, "SUM OF MINS", sum.Round(time.Millisecond))
	}
}

type lapT struct {
	what string
	d    time.Duration
}

func runExp(t *testing.T, ctx context.Context, rows []domain.ImportRow[domain.Manager], cfg string) []lapT {
	has := func(s string) bool { return strings.Contains(","+cfg+",", ","+s+",") }
	path := filepath.Join(t.TempDir(), "exp.db")
	for _, ps := range []string{"8192", "16384", "65536"} {
		if has("ps" + ps) {
			raw, err := sql.Open("sqlite", "file:"+path+"?_pragma=page_size("+ps+")&_pragma=journal_mode(WAL)")
			must(t, err)
			_, err = raw.Exec("CREATE TABLE x(a); DROP TABLE x")
			must(t, err)
			raw.Close()
		}
	}
	db := openTestDBAt(t, path)
	var pgs int
	db.db.QueryRow("PRAGMA page_size").Scan(&pgs)
	t.Logf("page size %d", pgs)
	if has("colsize0") {
		_, err := db.db.ExecContext(ctx, `DROP TABLE managers_fts; CREATE VIRTUAL TABLE managers_fts USING fts5 (
    name, headline, skills, sectors, languages, cv,
    content = 'managers', content_rowid = 'id', columnsize = 0,
    tokenize = 'unicode61 remove_diacritics 2')`)
		must(t, err)
	} else if has("noprefix") {
		_, err := db.db.ExecContext(ctx, `DROP TABLE managers_fts; CREATE VIRTUAL TABLE managers_fts USING fts5 (
    name, headline, skills, sectors, languages, cv,
    content = 'managers', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2')`)
		must(t, err)
	}
	conn, err := db.db.Conn(ctx)
	must(t, err)
	defer conn.Close()
	pr := `PRAGMA temp_store = MEMORY; PRAGMA cache_size = -65536; PRAGMA synchronous = FULL`
	if has("cache256") {
		pr = `PRAGMA temp_store = MEMORY; PRAGMA cache_size = -262144; PRAGMA synchronous = FULL`
	}
	if has("fkoff") {
		pr += "; PRAGMA foreign_keys = OFF"
	}
	if has("nockpt") {
		pr += "; PRAGMA wal_autocheckpoint = 0"
	}
	if has("threads") {
		pr += "; PRAGMA threads = 4"
	}
	_, err = conn.ExecContext(ctx, pr)
	must(t, err)
	defer conn.ExecContext(ctx, "PRAGMA foreign_keys = ON; PRAGMA wal_autocheckpoint = 1000")
	tx, err := conn.BeginTx(ctx, nil)
	must(t, err)
	defer tx.Rollback()
	var laps []lapT
	step := time.Now()
	lap := func(what string) {
		laps = append(laps, lapT{what, time.Since(step)})
		step = time.Now()
	}
	exec := func(q string) {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	var idx []string
	if has("dropidx") {
		r, err := tx.QueryContext(ctx, `SELECT sql FROM sqlite_schema WHERE type='index' AND tbl_name IN ('managers','manager_tags') AND sql IS NOT NULL`)
		must(t, err)
		for r.Next() {
			var s string
			must(t, r.Scan(&s))
			idx = append(idx, s)
		}
		r.Close()
		for _, n := range []string{"managers_email", "managers_name", "managers_rate", "managers_rate_desc", "managers_available", "manager_tags_manager"} {
			exec("DROP INDEX " + n)
		}
	}
	exec("DROP TRIGGER managers_fts_insert")
	if has("hash") {
		exec("INSERT INTO managers_fts(managers_fts, rank) VALUES('hashsize', 67108864)")
	}
	lap("prepare")
	multi := 1
	if has("multi") {
		multi = 50
	}
	mstmt, err := tx.PrepareContext(ctx, `INSERT INTO managers (id, name, email, phone, city, headline, skills, sectors,
			languages, day_rate, available_from, max_days_per_week, cv, company_name, company_vat_id,
			company_iban, active, notes, rev, created_at, updated_at) VALUES `+zzPlaceholders(21, multi))
	must(t, err)
	defer mstmt.Close()
	var margs []any
	ts := timeText(testNow)
	type tag struct {
		id         int64
		kind       string
		key, value string
	}
	var tags []tag
	fm := map[string]string{}
	tagStmt, err := tx.PrepareContext(ctx, `INSERT OR IGNORE INTO manager_tags (manager_id, kind, key, value) VALUES `+zzPlaceholders(4, 256))
	must(t, err)
	defer tagStmt.Close()
	var targs []any
	flushTags := func(all bool) {
		for len(targs) >= 4*256 || (all && len(targs) > 0) {
			n := min(len(targs), 4*256)
			var err error
			if n == 4*256 {
				_, err = tagStmt.ExecContext(ctx, targs[:n]...)
			} else {
				_, err = tx.ExecContext(ctx, `INSERT OR IGNORE INTO manager_tags (manager_id, kind, key, value) VALUES `+zzPlaceholders(4, n/4), targs[:n]...)
			}
			must(t, err)
			targs = targs[n:]
		}
	}
	var goTime, jsonTime time.Duration
	var jbuf []byte
	jn := 0
	jstmt, err := tx.PrepareContext(ctx, `INSERT INTO managers (id, name, email, phone, city, headline, skills, sectors,
			languages, day_rate, available_from, max_days_per_week, cv, company_name, company_vat_id,
			company_iban, active, notes, rev, created_at, updated_at)
		SELECT value->>0, value->>1, value->>2, value->>3, value->>4, value->>5, value->>6, value->>7, value->>8,
			value->>9, value->>10, value->>11, value->>12, value->>13, value->>14, value->>15, value->>16, value->>17, 1, '`+ts+`', '`+ts+`'
		FROM json_each(?)`)
	must(t, err)
	for i, r := range rows {
		g0 := time.Now()
		m := *r.Record
		m.Normalize()
		if err := m.Validate(); err != nil {
			t.Fatal(err)
		}
		m.ID = int64(i + 1)
		skills, sectors, languages, _ := managerLists(&m)
		co := m.Company
		goTime += time.Since(g0)
		if has("jsonmgr") {
			j0 := time.Now()
			if len(jbuf) == 0 {
				jbuf = append(jbuf, '[')
			} else {
				jbuf = append(jbuf, ',')
			}
			row := []any{m.ID, m.Name, m.Email, m.Phone, m.City, m.Headline, skills, sectors,
				languages, int64(m.DayRate), dateText(m.AvailableFrom), m.MaxDaysPerWeek, m.CV, co.Name, co.VATID,
				co.IBAN, m.Active, m.Notes}
			b, _ := json.Marshal(row)
			jbuf = append(jbuf, b...)
			jsonTime += time.Since(j0)
			jn++
			if jn == 1000 {
				jbuf = append(jbuf, ']')
				_, err := jstmt.ExecContext(ctx, string(jbuf))
				must(t, err)
				jbuf, jn = jbuf[:0], 0
			}
			goto tagsPart
		}
		margs = append(margs, m.ID, m.Name, m.Email, m.Phone, m.City, m.Headline, skills, sectors,
			languages, int64(m.DayRate), dateText(m.AvailableFrom), m.MaxDaysPerWeek, m.CV, co.Name, co.VATID,
			co.IBAN, m.Active, m.Notes, 1, ts, ts)
		if len(margs) == 21*multi {
			if _, err := mstmt.ExecContext(ctx, margs...); err != nil {
				t.Fatal(err)
			}
			margs = margs[:0]
		}
	tagsPart:
		for _, kv := range []struct {
			kind   string
			values []string
		}{{"sector", m.Sectors}, {"language", m.Languages}} {
			for _, v := range kv.values {
				k, ok := fm[v]
				if !ok {
					k = fold(v)
					fm[v] = k
				}
				tags = append(tags, tag{m.ID, kv.kind, k, v})
			}
		}
	}
	if jn > 0 {
		jbuf = append(jbuf, ']')
		_, err := jstmt.ExecContext(ctx, string(jbuf))
		must(t, err)
	}
	laps = append(laps, lapT{"  of which json", jsonTime})
	if len(margs) > 0 {
		_, err := tx.ExecContext(ctx, `INSERT INTO managers (id, name, email, phone, city, headline, skills, sectors,
			languages, day_rate, available_from, max_days_per_week, cv, company_name, company_vat_id,
			company_iban, active, notes, rev, created_at, updated_at) VALUES `+zzPlaceholders(21, len(margs)/21), margs...)
		must(t, err)
	}
	lap("managers")
	laps = append(laps, lapT{"  of which go", goTime})
	if has("sortedtags") {
		sort.Slice(tags, func(i, j int) bool {
			a, b := tags[i], tags[j]
			if a.kind != b.kind {
				return a.kind < b.kind
			}
			if a.key != b.key {
				return a.key < b.key
			}
			return a.id < b.id
		})
		lap("tags sort")
	}
	if has("jsontags") {
		type combo struct{ kind, key, value string }
		buckets := map[combo][]int64{}
		var order []combo
		for _, tg := range tags {
			c := combo{tg.kind, tg.key, tg.value}
			if _, ok := buckets[c]; !ok {
				order = append(order, c)
			}
			buckets[c] = append(buckets[c], tg.id)
		}
		sort.Slice(order, func(i, j int) bool {
			if order[i].kind != order[j].kind {
				return order[i].kind < order[j].kind
			}
			return order[i].key < order[j].key
		})
		st, err := tx.PrepareContext(ctx, `INSERT OR IGNORE INTO manager_tags (manager_id, kind, key, value) SELECT value, ?, ?, ? FROM json_each(?)`)
		must(t, err)
		for _, c := range order {
			ids := buckets[c]
			b := make([]byte, 0, len(ids)*7)
			b = append(b, '[')
			for i, id := range ids {
				if i > 0 {
					b = append(b, ',')
				}
				b = strconv.AppendInt(b, id, 10)
			}
			b = append(b, ']')
			_, err := st.ExecContext(ctx, c.kind, c.key, c.value, string(b))
			must(t, err)
		}
		st.Close()
		lap("json tags")
	} else {
		for _, tg := range tags {
			targs = append(targs, tg.id, tg.kind, tg.key, tg.value)
			flushTags(false)
		}
		flushTags(true)
		lap("tags")
	}
	for _, s := range idx {
		exec(s)
	}
	lap("create indexes")
	exec(`INSERT INTO managers_fts (rowid, name, headline, skills, sectors, languages, cv)
			SELECT id, name, headline, skills, sectors, languages, cv FROM managers`)
	lap("fts")
	if has("hash") {
		exec("DELETE FROM managers_fts_config WHERE k = 'hashsize'")
	}
	exec(`CREATE TRIGGER managers_fts_insert AFTER INSERT ON managers BEGIN
    INSERT INTO managers_fts (rowid, name, headline, skills, sectors, languages, cv)
    VALUES (new.id, new.name, new.headline, new.skills, new.sectors, new.languages, new.cv);
END`)
	must(t, tx.Commit())
	lap("commit")
	if has("nockpt") {
		_, err := conn.ExecContext(ctx, "PRAGMA wal_checkpoint(PASSIVE)")
		must(t, err)
		lap("checkpoint after")
	}
	return laps
}

var _ = fmt.Sprint
var _ *sql.DB

func zzPlaceholders(width, rows int) string {
	one := "(" + strings.TrimSuffix(strings.Repeat("?, ", width), ", ") + ")"
	return strings.TrimSuffix(strings.Repeat(one+", ", rows), ", ")
}
