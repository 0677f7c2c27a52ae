// Command fontgen makes the single-byte (cp1252) fonts of the PDF fast path
// from the Carlito TrueType files in assets/fonts. It is run by hand through
// `go generate ./internal/pdf/` when the fonts change, and its output is
// committed, so neither a build nor a test needs Python.
//
// Why a cp1252 font at all: gofpdf parses, hashes and subsets a UTF-8 font
// for every document, which costs about 20 ms; a font made once with MakeFont
// loads in a fraction of a millisecond. It only covers the 218 characters of
// Windows-1252 (€, é, ë, ç, quotes and dashes among them), so documents with
// any other character take the UTF-8 path instead.
//
// Why a subset under another name: MakeFont embeds the whole file it is
// given, and the whole of Carlito is 640 KB per style, which would put every
// PDF far above its size budget. The subset keeps the glyphs, metrics and
// hinting of those 218 characters. Carlito carries the Reserved Font Name
// "Carlito" under the SIL Open Font License, and a subset is a Modified
// Version, so the subset is renamed "DeskSans"; its copyright and licence
// name records are kept, and assets/fonts/OFL.txt travels with it.
//
// Needs python3 with fontTools (Debian: apt-get install fonttools).
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/jung-kurt/gofpdf"
)

// subsetScript subsets one TrueType file to the cp1252 repertoire and renames
// the family. Timestamps are kept so that running it again gives the same
// bytes.
const subsetScript = `
import sys
from fontTools import subset
from fontTools.ttLib import TTFont

src, dst, old, new = sys.argv[1:5]
codes = set(range(0x20, 0x7F)) | set(range(0xA0, 0x100))
for b in range(0x80, 0xA0):
    try:
        codes.add(ord(bytes([b]).decode("cp1252")))
    except UnicodeDecodeError:
        pass
font = TTFont(src, recalcTimestamp=False)
opts = subset.Options()
opts.layout_features = []
opts.name_IDs = ["*"]
opts.name_languages = ["*"]
opts.notdef_outline = True
opts.recalc_timestamp = False
sub = subset.Subsetter(opts)
sub.populate(unicodes=codes)
sub.subset(font)
for rec in font["name"].names:
    # Names the font presents itself by; copyright (0), trademark (7) and
    # licence (13) records keep naming the original as the licence asks.
    if rec.nameID in (1, 3, 4, 6, 16, 17, 21):
        text = rec.toUnicode().replace(old, new)
        if rec.nameID == 6 and "-" not in text:
            text += "-Regular"
        rec.string = text
font.save(dst)
`

func main() {
	log.SetFlags(0)
	python := flag.String("python", "python3", "a Python 3 that has fontTools")
	src := flag.String("src", "../../assets/fonts", "folder with the Carlito TrueType files")
	out := flag.String("out", "../../assets/fonts", "folder for the generated .json and .z files")
	flag.Parse()

	gofpdfDir, err := moduleDir("github.com/jung-kurt/gofpdf")
	if err != nil {
		log.Fatal(err)
	}
	encoding := filepath.Join(gofpdfDir, "font", "cp1252.map")
	tmp, err := os.MkdirTemp("", "fontgen")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(tmp)

	for _, style := range []string{"Regular", "Bold"} {
		ttf := filepath.Join(tmp, "DeskSans-"+style+".ttf")
		cmd := exec.Command(*python, "-c", subsetScript,
			filepath.Join(*src, "Carlito-"+style+".ttf"), ttf, "Carlito", "DeskSans")
		cmd.Stderr = os.Stderr
		if err := cmd.Run(); err != nil {
			log.Fatalf("subsetting %s with fontTools: %v (install it with: apt-get install fonttools)", style, err)
		}
		if err := gofpdf.MakeFont(ttf, encoding, *out, nil, true); err != nil {
			log.Fatalf("MakeFont %s: %v", style, err)
		}
		fmt.Printf("wrote %s\n", filepath.Join(*out, "DeskSans-"+style+".{json,z}"))
	}
}

// moduleDir finds the module's source folder, where gofpdf keeps its
// encoding maps.
func moduleDir(path string) (string, error) {
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", path).Output()
	if err != nil {
		return "", fmt.Errorf("locating %s: %w", path, err)
	}
	return strings.TrimSpace(string(out)), nil
}
