package analytics_test

import (
	"strings"
	"testing"

	"jixiao/ent/monitoring"
	"jixiao/internal/domain/enums"
	"jixiao/internal/domain/money"
	"jixiao/internal/testdb"
)

// TestOrderByWarningSeverity: monitorings and projects order by the stored
// severity of their warning level — red, yellow, blue, green — not by the
// level's name; the severity follows every change of the level and cannot
// be written on its own.
func TestOrderByWarningSeverity(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		db, counter := open(t, url)
		c := db.Client
		w := seed(t, c)
		ctx := asAdmin()
		// A blue record (far ahead) besides the fixture's red, yellow and green ones.
		blue := must(c.Monitoring.Create().SetProjectID(w.pC.ID).SetFiscalYear(2025).SetMonth(10).
			SetBudget(money.Yuan(1)).SetPaidToDate(money.Yuan(1)).SetWarningLevel(enums.WarningLevelBlue).Save(ctx))
		if blue.WarningSeverity != 2 {
			t.Fatalf("blue record: severity %d, want 2", blue.WarningSeverity)
		}

		leader := newAPI(t, db, counter).as("leader", enums.RoleLeader, nil)
		var data struct {
			Monitorings struct {
				Edges []struct {
					Node struct {
						WarningLevel    string
						WarningSeverity int
					}
				}
			}
		}
		leader.ok(`{ monitorings(first: 50, where: {fiscalYear: 2025}, orderBy: {field: WARNING_SEVERITY, direction: DESC}) {
			edges { node { warningLevel warningSeverity } } } }`, nil, &data)
		var levels []string
		for _, e := range data.Monitorings.Edges {
			levels = append(levels, e.Node.WarningLevel)
		}
		if got, want := strings.Join(levels, " "), "RED RED RED YELLOW BLUE GREEN"; got != want {
			t.Fatalf("monitorings by severity: %s, want %s", got, want)
		}

		// The level changes (as the workflow writes it): the severity follows.
		green := c.Monitoring.Query().Where(monitoring.WarningLevelEQ(enums.WarningLevelGreen)).OnlyX(ctx)
		if m := must(c.Monitoring.UpdateOne(green).SetWarningLevel(enums.WarningLevelRed).Save(ctx)); m.WarningSeverity != 4 {
			t.Fatalf("green → red: severity %d", m.WarningSeverity)
		}
		// The severity alone is never written.
		if err := c.Monitoring.UpdateOne(blue).SetWarningSeverity(4).Exec(ctx); err == nil || !strings.Contains(err.Error(), "warning severity follows the warning level") {
			t.Fatalf("writing the severity alone: %v", err)
		}

		// Projects: the latest monitoring's level (as recordMonitoring sets
		// it); a project never monitored (severity 0) sorts last.
		for p, l := range map[int]enums.WarningLevel{w.pA.ID: enums.WarningLevelYellow, w.pA1.ID: enums.WarningLevelRed,
			w.pB.ID: enums.WarningLevelGreen, w.pC.ID: enums.WarningLevelBlue} {
			must(c.Project.UpdateOneID(p).SetWarningLevel(l).Save(ctx))
		}
		var projects struct {
			Projects struct {
				Edges []struct {
					Node struct{ Code string }
				}
			}
		}
		leader.ok(`{ projects(first: 50, orderBy: {field: WARNING_SEVERITY, direction: DESC}) { edges { node { code } } } }`, nil, &projects)
		var codes []string
		for _, e := range projects.Projects.Edges {
			codes = append(codes, e.Node.Code)
		}
		if got, want := strings.Join(codes, " "), "PA1 PA PC PB PB2"; got != want {
			t.Fatalf("projects by severity: %s, want %s", got, want)
		}
	})
}
