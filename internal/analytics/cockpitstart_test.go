package analytics_test

import (
	"context"
	"encoding/json"
	"fmt"
	"testing"
	"time"

	"jixiao/ent/evaluation"
	"jixiao/ent/project"
	"jixiao/internal/analytics"
	"jixiao/internal/domain/auth"
	"jixiao/internal/domain/enums"
	"jixiao/internal/testdb"
)

// TestLatestYearWithResults: dashboards open on the latest year the viewer
// can see a scored evaluation for, else the latest year of its projects, else
// this year in Beijing; what another department has does not count.
func TestLatestYearWithResults(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		db, _ := open(t, url)
		c := db.Client
		w := seed(t, c)
		ctx := asAdmin()
		dep := func(code string) int {
			return must(c.Department.Create().SetCode(code).SetName("部门" + code).SetRegion("县一").SetSector(enums.SectorHealth).Save(ctx)).ID
		}
		n := 0
		proj := func(d, year int) int {
			n++
			return must(c.Project.Create().SetCode(fmt.Sprintf("LY%d", n)).SetName("项目").SetDepartmentID(d).SetFiscalYear(year).
				SetCategory(project.CategorySpecialBusiness).SetSector(enums.SectorHealth).Save(ctx)).ID
		}
		// D: scored in 2024, a later project (2026) without results yet.
		d := dep("D")
		pd := proj(d, 2024)
		proj(d, 2026)
		must(c.Evaluation.Create().SetDepartmentID(d).SetProjectID(pd).SetFiscalYear(2024).SetKind(evaluation.KindSelf).SetScheme("SELF").
			SetStatus(evaluation.StatusSubmitted).SetTotalScore(dec("81")).SetGrade(enums.GradeGood).Save(ctx))
		// E: a 2023 project, nothing scored. F: nothing at all.
		e := dep("E")
		proj(e, 2023)
		f := dep("F")
		clock := time.Date(2031, 12, 31, 16, 30, 0, 0, time.UTC) // 2032-01-01 00:30 in Beijing
		deptUser := func(id int) context.Context {
			return analytics.WithClock(auth.NewContext(context.Background(), &auth.Viewer{UserID: 9, Role: enums.RoleDepartmentUser,
				DepartmentID: id, Departments: []int{id}}), clock)
		}
		for _, tc := range []struct {
			name string
			ctx  context.Context
			want int
		}{
			{"finance admin: the city's latest scored year", analytics.WithClock(asAdmin(), clock), 2025},
			{"department scored in 2024, with a 2026 project", deptUser(d), 2024},
			{"department with a 2023 project, nothing scored", deptUser(e), 2023},
			{"department with nothing: this year in Beijing", deptUser(f), 2032},
			{"county health bureau B", deptUser(w.B.ID), 2025},
		} {
			got, err := analytics.LatestYearWithResults(tc.ctx, c)
			if err != nil {
				t.Fatal(err)
			}
			if got != tc.want {
				t.Errorf("%s: %d, want %d", tc.name, got, tc.want)
			}
		}
	})
}

// TestCockpitStartAnswersAsItsParts: cockpitStart gives in one request what
// latestFiscalYear, then overview and regionStats of that year give (the
// start-up script hands its parts to the page's own queries), for the whole
// city and for a department user.
func TestCockpitStartAnswersAsItsParts(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		db, counter := open(t, url)
		w := seed(t, db.Client)
		base := newAPI(t, db, counter)
		const overview = `{ fiscalYear departmentCount projectCount budget paid executionRate timeProgress executionWarning evaluationCount
			averageScore redWarnings yellowWarnings overdueRectifications gradeCounts { excellent good fair poor }
			months { month paid paidToDate executionRate timeProgress } }`
		const regions = `{ region departmentCount budget executionRate averageScore }`
		for _, viewer := range []*api{base.as("leader", enums.RoleLeader, nil), base.as("dept", enums.RoleDepartmentUser, &w.A.ID)} {
			var start struct {
				CockpitStart struct {
					FiscalYear  int
					Overview    json.RawMessage
					RegionStats json.RawMessage
				}
			}
			viewer.ok(`{ cockpitStart { fiscalYear overview `+overview+` regionStats `+regions+` } }`, nil, &start)
			var year struct{ LatestFiscalYear int }
			viewer.ok(`{ latestFiscalYear }`, nil, &year)
			var parts struct{ Overview, RegionStats json.RawMessage }
			viewer.ok(`query($y: Int!) { overview(fiscalYear: $y) `+overview+` regionStats(fiscalYear: $y) `+regions+` }`,
				map[string]any{"y": year.LatestFiscalYear}, &parts)
			s := start.CockpitStart
			if s.FiscalYear != 2025 || year.LatestFiscalYear != 2025 {
				t.Errorf("cockpitStart opens on %d, latestFiscalYear %d; want 2025", s.FiscalYear, year.LatestFiscalYear)
			}
			if string(s.Overview) != string(parts.Overview) || string(s.RegionStats) != string(parts.RegionStats) {
				t.Errorf("cockpitStart differs from its parts:\n%s\n%s\nvs\n%s\n%s", s.Overview, s.RegionStats, parts.Overview, parts.RegionStats)
			}
			if len(s.RegionStats) < 10 || string(s.Overview) == "null" {
				t.Errorf("nothing to compare: %s %s", s.Overview, s.RegionStats)
			}
		}
	})
}
