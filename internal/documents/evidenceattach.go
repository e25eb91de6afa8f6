package documents

import (
	"context"
	"errors"

	"jixiao/ent"
	"jixiao/ent/indicatorprogress"
	"jixiao/ent/monitoring"
	"jixiao/ent/privacy"
	"jixiao/ent/rectification"
	"jixiao/ent/scoreitem"
	"jixiao/internal/domain/fail"
)

// backedRecord is the record a file backs and the department that owns it.
type backedRecord struct {
	attach       func(*ent.EvidenceCreate) *ent.EvidenceCreate
	departmentID int
	scoreItem    bool
}

// backedRecordOf finds the record id names among the four kinds evidence
// backs, as the viewer may read it. Each row is read whole on purpose: ent's
// Noder, called inside a GraphQL resolver, selects only the columns the
// request's selection names (uploadEvidence(…) { id name } read a score item
// without its department), so it is not used here. At most 4 statements.
func backedRecordOf(ctx context.Context, c *ent.Client, id int) (*backedRecord, error) {
	lookups := []func() (*backedRecord, error){
		func() (*backedRecord, error) {
			n, err := c.IndicatorProgress.Query().Where(indicatorprogress.ID(id)).Only(ctx)
			if err != nil {
				return nil, err
			}
			return &backedRecord{attach: func(e *ent.EvidenceCreate) *ent.EvidenceCreate { return e.SetIndicatorProgressID(n.ID) }, departmentID: n.DepartmentID}, nil
		},
		func() (*backedRecord, error) {
			n, err := c.Monitoring.Query().Where(monitoring.ID(id)).Only(ctx)
			if err != nil {
				return nil, err
			}
			return &backedRecord{attach: func(e *ent.EvidenceCreate) *ent.EvidenceCreate { return e.SetMonitoringID(n.ID) }, departmentID: n.DepartmentID}, nil
		},
		func() (*backedRecord, error) {
			n, err := c.ScoreItem.Query().Where(scoreitem.ID(id)).Only(ctx)
			if err != nil {
				return nil, err
			}
			return &backedRecord{attach: func(e *ent.EvidenceCreate) *ent.EvidenceCreate { return e.SetScoreItemID(n.ID) }, departmentID: n.DepartmentID, scoreItem: true}, nil
		},
		func() (*backedRecord, error) {
			n, err := c.Rectification.Query().Where(rectification.ID(id)).Only(ctx)
			if err != nil {
				return nil, err
			}
			return &backedRecord{attach: func(e *ent.EvidenceCreate) *ent.EvidenceCreate { return e.SetRectificationID(n.ID) }, departmentID: n.DepartmentID}, nil
		},
	}
	for _, lookup := range lookups {
		r, err := lookup()
		if err == nil {
			return r, nil
		}
		// A row the viewer may not read is as absent as a missing one.
		if !ent.IsNotFound(err) && !errors.Is(err, privacy.Deny) {
			return nil, err
		}
	}
	return nil, fail.BadInput("attachTo",
		"找不到可附佐证材料的记录：须为可查看的指标进度、监控、评分项或整改",
		"no record evidence can back: give an indicator progress, monitoring, score item or rectification you may read")
}
