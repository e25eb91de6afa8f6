#!/usr/bin/env bash
# Jixiao's benchmark (make bench): for each data set (city, province) it
#   1. creates the database jixiao_bench_<size> and loads the data set with the
#      demo generator, which also builds the analytics summaries (skipped when
#      it is already loaded; REGENERATE=1 reloads), then runs VACUUM ANALYZE;
#   2. starts the server on 127.0.0.1 with DATABASE_URL;
#   3. runs the load generator (internal/bench/load): the drill-down (department →
#      projects(first: 50) → targets → indicators) and the comparison
#      (departmentStats over all departments of the year: the first page of
#      the ranking, and every department's row) at 1 and 16 clients, each
#      as served (repeats answered by the query cache), as served while an
#      administrator writes every second, and computed for every request
#      (Cache-Control: no-cache);
#   4. runs the same comparison aggregate through pgbench in the same run: as
#      raw SQL over the base tables, and as the statement over the summaries;
# and prints one table with requests/s, p50, p99 and the ratios.
#
# Environment: SIZES ("city province"), YEAR (2025), CLIENTS ("1 16"),
# DURATION (seconds per run, 20), REQUESTS (most requests per run, 20000),
# PGHOST/PGPORT/PGUSER (127.0.0.1/5432/postgres), PORT (the first port tried
# for the server, 18090; the first free one from there is used), REGENERATE,
# REBUILD (1: rebuild the summaries of an existing data set), SERVER_GOGC
# (the server's GOGC; unset = the server's own default, 400).
set -euo pipefail
cd "$(dirname "$0")/../.."

SIZES=${SIZES:-"city province"}
YEAR=${YEAR:-2025}
CLIENTS=${CLIENTS:-"1 16"}
DURATION=${DURATION:-20}
REQUESTS=${REQUESTS:-20000}
PORT=${PORT:-18090}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}

for tool in go psql pgbench curl; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is missing (pgbench: apt-get install postgresql-contrib)" >&2; exit 1; }
done
[ -d internal/demo/cmd/generate ] || { echo "bench: the data generator internal/demo/cmd/generate is not there yet" >&2; exit 1; }

WORK=$(mktemp -d /tmp/jixiao-bench.XXXXXX)
SERVER_PID=
cleanup() {
  if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

echo "== building the server, the load generator and the summary rebuild"
go build -o "$WORK/jixiao" ./server
go build -o "$WORK/load" ./internal/bench/load
go build -o "$WORK/rebuild" ./internal/bench/rebuild
go build -o "$WORK/generate" ./internal/demo/cmd/generate

dburl() { echo "postgres://$PGUSER@$PGHOST:$PGPORT/$1?sslmode=disable"; }
RESULTS=$WORK/results.txt
: >"$RESULTS"

# free_port: the first port from $PORT on that nothing listens on.
free_port() {
  local p
  for p in $(seq "$PORT" $((PORT + 100))); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return 0; fi
  done
  echo "bench: no free port from $PORT on" >&2; return 1
}

# pct FILE P: the P-th percentile (0..1) of the numbers in FILE, one a line.
pct() { sort -n "$1" | awk -v p="$2" '{a[NR]=$1} END {i=int(NR*p+0.5); if (i<1) i=1; if (i>NR) i=NR; printf "%.2f", a[i]}'; }

for SIZE in $SIZES; do
  DB=jixiao_bench_$SIZE
  URL=$(dburl "$DB")
  loaded=$(psql -d "$DB" -tAc "SELECT count(*) FROM projects" 2>/dev/null || echo 0)
  if [ "${REGENERATE:-}" = 1 ] || [ "${loaded:-0}" = 0 ]; then
    echo "== $SIZE: creating $DB and generating the data set"
    psql -d postgres -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
    start=$(date +%s)
    "$WORK/generate" --size "$SIZE" --database-url "$URL"
    echo "   generated in $(( $(date +%s) - start )) s"
  else
    echo "== $SIZE: $DB already holds $loaded projects (REGENERATE=1 reloads)"
  fi
  # The generator rebuilds the analytics summaries in its own transaction;
  # REBUILD=1 does it again (e.g. after changing the summary SQL).
  if [ "${REBUILD:-}" = 1 ]; then "$WORK/rebuild" -database-url "$URL"; fi
  psql -d "$DB" -qc "VACUUM ANALYZE"
  psql -d "$DB" -tAc "SELECT 'rows: ' || (SELECT count(*) FROM departments) || ' departments, ' || (SELECT count(*) FROM projects) || ' projects, ' || (SELECT count(*) FROM indicators) || ' indicators, ' || (SELECT count(*) FROM disbursements) || ' disbursements'"

  P=$(free_port)
  echo "== $SIZE: starting the server on 127.0.0.1:$P"
  env DATABASE_URL="$URL" JIXIAO_ADDR=127.0.0.1:$P JIXIAO_ENV=production ${SERVER_GOGC:+GOGC=$SERVER_GOGC} \
    "$WORK/jixiao" >"$WORK/server-$SIZE.log" 2>&1 &
  SERVER_PID=$!
  ready=
  for _ in $(seq 1 120); do
    kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/server-$SIZE.log" >&2; exit 1; }
    if curl -fsS "http://127.0.0.1:$P/readyz" >/dev/null 2>&1; then ready=1; break; fi
    sleep 0.5
  done
  # The answer must come from this server, not from another one on the port.
  if [ -z "$ready" ] || ! ss -ltnp 2>/dev/null | grep ":$P " | grep -q "pid=$SERVER_PID,"; then
    echo "bench: the server did not come up on 127.0.0.1:$P" >&2; cat "$WORK/server-$SIZE.log" >&2; exit 1
  fi

  # Each scenario as served (the query cache answers repeated queries),
  # computed for every request (Cache-Control: no-cache), and as served while
  # an administrator changes the data every second (each write empties the cache).
  for SCENARIO in drilldown comparison comparison-all; do
    for MODE in "" "-no-cache" "-write-every 1s"; do
      if [ "$SCENARIO" = comparison-all ] && [ -n "$MODE" ] && [ "$MODE" != -no-cache ]; then continue; fi
      echo "== $SIZE: $SCENARIO${MODE:+ ($MODE)} at ${CLIENTS// /, } client(s)"
      "$WORK/load" -url "http://127.0.0.1:$P/graphql" -scenario "$SCENARIO" -year "$YEAR" $MODE \
        -clients "${CLIENTS// /,}" -duration "${DURATION}s" -requests "$REQUESTS" | tee -a "$WORK/load.txt" |
        sed -n 's/^RESULT //p' | while read -r line; do echo "size=$SIZE $line" >>"$RESULTS"; done
    done
  done
  kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=

  for SQL in raw summaries; do
    for C in $CLIENTS; do
      echo "== $SIZE: pgbench, comparison as $SQL SQL, $C client(s)"
      rm -f "$WORK"/pgb.*
      J=$(( C < 2 ? C : 2 ))
      out=$(cd "$WORK" && pgbench -n -f "$OLDPWD/internal/bench/sql/departmentstats_$SQL.sql" -D year="$YEAR" \
        -c "$C" -j "$J" -T "$DURATION" -l --log-prefix=pgb "$DB" 2>&1) || { echo "$out" >&2; exit 1; }
      cat "$WORK"/pgb.* | awk '{print $3/1000}' >"$WORK/lat.txt"
      n=$(wc -l <"$WORK/lat.txt")
      tps=$(echo "$out" | sed -n 's/^tps = \([0-9.]*\).*/\1/p' | head -1)
      echo "size=$SIZE scenario=sql_$SQL clients=$C requests=$n rps=$tps p50_ms=$(pct "$WORK/lat.txt" 0.5) p99_ms=$(pct "$WORK/lat.txt" 0.99)" >>"$RESULTS"
    done
  done
done

echo
echo "== results (year $YEAR, ${DURATION}s or $REQUESTS requests per run, $(nproc) cores, server GOGC=${SERVER_GOGC:-400}, load average $(cut -d' ' -f1-3 /proc/loadavg))"
awk '
  { for (i = 1; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
    k = v["size"] SUBSEP v["scenario"] SUBSEP v["clients"]
    rps[k] = v["rps"]; p50[k] = v["p50_ms"]; p99[k] = v["p99_ms"]; n[k] = v["requests"]
    if (!(v["size"] in seen)) { seen[v["size"]] = 1; sizes[++ns] = v["size"] }
    if (!(v["clients"] in cseen)) { cseen[v["clients"]] = 1; cl[++nc] = v["clients"] } }
  END {
    nq = split("drilldown drilldown-writes drilldown-uncached comparison comparison-writes comparison-uncached comparison-all comparison-all-uncached sql_raw sql_summaries", sc, " ")
    name["drilldown"] = "drill-down (API)"; name["comparison"] = "comparison, first page of 100 (API)"
    name["comparison-all"] = "comparison, every department (API)"
    name["drilldown-uncached"] = "drill-down (API, no-cache)"; name["comparison-uncached"] = "comparison, first page (API, no-cache)"
    name["comparison-all-uncached"] = "comparison, every department (API, no-cache)"
    name["drilldown-writes"] = "drill-down (API, a write every second)"; name["comparison-writes"] = "comparison, first page (API, a write/s)"
    name["sql_raw"] = "comparison, raw SQL on base tables (pgbench)"; name["sql_summaries"] = "comparison, SQL on summaries (pgbench)"
    printf "%-9s %-46s %7s %9s %10s %10s %14s\n", "data set", "query", "clients", "req/s", "p50 ms", "p99 ms", "p50 vs raw SQL"
    for (s = 1; s <= ns; s++) for (q = 1; q <= nq; q++) for (c = 1; c <= nc; c++) {
      k = sizes[s] SUBSEP sc[q] SUBSEP cl[c]; if (!(k in rps)) continue
      r = ""; raw = sizes[s] SUBSEP "sql_raw" SUBSEP cl[c]
      if (sc[q] !~ /^drilldown/ && sc[q] != "sql_raw" && (raw in p50) && p50[raw] > 0) r = sprintf("%.2f×", p50[k] / p50[raw])
      printf "%-9s %-46s %7s %9.1f %10.2f %10.2f %14s\n", sizes[s], name[sc[q]], cl[c], rps[k], p50[k], p99[k], r
    }
    if (("city" SUBSEP "drilldown" SUBSEP cl[1]) in p50 && ("province" SUBSEP "drilldown" SUBSEP cl[1]) in p50) {
      printf "\npage latency, province ÷ city (p50):"
      for (q = 1; q <= 6; q++) for (c = 1; c <= nc; c++) {
        a = "city" SUBSEP sc[q] SUBSEP cl[c]; b = "province" SUBSEP sc[q] SUBSEP cl[c]
        if ((a in p50) && (b in p50)) printf "\n  %-46s %3s client(s) %.2f×", name[sc[q]], cl[c], p50[b] / p50[a]
      }
      printf "\n"
    }
  }' "$RESULTS"
