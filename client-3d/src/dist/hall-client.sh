#!/bin/sh
# The Virtual Hall client (虚拟政务大厅) on Linux with Java 17 or newer: ./hall-client.sh [--server URL] [--offline] …
here=$(cd "$(dirname "$0")" && pwd)
java=java
[ -n "$JAVA_HOME" ] && java="$JAVA_HOME/bin/java"
exec "$java" -Xmx512m -Dfile.encoding=UTF-8 -cp "$here/lib/*" org.virtualhall.client.Main "$@"
