package csvio

import (
	"os"
	"strings"
	"testing"
)

// docs/DATA.md lists every column and every other name it is read as;
// this keeps the page and the reader in step.
func TestDataDocListsEveryColumn(t *testing.T) {
	b, err := os.ReadFile("../../docs/DATA.md")
	if err != nil {
		t.Fatal(err)
	}
	doc := string(b)
	_, clients, _ := strings.Cut(doc, "### Client columns")
	clients, managers, _ := strings.Cut(clients, "### Manager columns")
	check := func(section, header string, aliases, alts []string) {
		want := strings.Join(aliases, ", ") + " |"
		if len(alts) > 0 {
			want = strings.Join(aliases, ", ") + "; when blank: " + strings.Join(alts, ", ") + " |"
		}
		for _, line := range strings.Split(section, "\n") {
			name, rest, ok := strings.Cut(strings.TrimPrefix(line, "| "), " | ")
			if ok && strings.TrimSuffix(name, " (required)") == header {
				if rest != want {
					t.Errorf("docs/DATA.md, column %q says\n%s\nthe reader knows\n%s", header, rest, want)
				}
				return
			}
		}
		t.Errorf("docs/DATA.md has no row for the column %q", header)
	}
	for i := range clientEntity.columns {
		check(clients, clientEntity.columns[i].header, clientEntity.columns[i].aliases, clientEntity.columns[i].alts)
	}
	for i := range managerEntity.columns {
		check(managers, managerEntity.columns[i].header, managerEntity.columns[i].aliases, managerEntity.columns[i].alts)
	}
}
