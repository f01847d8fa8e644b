#!/usr/bin/env bash
# Renders the README pictures (docs/images/client-*.png) with the demo script on a private Xvfb, against
# the test catalog served by a stand-in hall API (the shipped catalog may still be empty). Run from the
# repository root after `mvn -pl client-3d -am test-compile`.
set -euo pipefail
cd "$(dirname "$0")/../.."
export HALL_ROOT=$PWD
source tools/launcher/lib.sh
source tools/launcher/parts/90-client.sh
mkdir -p "$RUN_DIR" target/readme-images docs/images
# The reactor resolves the sibling modules to their classes (nothing is installed); client-3d writes the file last.
mvn -B -q -pl client-3d -am compile dependency:build-classpath -Dmdep.outputFile="$PWD/target/readme-images/classpath.txt"
deps=$(tr ':' '\n' <target/readme-images/classpath.txt | grep -v '/org/virtualhall/' | paste -sd:)
cp="client-3d/target/test-classes:client-3d/target/classes:hall-model/target/classes:assets/target/classes:hall-launch/target/classes:$deps"
rm -f target/readme-images/server.out
java -cp "$cp" org.virtualhall.client.testing.DemoHallServer >target/readme-images/server.out &
server=$!
trap 'kill $server' EXIT
until [ "$(wc -l <target/readme-images/server.out 2>/dev/null || echo 0)" -ge 2 ]; do sleep 0.2; done
CLIENT_OWN_XVFB=1 XDG_CONFIG_HOME="$PWD/target/readme-images/config" client_with_display java -cp "$cp" org.virtualhall.client.Main \
  --server "$(sed -n 1p target/readme-images/server.out)" --demo-sms-outbox "$(sed -n 2p target/readme-images/server.out)" \
  --headless --no-audio --script client-3d/scripts/demo.script --screenshots target/readme-images \
  --report target/readme-images/report.json
cp target/readme-images/*-hall.png docs/images/client-hall.png
cp target/readme-images/*-route.png docs/images/client-radar-route.png
cp target/readme-images/*-item.png docs/images/client-window-panel.png
cp target/readme-images/*-wizard.png docs/images/client-wizard.png
cp target/readme-images/*-signin.png docs/images/client-signin.png
echo "written docs/images/client-*.png"
