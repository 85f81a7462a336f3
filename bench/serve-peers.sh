#!/usr/bin/env bash
# Q1–Q6 of ../shared/peers through `kg serve`, warm: the peers' generated graph imported into a
# store, kg serve started on it, each query asked over HTTP (one keep-alive connection, all rows:
# limit past the answer's size) after a warm-up, and the median of RUNS timings printed. Q6 is
# the 1000 existence probes as 1000 requests on one connection, timed together.
# Usage: bench/serve-peers.sh [TRIPLES] [RUNS]  (default 1000000 triples, 5 runs)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
peers=$(cd "$here/../shared/peers" && pwd)
n=${1:-1000000}
runs=${2:-5}
build=$("$here/scripts/build")
work="$here/$build/serve-peers"
mkdir -p "$work"
[ -f "$work/graph-$n.nt" ] || node "$peers/gen.js" "$n" --out "$work" >/dev/null
db="$work/graph-$n.db"
[ -d "$db" ] || "$here/$build/kg" import --db "$db" "$work/graph-$n.nt" >/dev/null

"$here/$build/kg" serve --db "$db" --port 0 --time-limit 600000 >"$work/serve.out" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 100); do grep -q listening "$work/serve.out" && break; sleep 0.1; done
url=$(grep -o 'http://[^ ]*' "$work/serve.out" | head -1)
url=${url%/}

# The queries as ../shared/peers/runners/kg.js fills its templates.
python3 - "$work/graph-$n.queries.json" "$peers/queries/kg" "$work" <<'PY'
import json, sys, urllib.parse
q = json.load(open(sys.argv[1])); tpl = sys.argv[2]; out = sys.argv[3]
fill = {"HUB": q["q1"]["subject"], "Q2_P": q["q2"]["predicate"], "Q2_O": q["q2"]["object"],
        "Q3_P1": q["q3"]["p1"], "Q3_P2": q["q3"]["p2"], "Q4_START": q["q4"]["start"],
        "MAX_HOPS": str(q["q4"]["max_hops"])}
def filled(name, extra={}):
    text = open(f"{tpl}/{name}.kgq").read().strip()
    for k, v in {**fill, **extra}.items(): text = text.replace("{{" + k + "}}", v)
    return text.rstrip(";")
for name in ["Q1", "Q2", "Q3", "Q4", "Q5"]:
    open(f"{out}/{name}.url", "w").write("/api/query?limit=100000000&q=" + urllib.parse.quote(filled(name)) + "\n")
with open(f"{out}/Q6.urls", "w") as f:
    for s, p, o in q["q6"]["probes"]:
        f.write("url = \"/api/query?q=" + urllib.parse.quote(filled("Q6", {"S": s, "P": p, "O": o})) + "\"\n")
        f.write("output = \"/dev/null\"\n")
PY

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
printf '%-4s %10s  %s\n' query "median ms" rows
for name in Q1 Q2 Q3 Q4 Q5; do
  path=$(cat "$work/$name.url")
  curl -s -o "$work/$name.json" "$url$path"  # warm-up
  rows=$(python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print(r.get("total", len(r["rows"])) if len(r["rows"]) != 1 or len(r["rows"][0]) != 1 else r["rows"][0][0])' "$work/$name.json")
  ms=$(for _ in $(seq "$runs"); do curl -s -o /dev/null -w '%{time_total}\n' "$url$path"; done | awk '{print $1 * 1000}' | median)
  printf '%-4s %10.2f  %s\n' "$name" "$ms" "$rows"
done
# Q6: 1000 requests on one connection (curl reuses it across the URLs of one invocation).
sed "s|url = \"|url = \"$url|" "$work/Q6.urls" >"$work/Q6.curl"
answers=$(curl -s -K <(sed 's|^output = .*||' "$work/Q6.curl") | grep -o '"rows":\[\[true\]\]' | wc -l)  # warm-up
ms=$(for _ in $(seq "$runs"); do
  start=$(date +%s%N); curl -s -K "$work/Q6.curl"; echo $(( ($(date +%s%N) - start) / 1000 ));
done | awk '{print $1 / 1000}' | median)
printf '%-4s %10.2f  %s\n' Q6 "$ms" "1000 requests, $answers true"
