#!/usr/bin/env bash
# Retakes the screenshots in docs/screenshots from the real app, driven by the keyboard only.
#
#   mvn -B -q package -DskipTests && docs/screenshots/take.sh [WIDTHxHEIGHT]
#
# WIDTHxHEIGHT is the window's size (default 1280x800, the app's default window; the screen is
# 1440x900). Pictures of another size get the size in their name (prospects-light-1024x700.png).
# Needs ../shared/tools/screenshot (Xvfb, xdotool, ImageMagick) or SCREENSHOT=path/to/it.
# JAR=path/to/sales-call-planner.jar takes another build; ONLY="review call-mode" only those.
# The import wizard's pictures need a file chooser answered: see docs/ui.md, "Screenshots".
set -euo pipefail
size=${1:-1280x800}
w=${size%x*}; h=${size#*x}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
jar=${JAR:-$root/target/sales-call-planner.jar}
shot=${SCREENSHOT:-$root/../shared/tools/screenshot}
[ -x "$shot" ] || shot=/work/shared/tools/screenshot
suffix=""; [ "$size" = 1280x800 ] || suffix="-$size"

# One sample planner, made the same way each time (seeded), copied fresh for every picture.
sample=$(mktemp -d)
java -jar "$jar" --data "$sample" demo --prospects 60 --calls 300 --seed 11 >/dev/null

take() { # take NAME THEME KEYS...: opens the app on a fresh copy, types KEYS, keeps the window's pixels
  local name=$1 theme=$2; shift 2
  case " ${ONLY:-$name} " in *" $name "*) ;; *) return 0;; esac
  local data; data=$(mktemp -d)
  cp -r "$sample/." "$data/"
  printf 'dark=%s\nx=0\ny=0\nwidth=%s\nheight=%s\nmaximized=false\n' \
    "$([ "$theme" = dark ] && echo true || echo false)" "$w" "$h" > "$data/window.properties"
  local args=()
  for k in "$@"; do
    case "$k" in type:*) args+=(-y "${k#type:}");; click:*) args+=(-c "${k#click:}");; *) args+=(-k "$k");; esac
  done
  "$shot" "/tmp/shot-$name.png" -s 4 -t "Sales Call Planner" "${args[@]}" -- \
    java -jar "$jar" --data "$data" >/dev/null
  convert "/tmp/shot-$name.png" -crop "${w}x${h}+0+0" +repage "$here/$name-$theme$suffix.png"
  rm -rf "$data"
}

for theme in light dark; do
  take prospects "$theme" ctrl+1
  take today "$theme" ctrl+2
  take pipeline "$theme" ctrl+3
  take reports "$theme" ctrl+4
  take settings "$theme" ctrl+5
  take help "$theme" F1
  # Tab from the search box to the list (its first row is selected as it takes the focus).
  take prospect-detail "$theme" ctrl+1 "Tab Tab Tab Tab" Return
  # A new plan for the seventh prospect (at Prospecting, no call planned), its stretch typed in:
  # the checker reads it and finds it aims too far ahead for the stage.
  take plan-a-call "$theme" ctrl+1 "Tab Tab Tab Tab" "Down Down Down Down Down Down" ctrl+p \
    "type:Their CFO agrees to a two-week pilot on one line by Friday"
  # Call mode for the tenth prospect (a call planned tomorrow), its stretch objective ticked with 1;
  # then Finish and review (clicked: at the default size the button sits at the top right).
  take call-mode "$theme" ctrl+1 "Tab Tab Tab Tab" "Down Down Down Down Down Down Down Down Down" ctrl+Return 1
  [ "$size" = 1280x800 ] && take review "$theme" ctrl+1 "Tab Tab Tab Tab" \
    "Down Down Down Down Down Down Down Down Down" ctrl+Return 1 click:1169,37
done
rm -rf "$sample"
echo "saved in $here"
