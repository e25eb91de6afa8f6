package documents

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strconv"
	"sync"

	"jixiao/internal/domain/auth"
	"jixiao/internal/domain/enums"
	"jixiao/internal/domain/fail"
)

// PublicDownloadsPerAddress bounds the open-data downloads running at once
// from one client address (anonymous callers are known by nothing else);
// one more is refused with 429 rather than queued.
const PublicDownloadsPerAddress = 2

// addressSlots counts the downloads running per client address.
type addressSlots struct {
	mu      sync.Mutex
	running map[string]int
}

func (s *addressSlots) acquire(key string, limit int) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.running == nil {
		s.running = map[string]int{}
	}
	if s.running[key] >= limit {
		return false
	}
	s.running[key]++
	return true
}

func (s *addressSlots) release(key string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.running[key]--; s.running[key] <= 0 {
		delete(s.running, key)
	}
}

// publicFilterOf reads the filter from the query string, with the names of
// publicResults' arguments: fiscalYear (required), departmentId, sector, search.
func publicFilterOf(r *http.Request) (PublicFilter, error) {
	q := r.URL.Query()
	year, err := strconv.Atoi(q.Get("fiscalYear"))
	if err != nil {
		return PublicFilter{}, fail.BadInput("fiscalYear", "请给出年度 fiscalYear（2000–2100）", "give the fiscalYear (2000–2100)")
	}
	f := PublicFilter{FiscalYear: year, Search: q.Get("search")}
	if v := q.Get("departmentId"); v != "" {
		id, err := strconv.Atoi(v)
		if err != nil {
			return f, fail.BadInput("departmentId", "部门 ID 无效", "departmentId is not a valid id")
		}
		f.DepartmentID = &id
	}
	if v := q.Get("sector"); v != "" {
		s := enums.Sector(v)
		if _, ok := s.Labels()[v]; !ok {
			return f, fail.BadInput("sector", "行业领域无效", "sector is not a known sector")
		}
		f.Sector = &s
	}
	return f, nil
}

// servePublic answers GET /public/results.{csv,json}: the rows of
// publicResults for anyone, logged in or not.
func (s *Service) servePublic(format string) http.HandlerFunc {
	return s.openData(format, "绩效评价结果公开", func(ctx context.Context, w io.Writer, f PublicFilter) error {
		var out publicWriter
		var err error
		if format == "csv" {
			out, err = newCSVPublic(w)
		} else {
			out, err = newJSONPublic(w, f.FiscalYear, "results")
		}
		if err == nil {
			err = s.EachPublicResult(ctx, f, func(p *PublicResult) error { return out.Write(p.Record()) })
		}
		if err == nil {
			err = out.Close()
		}
		return err
	})
}

// servePublicTargets answers GET /public/targets.{csv,json}: the rows of
// publicTargets for anyone, logged in or not.
func (s *Service) servePublicTargets(format string) http.HandlerFunc {
	return s.openData(format, "绩效目标公开", func(ctx context.Context, w io.Writer, f PublicFilter) error {
		var out interface {
			Write(PublicTargetRecord) error
			Close() error
		}
		var err error
		if format == "csv" {
			out, err = newCSVTargets(w)
		} else {
			var j *jsonPublic
			j, err = newJSONPublic(w, f.FiscalYear, "targets")
			out = jsonTargets{j}
		}
		if err == nil {
			err = s.EachPublicTarget(ctx, f, func(t *PublicTarget) error { return out.Write(t.Record()) })
		}
		if err == nil {
			err = out.Close()
		}
		return err
	})
}

// openData is an open-data download: the filter checked before the first
// byte, at most PublicDownloadsPerAddress at once per client address (429
// beyond), then the file streamed as an attachment named title-year.format.
func (s *Service) openData(format, title string, write func(context.Context, io.Writer, PublicFilter) error) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		f, err := publicFilterOf(r)
		if err == nil {
			_, err = publicWhere(f) // refuse before the first byte is written
		}
		if err != nil {
			writeError(w, r, err)
			return
		}
		key := auth.RequestFrom(r.Context()).IP
		if !s.downloads.acquire(key, PublicDownloadsPerAddress) {
			w.Header().Set("Retry-After", "5")
			writeJSONError(w, http.StatusTooManyRequests, "TOO_MANY_REQUESTS",
				fmt.Sprintf("同时进行的下载已达上限（%d 个），请稍后再试", PublicDownloadsPerAddress),
				fmt.Sprintf("you already run %d downloads at once; try again shortly", PublicDownloadsPerAddress))
			return
		}
		defer s.downloads.release(key)
		name := fmt.Sprintf("%s-%d.%s", title, f.FiscalYear, format)
		if format == "csv" {
			attachment(w, "text/csv; charset=utf-8", name)
		} else {
			attachment(w, "application/json; charset=utf-8", name)
		}
		if err := write(r.Context(), w, f); err != nil {
			slog.ErrorContext(r.Context(), "public download", "file", name, "err", err)
		}
	}
}
