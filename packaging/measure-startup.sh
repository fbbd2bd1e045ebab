#!/usr/bin/env bash
# Start-up of an installed or app-image launcher, measured from outside the process.
#   packaging/measure-startup.sh [LAUNCHER] [RUNS]      default /opt/verbatim/bin/Verbatim, 5 runs
# Prints, per run, the app's own "first frame: N ms" (from the process's start, read by the app from
# /proc to 10 ms, to the second frame pulse) and the wall time of the whole launcher process (/usr/bin/time -f %e, which
# also counts the exit after the frame); then the medians. The first run is a cold start when the page
# cache can be dropped (root, Linux: sync; echo 3 > /proc/sys/vm/drop_caches); it is not in the warm median.
# One Xvfb server serves all runs (xvfb-run when there is no DISPLAY), so its own start is not counted.
set -euo pipefail
LAUNCHER="${1:-/opt/verbatim/bin/Verbatim}"
RUNS="${2:-5}"
[ -x "$LAUNCHER" ] || { echo "no launcher $LAUNCHER" >&2; exit 1; }
if [ -z "${DISPLAY:-}" ] && [ -z "${MEASURE_INNER:-}" ]; then
  exec env MEASURE_INNER=1 xvfb-run -a -s "-screen 0 1280x1024x24" "$0" "$@"
fi
median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
one_run() { # prints "frame_ms wall_s"
  local out; out="$(mktemp)"
  /usr/bin/time -f 'wall %e' -o "$out.time" "$LAUNCHER" --smoke "$@" > "$out" 2>/dev/null
  printf '%s %s\n' "$(sed -n 's/^first frame: \([0-9]*\) ms$/\1/p' "$out")" "$(sed -n 's/^wall //p' "$out.time")"
  rm -f "$out" "$out.time"
}
cold="not measured (cannot drop the page cache here: needs root on Linux)"
if sync 2>/dev/null && { echo 3 > /proc/sys/vm/drop_caches; } 2>/dev/null; then
  read -r f w < <(one_run)
  cold="first frame ${f} ms, wall ${w} s (after dropping the page cache)"
else
  one_run >/dev/null   # warm the cache so the median below is warm
fi
echo "cold: $cold"
frames=(); walls=()
for i in $(seq "$RUNS"); do
  read -r f w < <(one_run)
  echo "warm run $i: first frame ${f} ms, wall ${w} s"
  frames+=("$f"); walls+=("$w")
done
echo "warm median: first frame $(printf '%s\n' "${frames[@]}" | median) ms, wall $(printf '%s\n' "${walls[@]}" | median) s ($RUNS runs)"
