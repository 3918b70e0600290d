# Shared by the benchmark scripts (sourced, not run): builds the release
# server, starts it on a scratch data directory with its embedded
# PostgreSQL, and talks to that database and that server.
#
# Sets: bin, port, data, work, url, socket, pg_log, psql_cmd.
# Defines: start (sets pid and elapsed, ms until /health answers), stop,
# sql, add_user ROLE UNIT_SEED_KEY NAME, token USER PASSWORD, capture
# LABEL TOKEN PATH FILE, bare_rate SCRIPT TPS.

for tool in wrk pgbench psql; do
    command -v "$tool" >/dev/null || {
        echo "bench: $tool is missing (apt-get install wrk postgresql-client)" >&2
        exit 1
    }
done

cargo build --release --locked -q -p hgcs-api --bin hgcs
bin=target/release/hgcs
if [ -n "${BENCH_BARE:-}" ]; then
    CARGO_TARGET_DIR=target/bare cargo build --release --locked -q --manifest-path scripts/bench.d/bare/Cargo.toml
fi
port=${BENCH_PORT:-18181}
data=$(mktemp -d /tmp/hgcs-bench-XXXXXX)
chmod 755 "$data"
work="$data/bench"
mkdir -p "$work"
export HGCS_ADMIN_PASSWORD='bench-admin-password'
url="http://127.0.0.1:$port"
pid=""
socket="$data/run"
pg_log="$data/postgres/server.log"
psql_cmd=(psql -X -q -h "$socket" -p 5432 -U hgcs -d hgcs -v ON_ERROR_STOP=1)

stop() { # the server stops its PostgreSQL on the way out
    if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
    pid=""
}
trap 'stop; rm -rf "$data"' EXIT

elapsed=0
start() {
    local t0 t1
    t0=$(date +%s%N)
    "$bin" serve --addr "127.0.0.1:$port" --data-dir "$data" --spa-dir "$data/no-spa" >>"$data/serve.log" 2>&1 &
    pid=$!
    until curl -fs "$url/api/v1/health" >/dev/null 2>&1; do
        kill -0 "$pid" 2>/dev/null || { cat "$data/serve.log" >&2; exit 1; }
        sleep 0.02
    done
    t1=$(date +%s%N)
    elapsed=$(((t1 - t0) / 1000000))
}

sql() { "${psql_cmd[@]}" -At -c "$1"; }

add_user() { # role unit-seed-key name; the password is bench-<name>-password
    HGCS_NEW_USER_PASSWORD="bench-$3-password" "$bin" create-user --data-dir "$data" \
        --username "$3" --display-name "$3" --role "$1" --unit "$(sql "SELECT id FROM units WHERE seed_key = '$2'")" >/dev/null
}

token() { # user password
    curl -s "$url/api/v1/auth/login" -H 'content-type: application/json' \
        -d "{\"username\":\"$1\",\"password\":\"$2\"}" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
}

# Statements the server sends for one request, as PostgreSQL logged them.
capture() { # label token (empty: none) path file
    local auth=()
    [ -z "$2" ] || auth=(-H "Authorization: Bearer $2")
    sql "ALTER SYSTEM SET log_statement = 'all'" >/dev/null
    sql "SELECT pg_reload_conf()" >/dev/null
    sleep 0.3
    curl -s -o /dev/null "${auth[@]}" "$url$3" # warm the connection
    sql "SELECT 'bench-begin:$1'" >/dev/null
    curl -s -o /dev/null "${auth[@]}" "$url$3"
    sql "SELECT 'bench-end:$1'" >/dev/null
    sql "ALTER SYSTEM RESET log_statement" >/dev/null
    sql "SELECT pg_reload_conf()" >/dev/null
    python3 scripts/bench.d/replay.py "$pg_log" "bench-begin:$1" "bench-end:$1" "$4"
}

# The bare server (scripts/bench.d/bare) on a replay script under the same
# wrk as the server; prints its rps and its ratio to TPS.
bare_rate() { # script tps
    local bare_pid bare_token out rps
    DATABASE_URL="postgres://hgcs@/hgcs?host=$socket" target/bare/release/hgcs-bench-bare \
        "$1" "127.0.0.1:$((port + 1))" "$pool" >"$work/bare.out" 2>&1 &
    bare_pid=$!
    until bare_token=$(head -1 "$work/bare.out") && [ -n "$bare_token" ] &&
        curl -fs -o /dev/null -H "Authorization: Bearer $bare_token" "http://127.0.0.1:$((port + 1))/"; do
        kill -0 "$bare_pid" 2>/dev/null || { cat "$work/bare.out" >&2; exit 1; }
        sleep 0.05
    done
    out=$(wrk -t 2 -c 64 -d "${seconds}s" -H "Authorization: Bearer $bare_token" "http://127.0.0.1:$((port + 1))/")
    kill "$bare_pid"
    wait "$bare_pid" 2>/dev/null || true
    ! grep -q Non-2xx <<<"$out" || { echo "bench: the bare server failed: $out" >&2; exit 1; }
    rps=$(awk '/^Requests\/sec/ { printf "%d", $2 }' <<<"$out")
    awk -v r="$rps" -v t="$2" 'BEGIN { printf " %8d %6.2f\n", r, (t > 0 ? r / t : 0) }'
}
