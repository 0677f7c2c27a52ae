package pdf

import (
	"bytes"
	"compress/zlib"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"image"
	"image/png"
	"strings"
	"sync"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/jung-kurt/gofpdf"
)

// Letterhead is the top of a document's first page: the firm's logo on the
// left and its legal mentions on the right.
type Letterhead struct {
	// Logo is a PNG; without one, or if it cannot be read, the firm's name
	// stands in its place.
	Logo []byte
	// Name is the firm's legal name and form, printed in bold.
	Name string
	// Lines are the legal mentions and contact details, one per line.
	Lines []string
}

// firmLetterhead is the top of every document of the firm: its name and
// the legal mentions its country requires, in the document's language. In
// Belgium that is the legal form, seat, enterprise number and the register
// of legal entities with its court; in the Netherlands the KvK number.
func firmLetterhead(f *domain.Firm, t *texts) Letterhead {
	var lines []string
	addr := f.Address
	addr.City = domain.PlaceName(addr.City, addr.Country, t.lang) // Gent, Gand, Ghent
	if a := addr.OneLine(); a != "" {
		lines = append(lines, a)
	}
	var reg []string
	switch f.Country() {
	case "BE":
		if f.CompanyNumber != "" {
			reg = append(reg, fmt.Sprintf(t.EnterpriseNo, domain.FormatBelgianEnterpriseNumber(f.CompanyNumber)))
		}
		if f.RPRCourt != "" {
			reg = append(reg, fmt.Sprintf(t.RPR, domain.PlaceName(f.RPRCourt, "BE", t.lang)))
		}
	default:
		if f.CompanyNumber != "" {
			reg = append(reg, fmt.Sprintf(t.KvK, f.CompanyNumber))
		}
	}
	if f.VATID != "" {
		reg = append(reg, fmt.Sprintf(t.VAT, f.VATID))
	}
	lines = append(lines, strings.Join(reg, " · "))
	lines = append(lines, strings.Join(nonEmpty(f.Email, f.Phone, f.Website), " · "))
	if f.IBAN != "" {
		lines = append(lines, strings.Join(nonEmpty(fmt.Sprintf(t.IBAN, domain.FormatIBAN(f.IBAN)), f.BIC), " · "))
	}
	return Letterhead{Logo: f.Logo, Name: firmName(f), Lines: nonEmpty(lines...)}
}

// Letterhead prints l and a rule in the brand colour under it.
func (d *Doc) Letterhead(l Letterhead) {
	top := d.f.GetY()
	bottom := top

	// Right: name and mentions, right-aligned, small.
	colW := contentWidth * 0.55
	x := pageWidth - marginRight - colW
	y := top
	d.font("B", sizeSmall+0.5)
	d.textColour(colourText)
	for _, s := range d.wrap(clean(l.Name), colW) {
		d.put(x, y, colW, lineSmall, s, "R")
		y += lineSmall
	}
	d.font("", sizeTiny)
	d.textColour(colourMuted)
	for _, line := range l.Lines {
		for _, s := range d.wrap(clean(line), colW) {
			d.put(x, y, colW, lineTiny, s, "R")
			y += lineTiny
		}
	}
	bottom = max(bottom, y)

	// Left: the logo, scaled into its box, or the name in the brand colour.
	if h, ok := d.logo(l.Logo, marginLeft, top); ok {
		bottom = max(bottom, top+h)
	} else {
		d.font("B", sizeHeading+2)
		d.textColour(d.brand)
		nameW := contentWidth - colW - 4
		ny := top
		for _, s := range d.wrap(clean(l.Name), nameW) {
			d.put(marginLeft, ny, nameW, 6.5, s, "L")
			ny += 6.5
		}
		bottom = max(bottom, ny)
	}
	d.textColour(colourText)
	d.rule(bottom+3, d.brand, 0.6)
	d.f.SetXY(marginLeft, bottom+9)
}

// logo places the PNG at (x, y) within the logo box and returns its height.
// A logo gofpdf cannot read is skipped.
func (d *Doc) logo(data []byte, x, y float64) (h float64, ok bool) {
	data = printableLogo(data)
	if len(data) == 0 {
		return 0, false
	}
	info := d.f.RegisterImageOptionsReader("logo", gofpdf.ImageOptions{ImageType: "PNG"}, bytes.NewReader(data))
	if d.f.Err() {
		d.f.ClearError()
		return 0, false
	}
	iw, ih := info.Extent()
	if iw <= 0 || ih <= 0 {
		return 0, false
	}
	h = logoMaxHeight
	w := iw * h / ih
	if w > logoMaxWidth {
		w, h = logoMaxWidth, ih*logoMaxWidth/iw
	}
	d.f.ImageOptions("logo", x, y, w, h, false, gofpdf.ImageOptions{ImageType: "PNG"}, 0, "")
	return h, true
}

// printableLogo returns the logo as gofpdf embeds it fastest: an 8-bit,
// non-interlaced PNG without transparency, whose compressed pixels go into
// the PDF as they are. gofpdf cannot read 16-bit or interlaced files at all,
// and for a transparent one it inflates the pixels, splits off the alpha
// channel and deflates both again for every document, which would be a
// third of the time a proposal takes. Such a logo is flattened onto white,
// the colour of the page it stands on, so it looks the same; the result is
// kept for the next document of the same firm. Nil means no usable logo.
func printableLogo(data []byte) []byte {
	if len(data) == 0 {
		return nil
	}
	if pngFastForGofpdf(data) {
		return data
	}
	key := sha256.Sum256(data)
	logoCache.Lock()
	defer logoCache.Unlock()
	if out, ok := logoCache.m[key]; ok {
		return out
	}
	out, err := flattenPNG(data)
	if err != nil {
		out = nil // not an image: print the firm's name instead
	}
	if len(logoCache.m) >= 8 {
		clear(logoCache.m) // firms have one logo; this only bounds a batch of tests
	}
	logoCache.m[key] = out
	return out
}

// logoCache holds flattened logos by the SHA-256 of the original.
var logoCache = struct {
	sync.Mutex
	m map[[32]byte][]byte
}{m: map[[32]byte][]byte{}}

// pngFastForGofpdf reads the PNG header: 8-bit grey, RGB or palette colour,
// not interlaced, and no transparency chunk.
func pngFastForGofpdf(data []byte) bool {
	const ihdr = 8 + 8 // signature, then length and type of the first chunk
	if len(data) < ihdr+13 || string(data[:8]) != "\x89PNG\r\n\x1a\n" || string(data[12:16]) != "IHDR" {
		return false
	}
	depth, colour, interlace := data[ihdr+8], data[ihdr+9], data[ihdr+12]
	if depth != 8 || interlace != 0 || (colour != 0 && colour != 2 && colour != 3) {
		return false
	}
	return !bytes.Contains(data, []byte("tRNS"))
}

// flattenPNG decodes any PNG Go can read, paints it onto white and writes
// it as an 8-bit RGB PNG, quickly: every row unfiltered and deflated at the
// fastest level, which suits the flat colours of a logo (image/png tries
// five filters per row and takes ten times as long).
func flattenPNG(data []byte) ([]byte, error) {
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	b := img.Bounds()
	w, h := b.Dx(), b.Dy()
	if w*h > 16<<20 {
		return nil, image.ErrFormat // not a logo: refuse to spend the memory
	}
	rgb := make([]byte, 0, w*h*3)
	over := func(c, a uint32) byte { return byte((c*0xFFFF + 0xFFFF*(0xFFFF-a)) / 0xFFFF >> 8) }
	if n, ok := img.(*image.NRGBA); ok {
		// The common case, decoded without a colour model in between.
		for y := range h {
			row := n.Pix[y*n.Stride : y*n.Stride+w*4]
			for x := 0; x < len(row); x += 4 {
				a := uint32(row[x+3]) * 0x101
				for c := range 3 {
					rgb = append(rgb, over(uint32(row[x+c])*0x101*a/0xFFFF, a))
				}
			}
		}
	} else {
		for y := b.Min.Y; y < b.Max.Y; y++ {
			for x := b.Min.X; x < b.Max.X; x++ {
				r, g, bl, a := img.At(x, y).RGBA() // alpha-premultiplied
				rgb = append(rgb, over(r, a), over(g, a), over(bl, a))
			}
		}
	}
	return encodeRGB(rgb, w, h)
}

// encodeRGB writes 8-bit RGB pixels as a PNG.
func encodeRGB(rgb []byte, w, h int) ([]byte, error) {
	var idat bytes.Buffer
	zw, err := zlib.NewWriterLevel(&idat, zlib.BestSpeed)
	if err != nil {
		return nil, err
	}
	for y := range h {
		zw.Write([]byte{0}) // filter: none
		zw.Write(rgb[y*w*3 : (y+1)*w*3])
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	var out bytes.Buffer
	out.WriteString("\x89PNG\r\n\x1a\n")
	chunk := func(kind string, data []byte) {
		var n [4]byte
		binary.BigEndian.PutUint32(n[:], uint32(len(data)))
		out.Write(n[:])
		crc := crc32.NewIEEE()
		crc.Write([]byte(kind))
		crc.Write(data)
		out.WriteString(kind)
		out.Write(data)
		binary.BigEndian.PutUint32(n[:], crc.Sum32())
		out.Write(n[:])
	}
	ihdr := make([]byte, 13)
	binary.BigEndian.PutUint32(ihdr[0:], uint32(w))
	binary.BigEndian.PutUint32(ihdr[4:], uint32(h))
	ihdr[8], ihdr[9] = 8, 2 // 8 bits, truecolour; compression, filter and interlace 0
	chunk("IHDR", ihdr)
	chunk("IDAT", idat.Bytes())
	chunk("IEND", nil)
	return out.Bytes(), nil
}

// Addressee is who a document is for, beside the facts that identify it.
type Addressee struct {
	// Label names the block: "Prepared for", "Client".
	Label string
	// Lines are the name (printed in bold), address, contact person.
	Lines []string
	// Facts are the document's number, version and dates.
	Facts []Field
}

// Addressee prints a on the left and its facts on the right, kept together.
func (d *Doc) Addressee(a Addressee) {
	leftW := contentWidth * 0.56
	factsX := marginLeft + leftW + 6
	factsW := contentWidth - leftW - 6
	labelW := factsW * 0.42

	d.font("", sizeBody)
	var left [][]string
	lh := 0.0
	if a.Label != "" {
		lh += lineSmall + 0.5
	}
	for i, l := range a.Lines {
		if i == 0 {
			d.font("B", sizeBody)
		} else {
			d.font("", sizeBody)
		}
		ls := d.wrap(stripTrailing(clean(l)), leftW)
		left = append(left, ls)
		lh += float64(len(ls)) * lineBody
	}
	var facts [][2][]string
	fh := 0.0
	for _, f := range a.Facts {
		d.font("", sizeSmall)
		lab := d.wrap(clean(f.Label), labelW-1)
		d.font("B", sizeBody-0.5)
		val := d.wrap(clean(f.Value), factsW-labelW)
		facts = append(facts, [2][]string{lab, val})
		fh += float64(max(len(lab), len(val))) * lineBody
	}
	d.ensure(max(lh, fh))

	top := d.f.GetY()
	y := top
	if a.Label != "" {
		d.font("B", sizeSmall)
		d.textColour(d.brand)
		d.put(marginLeft, y, leftW, lineSmall, upper(clean(a.Label)), "L")
		y += lineSmall + 0.5
	}
	for i, ls := range left {
		if i == 0 {
			d.font("B", sizeBody)
		} else {
			d.font("", sizeBody)
		}
		d.textColour(colourText)
		for _, s := range ls {
			d.put(marginLeft, y, leftW, lineBody, s, "L")
			y += lineBody
		}
	}

	fy := top
	if a.Label != "" {
		fy += lineSmall + 0.5 // line the facts up with the name
	}
	d.drawColour(d.brand)
	d.lineWidth(0.4)
	d.f.Line(factsX-3, fy, factsX-3, fy+fh-1)
	for _, f := range facts {
		d.font("", sizeSmall)
		d.textColour(colourMuted)
		for j, s := range f[0] {
			d.put(factsX, fy+float64(j)*lineBody, labelW, lineBody, s, "L")
		}
		d.font("B", sizeBody-0.5)
		d.textColour(colourText)
		for j, s := range f[1] {
			d.put(factsX+labelW, fy+float64(j)*lineBody, factsW-labelW, lineBody, s, "L")
		}
		fy += float64(max(len(f[0]), len(f[1]))) * lineBody
	}
	d.textColour(colourText)
	d.f.SetXY(marginLeft, max(y, fy)+blockGap)
}
