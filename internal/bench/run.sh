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
#   4. runs every page of the product with the SPA's own operations (read from
#      frontend/src: the cockpit's Overview, DrillRegions and Coverage, the
#      comparison's table page, ranking bars and chart, an API client's first
#      page of the ranking, the whole ranking (the comparison's export), the
#      drill-down's departments, projects and indicators levels), computed
#      (Cache-Control: no-cache), at 1 and 16 clients, for the province ÷ city
#      p50 of each page;
#   5. the peer (when PostGraphile is installed in $PEER_DIR, see
#      internal/bench/peer/README.md): starts PostGraphile v5 on the same
#      database, checks that it and Jixiao answer the drill-down and the
#      comparison with the same rows (and the raw SQL statement too), then runs
#      Jixiao computed, Jixiao served, PostGraphile and raw SQL (pgbench)
#      INTERLEAVED, A B C D A B C D … ($PEER_ROUNDS rounds of $DURATION s each)
#      with wrk at 16 and 1 clients; ALT_TREE=<a worktree> adds that tree's
#      server build as one more interleaved target;
#   6. runs the same comparison aggregate through pgbench in the same run: as
#      raw SQL over the base tables, and as the statement over the summaries;
# and prints one table with requests/s, p50, p99 and the ratios.
#
# Environment: SIZES ("city province"), YEAR (2025), CLIENTS ("1 16"),
# DURATION (seconds per run, 20), REQUESTS (most requests per run, 20000),
# PGHOST/PGPORT/PGUSER (127.0.0.1/5432/postgres), PORT (the first port tried
# for the server, 18090; the first free one from there is used), REGENERATE,
# REBUILD (1: rebuild the summaries of an existing data set), SERVER_GOGC
# (the server's GOGC; unset = the server's own default, 400), PARTS (which
# parts run: "api pages peer sql"), PEER_DIR (where PostGraphile is installed:
# <dir>/pgl and <dir>/node22; default ./peer, gitignored), PEER_INSTALL=1
# (install it there with npm first), PEER_ROUNDS (3), PEER_CLIENTS ("16 1"),
# ALT_TREE (a second checkout whose server is measured beside this one's).
set -euo pipefail
cd "$(dirname "$0")/../.."

SIZES=${SIZES:-"city province"}
YEAR=${YEAR:-2025}
CLIENTS=${CLIENTS:-"1 16"}
DURATION=${DURATION:-20}
REQUESTS=${REQUESTS:-20000}
PORT=${PORT:-18090}
PARTS=${PARTS:-"api pages peer sql"}
PEER_DIR=${PEER_DIR:-peer}
PEER_ROUNDS=${PEER_ROUNDS:-3}
PEER_CLIENTS=${PEER_CLIENTS:-"16 1"}
SPA=${SPA:-frontend/src} # where the pages' operations are read from
PAGES=${PAGES:-"cockpit-overview cockpit-regions cockpit-coverage comparison-table comparison-bars comparison-chart ranking ranking-all drill-departments drill-projects drill-indicators"}
has() { case " $PARTS " in *" $1 "*) return 0 ;; esac; return 1; }
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}

for tool in go psql pgbench curl; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is missing (pgbench: apt-get install postgresql-contrib)" >&2; exit 1; }
done
[ -d internal/demo/cmd/generate ] || { echo "bench: the data generator internal/demo/cmd/generate is not there yet" >&2; exit 1; }

WORK=$(mktemp -d /tmp/jixiao-bench.XXXXXX)
SERVER_PID=
ALT_PID=
PEER_PID=
stop() { if [ -n "$1" ]; then kill "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; fi; }
cleanup() {
  stop "$SERVER_PID"; stop "$ALT_PID"; stop "$PEER_PID"
  rm -rf "$WORK"
}
trap cleanup EXIT

echo "== building the server, the load generator and the summary rebuild"
go build -o "$WORK/jixiao" ./server
go build -o "$WORK/load" ./internal/bench/load
go build -o "$WORK/rebuild" ./internal/bench/rebuild
go build -o "$WORK/generate" ./internal/demo/cmd/generate
if [ -n "${ALT_TREE:-}" ]; then
  (cd "$ALT_TREE" && go build -o "$WORK/jixiao-alt" ./server)
  ALT_COMMIT=${ALT_COMMIT:-$(git -C "$ALT_TREE" log -1 --format='%h %s' 2>/dev/null | cut -c1-70)}
  echo "   also measuring $ALT_TREE at $ALT_COMMIT"
fi

# The peer: PostGraphile v5 (npm only: Node 22 from npm's node package).
PEER=
if has peer; then
  PEER_DIR=$(mkdir -p "$PEER_DIR" 2>/dev/null; cd "$PEER_DIR" 2>/dev/null && pwd || echo "$PEER_DIR")
  if [ "${PEER_INSTALL:-}" = 1 ] && [ ! -x "$PEER_DIR/pgl/node_modules/.bin/postgraphile" ]; then
    echo "== installing PostGraphile into $PEER_DIR (npm)"
    mkdir -p "$PEER_DIR/node22" "$PEER_DIR/pgl"
    (cd "$PEER_DIR/node22" && npm install --no-audit --no-fund node@22.23.3)
    cp internal/bench/peer/graphile.config.mjs internal/bench/peer/package.json internal/bench/peer/run-v5.sh "$PEER_DIR/pgl/"
    (cd "$PEER_DIR/pgl" && npm install --no-audit --no-fund)
  fi
  if [ -f "$PEER_DIR/pgl/node_modules/postgraphile/dist/cli-run.js" ] && [ -x "$PEER_DIR/node22/node_modules/node/bin/node" ]; then
    cp internal/bench/peer/graphile.config.mjs internal/bench/peer/run-v5.sh "$PEER_DIR/pgl/"
    PEER=$PEER_DIR/pgl
    for tool in wrk jq; do
      command -v "$tool" >/dev/null || { echo "bench: $tool is missing for the peer comparison (apt-get install $tool)" >&2; exit 1; }
    done
  else
    echo "== peer skipped: PostGraphile not installed in $PEER_DIR (PEER_DIR=<dir>; PEER_INSTALL=1 installs it with npm; see internal/bench/peer/README.md)"
  fi
fi

dburl() { echo "postgres://$PGUSER@$PGHOST:$PGPORT/$1?sslmode=disable"; }
# RESULTS_FILE=<file> keeps the results there, added to what it holds, and the
# tables are printed over all of it (e.g. the city and the province measured
# by two runs); the peer's go to <file>.peer.
RESULTS=${RESULTS_FILE:-$WORK/results.txt}
[ -n "${RESULTS_FILE:-}" ] || : >"$RESULTS"

# free_port [FROM]: the first port from FROM (default $PORT) on that nothing listens on.
free_port() {
  local p from=${1:-$PORT}
  for p in $(seq "$from" $((from + 100))); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return 0; fi
  done
  echo "bench: no free port from $from on" >&2; return 1
}

# wait_up PID PORT LOG CHECK…: waits until CHECK (a command) succeeds and PID
# listens on PORT; the answer must come from this process, not another one on the port.
wait_up() {
  local pid=$1 p=$2 log=$3 ready=; shift 3
  for _ in $(seq 1 240); do
    kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; return 1; }
    if "$@" >/dev/null 2>&1; then ready=1; break; fi
    sleep 0.5
  done
  if [ -z "$ready" ] || ! ss -ltnp 2>/dev/null | grep ":$p " | grep -q "pid=$pid,"; then
    echo "bench: $log: nothing came up on 127.0.0.1:$p" >&2; cat "$log" >&2; return 1
  fi
}

# start_jixiao BIN PORT LOG: a Jixiao server on the data set's database; sets STARTED.
start_jixiao() {
  env DATABASE_URL="$URL" JIXIAO_ADDR=127.0.0.1:$2 JIXIAO_ENV=production ${SERVER_GOGC:+GOGC=$SERVER_GOGC} \
    "$1" >"$3" 2>&1 &
  STARTED=$!
  wait_up "$STARTED" "$2" "$3" curl -fsS "http://127.0.0.1:$2/readyz"
}

# pct FILE P: the P-th percentile (0..1) of the numbers in FILE, one a line.
pct() { sort -n "$1" | awk -v p="$2" '{a[NR]=$1} END {i=int(NR*p+0.5); if (i<1) i=1; if (i>NR) i=NR; printf "%.2f", a[i]}'; }

# ---- the peer: PostGraphile v5 and raw SQL beside Jixiao, interleaved -------
PEER_RESULTS=${RESULTS_FILE:+$RESULTS_FILE.peer}
PEER_RESULTS=${PEER_RESULTS:-$WORK/peer.txt}
[ -n "${RESULTS_FILE:-}" ] || : >"$PEER_RESULTS"
KIT=internal/bench/peer

# gql URL BODYFILE [no-cache]: one GraphQL request's answer, with the session token.
gql() {
  curl -fsS -H 'Content-Type: application/json' ${TOKEN:+-H "Authorization: Bearer $TOKEN"} \
    ${3:+-H 'Cache-Control: no-cache'} --data-binary "@$2" "$1"
}

# jx_rows URL: "department project-count" of every department in Jixiao's
# comparison (all pages), sorted.
jx_rows() {
  local after=null page=0 out
  while :; do
    jq -n --rawfile q "$KIT/jx-cmp.graphql" --argjson y "$YEAR" --argjson a "$after" \
      '{query: $q, variables: {year: $y, first: 100, after: $a}}' >"$WORK/jx-page.json"
    out=$(gql "$1" "$WORK/jx-page.json" no-cache)
    echo "$out" | jq -r '.data.departmentStats.edges[].node | "\(.department.id) \(.projectCount)"'
    [ "$(echo "$out" | jq -r .data.departmentStats.pageInfo.hasNextPage)" = true ] || break
    after=$(echo "$out" | jq -c .data.departmentStats.pageInfo.endCursor)
    page=$((page + 1)); [ $page -lt 1000 ] || break
  done | sort
}

# same WHAT A B: A and B must be equal files.
same() {
  if cmp -s "$2" "$3"; then echo "   $1: the same $(wc -l <"$2") rows"; return 0; fi
  echo "   $1: the answers DIFFER ($(wc -l <"$2") against $(wc -l <"$3") rows; first differences below)" >&2
  diff "$2" "$3" | head -5 >&2
  return 1
}

# measure SIZE QUERY TARGET CLIENTS SECONDS [record]: one wrk or pgbench run;
# with record, a line in $PEER_RESULTS.
measure() {
  local q=$2 t=$3 c=$4 d=$5 j line url body nocache= tokens=$TOKENS
  j=$(( c < 2 ? c : 2 ))
  if [ "$t" = raw ]; then
    rm -f "$WORK"/rawlog.*
    out=$(cd "$WORK" && pgbench -n -f "$OLDPWD/$KIT/raw-$q.sql" -D id="$DEPT" -D year="$YEAR" \
      -c "$c" -j "$j" -T "$d" -l --log-prefix=rawlog "$DB" 2>&1) || { echo "$out" >&2; return 1; }
    cat "$WORK"/rawlog.* | awk '{print $3/1000}' >"$WORK/rawlat.txt"
    line="rps=$(echo "$out" | sed -n 's/^tps = \([0-9.]*\).*/\1/p' | head -1) p50_ms=$(pct "$WORK/rawlat.txt" 0.5) p99_ms=$(pct "$WORK/rawlat.txt" 0.99) n=$(wc -l <"$WORK/rawlat.txt") errors=0 socket_errors=0"
  else
    case $t in
      jixiao) url=http://127.0.0.1:$P/graphql body=$WORK/jx-$q.json nocache=1 ;;
      jixiao-served) url=http://127.0.0.1:$P/graphql body=$WORK/jx-$q.json ;;
      alt) url=http://127.0.0.1:$AP/graphql body=$WORK/jx-$q.json nocache=1 ;;
      postgraphile) url=http://127.0.0.1:$PP/graphql body=$WORK/pgl-$q.json tokens= ;;
    esac
    line=$(BODY_FILE=$body AUTH_TOKENS=$tokens NOCACHE=$nocache wrk -t"$c" -c"$c" -d"${d}s" --timeout 30s -s "$KIT/gql.lua" "$url" |
      sed -n 's/^RESULT //p')
    case $line in *" errors=0 socket_errors=0"*) ;; *) echo "bench: $t $q: failed requests: $line" >&2; return 1 ;; esac
  fi
  if [ -n "${6:-}" ]; then echo "size=$1 query=$q target=$t clients=$c $line" >>"$PEER_RESULTS"; fi
}

peer() {
  local targets q c r t
  PP=$(free_port $((P + 1)))
  echo "== $SIZE: starting PostGraphile ($PEER) on 127.0.0.1:$PP"
  (cd "$PEER" && PGL_DATABASE_URL=$URL PGL_PORT=$PP exec ./run-v5.sh) >"$WORK/pgl-$SIZE.log" 2>&1 &
  PEER_PID=$!
  wait_up "$PEER_PID" "$PP" "$WORK/pgl-$SIZE.log" curl -fsS -H 'Content-Type: application/json' \
    -d '{"query":"{__typename}"}' "http://127.0.0.1:$PP/graphql"
  targets="jixiao jixiao-served postgraphile raw"
  if [ -n "${ALT_TREE:-}" ]; then
    AP=$(free_port $((PP + 1)))
    echo "== $SIZE: starting the server of $ALT_TREE on 127.0.0.1:$AP"
    start_jixiao "$WORK/jixiao-alt" "$AP" "$WORK/alt-$SIZE.log"
    ALT_PID=$STARTED
    targets="jixiao alt jixiao-served postgraphile raw"
  fi
  # Jixiao lets a user run 2 analytics queries at once: the clients act as
  # the users who see every department, one connection each (wrk -t N -c N).
  TOKENS=
  for u in ${BENCH_USERS:-leader leader2 reviewer reviewer2 reviewer3 reviewer4 reviewer5 reviewer6 reviewer7 admin}; do
    TOKENS="$TOKENS $(jq -n --arg u "$u" --arg p "${JIXIAO_DEMO_PASSWORD:-Jixiao@2026}" \
        '{query: "mutation($u: String!, $p: String!) { login(input: {username: $u, password: $p}) { token } }", variables: {u: $u, p: $p}}' |
      curl -fsS -H 'Content-Type: application/json' --data-binary @- "http://127.0.0.1:$P/graphql" | jq -r .data.login.token)"
  done
  TOKEN=${TOKENS# }; TOKEN=${TOKEN%% *}
  # The department drilled into: the one with the most indicators in the year
  # (on the drill-down's path: targets not superseded).
  DEPT=$(psql -d "$DB" -tAc "SELECT p.department_id FROM projects p JOIN targets t ON t.project_id = p.id AND t.status <> 'SUPERSEDED'
    JOIN indicators i ON i.target_id = t.id WHERE p.fiscal_year = $YEAR GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1")
  jq -n --rawfile q "$KIT/jx-drill.graphql" --arg id "$DEPT" --argjson y "$YEAR" '{query: $q, variables: {id: $id, year: $y}}' >"$WORK/jx-drill.json"
  jq -n --rawfile q "$KIT/pgl-drill.graphql" --arg id "$DEPT" --arg y "$YEAR" '{query: $q, variables: {id: $id, year: $y}}' >"$WORK/pgl-drill.json"
  jq -n --rawfile q "$KIT/jx-cmp.graphql" --argjson y "$YEAR" '{query: $q, variables: {year: $y, first: 100}}' >"$WORK/jx-cmp.json"
  jq -n --rawfile q "$KIT/pgl-cmp.graphql" --arg y "$YEAR" '{query: $q, variables: {year: $y, first: 100}}' >"$WORK/pgl-cmp.json"
  jq -n --rawfile q "$KIT/pgl-cmp.graphql" --arg y "$YEAR" '{query: $q, variables: {year: $y, first: null}}' >"$WORK/pgl-cmp-all.json"

  echo "== $SIZE: checking the answers (department $DEPT, year $YEAR)"
  local ind='.projects.edges[].node.targets.edges[].node.indicators.edges[].node'
  gql "http://127.0.0.1:$P/graphql" "$WORK/jx-drill.json" no-cache | jq -r ".data.node$ind.id" | sort >"$WORK/ids-jx.txt"
  gql "http://127.0.0.1:$PP/graphql" "$WORK/pgl-drill.json" | jq -r ".data.department$ind.rowId" | sort >"$WORK/ids-pgl.txt"
  psql -d "$DB" -tA -v id="$DEPT" -v year="$YEAR" -f "$KIT/raw-drill.sql" | jq -r "$ind.id" | sort >"$WORK/ids-raw.txt"
  jx_rows "http://127.0.0.1:$P/graphql" >"$WORK/cmp-jx.txt"
  gql "http://127.0.0.1:$PP/graphql" "$WORK/pgl-cmp-all.json" | jq -r '.data.departments.nodes[] | "\(.rowId) \(.projects.totalCount)"' | sort >"$WORK/cmp-pgl.txt"
  psql -d "$DB" -tA -F' ' -v year="$YEAR" -f "$KIT/raw-cmp.sql" | awk '{print $1, $4}' | sort >"$WORK/cmp-raw.txt"
  local ok=1
  same "drill-down indicators, Jixiao and PostGraphile" "$WORK/ids-jx.txt" "$WORK/ids-pgl.txt" || ok=
  same "drill-down indicators, Jixiao and raw SQL" "$WORK/ids-jx.txt" "$WORK/ids-raw.txt" || ok=
  same "comparison (department, projects), Jixiao and PostGraphile" "$WORK/cmp-jx.txt" "$WORK/cmp-pgl.txt" || ok=
  same "comparison (department, projects), Jixiao and raw SQL" "$WORK/cmp-jx.txt" "$WORK/cmp-raw.txt" || ok=
  if [ -n "${ALT_TREE:-}" ]; then
    gql "http://127.0.0.1:$AP/graphql" "$WORK/jx-drill.json" no-cache | jq -r ".data.node$ind.id" | sort >"$WORK/ids-alt.txt"
    same "drill-down indicators, Jixiao and $ALT_TREE" "$WORK/ids-jx.txt" "$WORK/ids-alt.txt" || ok=
  fi
  if [ -z "$ok" ]; then
    echo "bench: $SIZE: the peers' answers differ, not measuring them" >&2
  else
    for q in drill cmp; do
      for c in $PEER_CLIENTS; do
        echo "== $SIZE: $q at $c client(s), interleaved: $PEER_ROUNDS × ($targets), ${DURATION}s each"
        for t in $targets; do measure "$SIZE" "$q" "$t" "$c" 2; done # warm-up
        for r in $(seq 1 "$PEER_ROUNDS"); do
          for t in $targets; do measure "$SIZE" "$q" "$t" "$c" "$DURATION" record; done
        done
      done
    done
  fi
  stop "$PEER_PID"; PEER_PID=
  stop "$ALT_PID"; ALT_PID=
}

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
  start_jixiao "$WORK/jixiao" "$P" "$WORK/server-$SIZE.log"
  SERVER_PID=$STARTED

  # Each scenario as served (the query cache answers repeated queries),
  # computed for every request (Cache-Control: no-cache), and as served while
  # an administrator changes the data every second (each write empties the cache).
  has api && for SCENARIO in drilldown comparison comparison-all; do
    for MODE in "" "-no-cache" "-write-every 1s"; do
      if [ "$SCENARIO" = comparison-all ] && [ -n "$MODE" ] && [ "$MODE" != -no-cache ]; then continue; fi
      echo "== $SIZE: $SCENARIO${MODE:+ ($MODE)} at ${CLIENTS// /, } client(s)"
      "$WORK/load" -url "http://127.0.0.1:$P/graphql" -scenario "$SCENARIO" -year "$YEAR" $MODE \
        -clients "${CLIENTS// /,}" -duration "${DURATION}s" -requests "$REQUESTS" | tee -a "$WORK/load.txt" |
        sed -n 's/^RESULT //p' | while read -r line; do echo "size=$SIZE $line" >>"$RESULTS"; done
    done
  done

  # Every page of the product with the SPA's own operations, computed.
  has pages && for PAGE in $PAGES; do
    echo "== $SIZE: page $PAGE (no-cache) at ${CLIENTS// /, } client(s)"
    # A page that fails (e.g. the statement timeout) is reported and the rest measured.
    { "$WORK/load" -url "http://127.0.0.1:$P/graphql" -scenario "$PAGE" -year "$YEAR" -no-cache -spa "$SPA" \
      -clients "${CLIENTS// /,}" -duration "${DURATION}s" -requests "$REQUESTS" 2>&1 || echo "   $PAGE FAILED (above)"; } | tee -a "$WORK/load.txt" >(grep -E "FAILED|^load:" >&2) |
      sed -n 's/^RESULT //p' | while read -r line; do echo "size=$SIZE $line" >>"$RESULTS"; done
  done

  if [ -n "$PEER" ]; then peer; fi
  echo "== $SIZE: done, load average $(cut -d" " -f1-3 /proc/loadavg)"
  stop "$SERVER_PID"; SERVER_PID=

  has sql && for SQL in raw summaries; do
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

if grep -qE 'scenario=(drilldown|comparison|sql_)' "$RESULTS"; then
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
fi

# The product's pages (SPA operations, computed): p50 per data set and province ÷ city.
if grep -qE "scenario=($(echo "$PAGES" | tr ' ' '|'))-uncached " "$RESULTS"; then
  echo
  echo "== pages of the product, computed (no-cache), p50 ms; goal: province ÷ city ≤ 1.5×"
  awk -v pages="$PAGES" '
    { for (i = 1; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
      sub(/-uncached$/, "", v["scenario"]); k = v["size"] SUBSEP v["scenario"] SUBSEP v["clients"]
      p50[k] = v["p50_ms"]; rps[k] = v["rps"]
      if (!(v["clients"] in cseen)) { cseen[v["clients"]] = 1; cl[++nc] = v["clients"] } }
    END {
      np = split(pages, pg, " ")
      printf "%-18s %7s %10s %10s %12s %12s %10s\n", "page", "clients", "city p50", "city req/s", "province p50", "province r/s", "prov÷city"
      for (q = 1; q <= np; q++) for (c = 1; c <= nc; c++) {
        a = "city" SUBSEP pg[q] SUBSEP cl[c]; b = "province" SUBSEP pg[q] SUBSEP cl[c]
        if (!(a in p50) && !(b in p50)) continue
        r = ((a in p50) && (b in p50) && p50[a] > 0) ? sprintf("%.2f×%s", p50[b] / p50[a], p50[b] / p50[a] > 1.5 ? " !" : "") : "-"
        printf "%-18s %7s %10s %10s %12s %12s %10s\n", pg[q], cl[c], (a in p50) ? p50[a] : "-", (a in rps) ? rps[a] : "-",
          (b in p50) ? p50[b] : "-", (b in rps) ? rps[b] : "-", r
      }
    }' <(grep -E "scenario=($(echo "$PAGES" | tr ' ' '|'))-uncached " "$RESULTS")
fi

# The peer table: mean over the interleaved rounds.
if [ -s "$PEER_RESULTS" ]; then
  echo
  echo "== Jixiao beside PostGraphile v5 and raw SQL (one statement, pgbench), interleaved, $PEER_ROUNDS rounds of ${DURATION}s, mean of the rounds${ALT_TREE:+; alt = $ALT_TREE at $ALT_COMMIT}"
  awk '
    { for (i = 1; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
      k = v["size"] SUBSEP v["query"] SUBSEP v["clients"]; t = v["target"]
      if (!(k in seen)) { seen[k] = 1; keys[++nk] = k }
      if (!(t in tseen)) { tseen[t] = 1; tg[++nt] = t }
      n[k, t]++; rps[k, t] += v["rps"]; p50[k, t] += v["p50_ms"]; p99[k, t] += v["p99_ms"] }
    END {
      qn["drill"] = "drill-down"; qn["cmp"] = "comparison, first 100"
      tn["jixiao"] = "Jixiao computed"; tn["jixiao-served"] = "Jixiao served"; tn["alt"] = "alt computed"
      tn["postgraphile"] = "PostGraphile v5"; tn["raw"] = "raw SQL"
      printf "%-9s %-22s %7s %-16s %9s %9s %9s\n", "data set", "query", "clients", "server", "req/s", "p50 ms", "p99 ms"
      for (i = 1; i <= nk; i++) {
        split(keys[i], kk, SUBSEP)
        for (j = 1; j <= nt; j++) { t = tg[j]; if (!n[keys[i], t]) continue
          printf "%-9s %-22s %7s %-16s %9.1f %9.2f %9.2f\n", kk[1], qn[kk[2]], kk[3], tn[t],
            rps[keys[i], t] / n[keys[i], t], p50[keys[i], t] / n[keys[i], t], p99[keys[i], t] / n[keys[i], t] }
        j = keys[i]
        if (n[j, "postgraphile"] && n[j, "jixiao"]) printf "%51s Jixiao computed ÷ PostGraphile req/s: %.2f×\n", "", rps[j, "jixiao"] / rps[j, "postgraphile"]
        if (n[j, "raw"] && n[j, "jixiao"]) printf "%51s Jixiao computed p50 ÷ raw SQL p50:   %.2f×\n", "", p50[j, "jixiao"] / p50[j, "raw"]
        if (n[j, "alt"] && n[j, "jixiao"]) printf "%51s alt ÷ Jixiao computed req/s:          %.2f×\n", "", rps[j, "alt"] / rps[j, "jixiao"]
        if (n[j, "postgraphile"] && n[j, "alt"]) printf "%51s alt computed ÷ PostGraphile req/s:    %.2f×\n", "", rps[j, "alt"] / rps[j, "postgraphile"]
        if (n[j, "raw"] && n[j, "alt"]) printf "%51s alt computed p50 ÷ raw SQL p50:       %.2f×\n", "", p50[j, "alt"] / p50[j, "raw"]
      }
    }' "$PEER_RESULTS"
fi
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
