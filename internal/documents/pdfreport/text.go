package pdfreport

import (
	"bytes"
	"compress/zlib"
	"io"
	"strings"
	"unicode/utf16"
)

// Text extracts the text strings of the PDFs this package writes (the
// compressed page streams, whose strings are UTF-16BE code units with a
// CJK font), one string a line. It is what tests and checks read a report
// with; it is not a general PDF text extractor.
func Text(pdf []byte) string {
	var out strings.Builder
	for rest := pdf; ; {
		i := bytes.Index(rest, []byte("stream"))
		if i < 0 {
			break
		}
		rest = rest[i+len("stream"):]
		rest = bytes.TrimLeft(rest, "\r\n")
		end := bytes.Index(rest, []byte("endstream"))
		if end < 0 {
			break
		}
		zr, err := zlib.NewReader(bytes.NewReader(rest[:end]))
		rest = rest[end+len("endstream"):]
		if err != nil {
			continue
		}
		content, err := io.ReadAll(zr)
		if err != nil && len(content) == 0 {
			continue
		}
		if !bytes.Contains(content, []byte("Tj")) {
			continue
		}
		for _, s := range literals(content) {
			out.WriteString(decodeUTF16(s))
			out.WriteByte('\n')
		}
	}
	return out.String()
}

// literals are the (…) strings of a content stream, unescaped.
func literals(b []byte) [][]byte {
	var out [][]byte
	for i := 0; i < len(b); i++ {
		if b[i] != '(' {
			continue
		}
		var s []byte
		depth := 1
		for i++; i < len(b) && depth > 0; i++ {
			c := b[i]
			switch {
			case c == '\\' && i+1 < len(b):
				i++
				switch e := b[i]; e {
				case 'n':
					s = append(s, '\n')
				case 'r':
					s = append(s, '\r')
				case 't':
					s = append(s, '\t')
				case 'b':
					s = append(s, '\b')
				case 'f':
					s = append(s, '\f')
				default:
					if e >= '0' && e <= '7' {
						v := int(e - '0')
						for k := 0; k < 2 && i+1 < len(b) && b[i+1] >= '0' && b[i+1] <= '7'; k++ {
							i++
							v = v*8 + int(b[i]-'0')
						}
						s = append(s, byte(v))
					} else {
						s = append(s, e)
					}
				}
			case c == '(':
				depth++
				s = append(s, c)
			case c == ')':
				depth--
				if depth > 0 {
					s = append(s, c)
				}
			default:
				s = append(s, c)
			}
		}
		i--
		out = append(out, s)
	}
	return out
}

func decodeUTF16(b []byte) string {
	if len(b)%2 != 0 {
		return string(b)
	}
	units := make([]uint16, len(b)/2)
	for i := range units {
		units[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
	}
	return string(utf16.Decode(units))
}
