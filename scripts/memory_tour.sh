#!/usr/bin/env bash
# memory_tour.sh measures the desktop's resident memory against a bare Fyne
# window on the same X display (docs/PERFORMANCE.md, "Desktop memory"):
# right after start, after scrolling the roster end to end, and after
# visiting every screen with a PDF preview. Coordinates are those of the
# 1280 × 720 window on a 1366 × 768 screen.
#
#   DISPLAY=:99 scripts/memory_tour.sh BINARY BAREFYNE DATABASE
set -euo pipefail
bin=$1 bare=$2 db=$3
rss() { awk '/VmRSS|VmHWM/{printf "%s %d MB  ", $1, $2/1024}' /proc/"$1"/status; echo; }

"$bare" >/dev/null 2>&1 & bp=$!
sleep 6
echo -n "bare Fyne window: "; rss $bp
kill $bp; wait $bp 2>/dev/null || true

# The preview opens in the PDF viewer of the desktop; a stand-in keeps
# the viewer's memory out of the figure.
stub=$(mktemp -d); printf '#!/bin/sh\nexit 0\n' >"$stub/xdg-open"; chmod +x "$stub/xdg-open"
PATH="$stub:$PATH" "$bin" --db "$db" >"${TOUR_LOG:-/dev/null}" 2>&1 & ap=$!
trap 'kill $ap 2>/dev/null; rm -rf "$stub"' EXIT
sleep 8
echo -n "desktop after start: "; rss $ap
xdotool key ctrl+1; sleep 4
# The roster's scrollbar, dragged from the top to the bottom.
xdotool mousemove 787 233 mousedown 1
for y in $(seq 245 13 750); do xdotool mousemove 787 "$y"; sleep 0.25; done
xdotool mouseup 1; sleep 8
echo -n "after scrolling the roster: "; rss $ap
xdotool mousemove 300 260 click 1; sleep 2
for k in 2 3 4 5 6 0; do
	xdotool key ctrl+$k; sleep 3
	xdotool mousemove 300 260 click 1; sleep 3
	if [ $k = 3 ]; then
		xdotool mousemove 766 738 click 1; sleep 6   # Preview PDF
	fi
done
sleep 5
echo -n "after every screen and a PDF: "; rss $ap
if [ -n "${INTERIMDESK_HEAPPROFILE:-}" ]; then kill -USR1 $ap; sleep 2; grep Anonymous /proc/$ap/smaps_rollup; fi
