#!/usr/bin/env bash
# Renders the README pictures (docs/images/client-*.png) with the demo script on a private Xvfb, against
# the test catalog served by a stand-in hall API (the shipped catalog may still be empty), and a viewpoint's
# panorama from the hall shipped in assets. Run from the
# repository root.
set -euo pipefail
cd "$(dirname "$0")/../.."
export HALL_ROOT=$PWD
source tools/launcher/lib.sh
source tools/launcher/parts/90-client.sh
mkdir -p "$RUN_DIR" target/readme-images docs/images
# the client's settings and kept catalogs stay in target/, not in the user's folders
export XDG_CONFIG_HOME="$PWD/target/readme-images/config" XDG_CACHE_HOME="$PWD/target/readme-images/cache"
cp=$(hall_classpath client-3d test)
rm -f target/readme-images/server.out
java -cp "$cp" org.virtualhall.client.testing.DemoHallServer >target/readme-images/server.out &
server=$!
trap 'kill $server' EXIT
until grep -q "/$" target/readme-images/server.out 2>/dev/null; do sleep 0.2; done
CLIENT_OWN_XVFB=1 client_with_display java -cp "$cp" org.virtualhall.client.Main --server "$(head -n 1 target/readme-images/server.out)" \
  --headless --no-audio --script client-3d/scripts/demo.script --screenshots target/readme-images \
  --report target/readme-images/report.json
cp target/readme-images/*-hall.png docs/images/client-hall.png
cp target/readme-images/*-route.png docs/images/client-radar-route.png
cp target/readme-images/*-item.png docs/images/client-window-panel.png
cp target/readme-images/*-wizard.png docs/images/client-wizard.png
# a viewpoint's panorama, from the hall and photos shipped in assets
mkdir -p target/readme-images/panorama
CLIENT_OWN_XVFB=1 client_with_display java -cp "$cp" org.virtualhall.client.Main --offline --idle 0 \
  --headless --no-audio --script client-3d/scripts/panorama.script --screenshots target/readme-images/panorama \
  --report target/readme-images/panorama/report.json
cp target/readme-images/panorama/*-panorama.png docs/images/client-panorama.png
echo "written docs/images/client-*.png"
