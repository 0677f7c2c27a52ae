package pdf

// Signature is the block a document ends with: the choices the signer ticks
// and a column of lines to fill in for each party. It is printed whole on
// one page, never split.
type Signature struct {
	// Intro says what signing means and by when.
	Intro string
	// Choices are printed with an empty box to tick, one per line.
	Choices []string
	// Signers stand side by side, two or three.
	Signers []Signer
}

// Signer is one party that signs.
type Signer struct {
	Role  string   // "For the client"
	Name  string   // the organisation or person
	Lines []string // what to fill in above each line: "Name and position", "Place and date", "Signature"
}

// SignatureHeight is the height s takes on the page, so that the text
// before it can keep its last lines with it (Doc.KeepWithNext).
func (d *Doc) SignatureHeight(s Signature) float64 {
	style, size := d.style, d.size
	defer d.font(style, size)
	_, _, _, _, _, _, h := d.layoutSignature(s)
	return h
}

// Signature prints s, moving it to the next page whole when it does not fit.
func (d *Doc) Signature(s Signature) {
	intro, choices, names, choiceW, colW, colGap, h := d.layoutSignature(s)
	nameLines, signLines := 0, 0
	for i, sg := range s.Signers {
		nameLines, signLines = max(nameLines, len(names[i])), max(signLines, len(sg.Lines))
	}
	signerH := 0.0
	if len(s.Signers) > 0 {
		signerH = lineSmall + float64(nameLines)*lineBody + float64(signLines)*(signatureLine+lineSmall)
	}
	d.ensure(h)
	d.printSignature(s, intro, choices, names, choiceW, colW, colGap, signerH, nameLines)
}

// layoutSignature wraps the parts of s and measures the whole block.
func (d *Doc) layoutSignature(s Signature) (intro []string, choices, names [][]string, choiceW, colW, colGap, h float64) {
	d.font("", sizeBody)
	intro = d.wrap(stripTrailing(clean(s.Intro)), contentWidth)
	if s.Intro == "" {
		intro = nil
	}
	choiceW = contentWidth - checkboxSize - 3
	for _, c := range s.Choices {
		choices = append(choices, d.wrap(stripTrailing(clean(c)), choiceW))
	}

	n := max(len(s.Signers), 1)
	colGap = 8.0
	colW = (contentWidth - colGap*float64(n-1)) / float64(n)
	// The lines to fill in stand at the same height in every column, below
	// the longest name.
	nameLines, signLines := 0, 0
	for _, sg := range s.Signers {
		d.font("", sizeBody)
		name := d.wrap(clean(sg.Name), colW)
		names = append(names, name)
		nameLines, signLines = max(nameLines, len(name)), max(signLines, len(sg.Lines))
	}
	signerH := 0.0
	if len(s.Signers) > 0 {
		signerH = lineSmall + float64(nameLines)*lineBody + float64(signLines)*(signatureLine+lineSmall)
	}

	h = float64(len(intro)) * lineBody
	if len(intro) > 0 {
		h += paraGap
	}
	for _, c := range choices {
		h += float64(len(c))*lineBody + 2
	}
	h += blockGap + signerH
	return intro, choices, names, choiceW, colW, colGap, h
}

// printSignature draws the measured block at the current position.
func (d *Doc) printSignature(s Signature, intro []string, choices, names [][]string, choiceW, colW, colGap, signerH float64, nameLines int) {
	y := d.f.GetY()
	d.font("", sizeBody)
	d.textColour(colourText)
	for _, l := range intro {
		d.put(marginLeft, y, contentWidth, lineBody, l, "L")
		y += lineBody
	}
	if len(intro) > 0 {
		y += paraGap
	}
	for _, c := range choices {
		d.drawColour(d.brand)
		d.lineWidth(0.35)
		d.f.Rect(marginLeft, y+(lineBody-checkboxSize)/2, checkboxSize, checkboxSize, "D")
		for j, l := range c {
			d.put(marginLeft+checkboxSize+3, y+float64(j)*lineBody, choiceW, lineBody, l, "L")
		}
		y += float64(len(c))*lineBody + 2
	}
	y += blockGap

	for i, sg := range s.Signers {
		x := marginLeft + float64(i)*(colW+colGap)
		cy := y
		d.font("B", sizeSmall)
		d.textColour(d.brand)
		d.put(x, cy, colW, lineSmall, upper(clean(sg.Role)), "L")
		cy += lineSmall
		d.font("B", sizeBody)
		d.textColour(colourText)
		for _, l := range names[i] {
			d.put(x, cy, colW, lineBody, l, "L")
			cy += lineBody
		}
		cy += float64(nameLines-len(names[i])) * lineBody
		for _, label := range sg.Lines {
			cy += signatureLine
			d.drawColour(colourMuted)
			d.lineWidth(0.25)
			d.f.Line(x, cy, x+colW, cy)
			d.font("", sizeTiny)
			d.textColour(colourMuted)
			d.put(x, cy+0.3, colW, lineSmall, clean(label), "L")
			cy += lineSmall
		}
	}
	d.textColour(colourText)
	d.f.SetXY(marginLeft, y+signerH+blockGap)
}
