package documents

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"jixiao/internal/domain/auth"
)

// TestOpenDataDownloadsPerAddress: while PublicDownloadsPerAddress downloads of
// one address are running, one more from that address is refused with 429,
// Retry-After and a bilingual TOO_MANY_REQUESTS (nothing of the file written);
// another address is served meanwhile; once one ends, the address is served
// again. The running downloads are held by channels, not by time.
func TestOpenDataDownloadsPerAddress(t *testing.T) {
	s := &Service{downloads: &addressSlots{}}
	started := make(chan struct{})
	release := make(chan struct{})
	handler := s.openData("json", "测试", func(ctx context.Context, w io.Writer, f PublicFilter) error {
		started <- struct{}{}
		<-release
		_, err := io.WriteString(w, `{"ok":true}`)
		return err
	})
	get := func(ip string) *httptest.ResponseRecorder {
		r := httptest.NewRequest(http.MethodGet, "/public/results.json?fiscalYear=2026", nil)
		r = r.WithContext(auth.WithRequest(r.Context(), &auth.Request{IP: ip}))
		w := httptest.NewRecorder()
		handler(w, r)
		return w
	}

	done := make(chan *httptest.ResponseRecorder, PublicDownloadsPerAddress+1)
	for range PublicDownloadsPerAddress {
		go func() { done <- get("10.0.0.1") }()
		<-started
	}
	// The next one either returns (refused) or starts writing (admitted):
	// whichever happens first tells, with no time limit involved.
	go func() { done <- get("10.0.0.1") }()
	var refused *httptest.ResponseRecorder
	select {
	case refused = <-done:
	case <-started:
		t.Fatalf("download %d of one address admitted", PublicDownloadsPerAddress+1)
	}
	if refused.Code != http.StatusTooManyRequests || refused.Header().Get("Retry-After") == "" {
		t.Fatalf("download %d of one address: %d %v, want 429 with Retry-After", PublicDownloadsPerAddress+1, refused.Code, refused.Header())
	}
	var answer struct {
		Error struct{ Code, Message string }
	}
	if err := json.Unmarshal(refused.Body.Bytes(), &answer); err != nil || answer.Error.Code != "TOO_MANY_REQUESTS" ||
		!strings.Contains(answer.Error.Message, "下载") || !strings.Contains(answer.Error.Message, "downloads") ||
		refused.Header().Get("Content-Disposition") != "" {
		t.Fatalf("refusal: %v %s %v", err, refused.Body, refused.Header())
	}

	go func() { done <- get("10.0.0.2") }()
	<-started // another address is not held back
	release <- struct{}{}
	if w := <-done; w.Code != http.StatusOK {
		t.Fatalf("a running download ended with %d", w.Code)
	}

	// One of the first address's downloads has ended (or the other address's):
	// release the rest, then the first address is served again.
	close(release)
	for range PublicDownloadsPerAddress {
		if w := <-done; w.Code != http.StatusOK {
			t.Fatalf("a running download ended with %d", w.Code)
		}
	}
	again := make(chan *httptest.ResponseRecorder, 1)
	go func() { again <- get("10.0.0.1") }()
	<-started
	if w := <-again; w.Code != http.StatusOK || w.Body.String() != `{"ok":true}` {
		t.Fatalf("after the downloads ended: %d %s", w.Code, w.Body)
	}
}
