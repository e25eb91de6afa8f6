// Package pdfreport writes the printable reports (评价报告) as PDF with a
// pure-Go library (github.com/go-pdf/fpdf, MIT) and a CJK TrueType font read
// at run time: the repository and the binary carry no font. The font is
// subset into each PDF (only the glyphs used), so a report stays small.
//
// Which font: JIXIAO_PDF_FONT names a .ttf or .ttc file; otherwise the
// first present of fontCandidates, e.g. Debian's fonts-wqy-zenhei
// (WenQuanYi Zen Hei: GPLv2 with the font-embedding exception, so embedding
// it in a generated PDF puts no licence on the PDF).
package pdfreport

import (
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"sync"
)

// fontCandidates are TrueType-outline CJK fonts Debian installs.
var fontCandidates = []string{
	"/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
	"/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
	"/usr/share/fonts/truetype/arphic/uming.ttc",
}

// ErrNoFont says no CJK font was found: the server answers 503 and the tests skip.
var ErrNoFont = errors.New("no CJK font for PDF reports: install Debian's fonts-wqy-zenhei or set JIXIAO_PDF_FONT to a .ttf/.ttc file")

var font struct {
	once sync.Once
	ttf  []byte
	err  error
}

// Font is the CJK font as one TrueType file, read once per process.
func Font() ([]byte, error) {
	font.once.Do(func() { font.ttf, font.err = loadFont() })
	return font.ttf, font.err
}

func loadFont() ([]byte, error) {
	paths := fontCandidates
	if p := os.Getenv("JIXIAO_PDF_FONT"); p != "" {
		paths = []string{p}
	}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if errors.Is(err, os.ErrNotExist) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("pdf font %s: %w", p, err)
		}
		ttf, err := firstFont(b)
		if err != nil {
			return nil, fmt.Errorf("pdf font %s: %w", p, err)
		}
		return ttf, nil
	}
	return nil, ErrNoFont
}

// firstFont returns a TrueType file as is, and the first font of a
// TrueType collection (.ttc) as a file of its own: its tables copied one
// after the other, their offsets rewritten (in a collection they count from
// the start of the collection).
func firstFont(b []byte) ([]byte, error) {
	if len(b) < 12 || string(b[:4]) != "ttcf" {
		return b, nil
	}
	be := binary.BigEndian
	if be.Uint32(b[8:]) == 0 || len(b) < 16 {
		return nil, errors.New("empty font collection")
	}
	start := int(be.Uint32(b[12:]))
	if start+12 > len(b) {
		return nil, errors.New("font collection truncated")
	}
	numTables := int(be.Uint16(b[start+4:]))
	dir := start + 12
	if dir+16*numTables > len(b) {
		return nil, errors.New("font collection truncated")
	}
	header := 12 + 16*numTables
	out := make([]byte, header, header+len(b)/2)
	copy(out, b[start:start+12])
	for i := range numTables {
		rec := b[dir+16*i : dir+16*i+16]
		offset, length := int(be.Uint32(rec[8:])), int(be.Uint32(rec[12:]))
		if offset+length > len(b) {
			return nil, errors.New("font table out of range")
		}
		copy(out[12+16*i:], rec[:8]) // tag and checksum
		be.PutUint32(out[12+16*i+8:], uint32(len(out)))
		be.PutUint32(out[12+16*i+12:], uint32(length))
		out = append(out, b[offset:offset+length]...)
		for len(out)%4 != 0 {
			out = append(out, 0)
		}
	}
	return out, nil
}
