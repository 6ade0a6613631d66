#!/bin/bash
# patchbay-cli map against jq 1.6 on the reference mapping (docs/functions.md, the demo's
# sync-customers): keep status = "active"; full_name ← CustomerName; email ← lower(email_address);
# active ← status = "active"; signup_date ← formatDate(created, "yyyy-MM-dd"); city ← address.city.
# Whole processes, the same files, median of 5 runs each; wall time and peak RSS (GNU time).
#
#   bench/map-vs-jq.sh [RECORDS]        (default 100000; needs a release build and jq)
set -euo pipefail
cd "$(dirname "$0")/.."
records=${1:-100000}
runs=5
cli=build/release/app/cli/patchbay-cli
api=build/release/app/demo-api/patchbay-demo-api
project=resources/demo/demo.patchbay.json
[ -x "$cli" ] && [ -x "$api" ] || { echo "build first: cmake --preset release && cmake --build --preset release" >&2; exit 1; }
command -v jq >/dev/null || { echo "jq is missing (apt-get install jq)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "GNU time is missing (apt-get install time)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$api" --customers "$records" --dump array > "$work/in.json"
"$api" --customers "$records" --dump jsonl > "$work/in.jsonl"

# The same mapping in jq. jq's fromdateiso8601 refuses fractional seconds, so the date is read
# with strptime — the cheapest faithful way to parse and reformat it in jq.
jq_filter='select(.status == "active") | {full_name: .CustomerName, email: (.email_address | ascii_downcase),
  active: (.status == "active"), signup_date: (.created | strptime("%Y-%m-%dT%H:%M:%S.000Z") | mktime | strftime("%Y-%m-%d")),
  city: .address.city}'

# Both must give the same records.
"$cli" map "$project" sync-customers --in "$work/in.json" --out "$work/pb.out"
jq -c ".[] | $jq_filter" "$work/in.json" > "$work/jq.out"
if ! cmp -s <(jq -cS . "$work/pb.out") <(jq -cS . "$work/jq.out"); then
    echo "the outputs differ; not comparing speeds" >&2
    exit 1
fi

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
measure() { # label, command...
    local label=$1; shift
    local times=() rss=()
    for _ in $(seq $runs); do
        /usr/bin/time -f "%e %M" -o "$work/t" "$@" > /dev/null
        read -r t m < "$work/t"
        times+=("$t"); rss+=("$m")
    done
    local mt mr
    mt=$(printf '%s\n' "${times[@]}" | median)
    mr=$(printf '%s\n' "${rss[@]}" | median)
    printf '%s %s %s\n' "$label" "$mt" "$mr"
}

{
    measure "jq-array" jq -c ".[] | $jq_filter" "$work/in.json"
    measure "patchbay-array" "$cli" map "$project" sync-customers --in "$work/in.json" --out /dev/stdout
    measure "jq-jsonl" jq -c "$jq_filter" "$work/in.jsonl"
    measure "patchbay-jsonl" "$cli" map "$project" sync-customers --in "$work/in.jsonl" --out /dev/stdout
} > "$work/results"

awk -v n="$records" '
    { t[$1] = $2; m[$1] = $3 }
    END {
        printf "%d records, median of 5 runs (wall time, peak RSS)\n\n", n
        printf "| input | jq 1.6 | patchbay-cli map | speed-up | memory |\n| --- | --- | --- | --- | --- |\n"
        split("array jsonl", forms, " ")
        for (i = 1; i <= 2; ++i) {
            f = forms[i]; j = t["jq-" f]; p = t["patchbay-" f]
            printf "| %s | %.2f s, %d rec/s, %.1f MiB | %.2f s, %d rec/s, %.1f MiB | %.1fx | %.2fx of jq |\n", \
                (f == "array" ? "JSON array" : "JSON Lines"), j, n / j, m["jq-" f] / 1024, p, n / p, m["patchbay-" f] / 1024, \
                j / p, m["patchbay-" f] / m["jq-" f]
        }
    }' "$work/results"
