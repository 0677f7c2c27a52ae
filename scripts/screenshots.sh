#!/usr/bin/env bash
# Redraws the screenshots in docs/screenshots/ from the real app on a virtual
# display, with a fresh sample database and a fresh home folder, so neither
# your data nor your window preferences end up in the pictures. Run through
# `make screenshots`, which installs Xvfb, ImageMagick, xdotool and poppler
# and builds bin/ first.
#
# The window is 1280×800 at scale 1 with the light theme, and there is no
# window manager, so a click at a fixed point always lands on the same
# widget. If a layout changes, run this, look at the pictures, and move the
# coordinates below.
#
# To add a screen: in shoot below, send the keys that open it, then `shot NAME`.
#
#   scripts/screenshots.sh [LANGUAGE...]
#
# LANGUAGE is en, nl or fr (default: en nl). English pictures are NAME.png;
# the others NAME-nl.png and NAME-fr.png beside them, taken on the same
# sample data with the app started under a Flemish or Walloon locale. The
# page of the PDF is taken in English only: a document is in its client's
# language, whatever the screens'.
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
app=""
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

app_running() { [ -n "$app" ] && kill -0 "$app" 2>/dev/null; }

# window_up sets WID to the app's window once it is on screen.
window_up() {
	app_running || fail "the app exited before its window appeared"
	WID=$(xdotool search --onlyvisible --name "^$TITLE" 2>/dev/null | head -n 1)
	[ -n "$WID" ]
}

# start_app HOME DB: start the app with its own home folder on database DB
# and wait for its window. The home folder holds a fake xdg-open, so "open
# the PDF" succeeds quietly instead of saying no viewer is installed.
start_app() {
	local home=$1 db=$2
	mkdir -p "$home/Documents" "$home/bin"
	printf '#!/bin/sh\nexit 0\n' >"$home/bin/xdg-open"
	chmod +x "$home/bin/xdg-open"
	# A fixed theme and scale, so screenshots change only when the app does.
	env -u XDG_CONFIG_HOME -u XDG_CACHE_HOME -u XDG_DATA_HOME -u LC_ALL -u LC_MESSAGES -u LANGUAGE \
		HOME="$home" PATH="$home/bin:$PATH" LANG="$APP_LOCALE" \
		FYNE_THEME="${FYNE_THEME:-light}" FYNE_SCALE="${FYNE_SCALE:-1}" \
		"$BIN/interimdesk" --db "$db" >"$TMP/app.log" 2>&1 &
	app=$!
	pids+=("$app")
	poll 60 window_up || fail "no window named '$TITLE' after 60 s"
	place_window
}

stop_app() {
	kill "$app" 2>/dev/null || true
	wait "$app" 2>/dev/null || true
	app=""
}

# place_window puts the window over the whole display; there is no window
# manager, and the app may size itself once more after it appeared.
place_window() {
	xdotool windowmove --sync "$WID" 0 0
	xdotool windowsize --sync "$WID" "$WIDTH" "$HEIGHT"
}

# keys KEY...: send keystrokes (xdotool names, e.g. ctrl+2 Tab Return) to the
# app's window.
keys() {
	xdotool windowfocus --sync "$WID"
	xdotool key --clearmodifiers --delay 150 "$@"
	sleep 0.3
}

# type_text TEXT: type TEXT into the focused field, slowly enough that the
# app sees every key.
type_text() {
	xdotool windowfocus --sync "$WID"
	xdotool type --delay 150 "$1"
	sleep 0.3
}

# click X Y: click at a point of the window.
click() {
	xdotool mousemove --sync "$1" "$2" click 1
	sleep 0.5
}

# scroll_down X Y N: turn the mouse wheel N notches over a point.
scroll_down() {
	xdotool mousemove --sync "$1" "$2"
	for _ in $(seq "$3"); do
		xdotool click 5
		sleep 0.1
	done
	sleep 0.3
}

# shot NAME: let the screen settle, then grab the display as OUT/NAME.png,
# with the pointer parked on the empty navigation column so no row shows a
# hover highlight, and reduced to 256 colours to keep the file small.
shot() {
	place_window
	xdotool mousemove 60 760
	sleep "${SETTLE:-1}"
	app_running || fail "the app exited before shot $1"
	import -window root "$TMP/shot.png"
	convert "$TMP/shot.png" -strip -colors 256 "PNG8:$OUT/$1$SUFFIX.png"
	echo "wrote $OUT/$1$SUFFIX.png ($(du -k "$OUT/$1$SUFFIX.png" | cut -f1) KB)"
}

# use_language LANGUAGE sets the locale the app starts under and the suffix
# of the pictures. C.UTF-8 is what a bare Linux session has; the app falls
# back to English under it, quietly.
use_language() {
	# GAP_X is the gap between the two offers of a proposal, where the wheel
	# scrolls the form: the navigation is wider in Dutch and French
	# ("Bureau-instellingen"), which moves it.
	case $1 in
	en) APP_LOCALE=C.UTF-8 SUFFIX="" GAP_X=933 ;;
	nl) APP_LOCALE=nl_BE.UTF-8 SUFFIX="-nl" GAP_X=903 ;;
	fr) APP_LOCALE=fr_BE.UTF-8 SUFFIX="-fr" GAP_X=903 ;;
	*) fail "no screenshots in '$1'; use en, nl or fr" ;;
	esac
	SHOT_LANG=$1
}

[ -x "$BIN/interimdesk" ] && [ -x "$BIN/interimdesk-cli" ] ||
	fail "no $BIN/interimdesk or $BIN/interimdesk-cli; run 'make screenshots'"
for tool in Xvfb xdotool import convert pdftoppm; do
	command -v "$tool" >/dev/null || fail "$tool is missing; run 'make screenshots', which installs it"
done
mkdir -p "$OUT"

[ ! -e "/tmp/.X${DISPLAY_NUM#:}-lock" ] ||
	fail "display $DISPLAY_NUM is taken; set SCREENSHOT_DISPLAY=:NN to use another"
Xvfb "$DISPLAY_NUM" -screen 0 "${WIDTH}x${HEIGHT}x24" -nolisten tcp >"$TMP/xvfb.log" 2>&1 &
pids+=($!)
export DISPLAY=$DISPLAY_NUM
poll 10 display_up ||
	fail "Xvfb did not start on $DISPLAY_NUM: $(cat "$TMP/xvfb.log")"

# shoot LANGUAGE takes every picture in that language, on a fresh sample
# database in a fresh home folder, so no preference carries over.
shoot() {
	use_language "$1"
	"$BIN/interimdesk-cli" --db "$TMP/demo-$1.db" demo
	start_app "$TMP/home-$1" "$TMP/demo-$1.db"

	# Today: the first screen, where a fresh start opens.
	shot today

	# Managers: the roster.
	keys ctrl+1
	shot managers

	# Managers: French-speaking CFOs free a month from now. The language filter
	# is the middle drop-down; French is the third choice in its menu.
	click 468 88
	click 387 200
	keys ctrl+f
	type_text "CFO"
	click 240 127
	type_text "$(date -d '+1 month' +%F)"
	shot managers-search

	# A manager open in the form.
	click 300 245
	shot manager-detail

	# Clients: a new Belgian client with a VAT number that passes the check. The
	# form's fields in Tab order: legal name, trade name, country (filled in
	# with the firm's), VAT number, enterprise number, street, postcode, city.
	keys ctrl+2 ctrl+n
	type_text "Verhaeghe Logistics NV"
	keys Tab Tab ctrl+a
	type_text "BE"
	keys Tab
	type_text "BE0403170701"
	keys Tab
	type_text "0403.170.701"
	keys Tab
	type_text "Kortrijksesteenweg 12"
	keys Tab
	type_text "8500"
	keys Tab
	type_text "Kortrijk"
	keys ctrl+s
	shot clients

	# Proposals: a draft with the interim mandate beside the consulting offer
	# and the totals under them. The search finds it; emptying the search again
	# shows the whole pipeline with the draft still open.
	keys ctrl+3 ctrl+f
	type_text "Programmamanager"
	click 300 245
	keys ctrl+f ctrl+a BackSpace
	# The wheel must stay off entries, or it scrolls an entry's text instead of
	# the form: first over the labels of the general part, then over the gap
	# between the two offers.
	scroll_down 640 300 17
	shot proposals

	# Further down: the comparison of the two offers' totals.
	scroll_down "$GAP_X" 400 30
	shot proposal-totals

	# Ctrl+P on a draft asks before issuing; Tab Tab Space presses "Issue and open".
	keys ctrl+p
	shot proposal-issue
	keys Tab Tab space
	sleep 1
	# Back to the top, to the number, the status and the history: the wheel
	# over the gap between the offers, then over the labels of the general part.
	xdotool mousemove "$GAP_X" 400
	for _ in $(seq 40); do xdotool click 4; done
	xdotool mousemove 640 300
	for _ in $(seq 40); do xdotool click 4; done
	shot proposal-issued

	# One page of the PDF the desktop just wrote into the documents folder, in
	# the client's language: taken once, with the English pictures.
	if [ "$SHOT_LANG" = en ]; then
		pdfs=("$TMP/home-$SHOT_LANG/Documents/Interim Desk/"*.pdf)
		pdf=${pdfs[0]}
		[ -f "$pdf" ] || fail "issuing wrote no PDF into $TMP/home-$SHOT_LANG/Documents/Interim Desk"
		pdftoppm -png -r 90 -f 1 -l 1 -singlefile "$pdf" "$TMP/page"
		convert "$TMP/page.png" -strip -colors 256 "PNG8:$OUT/proposal-page1.png"
		echo "wrote $OUT/proposal-page1.png ($(du -k "$OUT/proposal-page1.png" | cut -f1) KB)"
	fi

	# Engagements with one open, then the firm's settings.
	keys ctrl+4
	click 300 245
	shot engagements
	# Who is free when: the planning board.
	keys ctrl+6
	shot planning
	keys ctrl+5
	shot firm
	# The bottom of the firm's settings: the defaults of new proposals and
	# the language of the screens on this computer.
	scroll_down 300 400 30
	shot firm-language

	# The contract clauses, from the button at the bottom of the firm's
	# settings; Close is the dialog's one button, in the middle.
	click 432 707
	shot contract-clauses
	click 640 737

	# The open engagement's contract: Ctrl+P asks before the first print,
	# which freezes it; Tab Tab Space presses "Save as PDF and open". Then notice
	# (the third button of the first row): the dialog works out the last
	# day before anything is recorded. It stays open; the app stops next.
	keys ctrl+4 ctrl+p
	keys Tab Tab space
	sleep 1
	shot contract
	click 1188 98
	shot engagement-terminate

	# The first start: an empty database in a new home folder.
	stop_app
	start_app "$TMP/home-empty-$SHOT_LANG" "$TMP/empty-$SHOT_LANG.db"
	shot welcome
	stop_app
}

languages=("$@")
[ ${#languages[@]} -gt 0 ] || languages=(en nl)
for l in "${languages[@]}"; do
	shoot "$l"
done
