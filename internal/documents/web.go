package documents

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"jixiao/ent"
	"jixiao/ent/privacy"
	"jixiao/internal/documents/forms"
	"jixiao/internal/documents/pdfreport"
	"jixiao/internal/domain/auth"
	"jixiao/internal/domain/beijing"
	"jixiao/internal/domain/fail"
)

// Limits of an import request.
const (
	maxImportBytes = 20 << 20
	maxImportFiles = 20
	xlsxType       = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
)

// Routes registers the document endpoints; guard wraps the ones that write
// (the HTTP layer's cross-site checks).
func (s *Service) Routes(mux *http.ServeMux, wrap, guard func(http.Handler) http.Handler) {
	mux.Handle("GET /export/targets/template.xlsx", wrap(http.HandlerFunc(s.serveTemplate)))
	mux.Handle("GET /export/targets/{file}", wrap(http.HandlerFunc(s.serveTarget)))
	mux.Handle("GET /export/evaluations/{file}", wrap(http.HandlerFunc(s.serveEvaluation)))
	mux.Handle("GET /export/monitorings/{file}", wrap(http.HandlerFunc(s.serveMonitoring)))
	mux.Handle("GET /export/departments/{departmentID}/{file}", wrap(http.HandlerFunc(s.serveDepartment)))
	mux.Handle("GET /files/{fileID}", wrap(http.HandlerFunc(s.serveFile)))
	mux.Handle("POST /import/targets", wrap(guard(http.HandlerFunc(s.serveImport))))
	// Open data (信息公开): anyone, logged in or not, reads what publicResults and publicTargets read.
	mux.Handle("GET /public/results.csv", wrap(s.servePublic("csv")))
	mux.Handle("GET /public/results.json", wrap(s.servePublic("json")))
	mux.Handle("GET /public/targets.csv", wrap(s.servePublicTargets("csv")))
	mux.Handle("GET /public/targets.json", wrap(s.servePublicTargets("json")))
}

func (s *Service) serveTemplate(w http.ResponseWriter, r *http.Request) {
	if !loggedIn(w, r) {
		return
	}
	year := time.Now().In(beijing.Location).Year() + 1
	if y, err := strconv.Atoi(r.URL.Query().Get("fiscalYear")); err == nil && y >= 2000 && y <= 2100 {
		year = y
	}
	attachment(w, xlsxType, fmt.Sprintf("绩效目标申报表模板-%d.xlsx", year))
	if err := forms.WriteTemplate(w, year); err != nil {
		slog.ErrorContext(r.Context(), "template", "err", err)
	}
}

func (s *Service) serveTarget(w http.ResponseWriter, r *http.Request) {
	if !loggedIn(w, r) {
		return
	}
	id, ok := idOf(w, r, ".xlsx")
	if !ok {
		return
	}
	form, err := s.TargetForm(r.Context(), id)
	if err != nil {
		writeError(w, r, err)
		return
	}
	attachment(w, xlsxType, fmt.Sprintf("绩效目标申报表-%s-%d.xlsx", form.ProjectCode, form.FiscalYear))
	if err := forms.WriteTargets(w, []forms.TargetForm{form}); err != nil {
		slog.ErrorContext(r.Context(), "export target", "id", id, "err", err)
	}
}

func (s *Service) serveEvaluation(w http.ResponseWriter, r *http.Request) {
	if !loggedIn(w, r) {
		return
	}
	if strings.HasSuffix(r.PathValue("file"), ".pdf") {
		s.serveEvaluationPDF(w, r)
		return
	}
	id, ok := idOf(w, r, ".xlsx")
	if !ok {
		return
	}
	form, err := s.EvaluationForm(r.Context(), id)
	if err != nil {
		writeError(w, r, err)
		return
	}
	attachment(w, xlsxType, fmt.Sprintf("%s-%s-%d.xlsx", form.Title, form.ProjectCode, form.FiscalYear))
	if err := forms.WriteEvaluation(w, form); err != nil {
		slog.ErrorContext(r.Context(), "export evaluation", "id", id, "err", err)
	}
}

func (s *Service) serveMonitoring(w http.ResponseWriter, r *http.Request) {
	if !loggedIn(w, r) {
		return
	}
	id, ok := idOf(w, r, ".xlsx")
	if !ok {
		return
	}
	form, err := s.MonitoringForm(r.Context(), id)
	if err != nil {
		writeError(w, r, err)
		return
	}
	attachment(w, xlsxType, fmt.Sprintf("绩效监控表-%s-%d年%d月.xlsx", form.ProjectCode, form.FiscalYear, form.Month))
	if err := forms.WriteMonitoring(w, form); err != nil {
		slog.ErrorContext(r.Context(), "export monitoring", "id", id, "err", err)
	}
}

// serveDepartment answers GET /export/departments/{id}/{year}.xlsx: the 部门绩效报告.
func (s *Service) serveDepartment(w http.ResponseWriter, r *http.Request) {
	if !loggedIn(w, r) {
		return
	}
	format := ".xlsx"
	if strings.HasSuffix(r.PathValue("file"), ".pdf") {
		format = ".pdf"
	}
	year, ok := idOf(w, r, format)
	if !ok {
		return
	}
	id, err := strconv.Atoi(r.PathValue("departmentID"))
	if err != nil || id <= 0 || year < 2000 || year > 2100 {
		writeJSONError(w, http.StatusNotFound, fail.CodeNotFound, "未找到", "not found")
		return
	}
	rep, err := s.DepartmentReport(r.Context(), id, year)
	if err != nil {
		writeError(w, r, err)
		return
	}
	if format == ".pdf" {
		var buf bytes.Buffer
		if err := pdfreport.WriteDepartment(&buf, rep); err != nil {
			writePDFError(w, r, err)
			return
		}
		attachment(w, "application/pdf", fmt.Sprintf("部门绩效报告-%s-%d.pdf", rep.DepartmentName, year))
		_, _ = buf.WriteTo(w)
		return
	}
	attachment(w, xlsxType, fmt.Sprintf("部门绩效报告-%s-%d.xlsx", rep.DepartmentName, year))
	if err := forms.WriteDepartmentReport(w, rep); err != nil {
		slog.ErrorContext(r.Context(), "department report", "id", id, "year", year, "err", err)
	}
}

// serveEvaluationPDF answers GET /export/evaluations/{id}.pdf: the 评价报告.
func (s *Service) serveEvaluationPDF(w http.ResponseWriter, r *http.Request) {
	id, ok := idOf(w, r, ".pdf")
	if !ok {
		return
	}
	rep, err := s.EvaluationReport(r.Context(), id)
	if err != nil {
		writeError(w, r, err)
		return
	}
	// Built in memory first: a missing font is answered as such, not as a broken file.
	var buf bytes.Buffer
	if err := pdfreport.WriteEvaluation(&buf, rep); err != nil {
		writePDFError(w, r, err)
		return
	}
	attachment(w, "application/pdf", fmt.Sprintf("评价报告-%s-%d.pdf", rep.ProjectCode, rep.FiscalYear))
	_, _ = buf.WriteTo(w)
}

// writePDFError says a missing font as such (503), not as a broken file.
func writePDFError(w http.ResponseWriter, r *http.Request, err error) {
	if errors.Is(err, pdfreport.ErrNoFont) {
		writeJSONError(w, http.StatusServiceUnavailable, "PDF_FONT_MISSING", "JIXIAO_PDF_FONT 指定的中文字体不存在，暂不能生成 PDF 报告",
			"the CJK font JIXIAO_PDF_FONT names for PDF reports is missing")
		return
	}
	writeError(w, r, err)
}

func (s *Service) serveImport(w http.ResponseWriter, r *http.Request) {
	if !loggedIn(w, r) {
		return
	}
	r.Body = http.MaxBytesReader(w, r.Body, maxImportBytes)
	if err := r.ParseMultipartForm(maxImportBytes); err != nil {
		var tooLarge *http.MaxBytesError
		if errors.As(err, &tooLarge) {
			writeJSONError(w, http.StatusRequestEntityTooLarge, "REQUEST_TOO_LARGE",
				fmt.Sprintf("上传过大：上限 %d MiB", maxImportBytes>>20), fmt.Sprintf("upload too large: the limit is %d MiB", maxImportBytes>>20))
			return
		}
		writeJSONError(w, http.StatusBadRequest, fail.CodeBadInput, "请求须为 multipart/form-data，文件字段名为 file",
			"the request must be multipart/form-data with the files in field \"file\"")
		return
	}
	defer r.MultipartForm.RemoveAll()
	headers := r.MultipartForm.File["file"]
	if len(headers) == 0 || len(headers) > maxImportFiles {
		writeJSONError(w, http.StatusBadRequest, fail.CodeBadInput,
			fmt.Sprintf("请在字段 file 中上传 1 至 %d 个 .xlsx 文件", maxImportFiles), fmt.Sprintf("upload 1 to %d .xlsx files in field \"file\"", maxImportFiles))
		return
	}
	uploads := make([]Upload, 0, len(headers))
	for _, h := range headers {
		body, err := h.Open()
		if err != nil {
			writeError(w, r, err)
			return
		}
		defer body.Close()
		uploads = append(uploads, Upload{Name: h.Filename, Body: body})
	}
	result, cellErrs, err := s.ImportTargets(r.Context(), uploads)
	switch {
	case err != nil:
		writeError(w, r, err)
	case len(cellErrs) > 0:
		out := make([]map[string]any, len(cellErrs))
		for i, e := range cellErrs {
			out[i] = map[string]any{"file": e.File, "sheet": e.Sheet, "row": e.Row, "column": e.Column, "cell": e.Cell,
				"message": e.Message(), "messageZh": e.ZH, "messageEn": e.EN}
		}
		writeJSON(w, http.StatusUnprocessableEntity, map[string]any{"errors": out})
	default:
		writeJSON(w, http.StatusOK, result)
	}
}

// loggedIn answers 401 to anonymous requests.
func loggedIn(w http.ResponseWriter, r *http.Request) bool {
	if v := auth.FromContext(r.Context()); v == nil || v.UserID == 0 {
		writeJSONError(w, http.StatusUnauthorized, "UNAUTHENTICATED", "请先登录", "log in first")
		return false
	}
	return true
}

// idOf reads the {file} path value "<id><suffix>"; anything else is 404.
func idOf(w http.ResponseWriter, r *http.Request, suffix string) (int, bool) {
	name, ok := strings.CutSuffix(r.PathValue("file"), suffix)
	id, err := strconv.Atoi(name)
	if !ok || err != nil || id <= 0 {
		writeJSONError(w, http.StatusNotFound, fail.CodeNotFound, "未找到", "not found")
		return 0, false
	}
	return id, true
}

// writeError answers 404 for rows the viewer may not see (as if absent), 403
// for what they may see but not do, and masks anything else.
func writeError(w http.ResponseWriter, r *http.Request, err error) {
	var typed *fail.Error
	switch {
	case ent.IsNotFound(err):
		writeJSONError(w, http.StatusNotFound, fail.CodeNotFound, "未找到，或无权查看", "not found, or not yours to see")
	case errors.Is(err, privacy.Deny):
		writeJSONError(w, http.StatusForbidden, fail.CodeForbidden, "无权执行此操作", "not allowed")
	case errors.As(err, &typed) && typed.Code == fail.CodeForbidden:
		writeJSONError(w, http.StatusForbidden, fail.CodeForbidden, typed.ZH, typed.EN)
	case errors.As(err, &typed) && typed.Code == fail.CodeNotFound:
		writeJSONError(w, http.StatusNotFound, fail.CodeNotFound, typed.ZH, typed.EN)
	case errors.As(err, &typed):
		writeJSONError(w, http.StatusUnprocessableEntity, typed.Code, typed.ZH, typed.EN)
	case errors.Is(err, context.Canceled):
	default:
		slog.ErrorContext(r.Context(), "documents", "path", r.URL.Path, "err", err)
		writeJSONError(w, http.StatusInternalServerError, "INTERNAL_SERVER_ERROR", "服务器内部错误", "internal server error")
	}
}

func writeJSONError(w http.ResponseWriter, status int, code, zh, en string) {
	writeJSON(w, status, map[string]any{"error": map[string]any{"code": code, "message": zh + " / " + en}})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

// attachment sets the download headers (RFC 6266 UTF-8 file name).
func attachment(w http.ResponseWriter, contentType, name string) {
	w.Header().Set("Content-Type", contentType)
	w.Header().Set("Cache-Control", "private, no-store")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("Content-Disposition", "attachment; filename=\"download"+name[strings.LastIndex(name, "."):]+"\"; filename*=UTF-8''"+url.PathEscape(name))
}
