#!/usr/bin/env bash
# Redraws the screenshots in docs/screenshots/ from the real app on a virtual
# display, with a fresh sample database. Run through `make screenshots`, which
# installs Xvfb, ImageMagick and xdotool and builds bin/ first.
#
# To add a screen: at the bottom, send the keys that open it, then `shot NAME`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

BIN=${BIN:-bin}
OUT=${OUT:-docs/screenshots}
DISPLAY_NUM=${SCREENSHOT_DISPLAY:-:99}
WIDTH=1280
HEIGHT=800
TITLE="Interim Desk"

TMP=$(mktemp -d)
pids=()
cleanup() {
	for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
	wait 2>/dev/null || true
	rm -rf "$TMP"
}
trap cleanup EXIT

fail() {
	echo "screenshots: $*" >&2
	[ -s "$TMP/app.log" ] && sed 's/^/  app: /' "$TMP/app.log" >&2
	exit 1
}

# poll SECONDS CMD...: run CMD every 0.2 s until it succeeds or time runs out.
poll() {
	local deadline=$((SECONDS + $1))
	shift
	until "$@"; do
		[ "$SECONDS" -lt "$deadline" ] || return 1
		sleep 0.2
	done
}

# display_up: our Xvfb is alive and answers.
display_up() { kill -0 "${pids[0]}" 2>/dev/null && xdotool getdisplaygeometry >/dev/null 2>&1; }

app_running() { kill -0 "$app" 2>/dev/null; }

# window_up sets WID to the app's window once it is on screen.
window_up() {
	app_running || fail "the app exited before its window appeared"
	WID=$(xdotool search --onlyvisible --name "^$TITLE" 2>/dev/null | head -n 1)
	[ -n "$WID" ]
}

# keys KEY...: send keystrokes (xdotool names, e.g. ctrl+2 Tab Return) to the
# app's window.
keys() {
	xdotool windowfocus --sync "$WID"
	xdotool key --clearmodifiers --delay 50 "$@"
}

# type_text TEXT: type TEXT into the focused field.
type_text() {
	xdotool windowfocus --sync "$WID"
	xdotool type --delay 20 "$1"
}

# shot NAME: let the screen settle, then grab the display as OUT/NAME.png.
shot() {
	sleep "${SETTLE:-1}"
	app_running || fail "the app exited before shot $1"
	import -window root "$OUT/$1.png"
	echo "wrote $OUT/$1.png"
}

[ -x "$BIN/interimdesk" ] && [ -x "$BIN/interimdesk-cli" ] ||
	fail "no $BIN/interimdesk or $BIN/interimdesk-cli; run 'make screenshots'"
mkdir -p "$OUT"

[ ! -e "/tmp/.X${DISPLAY_NUM#:}-lock" ] ||
	fail "display $DISPLAY_NUM is taken; set SCREENSHOT_DISPLAY=:NN to use another"
Xvfb "$DISPLAY_NUM" -screen 0 "${WIDTH}x${HEIGHT}x24" -nolisten tcp >"$TMP/xvfb.log" 2>&1 &
pids+=($!)
export DISPLAY=$DISPLAY_NUM
poll 10 display_up ||
	fail "Xvfb did not start on $DISPLAY_NUM: $(cat "$TMP/xvfb.log")"

"$BIN/interimdesk-cli" --db "$TMP/demo.db" demo
# A fixed theme and scale, so screenshots change only when the app does.
FYNE_THEME=${FYNE_THEME:-light} FYNE_SCALE=${FYNE_SCALE:-1} \
	"$BIN/interimdesk" --db "$TMP/demo.db" >"$TMP/app.log" 2>&1 &
app=$!
pids+=("$app")
poll 60 window_up || fail "no window named '$TITLE' after 60 s"

# There is no window manager: place the window over the whole display.
xdotool windowmove --sync "$WID" 0 0
xdotool windowsize --sync "$WID" "$WIDTH" "$HEIGHT"

# Screens. The app opens on the managers list.
shot managers

# Add more screens here, each as the keys that open it followed by a shot:
#   keys ctrl+2
#   shot clients
