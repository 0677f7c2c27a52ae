package ui

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/interimdesk/interimdesk/internal/cli"
	"github.com/interimdesk/interimdesk/internal/demo"
	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/postgres"
	"github.com/interimdesk/interimdesk/internal/postgres/pgtest"
)

// TestMain starts a throw-away PostgreSQL for the tests of the window on
// the firm's shared database (docs/TEAM.md); the other tests use SQLite
// files. Without PostgreSQL the run fails with the reason, as the store
// suite does: make test installs it.
func TestMain(m *testing.M) {
	pgtest.Main(m, postgres.Migrate)
}

// A window on the shared database lists a manager that a colleague adds
// from the command line, without a restart: the database reports the
// write (LISTEN/NOTIFY) and the open roster reads its page again. Its File
// menu offers the server's way of keeping backups.
func TestSharedDatabase_windowShowsAColleaguesManager(t *testing.T) {
	ctx := context.Background()
	url := pgtest.NewDatabase(t)
	db, err := postgres.Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	db.Now = func() time.Time { return testNow }
	svc := postgres.NewServices(db, postgres.Printers{
		Proposal: func(_ context.Context, d *domain.ProposalDocument) ([]byte, error) { return fakePDF(d), nil },
		Contract: func(_ context.Context, d *domain.ContractDocument) ([]byte, error) { return fakeContractPDF(d), nil },
	})
	if err := demo.Load(ctx, svc, domain.DateOf(testNow)); err != nil {
		t.Fatal(err)
	}
	u, w := newTestUI(t, svc, Options{})
	u.switchTo(u.managers)
	u.waitIdle()
	isNew := func(row string) bool { return strings.HasPrefix(row, "Aline Zeeman") }
	if rows := listTexts(u.managers.list, 40); len(rows) == 0 || slices.ContainsFunc(rows, isNew) {
		t.Fatalf("the roster before the colleague's import: %q", rows)
	}

	// The colleague, at the command line on the same database.
	csv := filepath.Join(t.TempDir(), "new.csv")
	if err := os.WriteFile(csv, []byte("Name,E-mail,Headline\nAline Zeeman,aline@zeeman.be,Interim CFO\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	env := func(k string) string {
		if k == "INTERIMDESK_LANG" {
			return "en"
		}
		return ""
	}
	if code := cli.Run(ctx, []string{"--db", url, "import", "managers", csv}, &out, &errOut, env); code != 0 {
		t.Fatalf("import: exit %d, %s%s", code, out.String(), errOut.String())
	}
	// The window's watch asks every two seconds; the list follows once
	// the report has been handled.
	deadline := time.Now().Add(15 * time.Second)
	for u.waitIdle(); !slices.ContainsFunc(listTexts(u.managers.list, 40), isNew); u.waitIdle() {
		if time.Now().After(deadline) {
			t.Fatalf("the roster never showed the colleague's manager: %q", listTexts(u.managers.list, 40))
		}
		time.Sleep(20 * time.Millisecond)
	}

	var labels []string
	for _, it := range w.MainMenu().Items[0].Items {
		labels = append(labels, it.Label)
	}
	menu := strings.Join(labels, "|")
	if !strings.Contains(menu, "Backups…") || strings.Contains(menu, "Back up now") || strings.Contains(menu, "Restore a backup") {
		t.Errorf("the File menu on the shared database: %s", menu)
	}
}
