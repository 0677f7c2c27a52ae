#!/usr/bin/env bash
# start_time.sh measures the desktop from its start to a drawn first screen
# (docs/PERFORMANCE.md): it starts the binary and grabs the screen until the
# navigation's selected entry (the highlighted "Today" at the top left of a
# 1280 × 720 window) has been drawn. A grab takes about 60 ms, which is the
# resolution of the figure.
#
#   DISPLAY=:99 scripts/start_time.sh BINARY DATABASE
# The screen must show no other window at the start (the region is black).
set -euo pipefail
bin=$1 db=$2
if pgrep -f "^$bin " >/dev/null; then echo "$bin is already running"; exit 1; fi
lit() { # the mean brightness of the first navigation entry, 0 to 1
	import -window root -crop 100x30+10+40 +repage png:- 2>/dev/null | convert - -format '%[fx:mean]' info:
}
start=$(date +%s%N)
"$bin" --db "$db" >/dev/null 2>&1 & ap=$!
trap 'kill $ap 2>/dev/null; wait $ap 2>/dev/null' EXIT
while :; do
	m=$(lit || echo 0)
	if awk -v m="$m" 'BEGIN { exit !(m > 0.1) }'; then break; fi
	if (( ($(date +%s%N) - start) > 20000000000 )); then echo "no first screen after 20 s"; exit 1; fi
done
echo "first screen drawn after $(( ($(date +%s%N) - start) / 1000000 )) ms"
