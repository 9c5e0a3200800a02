#!/usr/bin/env bash
# Takes a screenshot of every page of the panel with sample data and writes them to
# docs/screenshots/. Builds the app (scripts/run.sh's Release build), fills a throw-away data
# directory through the real code paths (conversations through /v1/chat/completions against a
# stand-in local model server, a cron job, KV entries), then starts the panel under Xvfb with
# MOLTDESK_SCREENSHOT_DIR set: the window shows each page in turn, grabs it and quits.
#
# scripts/screenshots.sh --first-run [DIR] instead walks a newcomer's first minutes on a fresh data
# directory - the first-run wizard, the first Telegram message and its pairing request, the answer -
# with the real app against the test suite's fake Bot API and model server (tests/panel/
# tst_panelfirstrun.cpp), and writes first-*.png (default DIR: docs/screenshots).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
if [ "${1:-}" = "--first-run" ]; then
    OUT=${2:-$ROOT/docs/screenshots}
    mkdir -p "$OUT"
    scripts/setup-deps.sh test
    cmake -S . -B build-tests -G Ninja -DCMAKE_BUILD_TYPE=Debug >/dev/null
    cmake --build build-tests -j"$(nproc)" --target tst_panelfirstrun
    MOLTDESK_GRAB_DIR=$(cd "$OUT" && pwd) exec dbus-run-session -- scripts/lib/in-test-session.sh build-tests \
        -R panel/panelfirstrun
fi
OUT=${1:-$ROOT/docs/screenshots}

# MOLTDESK_BIN=path/to/moltdesk uses an existing build instead of building one.
if [ -z "${MOLTDESK_BIN:-}" ]; then
    scripts/setup-deps.sh build
    cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DMOLTDESK_BUILD_TESTS=OFF >/dev/null
    cmake --build build -j"$(nproc)" --target moltdesk
    MOLTDESK_BIN=$ROOT/build/app/moltdesk
fi
dpkg -s xvfb xauth sqlite3 >/dev/null 2>&1 || { SUDO=$([ "$(id -u)" = 0 ] || echo sudo); $SUDO apt-get install -y --no-install-recommends xvfb xauth sqlite3; }

WORK=$(mktemp -d)
cleanup() { kill "${PROVIDER:-}" "${APP:-}" 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT
MODEL_PORT=18731
APP_PORT=18732
python3 scripts/lib/sample-provider.py $MODEL_PORT & PROVIDER=$!
for _ in $(seq 50); do (exec 3<>/dev/tcp/127.0.0.1/$MODEL_PORT) 2>/dev/null && break; sleep 0.2; done
cat > "$WORK/config.json" <<JSON
{
  "ai": {
    "defaultModel": "openaiCompatible/llama3.1",
    "providers": {"openaiCompatible": {"baseUrl": "http://127.0.0.1:$MODEL_PORT"}},
    "pricing": {"openaiCompatible/llama3.1": {"inputPerMTok": 300, "outputPerMTok": 1500}},
    "budgets": {"dailyUsd": 0.5, "monthlyUsd": 10}
  },
  "cron": {"jobs": [{"id": "morning-brief", "schedule": "0 7 * * 1-5", "prompt": "Give me today's agenda."}]}
}
JSON
export MOLTDESK_TOKEN=screenshot-token-0123456789abcdef0123456789
"$MOLTDESK_BIN" --headless --data-dir "$WORK/data" --config "$WORK/config.json" --listen 127.0.0.1:$APP_PORT & APP=$!
for _ in $(seq 50); do curl -sf http://127.0.0.1:$APP_PORT/healthz >/dev/null && break; sleep 0.2; done
ask() { # user, text
    curl -sf http://127.0.0.1:$APP_PORT/v1/chat/completions -H "Authorization: Bearer $MOLTDESK_TOKEN" \
        -H 'Content-Type: application/json' \
        -d "{\"model\":\"moltdesk\",\"user\":\"$1\",\"messages\":[{\"role\":\"user\",\"content\":\"$2\"}]}" >/dev/null \
        || echo "screenshots: a sample conversation turn failed (continuing)" >&2
}
for user in alice bob carol dave; do
    ask $user "Hi! Can you help me plan tomorrow?"
    ask $user "What is the weather going to be like in Berlin?"
    ask $user "Please remember that I need milk and eggs."
done
ask alice "Summarise the article I sent earlier."
kill $APP; wait $APP 2>/dev/null || true; APP=
# A few KV entries as the memory tool would leave them (namespace, key, JSON, expiry in ms).
NOW=$(($(date +%s) * 1000))
sqlite3 "$WORK/data/moltdesk.db" <<SQL
INSERT OR IGNORE INTO kv_namespaces(name, created) VALUES ('MOLTBOT_KV', $NOW);
INSERT OR REPLACE INTO kv(namespace, key, value, type, metadata, expiration, updated) VALUES
 ('MOLTBOT_KV', 'memory:api:alice:groceries', '{"items":["milk","eggs","coffee"]}', 1, NULL, NULL, $NOW),
 ('MOLTBOT_KV', 'memory:api:alice:timezone', '"Europe/Berlin"', 1, NULL, NULL, $NOW),
 ('MOLTBOT_KV', 'memory:api:bob:birthday', '"1990-04-12"', 1, NULL, $((NOW + 86400000 * 30)), $NOW),
 ('MOLTBOT_KV', 'cache:weather:berlin', '{"tempC":14,"sky":"light rain"}', 1, NULL, $((NOW + 3600000)), $NOW);
SQL

mkdir -p "$OUT"
MOLTDESK_SCREENSHOT_DIR="$OUT" LANG=C.UTF-8 xvfb-run -a -s "-screen 0 1400x900x24" \
    "$MOLTDESK_BIN" --data-dir "$WORK/data" --config "$WORK/config.json" --listen 127.0.0.1:$APP_PORT
ls -1 "$OUT"
