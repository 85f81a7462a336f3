#!/usr/bin/env bash
# Runs kg beside the peer graph stores of ../shared/peers on the same generated graph and
# prints the summary table. Usage: bench/peers.sh [TRIPLES] [PEERS...]  (default 1000000, all)
# PEERS_DIR runs a copy of the harness instead (it writes node_modules, data/ and results/).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
peers=$(cd "${PEERS_DIR:-$here/../shared/peers}" && pwd)
n=${1:-1000000}
shift || true
build=$("$here/scripts/build")
cd "$peers"
[ -d node_modules ] || npm ci --silent
command -v sqlite3 >/dev/null && [ -x /usr/bin/time ] || apt-get install -y -qq sqlite3 time >/dev/null
KG_BIN="$here/$build/kg" ./run.sh "$n" "$@"
cat "results/$n.summary.md"
