#!/usr/bin/env bash
# Configures the unpacked WildFly for okr from the CLI scripts beside this file, offline.
# Usage: configure-server.sh WILDFLY_HOME h2|postgres POSTGRESQL_JAR
# Idempotent: reapplies only when the database choice or a script changed, always starting
# from WildFly's pristine standalone.xml.
set -euo pipefail

home=$1
db=$2
pg_jar=$3
here=$(cd "$(dirname "$0")" && pwd)
config="$home/standalone/configuration/standalone.xml"
pristine="$config.pristine"
marker="$home/.okr-configuration"

case "$db" in
  h2|postgres) ;;
  *) echo "okr: unknown database '$db'; use -Dokr.db=h2 or -Dokr.db=postgres" >&2; exit 2 ;;
esac

wanted="$db $(cat "$here/okr-common.cli" "$here/okr-$db.cli" | sha256sum | cut -c1-16)"
if [ -f "$marker" ] && [ "$(cat "$marker")" = "$wanted" ]; then
  echo "okr: WildFly at $home already configured for $db"
  exit 0
fi

[ -f "$pristine" ] || cp "$config" "$pristine"
cp "$pristine" "$config"
rm -rf "$home/standalone/configuration/standalone_xml_history"

script=$(mktemp)
trap 'rm -f "$script"' EXIT
{
  echo "embed-server --server-config=standalone.xml --std-out=discard"
  cat "$here/okr-common.cli"
  if [ "$db" = postgres ]; then
    rm -rf "$home/modules/org/postgresql"
    echo "module add --name=org.postgresql --resources=$pg_jar --dependencies=java.se,jakarta.transaction.api"
  fi
  cat "$here/okr-$db.cli"
  echo "stop-embedded-server"
} > "$script"

JAVA_OPTS="-Xmx512m" "$home/bin/jboss-cli.sh" --file="$script" > "$home/okr-configure.log" 2>&1 || {
  cat "$home/okr-configure.log" >&2
  echo "okr: configuring WildFly failed; see the output above" >&2
  exit 1
}
echo "$wanted" > "$marker"
echo "okr: WildFly at $home configured for $db"
