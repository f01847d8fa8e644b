#!/bin/sh
# The Virtual Hall client (虚拟政务大厅) on macOS with Java 17 or newer: a double click in the Finder starts it.
# GLFW wants the first thread on macOS, hence -XstartOnFirstThread.
here=$(cd "$(dirname "$0")" && pwd)
java=java
[ -n "$JAVA_HOME" ] && java="$JAVA_HOME/bin/java"
[ -x /usr/libexec/java_home ] && [ -z "$JAVA_HOME" ] && java="$(/usr/libexec/java_home -v 17+)/bin/java"
exec "$java" -XstartOnFirstThread -Xmx512m -Dfile.encoding=UTF-8 -cp "$here/lib/*" org.virtualhall.client.Main "$@"
