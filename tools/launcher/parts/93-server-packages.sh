# The server roles as a county installs them: ./hall package also writes one package per role into target/dist/
# (virtual-hall-ROLE_V_all.deb and virtual-hall-ROLE-V.tar.gz of the same tree): the program under
# /opt/virtual-hall/ROLE, its systemd unit, /etc/virtual-hall/ROLE.yml (every setting the role reads, explained, from
# the application's configuration metadata) and virtual-hall-keys. Each role starts exactly as ./hall up starts it
# (hall-launch's Part), with the settings file and keys of the host. Guide: docs/deployment.md.
# shellcheck shell=bash

SERVER_ROLES=(outer inner ferry approval search)
declare -gA SERVER_ROLE_TITLE=(
  [outer]="外网交换服务器: the exchange gateway's outer role (hall API, sign-in, checks, gap sender)"
  [inner]="内网交换服务器: the exchange gateway's inner role (gap receiver, transform, audit, load)"
  [ferry]="网闸摆渡: the software gap ferry between the spool directories"
  [approval]="审批系统: the approval system and its console"
  [search]="检索: an Elasticsearch node with the hall's Chinese analysis")
# The settings each gateway role reads, by property prefix (the metadata holds all three roles').
declare -gA SERVER_ROLE_SETTINGS=(
  [outer]="--include hall. --exclude hall.gateway.inner. --exclude hall.gateway.ferry."
  [inner]="--include hall.gateway. --exclude hall.gateway.outer. --exclude hall.gateway.ferry."
  [ferry]="--include hall.gateway.ferry. --include hall.gateway.gap. --include hall.gateway.home --include hall.gateway.gap-dir"
  [approval]="--include approval.")

# Builds what the packages hold (no tests) and writes them: server_packages_build VERSION
server_packages_build() {
  local version="$1" role
  (cd "$HALL_ROOT" && mvn_progress package-server -pl exchange-gateway,approval-system,search-index,hall-tools -am \
    package -DskipTests)
  (cd "$HALL_ROOT/approval-system" && mvn -B -q dependency:copy-dependencies -DincludeScope=runtime \
    -DoutputDirectory=target/package-lib >"$RUN_DIR/package-approval.log" 2>&1) || die "cannot collect the approval system's jars"
  for role in "${SERVER_ROLES[@]}"; do
    server_package "$role" "$version"
  done
}

# server_package ROLE VERSION: the tree of ROLE's package, then its .deb and .tar.gz in $PACKAGE_DIR.
server_package() {
  local role="$1" version="$2"
  local work="$HALL_ROOT/target/dist-work/server/$role" root
  root="$work/root"
  rm -rf "$work"
  mkdir -p "$root/opt/virtual-hall/$role/bin" "$root/opt/virtual-hall/$role/lib" "$root/etc/virtual-hall" \
    "$root/lib/systemd/system" "$root/usr/bin" "$root/usr/share/doc/virtual-hall-$role" "$root/DEBIAN"
  "server_package_$role" "$root" "$root/opt/virtual-hall/$role"
  install -m 0755 "$HALL_ROOT/deploy/bin/virtual-hall-keys" "$root/usr/bin/virtual-hall-keys"
  install -m 0644 "$HALL_ROOT/docs/deployment.md" "$root/usr/share/doc/virtual-hall-$role/deployment.md"
  server_fill "$HALL_ROOT/deploy/systemd/virtual-hall.service.in" "$role" "$version" \
    >"$root/lib/systemd/system/virtual-hall-$role.service"
  local depends="default-jre-headless (>= 2:1.17) | openjdk-17-jre-headless, adduser"
  sed -e "s#@DEPENDS@#$depends#" "$HALL_ROOT/deploy/debian/control.in" | server_fill - "$role" "$version" >"$root/DEBIAN/control"
  server_fill "$HALL_ROOT/deploy/debian/postinst.in" "$role" "$version" >"$root/DEBIAN/postinst"
  server_fill "$HALL_ROOT/deploy/debian/prerm.in" "$role" "$version" >"$root/DEBIAN/prerm"
  chmod 0755 "$root/DEBIAN/postinst" "$root/DEBIAN/prerm"
  (cd "$root" && find etc -type f | sed 's|^|/|') >"$root/DEBIAN/conffiles"
  dpkg-deb --root-owner-group -Zxz --build "$root" "$PACKAGE_DIR/virtual-hall-${role}_${version}_all.deb" >/dev/null \
    || die "dpkg-deb could not make the $role package"
  tar -C "$root" --owner=0 --group=0 --exclude=DEBIAN -czf "$PACKAGE_DIR/virtual-hall-$role-$version.tar.gz" .
}

# server_fill FILE ROLE VERSION: FILE (- for stdin) with @ROLE@, @TITLE@, @VERSION@ and @POSTINST@ filled in.
server_fill() {
  local postinst=":"
  [ "$2" = search ] && postinst="install -d -o hall -g hall -m 0750 /var/lib/virtual-hall/search /var/log/virtual-hall/search; sysctl -q --system || true"
  sed -e "s|@ROLE@|$2|g" -e "s|@TITLE@|${SERVER_ROLE_TITLE[$2]}|g" -e "s|@VERSION@|$3|g" -e "s#@POSTINST@#$postinst#g" "$1"
}

# The start script of a role: the command line hall-launch's Part gives, with this host's java and settings.
# server_start_script PART PROGRAM-OPTION PROGRAM PORT ROLE [ARG...]
server_start_script() {
  local part="$1" how="$2" program="$3" port="$4" role="$5"; shift 5
  local command quoted="" word
  part_argv command "$part" "$how" "$program" --port "$port"
  # the port is the host's setting (ROLE.yml, or PORT in ROLE.env), not the launcher's
  for word in "${command[@]:1}"; do
    [[ "$word" == --server.port=* ]] || quoted+=" $(printf '%q' "$word")"
  done
  cat <<SCRIPT
#!/bin/sh
# 虚拟政务大厅 · ${SERVER_ROLE_TITLE[$role]}.
# Started by systemd (virtual-hall-$role.service) as the user hall; the command line is the one ./hall up uses.
# Settings: \$HALL_CONFIG_DIR/$role.yml (/etc/virtual-hall); JAVA and JAVA_OPTS may be set in $role.env there.
set -eu
here=\$(dirname "\$(readlink -f "\$0")")
config="\${HALL_CONFIG_DIR:-/etc/virtual-hall}"
cd "\$here/.."
exec "\${JAVA:-java}"\${JAVA_OPTS:+ \$JAVA_OPTS}$quoted \\
  --spring.config.additional-location="optional:file:\$config/$role.yml" $* "\$@"
SCRIPT
}

# server_template ROLE MODULE OUT YAML...: ROLE's settings, from the configuration metadata of MODULE and of
# search-index (the outer role mounts the search API), with the values MODULE's YAML files give them.
server_template() {
  local role="$1" module="$2" out="$3"; shift 3
  local resources="$HALL_ROOT/$module/src/main/resources" yaml_args=() y metadata
  for y in "$@"; do yaml_args+=(--yaml "$resources/$y"); done
  metadata="$HALL_ROOT/$module/target/classes/META-INF/spring-configuration-metadata.json"
  metadata+=":$HALL_ROOT/search-index/target/classes/META-INF/spring-configuration-metadata.json"
  # shellcheck disable=SC2086
  java -cp "$(hall_classpath hall-tools runtime)" org.virtualhall.deploy.ConfigTemplate "$role" "$out" \
    "$HALL_ROOT/deploy/settings/essentials.yaml" "$metadata" \
    "${yaml_args[@]}" ${SERVER_ROLE_SETTINGS[$role]} || die "cannot write the settings template of $role"
}

server_package_gateway() {
  local role="$1" root="$2" home="$3"
  cp "$GATEWAY_JAR" "$home/lib/exchange-gateway.jar"
  server_start_script "gateway-$role" --jar lib/exchange-gateway.jar "${GATEWAY_PORTS[$role]}" "$role" \
    '--hall.gateway.home="${HALL_GATEWAY_HOME:-/var/lib/virtual-hall}"' >"$home/bin/virtual-hall-$role"
  chmod 0755 "$home/bin/virtual-hall-$role"
  server_template "$role" exchange-gateway "$root/etc/virtual-hall/$role.yml" application.yml "application-$role.yml"
}
server_package_outer() { server_package_gateway outer "$@"; }
server_package_inner() { server_package_gateway inner "$@"; }
server_package_ferry() { server_package_gateway ferry "$@"; }

server_package_approval() {
  local root="$1" home="$2"
  cp "$HALL_ROOT"/approval-system/target/approval-system-*.jar "$HALL_ROOT"/approval-system/target/package-lib/*.jar "$home/lib/"
  server_start_script approval --class-path 'lib/*' "$APPROVAL_PORT" approval \
    '--approval.data-dir="${HALL_DATA_DIR:-/var/lib/virtual-hall}/approval"' >"$home/bin/virtual-hall-approval"
  chmod 0755 "$home/bin/virtual-hall-approval"
  server_template approval approval-system "$root/etc/virtual-hall/approval.yml" application.yml
}

# The search role is Elasticsearch itself (the distribution the build unpacked, with the hall's plugin installed).
server_package_search() {
  local root="$1" home="$2" es
  es=$(find "$HALL_ROOT/search-index/target/elasticsearch" -mindepth 1 -maxdepth 1 -type d -name 'elasticsearch-*' | head -n 1)
  [ -x "$es/bin/elasticsearch" ] || die "no Elasticsearch under search-index/target (mvn -pl search-index -am package unpacks it)"
  cp -a "$es" "$home/elasticsearch"
  rm -rf "$home/elasticsearch/logs" "$home/elasticsearch/hall-analysis.installed" "$home/elasticsearch/plugins/hall-analysis"
  mkdir -p "$root/etc/virtual-hall/search/jvm.options.d"
  mv "$home/elasticsearch/config/"* "$root/etc/virtual-hall/search/"
  rmdir "$home/elasticsearch/config"
  # the hall's analysis plugin, installed offline from the build's zip
  ES_JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")" ES_PATH_CONF="$root/etc/virtual-hall/search" \
    "$home/elasticsearch/bin/elasticsearch-plugin" install --batch \
    "file://$HALL_ROOT/search-index/target/es-plugins/hall-analysis.zip" >"$RUN_DIR/package-search-plugin.log" 2>&1 \
    || { tail -n 20 "$RUN_DIR/package-search-plugin.log" >&2; die "cannot install the hall-analysis plugin into the package"; }
  cp "$HALL_ROOT/deploy/search/elasticsearch.yml" "$root/etc/virtual-hall/search/elasticsearch.yml"
  cp "$HALL_ROOT/deploy/search/heap.options" "$root/etc/virtual-hall/search/jvm.options.d/heap.options"
  cat >"$home/bin/virtual-hall-search" <<'SCRIPT'
#!/bin/sh
# 虚拟政务大厅 · 检索: an Elasticsearch node with the hall's Chinese analysis (hall-analysis plugin installed).
# Started by systemd (virtual-hall-search.service) as the user hall. Settings: $HALL_CONFIG_DIR/search/ (/etc/virtual-hall).
set -eu
here=$(dirname "$(readlink -f "$0")")
export ES_PATH_CONF="${HALL_CONFIG_DIR:-/etc/virtual-hall}/search"
export ES_JAVA_HOME="${ES_JAVA_HOME:-${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}}"
export ES_TMPDIR="${ES_TMPDIR:-/var/lib/virtual-hall/search-tmp}"
mkdir -p "$ES_TMPDIR"
exec "$here/../elasticsearch/bin/elasticsearch" "$@"
SCRIPT
  chmod 0755 "$home/bin/virtual-hall-search"
}
