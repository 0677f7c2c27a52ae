package pdf

// The house style of every document, in one place so that a proposal and a
// contract look like they come from the same firm. Lengths are millimetres,
// font sizes points; A4 portrait.
const (
	pageWidth    = 210.0
	pageHeight   = 297.0
	marginLeft   = 22.0
	marginRight  = 22.0
	marginTop    = 18.0
	marginBottom = 22.0 // the footer lives in here
	contentWidth = pageWidth - marginLeft - marginRight
	contentEnd   = pageHeight - marginBottom // lowest y a block may reach

	footerY    = pageHeight - 14.0 // baseline area of the footer line
	footerRule = pageHeight - 17.0

	sizeBody      = 9.5
	sizeSmall     = 8.0
	sizeTiny      = 7.0
	sizeHeading   = 13.0
	sizeSubhead   = 10.5
	sizeTitle     = 20.0
	sizeKicker    = 9.0
	sizeDraftTag  = 9.0
	sizeWatermark = 96.0

	// Line heights are about 1.35 times the font size: comfortable for
	// paragraphs a client reads in full.
	lineBody    = 4.5
	lineSmall   = 3.8
	lineTiny    = 3.2
	lineHeading = 6.2 // a numbered heading
	lineSubhead = 4.9

	paraGap      = 2.2 // after a paragraph
	blockGap     = 5.0 // between blocks of a section
	sectionGap   = 6.0 // before a numbered heading
	headingGap   = 2.5 // between a heading and its text
	cellPadX     = 2.0 // inside table cells
	cellPadY     = 1.2
	plainPadY    = 0.4 // rows of a label-and-value list sit closer
	captionGap   = 1.0 // between a table's caption and the table
	bulletIndent = 5.0

	headerHeight = 8.0  // the running header on pages after the first
	labelColumn  = 52.0 // the labels of a list of facts ("Day rate")
	amountColumn = 40.0 // the right-aligned amounts beside such labels
	legendSwatch = 8.0  // the line sample of a chart legend entry
	legendGap    = 7.0  // between legend entries

	logoMaxHeight = 16.0
	logoMaxWidth  = 55.0
	chartHeight   = 50.0
	checkboxSize  = 3.6
	signatureLine = 8.0  // room above a signature line
	initialsBox   = 12.0 // a box for one party's initials in the footer
	initialsGap   = 2.0  // between the initials boxes of the parties

	// The numbers of an article's paragraphs ("9.2") stand in a column of
	// their own, so the text lines up beneath itself.
	clauseNumberWidth = 9.0
)

// fontFamily is the name the single-byte form of the typeface is loaded
// under; fontFamilyUTF8 (fonts.go) is the UTF-8 form's.
const fontFamily = "body"

// Colours that are not the firm's brand colour.
var (
	colourText      = rgb{34, 34, 34}
	colourMuted     = rgb{102, 108, 118}
	colourRule      = rgb{214, 218, 224}
	colourZebra     = rgb{246, 247, 249}
	colourWatermark = rgb{236, 238, 241}
	colourAccent    = rgb{217, 130, 43}  // the consulting offer in the chart
	colourPermanent = rgb{140, 146, 156} // the permanent hire in the chart
	defaultBrand    = rgb{31, 58, 95}    // #1F3A5F, the firm default
)
