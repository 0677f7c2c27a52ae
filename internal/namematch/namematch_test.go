package namematch

import "testing"

func TestNameKey(t *testing.T) {
	for _, tc := range []struct{ a, b string }{
		{"Joëlle Dubois", "joelle  DUBOIS"},
		{" Pieter Van den Broeck ", "pieter van den broeck"},
		{"Françoise Lefèvre", "FRANCOISE LEFEVRE"},
		{"Zoë\u00a0Peeters", "zoe peeters"},
	} {
		if Key(tc.a) != Key(tc.b) {
			t.Errorf("%q → %q, %q → %q", tc.a, Key(tc.a), tc.b, Key(tc.b))
		}
	}
	if Key("Jan Peeters") == Key("Jan Peters") {
		t.Error("two names are one key")
	}
}
