#!/usr/bin/env bash
# Starts the configured WildFly in the foreground with okr deployed and, unless OKR_DEMO=false,
# the demo company. Prints the URLs and demo logins once okr answers. Ctrl+C stops it.
# Usage: run-server.sh WILDFLY_HOME OKR_EAR "JAVA OPTIONS"
set -euo pipefail

home=$1
ear=$2
java_opts=$3
port=${OKR_HTTP_PORT:-8080}
demo=${OKR_DEMO:-true}

# The running server keeps its own base directory (configuration, deployments, H2 data), apart
# from the standalone/ directory the integration tests use, so tests never touch demo data.
base=${OKR_SERVER_DIR:-$(dirname "$home")/okr-server}
mkdir -p "$base/deployments" "$base/data" "$base/log" "$base/configuration"
cp -r "$home/standalone/configuration/." "$base/configuration/"
rm -f "$base"/deployments/okr.ear.*
cp "$ear" "$base/deployments/okr.ear"

export JAVA_OPTS="$java_opts -Dokr.demo=$demo -Duser.timezone=${TZ:-UTC}"

# Announce readiness from a watcher; WildFly itself runs in the foreground (exec below), so
# Ctrl+C reaches it and stops it cleanly.
server=$$
(
  for _ in $(seq 1 300); do
    kill -0 "$server" 2>/dev/null || exit 0
    if [ -f "$base/deployments/okr.ear.failed" ]; then
      echo "okr: deployment failed; the log above says why" >&2
      exit 1
    fi
    if curl -fs "http://localhost:$port/okr/api/health" 2>/dev/null | grep -q UP; then
      cat <<BANNER

================ okr is running ================
  Tasklist, Cockpit, Admin  http://localhost:$port/camunda/app/
  okr API                   http://localhost:$port/okr/api/openapi.json (HTTP Basic)
  Engine REST (Modeler)     http://localhost:$port/engine-rest
  Demo logins               admin / admin
                            li.qiang / demo    (华东战区 head, reviews team objectives)
                            chen.jing / demo   (浙江省团队 manager)
                            zhou.ming / demo   (HQ strategy)   - every employee: password demo
  Stop with Ctrl+C.
================================================
BANNER
      exit 0
    fi
    sleep 2
  done
) &

exec "$home/bin/standalone.sh" -Djboss.server.base.dir="$base" -Djboss.http.port="$port"
