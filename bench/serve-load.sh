#!/usr/bin/env bash
# Loads kg serve with wrk: CONNECTIONS concurrent clients for SECONDS of the mixed requests in
# serve-load.lua, on the store DB. Prints wrk's throughput, latency percentiles and errors,
# and the server's resident memory before, during and after.
# Usage: bench/serve-load.sh DB [SECONDS=30] [CONNECTIONS=50]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
db=${1:?usage: bench/serve-load.sh DB [SECONDS] [CONNECTIONS]}
seconds=${2:-30}
connections=${3:-50}
"$here/scripts/install-deps"  # wrk among them
build=$("$here/scripts/build")

out=$(mktemp)
"$here/$build/kg" serve --db "$db" --port 0 >"$out" &
server=$!
trap 'kill $server 2>/dev/null; rm -f "$out"' EXIT
until grep -q 'listening on' "$out"; do
  kill -0 $server  # fails, and so ends the script, when the server did not start
  sleep 0.1
done
url=$(grep -o 'http://[^ ]*' "$out")
rss() { awk '/VmRSS/ { printf "%.1f MB", $2 / 1024 }' "/proc/$server/status"; }

echo "kg serve on $db: $connections connections for $seconds s"
echo "RSS at start: $(rss)"
wrk -t2 -c50 -d1s -s "$here/bench/serve-load.lua" "$url" >/dev/null  # warm the caches
echo "RSS warm:     $(rss)"
( sleep $((seconds / 2)); echo "RSS midway:   $(rss)" ) &
midway=$!
wrk -t2 -c"$connections" -d"${seconds}s" --latency --timeout 10s -s "$here/bench/serve-load.lua" "$url"
wait $midway
echo "RSS at end:   $(rss)"
kill -TERM $server
wait $server && echo "kg serve stopped cleanly on SIGTERM"
