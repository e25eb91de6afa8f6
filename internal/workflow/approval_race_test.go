package workflow_test

import (
	"context"
	"database/sql"
	"testing"
	"time"

	_ "github.com/lib/pq"

	"jixiao/ent"
	"jixiao/internal/domain/enums"
	"jixiao/internal/domain/money"
	"jixiao/internal/testdb"
)

// TestApprovalQueuesBehindAnAllocation (三同步, PostgreSQL only: SQLite has
// one writer at a time, so the race cannot happen there). An allocation is
// recorded in a transaction still open when finance approves the project's
// target: the approval must wait for it and then see it. Without the
// project-row lock the approval read the old sum, approved 120,000.00 and
// the project ended with 130,000.00 allocated. The test waits for a
// condition (the approval blocked on a lock, or finished), never for a time.
func TestApprovalQueuesBehindAnAllocation(t *testing.T) {
	url := testdb.PostgresURL(t)
	w := newWorld(t, url)
	// 100,000.00 allocated already; the department asks for 120,000.00.
	draft, err := w.wf.Targets.Declare(w.dept, ent.CreateTargetInput{FiscalYear: 2025, Goal: "改造学校", ProjectID: &w.proj,
		DepartmentID: w.department, RequestedAmount: ptr(money.Money(12_000_000))}, indicatorsOK(10))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.wf.Targets.Submit(w.dept, draft.ID, 0); err != nil {
		t.Fatal(err)
	}
	fundID := w.c.Allocation.Query().FirstX(w.fixture).FundID

	// 30,000.00 more, recorded but not yet committed.
	alloc, err := w.c.Tx(w.fixture)
	if err != nil {
		t.Fatal(err)
	}
	defer alloc.Rollback()
	if _, err := w.wf.Money.RecordAllocation(ent.NewContext(w.fixture, alloc.Client()),
		ent.CreateAllocationInput{FiscalYear: 2025, InitialAmount: 3_000_000, FundID: fundID, ProjectID: w.proj}); err != nil {
		t.Fatal(err)
	}

	approval := make(chan error, 1)
	go func() {
		tx, err := w.c.Tx(context.Background())
		if err != nil {
			approval <- err
			return
		}
		_, err = w.wf.Targets.Approve(ent.NewContext(w.reviewer, tx.Client()), draft.ID, 1, enums.GradeGood, "知悉", true, nil)
		if err != nil {
			tx.Rollback()
			approval <- err
			return
		}
		approval <- tx.Commit()
	}()

	// Wait until the approval either finished (it did not wait) or is
	// blocked on a lock held by the open allocation.
	watch, err := sql.Open("postgres", url)
	if err != nil {
		t.Fatal(err)
	}
	defer watch.Close()
	hang := time.After(5 * time.Minute) // a bound on a hang, not a timing
	for blocked := false; !blocked; {
		select {
		case done := <-approval:
			t.Fatalf("the approval did not wait for the allocation in flight (it ended with %v)", done)
		case <-hang:
			t.Fatal("the approval neither finished nor waited on a lock")
		default:
			var waiting int
			if err := watch.QueryRow("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'").Scan(&waiting); err != nil {
				t.Fatal(err)
			}
			blocked = waiting > 0
			if !blocked {
				time.Sleep(5 * time.Millisecond) // polling the condition above
			}
		}
	}
	if err := alloc.Commit(); err != nil {
		t.Fatal(err)
	}
	err = <-approval
	// It saw 130,000.00 allocated against 120,000.00 requested: refused (BUDGET_SYNC).
	if err == nil {
		t.Fatal("approved although more is allocated than requested")
	}
	if got := w.c.Target.GetX(w.fixture, draft.ID); got.Status != "SUBMITTED" || got.ApprovedAmount != nil {
		t.Fatalf("target after the refused approval: %s %v", got.Status, got.ApprovedAmount)
	}
}
