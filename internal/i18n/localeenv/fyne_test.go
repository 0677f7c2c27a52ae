package localeenv_test

// This test lives outside the package: an internal test file that imports
// Fyne makes Fyne a dependency of the package under test, which then must be
// initialised first, the very order the test is about.

import (
	"os"
	"os/exec"
	"strings"
	"testing"

	"fyne.io/fyne/v2/lang"

	_ "github.com/interimdesk/interimdesk/internal/i18n/localeenv"
)

// TestFyneReadsTheLocaleQuietly starts this test binary again under locales
// Fyne cannot read and checks that Fyne's lang package, initialised in the
// same binary, logs nothing: this package ran first and set LANGUAGE.
func TestFyneReadsTheLocaleQuietly(t *testing.T) {
	if os.Getenv("LOCALEENV_CHILD") != "" {
		// The child: ask Fyne for a string and its idea of the locale.
		_ = lang.L("Cancel")
		_ = lang.SystemLocale()
		return
	}
	for _, locale := range []string{"C.UTF-8", "POSIX.UTF-8", "xx_YY.UTF-8", "nl_BE@euro"} {
		t.Run(locale, func(t *testing.T) {
			cmd := exec.Command(os.Args[0], "-test.run=^TestFyneReadsTheLocaleQuietly$", "-test.v")
			cmd.Env = []string{"LOCALEENV_CHILD=1", "LANG=" + locale, "HOME=" + t.TempDir(), "PATH=" + os.Getenv("PATH")}
			out, err := cmd.CombinedOutput()
			if err != nil {
				t.Fatalf("child failed: %v\n%s", err, out)
			}
			if strings.Contains(string(out), "Fyne error") {
				t.Errorf("Fyne complained about LANG=%s:\n%s", locale, out)
			}
		})
	}
}
