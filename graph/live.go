package graph

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"

	"jixiao/internal/analytics"
	"jixiao/internal/domain/auth"
	"jixiao/internal/domain/fail"
	"jixiao/internal/platform/live"
)

// liveTables are the tables the cockpit's and the comparison's figures are
// read from (the summaries and what feeds them); a commit that writes none
// of them costs an open dashboard nothing.
var liveTables = []string{"execution_summaries", "performance_summaries", "evaluation_summaries",
	"rectification_summaries", "department_year_summaries", "project_year_summaries", "departments",
	"allocations", "disbursements", "targets", "indicators", "monitorings", "evaluations", "rectifications", "projects"}

// credentialTables are those whose change may end a viewer's right to read.
var credentialTables = []string{"sessions", "users", "api_tokens"}

// dataChanged streams the changes of the overview in args, as the viewer of
// ctx sees it (the same scoping as the overview query).
func (r *Resolver) dataChanged(ctx context.Context, args analytics.OverviewArgs) (<-chan *live.Event, error) {
	viewer := auth.FromContext(ctx)
	if viewer == nil {
		return nil, fail.Forbidden("", "请先登录", "log in first")
	}
	if r.identity == nil || r.identity.Versions == nil {
		return nil, fail.BadInput("", "本服务器未开启数据版本监听，不提供实时通知", "this server keeps no data versions: no live notices")
	}
	src := live.Source{
		Versions:   r.identity.Versions,
		Slots:      live.SlotsFrom(ctx), // per viewer and per server (httpapi/subscription.go)
		Viewer:     viewer.UserID,
		Tables:     liveTables,
		Credential: credentialTables,
		Fingerprint: func(ctx context.Context) (string, error) {
			o, err := analytics.GetOverview(ctx, r.client, args)
			if err != nil {
				return "", err
			}
			o.Department = nil // the figures, not the loaded entity
			b, err := json.Marshal(o)
			if err != nil {
				return "", err
			}
			sum := sha256.Sum256(b)
			return hex.EncodeToString(sum[:12]), nil
		},
		Allowed: func(ctx context.Context) bool {
			token := auth.RequestFrom(ctx).SessionToken
			if token == "" {
				return false
			}
			v, err := r.identity.SessionViewer(ctx, token)
			if err == nil && v == nil {
				v, err = r.identity.BearerViewer(ctx, token)
			}
			return err == nil && v != nil
		},
	}
	return src.Stream(ctx)
}
