package postgres

// nilIfEmpty stores an empty BYTEA as NULL, so that "no logo" reads back as nil.
func nilIfEmpty(b []byte) any {
	if len(b) == 0 {
		return nil
	}
	return b
}
