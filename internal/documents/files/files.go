// Package files keeps evidence files by content: each content is stored once,
// under its SHA-256, and never removed (the rows that point to it are never
// deleted either). Store is the seam for the storage backend: Disk, the
// default and the one tested, writes under a directory (JIXIAO_FILES_DIR); an
// S3-compatible object store replaces it by implementing the same two methods
// with the hash as the object key (Put: PutObject after hashing to a temporary
// file or with a known SHA-256 checksum; Open: GetObject), so that several
// servers share the files.
package files

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
)

// Store keeps contents by their SHA-256.
type Store interface {
	// Put stores the content read from r and returns its SHA-256 (hex) and size.
	Put(ctx context.Context, r io.Reader) (sum string, size int64, err error)
	// Open reads the content with the given SHA-256.
	Open(ctx context.Context, sum string) (io.ReadCloser, error)
}

// Disk is a Store in a local directory: <dir>/<first two hex digits>/<sha256>.
type Disk struct{ Dir string }

// FromEnv is the disk store of JIXIAO_FILES_DIR (default "jixiao-files").
func FromEnv() Disk {
	dir := os.Getenv("JIXIAO_FILES_DIR")
	if dir == "" {
		dir = "jixiao-files"
	}
	return Disk{Dir: dir}
}

var hexSum = regexp.MustCompile(`^[0-9a-f]{64}$`)

func (d Disk) path(sum string) string { return filepath.Join(d.Dir, sum[:2], sum) }

// Put writes to a temporary file while hashing, then renames it into place;
// a content already stored is kept as it is.
func (d Disk) Put(_ context.Context, r io.Reader) (string, int64, error) {
	if err := os.MkdirAll(d.Dir, 0o750); err != nil {
		return "", 0, err
	}
	tmp, err := os.CreateTemp(d.Dir, ".upload-*")
	if err != nil {
		return "", 0, err
	}
	defer os.Remove(tmp.Name()) // no-op once renamed
	h := sha256.New()
	size, err := io.Copy(io.MultiWriter(tmp, h), r)
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return "", 0, err
	}
	sum := hex.EncodeToString(h.Sum(nil))
	final := d.path(sum)
	if _, err := os.Stat(final); err == nil {
		return sum, size, nil
	}
	if err := os.MkdirAll(filepath.Dir(final), 0o750); err != nil {
		return "", 0, err
	}
	if err := os.Chmod(tmp.Name(), 0o440); err != nil {
		return "", 0, err
	}
	return sum, size, os.Rename(tmp.Name(), final)
}

// Open opens a stored content.
func (d Disk) Open(_ context.Context, sum string) (io.ReadCloser, error) {
	if !hexSum.MatchString(sum) {
		return nil, fmt.Errorf("files: not a SHA-256: %q", sum)
	}
	f, err := os.Open(d.path(sum))
	if errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("files: content %s missing from %s: %w", sum, d.Dir, err)
	}
	return f, err
}
