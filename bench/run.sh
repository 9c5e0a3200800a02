#!/usr/bin/env bash
# Benchmarks the gateway's HTTP layer against nginx serving a static 200 on the same machine in
# the same run, then measures idle RSS and time-to-listening of `moltdesk --headless`.
# Usage: bench/run.sh [seconds-per-run]     (default 10). Needs wrk and nginx-light (installed here).
# Loopback only: every request goes to 127.0.0.1.
#        bench/run.sh agent [turns]     (default 2000) agent turns against an instant fake provider:
#        builds only the `agentturns` target (Release, -j2, MOLTDESK_BUILD_BENCH=ON) in build-bench/
#        and prints Markdown tables (see docs/benchmarks.md, "agent turns").
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="$root/build-bench"

if [ "${1:-}" = "agent" ]; then
  turns="${2:-2000}"
  "$root/scripts/setup-deps.sh" build
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DMOLTDESK_BUILD_TESTS=OFF \
    -DMOLTDESK_BUILD_BENCH=ON >/dev/null
  # Only the bench and what it links: the machine is small and shared.
  cmake --build "$build" -j2 --target agentturns >/dev/null
  echo "Machine: $(nproc) cores, $(awk '/^MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), load before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  exec "$build/bench/agentturns" --turns "$turns"
fi

secs="${1:-10}"

"$root/scripts/setup-deps.sh" build
for p in wrk nginx-light; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || \
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$p" >/dev/null
done
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DMOLTDESK_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" -j"$(nproc)" >/dev/null
bin="$build/app/moltdesk"

work="$(mktemp -d)"
cleanup() {
  [ -n "${md_pid:-}" ] && kill "$md_pid" 2>/dev/null || true
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# --- the gateway under test
export MOLTDESK_TOKEN="bench-$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
"$bin" --headless --data-dir "$work/data" --listen 127.0.0.1:0 >"$work/md.out" 2>"$work/md.err" &
md_pid=$!
for _ in $(seq 1 100); do grep -q '^listening on' "$work/md.out" 2>/dev/null && break; sleep 0.1; done
md_url="$(sed -n 's/^listening on //p' "$work/md.out")"
[ -n "$md_url" ] || { echo "moltdesk did not start"; cat "$work/md.err"; exit 1; }

# --- nginx: a static 200 on a free port, one worker (the gateway's server is one thread too)
ng_port=$(( 20000 + RANDOM % 20000 ))
mkdir -p "$work/nginx"
cat >"$work/nginx.conf" <<NGINX
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $work/nginx;
  server {
    listen 127.0.0.1:$ng_port;
    location / { return 200 '{"status":"ok"}'; }
  }
}
NGINX
nginx -c "$work/nginx.conf"
ng_url="http://127.0.0.1:$ng_port"

post_lua="$root/bench/lib/post1k.lua"

run_wrk() { # name url conns [script]
  local name=$1 url=$2 conns=$3 script=${4:-}
  local threads=$(( conns < 2 ? 1 : 2 ))
  local args=(-t"$threads" -c"$conns" -d"${secs}s" --latency)
  [ -n "$script" ] && args+=(-s "$script")
  local out; out="$(wrk "${args[@]}" "$url")"
  local rps p50 p99
  rps=$(awk '/^Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  printf '| %-32s | %5s | %10s | %9s | %9s |\n' "$name" "$conns" "$rps" "$p50" "$p99"
}

echo "## HTTP ($secs s per run, wrk on loopback)"
echo
echo "| target | conns | req/s | p50 | p99 |"
echo "|---|---|---|---|---|"
for c in 1 8 32; do
  run_wrk "moltdesk GET /healthz" "$md_url/healthz" "$c"
  run_wrk "nginx GET static 200" "$ng_url/" "$c"
done
for c in 1 8 32; do
  run_wrk "moltdesk POST 1 KiB /healthz→405" "$md_url/healthz" "$c" "$post_lua"
  run_wrk "nginx POST 1 KiB static 200" "$ng_url/" "$c" "$post_lua"
done
echo

sleep 2
rss_kb=$(awk '/^VmRSS/ {print $2}' "/proc/$md_pid/status")
kill -TERM "$md_pid"; wait "$md_pid" || true; md_pid=""

echo "## --headless"
echo
echo "- RSS after the load above, idle: $((rss_kb / 1024)) MiB ($rss_kb kB)"

# Idle RSS of a fresh process, and time from exec to the "listening on" line, 10 runs.
times=()
for i in $(seq 1 10); do
  rm -rf "$work/d$i"
  start=$(date +%s%N)
  "$bin" --headless --data-dir "$work/d$i" --listen 127.0.0.1:0 >"$work/t.out" 2>/dev/null &
  pid=$!
  until grep -q '^listening on' "$work/t.out" 2>/dev/null; do :; done
  end=$(date +%s%N)
  times+=($(( (end - start) / 1000000 )))
  if [ "$i" = 1 ]; then sleep 2; fresh_kb=$(awk '/^VmRSS/ {print $2}' "/proc/$pid/status"); fi
  kill -TERM "$pid"; wait "$pid" || true
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "- RSS of a fresh idle process: $((fresh_kb / 1024)) MiB ($fresh_kb kB)"
echo "- time to listening (exec → 'listening on' line, 10 runs, fresh data dir each): median ${sorted[5]} ms, min ${sorted[0]} ms, max ${sorted[9]} ms"
