# shellcheck shell=bash
# A single-node Apache Kafka broker (KRaft, broker + controller in one JVM) run from Maven Central jars.
# Source after common.sh with ROOT and STACK_DIR set. State lives under $STACK_DIR/kafka.

KAFKA_DIR="$STACK_DIR/kafka"
KAFKA_PID_FILE="$STACK_DIR/kafka.pid"
KAFKA_STATE_FILE="$STACK_DIR/kafka.env"
KAFKA_LOG="$KAFKA_DIR/kafka.log"
KAFKA_DATA="$KAFKA_DIR/data"
KAFKA_CONFIG="$KAFKA_DIR/server.properties"
KAFKA_LIB="$KAFKA_DIR/lib"
KAFKA_CLASSPATH="$KAFKA_LIB/*"
KAFKA_POM="$ROOT/scripts/kafka/pom.xml"
KAFKA_LOG4J2="$ROOT/scripts/kafka/log4j2.properties"
KAFKA_READY_LINE="Kafka Server started"

KAFKA_PORT=${ROSTERBRIDGE_KAFKA_PORT:-9092}
KAFKA_CONTROLLER_PORT=${ROSTERBRIDGE_KAFKA_CONTROLLER_PORT:-9093}
KAFKA_HEAP=${ROSTERBRIDGE_KAFKA_HEAP:-512m}
KAFKA_START_TIMEOUT=${ROSTERBRIDGE_KAFKA_START_TIMEOUT:-60}

# The java launcher: $JAVA_HOME/bin/java when set, else the one on PATH. Fails unless it is Java 17+.
require_java() {
  JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
  command -v "$JAVA" >/dev/null 2>&1 ||
    die "java not found (Kafka needs Java 17 or newer): install a JDK or set JAVA_HOME"
  local version
  version=$("$JAVA" -XshowSettings:properties -version 2>&1 |
    awk -F'= ' '/java.specification.version/ {print $2}' | cut -d. -f1)
  if ! [[ "$version" =~ ^[0-9]+$ ]] || ((version < 17)); then
    die "Kafka needs Java 17 or newer, but $JAVA is Java '${version:-unknown}'"
  fi
}

# Pid of the broker this script started, or nothing.
kafka_pid() {
  local pid
  pid=$(read_pid_file "$KAFKA_PID_FILE")
  if pid_is "$pid" kafka.Kafka; then printf '%s' "$pid"; fi
}

kafka_running() {
  [[ -n "$(kafka_pid)" ]]
}

# Fails with one line when a broker or controller port is taken by another process.
kafka_check_ports() {
  require_port_number "$KAFKA_PORT" ROSTERBRIDGE_KAFKA_PORT
  require_port_number "$KAFKA_CONTROLLER_PORT" ROSTERBRIDGE_KAFKA_CONTROLLER_PORT
  [[ "$KAFKA_PORT" != "$KAFKA_CONTROLLER_PORT" ]] ||
    die "ROSTERBRIDGE_KAFKA_PORT and ROSTERBRIDGE_KAFKA_CONTROLLER_PORT must differ (both $KAFKA_PORT)"
  if port_in_use "$KAFKA_PORT"; then
    die "port $KAFKA_PORT is already in use by another process ($(port_owner "$KAFKA_PORT")); stop it or set ROSTERBRIDGE_KAFKA_PORT"
  fi
  if port_in_use "$KAFKA_CONTROLLER_PORT"; then
    die "port $KAFKA_CONTROLLER_PORT is already in use by another process ($(port_owner "$KAFKA_CONTROLLER_PORT")); stop it or set ROSTERBRIDGE_KAFKA_CONTROLLER_PORT"
  fi
}

# True when the cached jars were copied for the current pom.
kafka_jars_fresh() {
  cmp -s "$KAFKA_POM" "$KAFKA_LIB/.pom.xml" && compgen -G "$KAFKA_LIB/*.jar" >/dev/null
}

# Copies the broker and tools jars into .stack/kafka/lib with the Maven wrapper, once per pom change.
kafka_resolve_jars() {
  kafka_jars_fresh && return 0
  say "resolving the Kafka jars with Maven (first run only)"
  mkdir -p "$KAFKA_DIR"
  local log="$KAFKA_DIR/resolve.log" staging="$KAFKA_LIB.new"
  rm -rf "$staging"
  if ! (cd "$ROOT" && ./mvnw -B -ntp -f "$KAFKA_POM" dependency:copy-dependencies \
    -DoutputDirectory="$staging" -DincludeScope=runtime) >"$log" 2>&1 </dev/null; then
    rm -rf "$staging"
    die "could not resolve the Kafka jars with Maven; see $log"
  fi
  cp "$KAFKA_POM" "$staging/.pom.xml"
  rm -rf "$KAFKA_LIB"
  mv "$staging" "$KAFKA_LIB"
}

# Writes server.properties for one node that is both broker and controller, on 127.0.0.1 only.
kafka_write_config() {
  mkdir -p "$KAFKA_DIR"
  cat >"$KAFKA_CONFIG" <<EOF
# Written by scripts/stack on every start; edit scripts/lib/kafka.sh instead.
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT,CONTROLLER://127.0.0.1:$KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT
inter.broker.listener.name=PLAINTEXT
controller.listener.names=CONTROLLER
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=$KAFKA_DATA

num.partitions=3
auto.create.topics.enable=true
default.replication.factor=1
min.insync.replicas=1
# One node: the internal topics' default replication factor 3 / min ISR 2 would leave them unusable.
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
# Tests start and stop many consumer groups; do not hold each first rebalance back for 3 s.
group.initial.rebalance.delay.ms=0
EOF
}

# 16 random bytes, base64url without padding: the form StorageTool expects for a cluster id.
kafka_new_cluster_id() {
  head -c 16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n'
}

# Formats the log directory once; later starts keep the data.
kafka_format_storage() {
  [[ -f "$KAFKA_DATA/meta.properties" ]] && return 0
  local cluster_id log="$KAFKA_DIR/format.log"
  cluster_id=$(kafka_new_cluster_id)
  say "formatting Kafka storage (cluster id $cluster_id)"
  "$JAVA" -cp "$KAFKA_CLASSPATH" -Dlog4j2.configurationFile="$KAFKA_LOG4J2" \
    kafka.tools.StorageTool format --ignore-formatted -t "$cluster_id" -c "$KAFKA_CONFIG" \
    >"$log" 2>&1 </dev/null || die "formatting the Kafka storage failed; see $log"
}

# Starts kafka.Kafka in its own session, detached from this shell, and records its pid.
kafka_launch() {
  [[ -f "$KAFKA_LOG" ]] && mv -f "$KAFKA_LOG" "$KAFKA_LOG.1"
  rm -f "$KAFKA_PID_FILE"
  # The inner shell writes its own pid and then becomes java, so the pid file names the broker itself.
  # shellcheck disable=SC2016
  setsid bash -c 'echo $$ >"$0"; exec "$@"' "$KAFKA_PID_FILE" \
    "$JAVA" "-Xmx$KAFKA_HEAP" -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -Djava.awt.headless=true \
    -Dlog4j2.configurationFile="$KAFKA_LOG4J2" -cp "$KAFKA_CLASSPATH" \
    kafka.Kafka "$KAFKA_CONFIG" >"$KAFKA_LOG" 2>&1 </dev/null 9>&- &
}

# Waits (bounded) until the broker's log says it has started; stops it and fails otherwise.
kafka_wait_ready() {
  local deadline=$((SECONDS + KAFKA_START_TIMEOUT)) pid=""
  while ((SECONDS < deadline)); do
    [[ -z "$pid" ]] && pid=$(read_pid_file "$KAFKA_PID_FILE")
    grep -qF "$KAFKA_READY_LINE" "$KAFKA_LOG" 2>/dev/null && return 0
    if [[ -n "$pid" ]] && ! pid_alive "$pid"; then
      rm -f "$KAFKA_PID_FILE"
      die "the Kafka broker exited while starting; see $KAFKA_LOG"
    fi
    sleep 0.2
  done
  [[ -n "$pid" ]] && stop_pid "$pid" TERM 10 >/dev/null
  rm -f "$KAFKA_PID_FILE"
  die "the Kafka broker was not ready after ${KAFKA_START_TIMEOUT}s; see $KAFKA_LOG"
}

kafka_save_state() {
  printf 'KAFKA_PORT=%s\nKAFKA_CONTROLLER_PORT=%s\n' "$KAFKA_PORT" "$KAFKA_CONTROLLER_PORT" >"$KAFKA_STATE_FILE"
}

# Reads the ports of the running broker back from the state file.
kafka_load_state() {
  [[ -f "$KAFKA_STATE_FILE" ]] || return 1
  KAFKA_PORT=$(sed -n 's/^KAFKA_PORT=\([0-9]*\)$/\1/p' "$KAFKA_STATE_FILE")
  KAFKA_CONTROLLER_PORT=$(sed -n 's/^KAFKA_CONTROLLER_PORT=\([0-9]*\)$/\1/p' "$KAFKA_STATE_FILE")
  [[ -n "$KAFKA_PORT" && -n "$KAFKA_CONTROLLER_PORT" ]]
}

# Brings the broker up: jars, config, storage, process, readiness. Ports must have been checked.
kafka_start() {
  local started=$SECONDS
  kafka_resolve_jars
  kafka_write_config
  if [[ "${ROSTERBRIDGE_KAFKA_FRESH:-}" == 1 && -d "$KAFKA_DATA" ]]; then
    say "starting from empty Kafka storage (ROSTERBRIDGE_KAFKA_FRESH=1)"
    rm -rf "$KAFKA_DATA"
  fi
  kafka_format_storage
  say "starting Kafka $(kafka_version) on 127.0.0.1:$KAFKA_PORT (controller $KAFKA_CONTROLLER_PORT)"
  kafka_launch
  kafka_wait_ready
  kafka_save_state
  say "Kafka is up (pid $(kafka_pid), $((SECONDS - started))s); log $KAFKA_LOG"
}

# The Kafka version the pom pins, for messages.
kafka_version() {
  sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$KAFKA_POM" | head -n 1
}

kafka_stop() {
  local pid
  pid=$(kafka_pid)
  if [[ -z "$pid" ]]; then
    say "Kafka is not running"
  else
    say "stopping Kafka (pid $pid)"
    stop_pid "$pid" TERM 30
  fi
  rm -f "$KAFKA_PID_FILE" "$KAFKA_STATE_FILE"
}

kafka_status() {
  local pid
  pid=$(kafka_pid)
  if [[ -n "$pid" ]] && kafka_load_state; then
    printf 'Kafka       running  pid %s  127.0.0.1:%s (controller %s)  log %s\n' \
      "$pid" "$KAFKA_PORT" "$KAFKA_CONTROLLER_PORT" "$KAFKA_LOG"
  else
    printf 'Kafka       stopped\n'
    return 1
  fi
}

# Runs a Kafka command-line class (e.g. org.apache.kafka.tools.ConsoleProducer) on the broker's classpath.
kafka_tool() {
  require_java
  kafka_resolve_jars >&2
  exec "$JAVA" -Xmx256m -Dlog4j2.configurationFile="$KAFKA_LOG4J2" -Drosterbridge.kafka.log.level=WARN \
    -cp "$KAFKA_CLASSPATH" "$@"
}
