// Package pdfreport writes the printable reports (评价报告) as PDF with a
// pure-Go library (github.com/go-pdf/fpdf, MIT) and a CJK TrueType font
// embedded in the binary: a subset of WenQuanYi Micro Hei (Apache-2.0; see
// font/README.md) cut to GB2312 and the characters the reports and demo
// data use. fpdf subsets it again into each PDF (only the glyphs used), so
// a report stays small.
//
// JIXIAO_PDF_FONT may name another .ttf or .ttc file (e.g. a full font for
// rare characters); a missing file there is ErrNoFont, answered with 503.
package pdfreport

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"sync"
)

//go:embed font/wqy-microhei-subset.ttf
var embeddedFont []byte

// ErrNoFont says the font JIXIAO_PDF_FONT names is not there: the server answers 503.
var ErrNoFont = errors.New("the CJK font JIXIAO_PDF_FONT names for PDF reports is missing")

var font struct {
	once sync.Once
	ttf  []byte
	err  error
}

// Font is the CJK font as one TrueType file, read once per process.
func Font() ([]byte, error) {
	font.once.Do(func() { font.ttf, font.err = loadFont(os.Getenv("JIXIAO_PDF_FONT")) })
	return font.ttf, font.err
}

// loadFont reads the font at path, or gives the embedded one for "".
func loadFont(path string) ([]byte, error) {
	if path == "" {
		return embeddedFont, nil
	}
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("%w: %s", ErrNoFont, path)
	}
	if err != nil {
		return nil, fmt.Errorf("pdf font %s: %w", path, err)
	}
	ttf, err := firstFont(b)
	if err != nil {
		return nil, fmt.Errorf("pdf font %s: %w", path, err)
	}
	return ttf, nil
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
