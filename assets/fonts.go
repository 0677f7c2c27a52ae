package assets

import _ "embed"

// The document typeface is Carlito (metric-compatible with Calibri, so a
// proposal reads like the Word documents the firms wrote before), under the
// SIL Open Font License 1.1 in fonts/OFL.txt.
//
// Two forms of each style ship, because gofpdf loads them at very different
// speeds (see docs/PERFORMANCE.md):
//   - the TrueType files as published, for documents with characters outside
//     Windows-1252 ("Łukasz", "Ayşe"); gofpdf subsets them per document;
//   - DeskSans, their Windows-1252 subset as gofpdf font definitions (.json
//     metrics and the zlib-compressed font, .z), for every other document.
//     It is renamed because the licence reserves the name Carlito for the
//     unmodified font; internal/pdf/internal/fontgen makes it.

// CarlitoRegular and CarlitoBold are the complete TrueType files.
var (
	//go:embed fonts/Carlito-Regular.ttf
	CarlitoRegular []byte
	//go:embed fonts/Carlito-Bold.ttf
	CarlitoBold []byte
)

// DeskSans*JSON and DeskSans*Z are the Windows-1252 subsets, in the form
// gofpdf's AddFontFromBytes reads.
var (
	//go:embed fonts/DeskSans-Regular.json
	DeskSansRegularJSON []byte
	//go:embed fonts/DeskSans-Regular.z
	DeskSansRegularZ []byte
	//go:embed fonts/DeskSans-Bold.json
	DeskSansBoldJSON []byte
	//go:embed fonts/DeskSans-Bold.z
	DeskSansBoldZ []byte
)

// FontLicence is the licence of both forms; programs that show third-party
// notices print it.
//
//go:embed fonts/OFL.txt
var FontLicence []byte
