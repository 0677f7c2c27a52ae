package ui

// shownRecorder is told of the dialogs the window shows (the unsaved
// changes question, a "Save as…" file dialog, the client's answer, the
// clause editor), so a test can tap their real buttons. Only tests set
// one; production keeps nothing.
type shownRecorder interface {
	shown(dialog any)
}

// recorder is where the window and its screens tell what they show. Its
// r is nil but in tests, and a nil *recorder is fine too, as a screen
// built alone has.
type recorder struct {
	r shownRecorder
}

// shown passes d on to the test's recorder, if there is one.
func (rc *recorder) shown(d any) {
	if rc != nil && rc.r != nil {
		rc.r.shown(d)
	}
}
