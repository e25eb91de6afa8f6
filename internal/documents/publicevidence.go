package documents

import (
	"context"
	"slices"

	"jixiao/ent"
	"jixiao/ent/evidence"
	"jixiao/ent/indicator"
	"jixiao/ent/indicatorprogress"
	"jixiao/ent/monitoring"
	"jixiao/ent/privacy"
)

// targetFile is a public file and the target it backs.
type targetFile struct {
	PublicEvidence
	targetID int
}

// publicEvidence is a file as the public sees it.
func publicEvidence(f *ent.Evidence) PublicEvidence {
	return PublicEvidence{Name: f.Name, Size: f.Size, ContentType: f.ContentType, Sha256: f.Sha256, URL: EvidenceURL(f)}
}

// publicTargetEvidence lists the files finance marked public on the
// monitoring and indicator progress of the given targets, in id order. The
// files are read as the public (ctx): the data layer's rule admits a public
// file of an approved target only, and the query says it as well. Which
// target a file backs is then looked up by id alone, past the rules: the
// public never reads monitoring rows, and nothing of them is returned.
// At most 4 statements; 1 when no file is public.
func (s *Service) publicTargetEvidence(ctx context.Context, targetIDs []int) ([]targetFile, error) {
	if len(targetIDs) == 0 {
		return nil, nil
	}
	files, err := s.Client.Evidence.Query().Where(evidence.Public(true), evidence.Or(
		evidence.HasMonitoringWith(monitoring.TargetIDIn(targetIDs...)),
		evidence.HasIndicatorProgressWith(indicatorprogress.HasIndicatorWith(indicator.TargetIDIn(targetIDs...))),
	)).Order(ent.Asc(evidence.FieldID)).All(ctx)
	if err != nil || len(files) == 0 {
		return nil, err
	}
	var monitoringIDs, progressIDs []int
	for _, f := range files {
		if f.MonitoringID != nil {
			monitoringIDs = append(monitoringIDs, *f.MonitoringID)
		}
		if f.IndicatorProgressID != nil {
			progressIDs = append(progressIDs, *f.IndicatorProgressID)
		}
	}
	links := privacy.DecisionContext(ctx, privacy.Allow)
	targetOf := map[int]int{} // monitoring or progress id → target id
	if len(monitoringIDs) > 0 {
		ms, err := s.Client.Monitoring.Query().Where(monitoring.IDIn(monitoringIDs...), monitoring.TargetIDIn(targetIDs...)).
			Select(monitoring.FieldID, monitoring.FieldTargetID).All(links)
		if err != nil {
			return nil, err
		}
		for _, m := range ms {
			targetOf[m.ID] = *m.TargetID
		}
	}
	if len(progressIDs) > 0 {
		ps, err := s.Client.IndicatorProgress.Query().Where(indicatorprogress.IDIn(progressIDs...)).
			Select(indicatorprogress.FieldID, indicatorprogress.FieldIndicatorID).
			WithIndicator(func(q *ent.IndicatorQuery) { q.Select(indicator.FieldID, indicator.FieldTargetID) }).All(links)
		if err != nil {
			return nil, err
		}
		for _, p := range ps {
			if i := p.Edges.Indicator; i != nil && slices.Contains(targetIDs, i.TargetID) {
				targetOf[p.ID] = i.TargetID
			}
		}
	}
	out := make([]targetFile, 0, len(files))
	for _, f := range files {
		var backs int
		if f.MonitoringID != nil {
			backs = targetOf[*f.MonitoringID]
		} else if f.IndicatorProgressID != nil {
			backs = targetOf[*f.IndicatorProgressID]
		}
		if backs != 0 {
			out = append(out, targetFile{PublicEvidence: publicEvidence(f), targetID: backs})
		}
	}
	return out, nil
}
