package documents

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"strconv"

	"github.com/99designs/gqlgen/graphql"

	"jixiao/ent"
	"jixiao/ent/evidence"
	"jixiao/ent/indicatorprogress"
	"jixiao/ent/monitoring"
	"jixiao/ent/privacy"
	"jixiao/ent/rectification"
	"jixiao/ent/scoreitem"
	"jixiao/internal/documents/files"
	"jixiao/internal/domain/auth"
	"jixiao/internal/domain/enums"
	"jixiao/internal/domain/fail"
)

// UploadEvidence stores a file and attaches it to a record the viewer may
// write, in the request's transaction (the audit trail records the row with
// its hash and uploader). The content is stored first: if the transaction
// then fails, the stored content is harmless and is reused by the next upload.
func (s *Service) UploadEvidence(ctx context.Context, attachTo int, up graphql.Upload) (*ent.Evidence, error) {
	v := auth.FromContext(ctx)
	if v == nil || v.UserID == 0 {
		return nil, &fail.Error{Code: "UNAUTHENTICATED", ZH: "请先登录", EN: "log in first"}
	}
	if up.Size > files.MaxSize {
		return nil, fail.BadInput("file", fmt.Sprintf("文件过大：上限 %d MiB", files.MaxSize>>20), fmt.Sprintf("file too large: the limit is %d MiB", files.MaxSize>>20))
	}
	c := ent.FromContext(ctx)
	if c == nil {
		c = s.Client
	}
	rec, err := backedRecordOf(ctx, c, attachTo)
	if err != nil {
		return nil, err
	}
	if v.Role == enums.RoleEvaluator && !rec.scoreItem {
		return nil, &fail.Error{Code: fail.CodeForbidden, ZH: "第三方机构只能为评分项上传佐证材料", EN: "evaluators attach evidence to score items only"}
	}
	create := rec.attach(c.Evidence.Create()).SetName(up.Filename).SetUploadedByID(v.UserID).SetDepartmentID(rec.departmentID)
	head := make([]byte, 512)
	n, err := io.ReadFull(up.File, head)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
		return nil, err
	}
	head = head[:n]
	if n == 0 {
		return nil, fail.BadInput("file", "文件为空", "the file is empty")
	}
	contentType, err := files.Sniff(head, up.Filename)
	if err != nil {
		return nil, err
	}
	limited := io.LimitReader(io.MultiReader(bytes.NewReader(head), up.File), files.MaxSize+1)
	sum, size, err := s.Files.Put(ctx, limited)
	if err != nil {
		return nil, err
	}
	if size > files.MaxSize {
		return nil, fail.BadInput("file", fmt.Sprintf("文件过大：上限 %d MiB", files.MaxSize>>20), fmt.Sprintf("file too large: the limit is %d MiB", files.MaxSize>>20))
	}
	return create.SetContentType(contentType).SetSize(size).SetSha256(sum).Save(ctx)
}

// SetEvidencePublic marks a file for disclosure or withdraws the mark:
// finance only (the data layer refuses anyone else), with its lock on the
// row it backs left alone; the audit trail records the change. A file the
// viewer cannot read does not exist for it.
func (s *Service) SetEvidencePublic(ctx context.Context, id int, public bool) (*ent.Evidence, error) {
	v := auth.FromContext(ctx)
	if v == nil || v.UserID == 0 {
		return nil, &fail.Error{Code: "UNAUTHENTICATED", ZH: "请先登录", EN: "log in first"}
	}
	if v.Role != enums.RoleFinanceAdmin && v.Role != enums.RoleFinanceReviewer {
		return nil, &fail.Error{Code: fail.CodeForbidden, ZH: "只有财政部门可以公开佐证材料", EN: "only finance marks evidence public"}
	}
	c := ent.FromContext(ctx)
	if c == nil {
		c = s.Client
	}
	e, err := c.Evidence.Get(ctx, id)
	if err != nil {
		return nil, notFound(err)
	}
	if e.Public == public {
		return e, nil
	}
	return e.Update().SetPublic(public).Save(ctx)
}

// EvidenceURL is where a file is downloaded.
func EvidenceURL(e *ent.Evidence) string { return "/files/" + strconv.Itoa(e.ID) }

// readable says whether the viewer may read the record a file is attached to.
func (s *Service) readable(ctx context.Context, e *ent.Evidence) (bool, error) {
	c := s.Client
	switch {
	case e.IndicatorProgressID != nil:
		return c.IndicatorProgress.Query().Where(indicatorprogress.ID(*e.IndicatorProgressID)).Exist(ctx)
	case e.MonitoringID != nil:
		return c.Monitoring.Query().Where(monitoring.ID(*e.MonitoringID)).Exist(ctx)
	case e.ScoreItemID != nil:
		return c.ScoreItem.Query().Where(scoreitem.ID(*e.ScoreItemID)).Exist(ctx)
	case e.RectificationID != nil:
		return c.Rectification.Query().Where(rectification.ID(*e.RectificationID)).Exist(ctx)
	}
	return false, nil
}

// publicFile is the file if the public may read it: marked public and
// backing a score item of a published evaluation (the data layer's rule).
func (s *Service) publicFile(ctx context.Context, id int) (*ent.Evidence, bool, error) {
	e, err := s.Client.Evidence.Query().Where(evidence.ID(id), evidence.Public(true)).Only(asPublic(ctx))
	if ent.IsNotFound(err) || errors.Is(err, privacy.Deny) {
		return nil, false, nil
	}
	return e, err == nil, err
}

// serveFile sends an evidence file to whoever may read what it is attached
// to, and a file disclosed to the public (publicFile) to anyone; to anyone
// else it does not exist (404), and a caller not logged in is asked to log in.
func (s *Service) serveFile(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.PathValue("fileID"))
	if err != nil {
		writeJSONError(w, http.StatusNotFound, fail.CodeNotFound, "未找到", "not found")
		return
	}
	ctx := r.Context()
	if e, ok, err := s.publicFile(ctx, id); err != nil {
		writeError(w, r, err)
		return
	} else if ok {
		s.sendFile(w, r, e, "public, max-age=300")
		return
	}
	if !loggedIn(w, r) {
		return
	}
	e, err := s.Client.Evidence.Query().Where(evidence.ID(id)).Only(privacy.DecisionContext(ctx, privacy.Allow))
	if err != nil {
		writeError(w, r, err)
		return
	}
	if ok, err := s.readable(ctx, e); err != nil || !ok {
		if err == nil {
			err = &ent.NotFoundError{}
		}
		writeError(w, r, notFound(err))
		return
	}
	s.sendFile(w, r, e, "private, no-store")
}

// sendFile writes a file's content, as an attachment that cannot run.
func (s *Service) sendFile(w http.ResponseWriter, r *http.Request, e *ent.Evidence, cacheControl string) {
	ctx := r.Context()
	body, err := s.Files.Open(ctx, e.Sha256)
	if err != nil {
		writeError(w, r, err)
		return
	}
	defer body.Close()
	w.Header().Set("Content-Type", e.ContentType)
	w.Header().Set("Content-Length", strconv.FormatInt(e.Size, 10))
	w.Header().Set("Cache-Control", cacheControl)
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("Content-Security-Policy", "sandbox")
	w.Header().Set("ETag", `"`+e.Sha256+`"`)
	w.Header().Set("Content-Disposition", "attachment; filename*=UTF-8''"+url.PathEscape(e.Name))
	if _, err := io.Copy(w, body); err != nil {
		slog.WarnContext(ctx, "file download", "id", e.ID, "err", err)
	}
}

// notFound turns a denied read into "not found": a file's existence is not told.
func notFound(err error) error {
	if errors.Is(err, privacy.Deny) {
		return &ent.NotFoundError{}
	}
	return err
}
