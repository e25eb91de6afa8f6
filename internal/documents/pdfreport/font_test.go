package pdfreport

import (
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"jixiao/internal/documents/pdfreport/fontchars"
)

// TestEmbeddedFontCoversReports: every character of the report code, the
// domain's labels and explanations, the workflow and the demo data, and
// every GB2312 hanzi, has a glyph in the embedded font. When this fails
// after a new text, run make pdf-font and commit the font.
func TestEmbeddedFontCoversReports(t *testing.T) {
	cmap, err := cmapOf(embeddedFont)
	if err != nil {
		t.Fatal(err)
	}
	lits, err := fontchars.Literals("../../..", fontchars.SourceDirs...)
	if err != nil {
		t.Fatal(err)
	}
	if len(lits) < 500 {
		t.Fatalf("only %d characters found in the sources: wrong root?", len(lits))
	}
	hanzi := fontchars.Hanzi()
	if len(hanzi) != 6763 {
		t.Fatalf("GB2312 has 6,763 hanzi, found %d", len(hanzi))
	}
	if cmap['龘'] || cmap['𠀀'] {
		t.Error("the embedded font holds characters outside its subset: not cut (make pdf-font)")
	}
	var missing []rune
	for _, r := range append(lits, hanzi...) {
		if !cmap[r] {
			missing = append(missing, r)
		}
	}
	if len(missing) > 0 {
		t.Errorf("the embedded font lacks %d characters (run make pdf-font): %q", len(missing), string(missing))
	}
	t.Logf("embedded font: %d KiB, %d characters; %d characters in the sources", len(embeddedFont)>>10, len(cmap), len(lits))
}

func TestFontOverride(t *testing.T) {
	if ttf, err := loadFont(""); err != nil || len(ttf) == 0 {
		t.Fatalf("embedded: %d bytes, %v", len(ttf), err)
	}
	if _, err := loadFont(filepath.Join(t.TempDir(), "none.ttf")); !errors.Is(err, ErrNoFont) {
		t.Errorf("a missing JIXIAO_PDF_FONT: %v, want ErrNoFont", err)
	}
	p := filepath.Join(t.TempDir(), "f.ttf")
	if err := os.WriteFile(p, embeddedFont, 0o600); err != nil {
		t.Fatal(err)
	}
	if ttf, err := loadFont(p); err != nil || len(ttf) != len(embeddedFont) {
		t.Errorf("JIXIAO_PDF_FONT: %d bytes, %v", len(ttf), err)
	}
}

// cmapOf reads the characters of a TrueType font's Unicode cmap subtables
// (formats 4 and 12).
func cmapOf(ttf []byte) (map[rune]bool, error) {
	be := binary.BigEndian
	if len(ttf) < 12 {
		return nil, errors.New("not a font")
	}
	var cmap []byte
	for i := range int(be.Uint16(ttf[4:])) {
		rec := ttf[12+16*i:]
		if string(rec[:4]) == "cmap" {
			off, n := be.Uint32(rec[8:]), be.Uint32(rec[12:])
			cmap = ttf[off : off+n]
		}
	}
	if cmap == nil {
		return nil, errors.New("no cmap table")
	}
	out := map[rune]bool{}
	for i := range int(be.Uint16(cmap[2:])) {
		sub := cmap[be.Uint32(cmap[4+8*i+4:]):]
		switch be.Uint16(sub) {
		case 4:
			segs := int(be.Uint16(sub[6:])) / 2
			ends, starts := sub[14:], sub[16+2*segs:]
			deltas, ranges := sub[16+4*segs:], sub[16+6*segs:]
			for s := range segs {
				end, start := rune(be.Uint16(ends[2*s:])), rune(be.Uint16(starts[2*s:]))
				for c := start; c <= end && c != 0xffff; c++ {
					gid := uint16(0)
					if ro := int(be.Uint16(ranges[2*s:])); ro == 0 {
						gid = uint16(c) + be.Uint16(deltas[2*s:])
					} else if g := be.Uint16(ranges[2*s+ro+2*int(c-start):]); g != 0 {
						gid = g + be.Uint16(deltas[2*s:])
					}
					if gid != 0 {
						out[c] = true
					}
				}
			}
		case 12:
			for g := range int(be.Uint32(sub[12:])) {
				grp := sub[16+12*g:]
				for c := rune(be.Uint32(grp)); c <= rune(be.Uint32(grp[4:])); c++ {
					out[c] = true
				}
			}
		default:
			continue
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no Unicode characters in the cmap")
	}
	return out, nil
}
