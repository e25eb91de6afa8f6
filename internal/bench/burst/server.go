package main

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
	"time"

	_ "github.com/lib/pq"
)

// buildServer builds the server binary the way it is shipped.
func buildServer(ctx context.Context, work string) (string, error) {
	bin := filepath.Join(work, "jixiao")
	cmd := exec.CommandContext(ctx, "go", "build", "-trimpath", "-o", bin, "./server")
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	return bin, cmd.Run()
}

// server is the server process under measurement.
type server struct {
	cmd   *exec.Cmd
	base  string        // http://127.0.0.1:port
	ready time.Duration // from start to /readyz answering (demo data loaded)
	drop  func()        // drops the database
	done  chan error
}

func (s *server) pid() int { return s.cmd.Process.Pid }

// startServer creates a fresh database (a PostgreSQL database of its own, or
// a SQLite file in its own directory), starts the server over it on a free
// loopback port and waits until it is ready: migrated, demo data loaded.
func startServer(ctx context.Context, bin, work, db string, cfg config) (*server, error) {
	dir := filepath.Join(work, db)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	port, err := freePort()
	if err != nil {
		return nil, err
	}
	env := append(os.Environ(), "JIXIAO_ADDR=127.0.0.1:"+strconv.Itoa(port), "JIXIAO_ENV=development",
		"JIXIAO_FILES_DIR="+filepath.Join(dir, "files"), "DATABASE_URL=")
	s := &server{base: "http://127.0.0.1:" + strconv.Itoa(port), drop: func() {}, done: make(chan error, 1)}
	switch db {
	case "sqlite":
	case "postgres":
		url, drop, err := createDatabase(ctx, cfg.pgURL, fmt.Sprintf("jixiao_burst_%d", os.Getpid()))
		if err != nil {
			return nil, err
		}
		s.drop = drop
		env = append(env, "DATABASE_URL="+url)
	default:
		return nil, fmt.Errorf("unknown database %q (postgres or sqlite)", db)
	}
	env = append(env, cfg.serverEnv...)
	log, err := os.Create(filepath.Join(dir, "server.log"))
	if err != nil {
		s.drop()
		return nil, err
	}
	s.cmd = exec.Command(bin)
	s.cmd.Dir, s.cmd.Env, s.cmd.Stdout, s.cmd.Stderr = dir, env, log, log
	start := time.Now()
	if err := s.cmd.Start(); err != nil {
		s.drop()
		return nil, err
	}
	go func() { s.done <- s.cmd.Wait(); log.Close() }()
	if err := s.waitReady(ctx, 10*time.Minute); err != nil {
		s.stop()
		return nil, fmt.Errorf("%w (log: %s)", err, log.Name())
	}
	s.ready = time.Since(start)
	return s, nil
}

// waitReady polls /readyz until it answers 200.
func (s *server) waitReady(ctx context.Context, limit time.Duration) error {
	deadline := time.Now().Add(limit)
	for time.Now().Before(deadline) {
		select {
		case err := <-s.done:
			s.done <- err
			return fmt.Errorf("the server stopped before it was ready: %v", err)
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(200 * time.Millisecond):
		}
		res, err := http.Get(s.base + "/readyz")
		if err == nil {
			res.Body.Close()
			if res.StatusCode == http.StatusOK {
				return nil
			}
		}
	}
	return errors.New("the server was not ready in time")
}

// stop ends the server with SIGTERM (SIGKILL after 30 s) and drops its database.
func (s *server) stop() {
	if s.cmd.Process != nil {
		s.cmd.Process.Signal(syscall.SIGTERM)
		select {
		case <-s.done:
		case <-time.After(30 * time.Second):
			s.cmd.Process.Kill()
			<-s.done
		}
	}
	s.drop()
}

// createDatabase creates database name on the PostgreSQL server of admin
// (dropping a leftover of that name) and returns its URL and its drop.
func createDatabase(ctx context.Context, admin, name string) (string, func(), error) {
	db, err := sql.Open("postgres", admin)
	if err != nil {
		return "", nil, err
	}
	if _, err := db.ExecContext(ctx, "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)"); err != nil {
		db.Close()
		return "", nil, err
	}
	if _, err := db.ExecContext(ctx, "CREATE DATABASE "+name); err != nil {
		db.Close()
		return "", nil, err
	}
	u, err := url.Parse(admin)
	if err != nil {
		db.Close()
		return "", nil, err
	}
	u.Path = "/" + name
	drop := func() {
		db.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")
		db.Close()
	}
	return u.String(), drop, nil
}

// freePort asks the kernel for a free loopback port.
func freePort() (int, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port, nil
}
