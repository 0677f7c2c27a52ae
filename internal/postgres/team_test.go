package postgres

import (
	"context"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/postgres/pgtest"
)

// teamSQL returns the SQL blocks of docs/TEAM.md in order, each as its
// statements: the administrator's set-up is tested as it is written there.
func teamSQL(t *testing.T) [][]string {
	t.Helper()
	b, err := os.ReadFile("../../docs/TEAM.md")
	if err != nil {
		t.Fatal(err)
	}
	comment := regexp.MustCompile(`--[^\n]*`)
	var blocks [][]string
	for _, m := range regexp.MustCompile("(?s)```sql\n(.*?)```").FindAllStringSubmatch(string(b), -1) {
		var stmts []string
		for _, s := range strings.Split(comment.ReplaceAllString(m[1], ""), ";") {
			if s = strings.TrimSpace(s); s != "" {
				stmts = append(stmts, s)
			}
		}
		blocks = append(blocks, stmts)
	}
	if len(blocks) != 3 {
		t.Fatalf("docs/TEAM.md has %d SQL blocks, want 3 (roles and database, grants, people arriving and leaving)", len(blocks))
	}
	return blocks
}

// TestTeamSetUp runs docs/TEAM.md's SQL, then works as its roles: the
// owner creates the tables, two people work on the same clients, neither
// can change the tables, and a person leaves.
func TestTeamSetUp(t *testing.T) {
	ctx := context.Background()
	blocks := teamSQL(t)
	t.Cleanup(func() {
		pgtest.Exec(t, `DROP DATABASE IF EXISTS interimdesk WITH (FORCE)`,
			`DROP ROLE IF EXISTS alice`, `DROP ROLE IF EXISTS bob`, `DROP ROLE IF EXISTS carla`,
			`DROP ROLE IF EXISTS interimdesk_staff`, `DROP ROLE IF EXISTS interimdesk_owner`)
	})
	pgtest.Exec(t, blocks[0]...)
	super := rawDB(t, pgtest.URL(t, "interimdesk", "interimdesk"))
	for _, s := range blocks[1] {
		if _, err := super.ExecContext(ctx, s); err != nil {
			t.Fatalf("%s: %v", s, err)
		}
	}
	super.Close()

	open := func(user string) *DB {
		t.Helper()
		db, err := Open(ctx, pgtest.URL(t, user, "interimdesk"))
		if err != nil {
			t.Fatalf("Open as %s: %v", user, err)
		}
		t.Cleanup(func() { db.Close() })
		return db
	}
	// Before the owner has created the tables, a person's role cannot.
	_, err := Open(ctx, pgtest.URL(t, "alice", "interimdesk"))
	wantCode(t, err, domain.EINVALID)
	if !strings.Contains(err.Error(), "only the owner of its schema may do") {
		t.Errorf("alice opens the empty database: %v", err)
	}
	owner := open("interimdesk_owner")
	var schema string
	if err := owner.db.QueryRowContext(ctx, `SELECT schemaname FROM pg_tables WHERE tablename = 'clients'`).Scan(&schema); err != nil || schema != "interimdesk" {
		t.Fatalf("clients table in schema %q (%v), want interimdesk", schema, err)
	}
	owner.Close()

	alice, bob := open("alice"), open("bob")
	c := &domain.Client{LegalName: "Acme NV", Address: domain.Address{Country: "BE"}, Language: domain.LangNL}
	if err := alice.CreateClient(ctx, c); err != nil {
		t.Fatalf("alice creates a client: %v", err)
	}
	m := &domain.Manager{Name: "Gérard Dupont", MaxDaysPerWeek: 4, Active: true, Notes: "Geïnteresseerd."}
	if err := alice.CreateManager(ctx, m); err != nil {
		t.Fatalf("alice creates a manager: %v", err)
	}
	if _, n, err := bob.FindManagers(ctx, domain.ManagerFilter{Query: "geinteresseerd"}); err != nil || n != 1 {
		t.Fatalf("bob searches alice's manager: %d found, %v", n, err)
	}
	got, err := bob.FindClientByID(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	got.Notes = "Bob was here."
	if err := bob.UpdateClient(ctx, got); err != nil {
		t.Fatalf("bob updates alice's client: %v", err)
	}
	if err := bob.DeleteClient(ctx, c.ID); err != nil {
		t.Fatalf("bob deletes the client: %v", err)
	}
	for _, s := range []string{`DROP TABLE clients`, `CREATE TABLE mine (id int)`, `ALTER TABLE managers ADD COLUMN x int`,
		`UPDATE interimdesk_schema SET version = 99`} {
		if _, err := alice.db.ExecContext(ctx, s); err == nil || errorCode(err) != "42501" {
			t.Errorf("alice: %s: %v, want permission denied", s, err)
		}
	}
	alice.Close()
	bob.Close()

	pgtest.Exec(t, blocks[2]...)
	open("carla")
	if _, err := Open(ctx, pgtest.URL(t, "bob", "interimdesk")); err == nil {
		t.Error("bob can still connect after leaving")
	}
}
