package localeenv

import (
	"reflect"
	"testing"
)

// env is a fake environment.
type env map[string]string

func (e env) get(k string) string { return e[k] }

func (e env) set(k, v string) error {
	e[k] = v
	return nil
}

func TestLocales(t *testing.T) {
	tests := []struct {
		name string
		env  env
		want []string
	}{
		{"nothing set", env{}, nil},
		{"Flemish", env{"LANG": "nl_BE.UTF-8"}, []string{"nl-BE"}},
		{"Dutch with a modifier", env{"LANG": "nl_NL.UTF-8@euro"}, []string{"nl-NL"}},
		{"old Belgian locale", env{"LANG": "fr_BE@euro"}, []string{"fr-BE"}},
		{"LC_ALL wins over LANG", env{"LC_ALL": "en_GB.UTF-8", "LANG": "nl_BE.UTF-8"}, []string{"en-GB"}},
		{"LC_MESSAGES wins over LANG", env{"LC_MESSAGES": "fr_FR.UTF-8", "LANG": "nl_BE.UTF-8"}, []string{"fr-FR"}},
		{"LANGUAGE lists several", env{"LANG": "en_US.UTF-8", "LANGUAGE": "fy:nl_NL:en"}, []string{"fy", "nl-NL", "en"}},
		{"C ignores LANGUAGE", env{"LANG": "C", "LANGUAGE": "nl"}, nil},
		{"POSIX", env{"LC_ALL": "POSIX"}, nil},
		{"C.UTF-8", env{"LANG": "C.UTF-8"}, nil},
		{"unknown language", env{"LANG": "xx_YY.UTF-8"}, nil},
		{"unknown among known", env{"LANGUAGE": "qq:nl_BE"}, []string{"nl-BE"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Locales(tt.env.get); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Locales = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestQuiet(t *testing.T) {
	tests := []struct {
		name         string
		env          env
		wantLanguage string // "" means left unset
	}{
		{"readable locale is left alone", env{"LANG": "nl_BE.UTF-8"}, ""},
		{"C is left alone: Fyne reads no locale then", env{"LANG": "C"}, ""},
		{"nothing set is left alone", env{}, ""},
		{"C.UTF-8 falls back to English", env{"LANG": "C.UTF-8"}, "en"},
		{"POSIX.UTF-8 falls back to English", env{"LC_ALL": "POSIX.UTF-8"}, "en"},
		{"unknown language falls back to English", env{"LANG": "xx_YY.UTF-8"}, "en"},
		{"a modifier without an encoding is dropped", env{"LANG": "nl_BE@euro"}, "nl_BE"},
		{"a modifier after the encoding is fine", env{"LANG": "nl_BE.UTF-8@euro"}, ""},
		{"unreadable entries are dropped from LANGUAGE", env{"LANG": "nl_BE.UTF-8", "LANGUAGE": "qq:nl_BE:fr"}, "nl_BE:fr"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			Quiet(tt.env.get, tt.env.set)
			if got := tt.env["LANGUAGE"]; got != tt.wantLanguage {
				t.Errorf("LANGUAGE = %q, want %q", got, tt.wantLanguage)
			}
		})
	}
}
