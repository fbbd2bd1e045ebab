#!/usr/bin/env bash
# Renders verbatim.svg to the icon files each OS wants. The outputs are committed, so building the
# installers does not need these tools; rerun this after editing the SVG.
#   png/verbatim-N.png  N = 16 24 32 48 64 128 256 512 1024  (Linux: hicolor theme, jpackage --icon)
#   verbatim.ico        16 24 32 48 64 128 256               (Windows: jpackage --icon)
#   verbatim.icns       16 32 48 128 256 512 1024            (macOS: jpackage --icon)
# Needs (Debian): librsvg2-bin (rsvg-convert), imagemagick (convert), icnsutils (png2icns).
set -euo pipefail
cd "$(dirname "$0")"
for t in rsvg-convert png2icns; do command -v "$t" >/dev/null || { echo "need $t" >&2; exit 1; }; done
CONVERT=convert; [ -x /usr/bin/convert ] && CONVERT=/usr/bin/convert
mkdir -p png
for n in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert -w "$n" -h "$n" verbatim.svg -o "png/verbatim-$n.png"
done
"$CONVERT" png/verbatim-{16,24,32,48,64,128,256}.png verbatim.ico
png2icns verbatim.icns png/verbatim-{16,32,48,128,256,512,1024}.png >/dev/null
ls -l png verbatim.ico verbatim.icns
