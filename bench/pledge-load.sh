#!/usr/bin/env bash
# Signed-in pledges against the raw PostgreSQL floor, side by side in one run on the same embedded server.
# See docs/BENCHMARKS.md ("Signed-in pledges against the database floor"). Usage, from the project folder:
#   bench/pledge-load.sh                 (MAVEN_ARGS=-o for an offline build; SKIP_BUILD=1 to reuse target/*.jar)
# Environment: APP_PORT (18080), DB_PORT (15432), CONNECTIONS (8), DURATION (15s per side), ROUNDS (3 turns each side
# takes, in alternation), WARMUP (20s, then 10 s more at a time until the JIT compilers are done, at most
# WARMUP_MORE=120 more), THREADS (2),
# JVM_FLAGS (default: the jvmArguments of pom.xml, which spring-boot:run passes and docs/OPERATIONS.md
# recommends; empty for the JVM's own choice), JAVA_OPTS (more flags, e.g. a flight recording);
# BASIC=1 also measures the same pledges signed in with HTTP Basic (bcrypt on every request);
# PROFILE=1 loads pg_stat_statements and prints the statements of the application's pledges by database time
# (execution, and planning apart), and PostgreSQL's CPU per pledge by kind of process; WAITS=1 samples what the
# application's database connections are doing every 10 ms while it is measured (on CPU, waiting for a lock or
# the WAL flush, or idle in a transaction, waiting for the JVM's next statement).
set -euo pipefail

cd "$(dirname "$0")/.."
APP_PORT=${APP_PORT:-18080}
DB_PORT=${DB_PORT:-15432}
CONNECTIONS=${CONNECTIONS:-8}
DURATION=${DURATION:-15s}
WARMUP=${WARMUP:-20s}
THREADS=${THREADS:-2}
ROUNDS=${ROUNDS:-3}
# the flags ./mvnw spring-boot:run gives the JVM, kept in one place
JVM_FLAGS=${JVM_FLAGS-$(sed -n 's:.*<jvmArguments>\(.*\)</jvmArguments>.*:\1:p' pom.xml)}
WORK=target/bench
DATA=$WORK/data
LOG=$WORK/palisade.log
WARM_MARK=2025-09-30     # announced date of the warm-up pledges
APP_MARK=2025-10-01      # announced date of the pledges the application records in this run
FLOOR_MARK=2025-10-02    # and of the rows pgbench inserts
NONCE=$(date +%s)-$$
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)   # before this script's own build, start and warm-up add to it

say() { printf '%s\n' "$*" >&2; }

# --- tools: pgbench and psql come with Debian's postgresql-client, wrk with the wrk package ---
need_apt=()
command -v pgbench >/dev/null || need_apt+=(postgresql-client)
command -v psql >/dev/null || need_apt+=(postgresql-client)
command -v wrk >/dev/null || need_apt+=(wrk)
command -v curl >/dev/null || need_apt+=(curl)
if ((${#need_apt[@]})); then
    say "Installing ${need_apt[*]}"
    SUDO=$([ "$(id -u)" = 0 ] || echo sudo)
    $SUDO apt-get update -qq && $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

# --- build and start Palisade on a fresh embedded database, with demo data ---
if [ -z "${SKIP_BUILD:-}" ]; then
    say "Building the jar"
    ./mvnw -B -ntp -q package -DskipTests
fi
JAR=$(ls target/palisade-*.jar | grep -v original | head -1)
rm -rf "$WORK" && mkdir -p "$WORK"
say "Starting $JAR on port $APP_PORT (embedded PostgreSQL on $DB_PORT, data in $DATA)"
java $JVM_FLAGS ${JAVA_OPTS:-} -jar "$JAR" --server.port="$APP_PORT" --palisade.embedded.port="$DB_PORT" --palisade.data-dir="$DATA" \
    --palisade.demo-data=true --logging.file.name="$LOG" \
    ${PROFILE:+--palisade.embedded.settings.shared_preload_libraries=pg_stat_statements} \
    ${PROFILE:+--palisade.embedded.settings.pg_stat_statements.track_planning=on} >"$WORK/stdout.log" 2>&1 &
APP_PID=$!
stop() { kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true; }
trap stop EXIT
for _ in $(seq 1 120); do
    curl -sf "localhost:$APP_PORT/actuator/health" >/dev/null && break
    kill -0 "$APP_PID" 2>/dev/null || { say "Palisade did not start: see $WORK/stdout.log"; exit 1; }
    sleep 1
done
curl -sf "localhost:$APP_PORT/actuator/health" >/dev/null || { say "Palisade did not answer in 120 s"; exit 1; }

export PGHOST=localhost PGPORT=$DB_PORT PGUSER=postgres PGDATABASE=postgres
sql() { psql -X -At -v ON_ERROR_STOP=1 -c "$1"; }
# the demo users are created just after start-up; asking the database, not the sign-in, risks no lockout
for _ in $(seq 1 120); do
    [ "$(sql "select count(*) from user_account where username in ('contributor-nld', 'auditor')" 2>/dev/null)" = 2 ] \
        && break
    sleep 1
done

token() { # a read-write token of a demo user, created with the password once
    curl -sf -u "$1:palisade-demo" -X POST "localhost:$APP_PORT/api/v1/tokens" -H 'Content-Type: application/json' \
        -d '{"name": "pledge load", "expiresInDays": 1}' | grep -o '"token":"[^"]*"' | cut -d'"' -f4
}
TOKEN=$(token contributor-nld)
AUDITOR_TOKEN=$(token auditor)
PKG=$(curl -sf "localhost:$APP_PORT/api/v1/packages?status=OPEN" | grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4)
NLD=$(sql "select id from organisation where code = 'NLD'")
[ -n "$TOKEN" ] && [ -n "$PKG" ] && [ -n "$NLD" ] || { say "No token, open package or NLD in the demo data"; exit 1; }
SETTINGS=$(sql "select string_agg(name || '=' || setting, ' ' order by name) from pg_settings
                where name in ('fsync', 'synchronous_commit', 'full_page_writes', 'wal_sync_method', 'wal_init_zero')")

# warm-up: the JVM compiles the pledge path before it is measured (these pledges are not counted)
curl -sf -o /dev/null -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -H "Idempotency-Key: first-$NONCE" -X POST "localhost:$APP_PORT/api/v1/contributions" \
    -d '{"contributors": ["NLD"], "amount": {"amount": "1000.00", "currency": "EUR"}, "packageId": "'"$PKG"'",
         "disclosure": "PUBLIC", "announcedOn": "'"$WARM_MARK"'"}' || { say "The first pledge failed"; exit 1; }
say "Warm-up: wrk, $CONNECTIONS connections, $WARMUP"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" --timeout 10s -s bench/pledge-load.lua \
    -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    "http://localhost:$APP_PORT/api/v1/contributions" -- "warm-$NONCE" "$PKG" "$WARM_MARK" >"$WORK/warmup.out" 2>&1
# the JVM's ticks by kind of thread (request threads, JIT compilers, garbage collector, ...), summed
jvm_ticks_by_kind() {
    local task
    for task in /proc/"$APP_PID"/task/*; do
        # the name sits in parentheses and may hold spaces: what follows it are the counters
        sed -E 's/^[0-9]+ \((.*)\) (.*)$/\1\t\2/' "$task/stat" 2>/dev/null
    done | awk -F'\t' '{ split($2, f, " "); name = $1; gsub(/[-#0-9 ]+$/, "", name)
                         t[name] += f[12] + f[13] } END { for (k in t) print k "\t" t[k] }'
}
jit_ticks() { # "compilers all": ticks of the JIT compiler threads, and of the whole JVM
    jvm_ticks_by_kind | awk -F'\t' '{ all += $2; if ($1 ~ /^C[12] CompilerThre/) jit += $2 } END { print jit + 0, all + 0 }'
}
# then on, 10 s at a time, until the JIT compilers are done: while C1 and C2 still compile the pledge path they
# take a share of the 2 cores and the code they have not yet compiled runs slower (after 60 s they had taken
# 0.04 ms per pledge in one run and 0.21 ms in the next). At most WARMUP_MORE more seconds (default 120).
WARMED=${WARMUP%s}
JIT_SHARE=?
while [ "$WARMED" -lt $(( ${WARMUP%s} + ${WARMUP_MORE:-120} )) ]; do
    read -r jit0 all0 <<<"$(jit_ticks)"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d10s --timeout 10s -s bench/pledge-load.lua \
        -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
        "http://localhost:$APP_PORT/api/v1/contributions" -- "warm-$WARMED-$NONCE" "$PKG" "$WARM_MARK" >>"$WORK/warmup.out" 2>&1
    read -r jit1 all1 <<<"$(jit_ticks)"
    WARMED=$((WARMED + 10))
    JIT_SHARE=$(awk -v j=$((jit1 - jit0)) -v a=$((all1 - all0)) 'BEGIN { printf "%.1f", a ? 100 * j / a : 0 }')
    say "Warm-up, ${WARMED}s: the JIT compilers took $JIT_SHARE% of the JVM's CPU in the last 10 s"
    awk -v x="$JIT_SHARE" 'BEGIN { exit !(x < 3) }' && break
done


# CPU time in clock ticks: of the JVM, and of the PostgreSQL server (the postmaster, its live backends and
# those that ended). Per transaction it does not depend on what else the machine is running.
TICK_MS=$(awk -v hz="$(getconf CLK_TCK)" 'BEGIN { print 1000 / hz }')
POSTMASTER=$(head -1 "$(find "$DATA" -name postmaster.pid | head -1)")
jvm_ticks() { awk '{ print $14 + $15 }' "/proc/$APP_PID/stat"; }
pg_ticks() {
    local total child
    total=$(awk '{ print $14 + $15 + $16 + $17 }' "/proc/$POSTMASTER/stat")
    for child in $(pgrep -P "$POSTMASTER"); do
        total=$((total + $(awk '{ print $14 + $15 }' "/proc/$child/stat" 2>/dev/null || echo 0)))
    done
    echo "$total"
}
# in PROFILE runs: the same ticks by kind of PostgreSQL process (connections, WAL writer, checkpointer, ...)
pg_ticks_by_kind() {
    local child
    awk '{ print "postmaster-and-ended-processes", $14 + $15 + $16 + $17 }' "/proc/$POSTMASTER/stat"
    for child in $(pgrep -P "$POSTMASTER"); do
        printf '%s %s\n' "$(tr '\0' ' ' <"/proc/$child/cmdline" 2>/dev/null | sed -E 's/^postgres: //; s/ [0-9.]+\([0-9]+\).*//; s/ +$//; s/ /-/g')" \
            "$(awk '{ print $14 + $15 }' "/proc/$child/stat" 2>/dev/null || echo 0)"
    done | awk '{ t[$1] += $2 } END { for (k in t) print k, t[k] }'
}
per() { awk -v t="$1" -v n="$2" -v ms="$TICK_MS" 'BEGIN { printf "%.2f", n ? t * ms / n : 0 }'; }
# WAL written (bytes, full-page images) and checkpoints begun, as counters read before and after each side
wal() { sql "select w.wal_bytes || ' ' || w.wal_fpi || ' ' || c.num_timed + c.num_requested
             from pg_stat_wal w, pg_stat_checkpointer c"; }
wal_per() { # before after transactions: "N bytes and F full-page images of WAL per transaction; C checkpoints"
    awk -v n="$3" -v b="$1" -v a="$2" 'BEGIN { split(b, x, " "); split(a, y, " ");
        printf "%.0f bytes and %.2f full-page images of WAL per transaction, %d checkpoints begun",
               (y[1] - x[1]) / n, (y[2] - x[2]) / n, y[3] - x[3] }'
}

# --- (a) the floor: one contribution row and one audit row per transaction, straight into PostgreSQL ---
cat >"$WORK/floor.sql" <<SQL
\set amount random(1, 1000000)
BEGIN;
INSERT INTO contribution (id, package_id, owner_id, disclosure, announced_on, currency, stage, pledged_amount,
                          pledged_on, created_at)
VALUES (gen_random_uuid(), '$PKG', '$NLD', 'PUBLIC', DATE '$FLOOR_MARK', 'EUR', 'PLEDGED', :amount,
        DATE '$FLOOR_MARK', now());
INSERT INTO audit_entry (id, occurred_at, actor, actor_organisation_id, record_type, record_id,
                         owner_organisation_id, action, after)
VALUES (gen_random_uuid(), now(), 'pgbench', '$NLD', 'contribution', gen_random_uuid(), '$NLD', 'pledged',
        '{"pledged": {"amount": 1000, "currency": "EUR"}}');
END;
SQL
# The floor and the application take turns, ROUNDS times each, for DURATION / ROUNDS at a time: a shared host's
# speed drifts over minutes, and turns spread that drift over both sides instead of charging it to one.
# PROFILE runs take one turn each (the statement statistics are the application's alone).
[ -n "${PROFILE:-}" ] && ROUNDS=1
SLICE=$(( ${DURATION%s} / ROUNDS )); [ "$SLICE" -ge 1 ] || SLICE=1
add() { awk -v a="$1" -v b="$2" -v c="$3" 'BEGIN { split(a, x, " "); split(b, y, " "); split(c, z, " ");
        printf "%d %d %d", x[1] + z[1] - y[1], x[2] + z[2] - y[2], x[3] + z[3] - y[3] }'; }   # sum + after - before
PG_FLOOR=0; PG_APP=0; JVM_APP=0; WAL_FLOOR="0 0 0"; WAL_APP="0 0 0"; FLOOR_TXS=0; FLOOR_SECONDS=0
if [ -n "${PROFILE:-}" ]; then
    sql "create extension if not exists pg_stat_statements" >/dev/null
fi
: >"$WORK/waits.raw"
for round in $(seq 1 "$ROUNDS"); do
    # --- (a) the floor: one contribution row and one audit row per transaction, straight into PostgreSQL ---
    say "Floor, turn $round of $ROUNDS: pgbench, $CONNECTIONS connections, ${SLICE}s"
    PG0=$(pg_ticks); WAL0=$(wal)
    pgbench -n -M prepared -c "$CONNECTIONS" -j "$THREADS" -T "$SLICE" -f "$WORK/floor.sql" \
        -l --log-prefix="$WORK/pgbench_log_$round" >"$WORK/pgbench-$round.out" 2>&1
    sleep 0.3   # the floor's connections have ended and their CPU is counted with the postmaster's
    PG_FLOOR=$((PG_FLOOR + $(pg_ticks) - PG0)); WAL_FLOOR=$(add "$WAL_FLOOR" "$WAL0" "$(wal)")
    txs=$(grep -oP 'number of transactions actually processed: \K[0-9]+' "$WORK/pgbench-$round.out")
    tps=$(grep -oP 'tps = \K[0-9.]+' "$WORK/pgbench-$round.out" | head -1)
    FLOOR_TXS=$((FLOOR_TXS + txs))
    FLOOR_SECONDS=$(awk -v s="$FLOOR_SECONDS" -v n="$txs" -v t="$tps" 'BEGIN { printf "%.6f", s + n / t }')

    # the sequencer chains the floor's audit rows now, not while the application is measured
    for _ in $(seq 1 300); do
        [ "$(sql "select count(*) from audit_entry where sequence is null")" = 0 ] && break
        sleep 1
    done

    # --- (b) the application: signed-in pledges over HTTP, a fresh Idempotency-Key each ---
    say "Application, turn $round of $ROUNDS: wrk POST /api/v1/contributions, $CONNECTIONS connections, ${SLICE}s"
    [ -n "${PROFILE:-}" ] && sql "select pg_stat_statements_reset()" >/dev/null
    PG0=$(pg_ticks); JVM0=$(jvm_ticks); WAL0=$(wal)
    jvm_ticks_by_kind >"$WORK/jvm-ticks-before-$round.out"
    [ -n "${PROFILE:-}" ] && pg_ticks_by_kind >"$WORK/pg-ticks-before.out"
    if [ -n "${WAITS:-}" ]; then
        # one psql session per turn; pg_stat_activity is re-read each time \watch repeats the query
        printf '%s\n' "select replace(coalesce(state, '-'), ' ', '-') || ':' || coalesce(wait_event_type || '/' || wait_event, 'cpu')
                from pg_stat_activity where backend_type = 'client backend' and application_name = 'PostgreSQL JDBC Driver'" \
            '\watch 0.01' | psql -X -At >>"$WORK/waits.raw" 2>/dev/null &
        WAITS_PID=$!
    fi
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${SLICE}s" --timeout 10s --latency -s bench/pledge-load.lua \
        -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
        "http://localhost:$APP_PORT/api/v1/contributions" -- "$NONCE-t$round" "$PKG" "$APP_MARK" >"$WORK/wrk-$round.out" 2>&1
    [ -n "${WAITS:-}" ] && { kill "$WAITS_PID" 2>/dev/null; wait "$WAITS_PID" 2>/dev/null || true; }
    PG_APP=$((PG_APP + $(pg_ticks) - PG0)); JVM_APP=$((JVM_APP + $(jvm_ticks) - JVM0)); WAL_APP=$(add "$WAL_APP" "$WAL0" "$(wal)")
    jvm_ticks_by_kind >"$WORK/jvm-ticks-after-$round.out"
    [ -n "${PROFILE:-}" ] && pg_ticks_by_kind >"$WORK/pg-ticks-after.out"
done
if [ -n "${WAITS:-}" ]; then
    grep ':' "$WORK/waits.raw" | sort | uniq -c | sort -nr \
        | awk '{ n[NR] = $1; k[NR] = $2; t += $1 } END { for (i = 1; i <= NR; i++) printf "%6.1f%%  %s\n", 100 * n[i] / t, k[i] }' \
        >"$WORK/waits.out"
fi
FLOOR_TPS=$(awk -v n="$FLOOR_TXS" -v s="$FLOOR_SECONDS" 'BEGIN { printf "%.1f", n / s }')
# the floor's own latency, from pgbench's per-transaction logs (third field: latency in microseconds)
FLOOR_TAIL=$(cat "$WORK"/pgbench_log_* | awk '{ print $3 }' | sort -n | awk '{ v[NR] = $1; t += $1 } END {
    printf "mean %.3f ms, p50 %.2f ms, p99 %.2f ms, max %.2f ms", t / NR / 1000, v[int(NR * 0.5)] / 1000,
           v[int(NR * 0.99)] / 1000, v[NR] / 1000 }')
# the application's turns added up: answers by status, seconds, errors, and latency from the merged histograms
{
    cat "$WORK"/wrk-*.out | awk '$1 == "status" { status[$2] += $3 } $1 == "seconds" { seconds += $2 }
        $1 == "errors" { errors += $2 } $1 == "max_ms" && $2 > max { max = $2 }
        END { for (s in status) printf "status %s %d\n", s, status[s]
              printf "seconds %.3f\nerrors %d\nmax_ms %.2f\n", seconds, errors, max }'
    cat "$WORK"/wrk-*.out | awk '$1 == "latency_us" { print $2, $3 }' | sort -n | awk '
        { v[NR] = $1; c[NR] = $2; n += $2 }
        END { split("50 90 99", ps, " "); p = 1
              for (i = 1; i <= NR; i++) { seen += c[i]
                  while (p <= 3 && seen >= n * ps[p] / 100) { printf "p%s_ms %.2f\n", ps[p], v[i] / 1000; p++ } } }'
} >"$WORK/wrk.out"
value() { awk -v k="$1" '$1 == k { print $2 }' "$WORK/wrk.out"; }
CREATED=$(awk '$1 == "status" && $2 == 201 { print $3 }' "$WORK/wrk.out"); CREATED=${CREATED:-0}
SECONDS_RUN=$(value seconds)
APP_TPS=$(awk -v n="$CREATED" -v s="$SECONDS_RUN" 'BEGIN { printf "%.1f", n / s }')
RATIO=$(awk -v a="$APP_TPS" -v f="$FLOOR_TPS" 'BEGIN { printf "%.1f", 100 * a / f }')

if [ -n "${PROFILE:-}" ]; then
    # per pledge answered: how often each statement ran and the database time it took
    APP_ANSWERED=$(sql "select count(*) from idempotency_key where key like '$NONCE-%' and response_status = 201")
    psql -X -v ON_ERROR_STOP=1 -c "select round(calls::numeric / $APP_ANSWERED, 2) as per_pledge,
            round((total_exec_time / $APP_ANSWERED)::numeric, 3) as ms_per_pledge,
            round((total_exec_time / calls)::numeric, 3) as ms_per_call,
            round((total_plan_time / $APP_ANSWERED)::numeric, 3) as plan_ms_per_pledge,
            left(regexp_replace(query, '\s+', ' ', 'g'), 110) as statement
        from pg_stat_statements where total_exec_time + total_plan_time >= $APP_ANSWERED * 0.001
        order by total_exec_time desc limit 25" >"$WORK/statements.out"
    # PostgreSQL's CPU per pledge by kind of process (statements are only part of a connection's time)
    awk -v n="$APP_ANSWERED" -v ms="$TICK_MS" 'NR == FNR { before[$1] = $2; next }
        { d = $2 - before[$1]; if (d > 0) printf "%-40s %.3f ms\n", $1, d * ms / n }' \
        "$WORK/pg-ticks-before.out" "$WORK/pg-ticks-after.out" | sort -k2 -nr >"$WORK/pg-cpu.out"
fi

# --- (c) optional: the same pledges with HTTP Basic, as clients signed in before access tokens existed ---
if [ -n "${BASIC:-}" ]; then
    say "Application with HTTP Basic: wrk, $CONNECTIONS connections, $DURATION"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency -s bench/pledge-load.lua \
        -H "Authorization: Basic $(printf 'contributor-nld:palisade-demo' | base64)" \
        -H 'Content-Type: application/json' \
        "http://localhost:$APP_PORT/api/v1/contributions" -- "basic-$NONCE" "$PKG" "$WARM_MARK" >"$WORK/basic.out" 2>&1
fi

# --- correctness: one contribution per 201, and an audit chain that verifies ---
sleep 3   # longer than the merge delay: every entry has its place in the chain
RECORDED=$(sql "select count(*) from contribution where announced_on = DATE '$APP_MARK'")
# wrk stops counting when its time is up; the requests then in flight (at most one per connection) are
# still answered by the server, so the server's own record of its 201 answers is compared too
ANSWERED=$(sql "select count(*) from idempotency_key where key like '$NONCE-%' and response_status = 201")
KEYS=$(sql "select count(*) from idempotency_key where key like '$NONCE-%'")
VERIFICATION=$(curl -s -H "Authorization: Bearer $AUDITOR_TOKEN" "localhost:$APP_PORT/api/v1/audit/verification")

echo "== Palisade pledge load, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $CONNECTIONS connections, $DURATION per side in $ROUNDS turns"
echo "load average when the bench began: $LOAD_BEFORE (other work on the machine slows both sides)"
echo "warm-up: ${WARMED}s of pledges; in its last 10 s the JIT compilers took $JIT_SHARE% of the JVM's CPU (more warm-up stops below 3%)"
echo "database settings: $SETTINGS"
echo "JVM: $(java -version 2>&1 | head -1), flags: ${JVM_FLAGS:-none} ${JAVA_OPTS:-}"
echo "floor (pgbench, contribution + audit row per transaction): $FLOOR_TPS TPS, $FLOOR_TAIL"
echo "application (POST /api/v1/contributions, bearer token): $APP_TPS pledges/s," \
     "p50 $(value p50_ms) ms, p90 $(value p90_ms) ms, p99 $(value p99_ms) ms, max $(value max_ms) ms"
echo "CPU per transaction: floor $(per "$PG_FLOOR" "$FLOOR_TXS") ms PostgreSQL;" \
     "application $(per "$JVM_APP" "$ANSWERED") ms JVM + $(per "$PG_APP" "$ANSWERED") ms PostgreSQL" \
     "(of $(nproc) cores' $(nproc)000 ms per second)"
# of the JVM's CPU per pledge, each kind of thread's share (threads that ended during a turn are not counted)
JVM_KINDS=$(for r in $(seq 1 "$ROUNDS"); do
        awk -F'\t' -v r="$r" 'NR == FNR { before[$1] = $2; next } { print $1 "\t" $2 - before[$1] }' \
            "$WORK/jvm-ticks-before-$r.out" "$WORK/jvm-ticks-after-$r.out"
    done | awk -F'\t' -v n="$ANSWERED" -v ms="$TICK_MS" '{ t[$1] += $2 }
        END { for (k in t) if (t[k] * ms / n >= 0.005) printf "%.3f\t%s\n", t[k] * ms / n, k }' | sort -nr \
    | awk -F'\t' '{ printf "%s%s %.2f ms", sep, $2, $1; sep = ", " }')
echo "JVM CPU per pledge by thread: $JVM_KINDS"
echo "WAL: floor $(wal_per "0 0 0" "$WAL_FLOOR" "$FLOOR_TXS"); application $(wal_per "0 0 0" "$WAL_APP" "$ANSWERED")"
echo "answers: $(awk '$1 == "status" { printf "%s%s x %s", sep, $3, $2; sep = ", " }' "$WORK/wrk.out");" \
     "socket errors: $(value errors)"
if [ -n "${BASIC:-}" ]; then
    basic() { awk -v k="$1" '$1 == k { print $2 }' "$WORK/basic.out"; }
    BASIC_CREATED=$(awk '$1 == "status" && $2 == 201 { print $3 }' "$WORK/basic.out")
    echo "same with HTTP Basic: $(awk -v n="${BASIC_CREATED:-0}" -v s="$(basic seconds)" 'BEGIN { printf "%.1f", n / s }')" \
         "pledges/s, p50 $(basic p50_ms) ms, p99 $(basic p99_ms) ms"
fi
echo "ratio: application = $RATIO% of the floor (target >= 20%, p99 < 25 ms)"
echo "contributions recorded: $RECORDED; answers 201: $ANSWERED by the server ($CREATED counted by wrk" \
     "before its time was up), for $KEYS Idempotency-Keys"
echo "audit verification: $VERIFICATION"
[ -n "${PROFILE:-}" ] && { echo "statements by database time per pledge:"; cat "$WORK/statements.out";
                           echo "PostgreSQL CPU per pledge by process:"; cat "$WORK/pg-cpu.out"; }
[ -n "${WAITS:-}" ] && { echo "the application's database connections, sampled every 10 ms (state:wait):";
                         cat "$WORK/waits.out"; }
status=0
[ "$RECORDED" = "$ANSWERED" ] && [ "$RECORDED" -ge "$CREATED" ] && [ "$RECORDED" -le $((CREATED + CONNECTIONS * ROUNDS)) ] \
    || { echo "FAILED: contributions recorded differ from 201 answers"; status=1; }
grep -q '"ok":true' <<<"$VERIFICATION" || { echo "FAILED: the audit chain does not verify"; status=1; }
exit $status
