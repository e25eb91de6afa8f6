package workflow

import (
	"context"
	"encoding/json"
	"strings"

	"jixiao/ent"
	"jixiao/ent/privacy"
	"jixiao/ent/ruleset"
	"jixiao/internal/domain/fail"
	"jixiao/internal/domain/rules"
)

// NationalName is the name of the national default rule set.
const NationalName = "国家默认"

// RuleSets reads and versions the scoring and monitoring parameters.
type RuleSets struct{ Client *ent.Client }

// public reads rule sets for anyone: they are published rules, and the pure
// rule queries answer without a login.
func public(ctx context.Context) context.Context { return privacy.DecisionContext(ctx, privacy.Allow) }

// Params are the parameters of a rule set, or of the national default when id is nil.
func (w RuleSets) Params(ctx context.Context, id *int) (rules.Params, *ent.RuleSet, error) {
	c := client(ctx, w.Client)
	var (
		rs  *ent.RuleSet
		err error
	)
	if id != nil {
		rs, err = c.RuleSet.Get(public(ctx), *id)
		if ent.IsNotFound(err) {
			return rules.Params{}, nil, fail.Missing("ruleSetId", "规则集", "rule set", *id)
		}
	} else {
		rs, err = c.RuleSet.Query().Where(ruleset.RegionIsNil(), ruleset.FiscalYearIsNil()).
			Order(ent.Desc(ruleset.FieldVersion)).First(public(ctx))
		if ent.IsNotFound(err) {
			return rules.NationalDefaults().Named(NationalName, 1), nil, nil
		}
	}
	if err != nil {
		return rules.Params{}, nil, err
	}
	return paramsOf(rs), rs, nil
}

// For is the rule set in force for a region and fiscal year: the most
// specific one (region and year, region, year, national), newest version.
func (w RuleSets) For(ctx context.Context, region string, fiscalYear int) (rules.Params, *ent.RuleSet, error) {
	sets, err := w.all(ctx)
	if err != nil {
		return rules.Params{}, nil, err
	}
	in := pick(sets, region, fiscalYear)
	return in.params, in.set, nil
}

// all is every rule set, newest version first.
func (w RuleSets) all(ctx context.Context) ([]*ent.RuleSet, error) {
	return client(ctx, w.Client).RuleSet.Query().Order(ent.Desc(ruleset.FieldVersion)).All(public(ctx))
}

// inForce is a rule set's parameters; set is nil for the built-in national defaults.
type inForce struct {
	params rules.Params
	set    *ent.RuleSet
}

// pick chooses among sets (newest version first) the one in force for a
// region and fiscal year; the built-in national defaults when none is stored.
func pick(sets []*ent.RuleSet, region string, fiscalYear int) inForce {
	best, bestRank := (*ent.RuleSet)(nil), -1
	for _, rs := range sets {
		if (rs.Region != nil && *rs.Region != region) || (rs.FiscalYear != nil && *rs.FiscalYear != fiscalYear) {
			continue
		}
		rank := 0
		if rs.Region != nil {
			rank += 2
		}
		if rs.FiscalYear != nil {
			rank++
		}
		if rank > bestRank {
			best, bestRank = rs, rank
		}
	}
	if best == nil {
		return inForce{params: rules.NationalDefaults().Named(NationalName, 1)}
	}
	return inForce{params: paramsOf(best), set: best}
}

// paramsOf decodes a stored rule set on top of the national defaults, so that
// parameters added after it was saved keep their defaults.
func paramsOf(rs *ent.RuleSet) rules.Params {
	p := rules.NationalDefaults()
	if b, err := json.Marshal(rs.Params); err == nil {
		_ = json.Unmarshal(b, &p)
	}
	return p.Named(rs.Name, rs.Version)
}

// EnsureNational stores the national default rule set when none exists, so
// that every evaluation can name the version that scored it.
func (w RuleSets) EnsureNational(ctx context.Context) error {
	c := client(ctx, w.Client)
	ctx = public(ctx)
	n, err := c.RuleSet.Query().Where(ruleset.RegionIsNil(), ruleset.FiscalYearIsNil()).Count(ctx)
	if err != nil || n > 0 {
		return err
	}
	return c.RuleSet.Create().SetName(NationalName).SetVersion(1).SetParams(rules.NationalDefaults()).
		SetDescription("财预〔2020〕10号等规定的默认参数 / national defaults").Exec(ctx)
}

// VersionInput is a new rule-set version: overrides on top of a base.
type VersionInput struct {
	Name        string
	Region      *string
	FiscalYear  *int
	BasedOnID   *int
	Overrides   string // a JSON object of Params fields
	Description *string
}

// CreateVersion stores a new version for a region and/or year; the next
// version number of that scope is taken, and the parameters must validate.
func (w RuleSets) CreateVersion(ctx context.Context, in VersionInput) (*ent.RuleSet, error) {
	c := client(ctx, w.Client)
	base, _, err := w.Params(ctx, in.BasedOnID)
	if err != nil {
		return nil, err
	}
	dec := json.NewDecoder(strings.NewReader(in.Overrides))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&base); err != nil {
		return nil, fail.BadInput("overrides", "参数覆盖须为 JSON 对象，键为已知参数名："+err.Error(),
			"overrides must be a JSON object of known parameter names: "+err.Error())
	}
	if err := base.Validate(); err != nil {
		return nil, err
	}
	q := c.RuleSet.Query()
	if in.Region != nil {
		q.Where(ruleset.Region(*in.Region))
	} else {
		q.Where(ruleset.RegionIsNil())
	}
	if in.FiscalYear != nil {
		q.Where(ruleset.FiscalYear(*in.FiscalYear))
	} else {
		q.Where(ruleset.FiscalYearIsNil())
	}
	next := 1
	latest, err := q.Order(ent.Desc(ruleset.FieldVersion)).First(public(ctx))
	switch {
	case err == nil:
		next = latest.Version + 1
	case !ent.IsNotFound(err):
		return nil, err
	}
	return c.RuleSet.Create().SetName(in.Name).SetVersion(next).SetNillableRegion(in.Region).
		SetNillableFiscalYear(in.FiscalYear).SetParams(base).SetNillableDescription(in.Description).Save(ctx)
}

// ParamsJSON renders a rule set's parameters for clients.
func ParamsJSON(rs *ent.RuleSet) string {
	b, _ := json.Marshal(paramsOf(rs))
	return string(b)
}
