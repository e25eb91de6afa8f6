package files

import (
	"bytes"
	"net/http"
	"path/filepath"
	"strings"

	"jixiao/internal/domain/fail"
)

// MaxSize is the largest evidence file (20 MiB).
const MaxSize = 20 << 20

var (
	oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1} // .doc .xls .ppt
	zipMagic = []byte("PK\x03\x04")                                   // .docx .xlsx .pptx
	office   = map[string]string{
		".doc": "application/msword", ".xls": "application/vnd.ms-excel", ".ppt": "application/vnd.ms-powerpoint",
		".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
		".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
		".pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
	}
	sniffed = map[string]bool{"application/pdf": true, "image/png": true, "image/jpeg": true, "image/gif": true, "image/webp": true}
)

// Sniff tells the type of an evidence file from its first bytes (the name
// only tells Office formats apart within their container); anything but PDF,
// images and Office files is refused.
func Sniff(head []byte, name string) (string, error) {
	if t := http.DetectContentType(head); sniffed[t] {
		return t, nil
	}
	ext := strings.ToLower(filepath.Ext(name))
	switch {
	case bytes.HasPrefix(head, oleMagic) && (ext == ".doc" || ext == ".xls" || ext == ".ppt"):
		return office[ext], nil
	case bytes.HasPrefix(head, zipMagic) && (ext == ".docx" || ext == ".xlsx" || ext == ".pptx"):
		return office[ext], nil
	}
	return "", fail.BadInput("file", "只接受 PDF、图片（PNG、JPEG、GIF、WebP）和 Office 文件（按文件内容识别）",
		"only PDF, images (PNG, JPEG, GIF, WebP) and Office files are accepted (judged by the content)")
}
