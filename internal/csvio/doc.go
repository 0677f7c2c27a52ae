// Package csvio reads and writes the clients and managers of Interim Desk as
// CSV, the way spreadsheets really export them: a comma, semicolon or tab
// between cells, UTF-8 with or without a byte-order mark or Windows-1252,
// quoted cells with line breaks, amounts written the Dutch or the English
// way, and column names in Dutch or English in any order. Contact exports
// are read as they come (contacts.go, header_detect.go): the header is
// looked for below LinkedIn's notes, Excel's "sep=;" line names the
// separator, a name in first, middle and last parts is joined, a second
// e-mail or phone column stands in for a blank first, and Outlook's
// "Title" is a salutation, not a headline. Mapping says what each column
// becomes, for the preview.
//
// It turns lines into domain records and records into lines; it never
// touches the database. Whether a line adds a record, updates one or is
// refused is decided by the store, which validates every record with the
// entity's own Validate. ScanClients and ScanManagers read a file line by
// line and hand the lines over as domain.ImportRows, so that the store
// writes a large file while it is being read; ReadClients and
// ReadManagers read a whole file into a File.
package csvio
