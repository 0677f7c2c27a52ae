package domain

import (
	"fmt"
	"testing"
)

// An error inside another sentence prints as the message a person reads;
// a failure as the plain sentence, never its detail.
func TestErrorPart(t *testing.T) {
	mistake := Invalidf("Start", "is required.")
	wrapped := fmt.Errorf("open: %w", mistake)
	if got := Errorf(EINVALID, "%s Nothing was imported.", ErrorPart(wrapped)).Error(); got != "Start: is required. Nothing was imported." {
		t.Errorf("a mistake inside a sentence: %q", got)
	}
	failure := fmt.Errorf("disk on fire")
	if got := Errorf(EINVALID, "%s Nothing was imported.", ErrorPart(failure)).Error(); got != ErrorMessage(failure)+" Nothing was imported." {
		t.Errorf("a failure inside a sentence: %q", got)
	}
}

// Errorf and Invalidf keep what the message was made of, for the edge.
func TestErrorKeepsItsFormat(t *testing.T) {
	e := Invalidf("Title", "is longer than %d characters.", 200)
	if e.Message != "Title: is longer than 200 characters." || e.Format != "is longer than %d characters." || len(e.Args) != 1 || e.Args[0] != 200 {
		t.Errorf("Invalidf = %+v", e)
	}
	e = Errorf(ENOTFOUND, "There is no client with number %d.", 7)
	if e.Message != "There is no client with number 7." || e.Format != "There is no client with number %d." || e.Field != "" {
		t.Errorf("Errorf = %+v", e)
	}
}
