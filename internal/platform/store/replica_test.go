package store_test

import (
	"context"
	"database/sql"
	"fmt"
	"net"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"jixiao/ent/department"
	"jixiao/ent/privacy"
	"jixiao/internal/domain/auth"
	"jixiao/internal/domain/enums"
	"jixiao/internal/platform/store"
)

// TestReplicaReadYourWrites runs against a real streaming-replication
// standby: a throw-away primary (initdb) and a standby made from it with
// pg_basebackup, on two free ports. Opt-in (JIXIAO_TEST_REPLICA=1): it
// starts two PostgreSQL servers, which takes a while and, as root, needs
// the postgres OS user.
func TestReplicaReadYourWrites(t *testing.T) {
	if os.Getenv("JIXIAO_TEST_REPLICA") != "1" {
		t.Skip("set JIXIAO_TEST_REPLICA=1 to start a primary and a standby (PostgreSQL binaries in /usr/lib/postgresql/*/bin)")
	}
	primaryURL, standbyURL := startPrimaryAndStandby(t)
	ctx := context.Background()
	db, err := store.Open(ctx, primaryURL, store.Options{ReplicaURL: standbyURL})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	standby, err := sql.Open("postgres", standbyURL)
	if err != nil {
		t.Fatal(err)
	}
	defer standby.Close()

	const writer, other = 1, 2
	sys := auth.ByWorkflow(privacy.DecisionContext(ctx, privacy.Allow))
	// The migrations are the last write anyone made: wait until replayed.
	if err := db.Replica.Wrote(ctx, writer); err != nil {
		t.Fatal(err)
	}
	waitFresh(t, db.Replica, writer)

	// Replay stops: whatever is written now is on the primary only.
	if _, err := standby.Exec("SELECT pg_wal_replay_pause()"); err != nil {
		t.Fatal(err)
	}
	if err := db.Client.Department.Create().SetCode("R01").SetName("市财政局").SetRegion("市本级").
		SetSector(enums.SectorEducation).Exec(sys); err != nil {
		t.Fatal(err)
	}
	if err := db.Replica.Wrote(ctx, writer); err != nil {
		t.Fatal(err)
	}
	count := func(ctx context.Context) int {
		n, err := db.Client.Department.Query().Where(department.Code("R01")).Count(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	if db.Replica.Fresh(ctx, writer) {
		t.Fatal("the writer may read from a standby that has not replayed the write")
	}
	if got := count(sys); got != 1 {
		t.Fatalf("the writer's read (primary) sees %d departments R01, want 1", got)
	}
	if !db.Replica.Fresh(ctx, other) {
		t.Fatal("a user who wrote nothing is sent to the primary")
	}
	if got := count(store.ReadFromReplica(sys)); got != 0 {
		t.Fatalf("a read marked for the standby sees %d departments R01; the paused standby has none: it did not go there", got)
	}

	if _, err := standby.Exec("SELECT pg_wal_replay_resume()"); err != nil {
		t.Fatal(err)
	}
	waitFresh(t, db.Replica, writer)
	if got := count(store.ReadFromReplica(sys)); got != 1 {
		t.Fatalf("after replay the standby sees %d departments R01, want 1", got)
	}
}

// waitFresh waits until the standby has replayed user's last write.
func waitFresh(t *testing.T, r *store.Replica, user int) {
	t.Helper()
	deadline := time.Now().Add(2 * time.Minute)
	for !r.Fresh(context.Background(), user) {
		if time.Now().After(deadline) {
			t.Fatal("the standby did not replay the write within 2 minutes")
		}
		time.Sleep(20 * time.Millisecond) // polling a condition, not waiting for time to pass
	}
}

// startPrimaryAndStandby starts a primary and its standby and returns their URLs.
func startPrimaryAndStandby(t *testing.T) (primaryURL, standbyURL string) {
	t.Helper()
	bins, _ := filepath.Glob("/usr/lib/postgresql/*/bin/pg_basebackup")
	if len(bins) == 0 {
		t.Skip("no PostgreSQL server binaries in /usr/lib/postgresql/*/bin: replica test skipped")
	}
	bin := filepath.Dir(bins[len(bins)-1])
	// initdb and postgres refuse to run as root: run them as postgres.
	var prefix []string
	if os.Geteuid() == 0 {
		if _, err := user.Lookup("postgres"); err != nil {
			t.Skip("running as root without a postgres OS user: replica test skipped")
		}
		prefix = []string{"runuser", "-u", "postgres", "--"}
	}
	dir, err := os.MkdirTemp("", "jixiao-replica-")
	if err != nil {
		t.Fatal(err)
	}
	os.Chmod(dir, 0o777)
	run := func(name string, args ...string) {
		t.Helper()
		argv := append(append(append([]string{}, prefix...), filepath.Join(bin, name)), args...)
		out, err := exec.Command(argv[0], argv[1:]...).CombinedOutput()
		if err != nil {
			t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, out)
		}
	}
	p1, p2 := freePort(t), freePort(t)
	primary, standby := filepath.Join(dir, "primary"), filepath.Join(dir, "standby")
	opts := func(port int) string {
		return fmt.Sprintf("-p %d -k %s -c listen_addresses=127.0.0.1 -c fsync=off -c wal_level=replica -c max_wal_senders=4", port, dir)
	}
	run("initdb", "-D", primary, "-U", "postgres", "--auth=trust", "--no-sync")
	run("pg_ctl", "-D", primary, "-o", opts(p1), "-l", filepath.Join(dir, "primary.log"), "-w", "start")
	t.Cleanup(func() {
		for _, d := range []string{standby, primary} {
			argv := append(append(append([]string{}, prefix...), filepath.Join(bin, "pg_ctl")), "-D", d, "-m", "immediate", "stop")
			exec.Command(argv[0], argv[1:]...).Run()
		}
		os.RemoveAll(dir)
	})
	run("createdb", "-h", "127.0.0.1", "-p", fmt.Sprint(p1), "-U", "postgres", "jixiao")
	run("pg_basebackup", "-h", "127.0.0.1", "-p", fmt.Sprint(p1), "-U", "postgres", "-D", standby, "-R", "-X", "stream", "--no-sync")
	run("pg_ctl", "-D", standby, "-o", opts(p2), "-l", filepath.Join(dir, "standby.log"), "-w", "start")
	url := func(port int) string {
		return fmt.Sprintf("postgres://postgres@127.0.0.1:%d/jixiao?sslmode=disable", port)
	}
	return url(p1), url(p2)
}

func freePort(t *testing.T) int {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}
