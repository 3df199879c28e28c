# shellcheck shell=bash
# Shared bash helpers for the scripts under scripts/. Source it; it only defines functions.
# Callers set LOG_PREFIX (e.g. "stack") and run with `set -euo pipefail`.

# Prints a progress line on stdout.
say() {
  printf '%s: %s\n' "${LOG_PREFIX:-script}" "$*"
}

# Prints one error line on stderr and exits non-zero.
die() {
  printf '%s: %s\n' "${LOG_PREFIX:-script}" "$*" >&2
  exit 1
}

# True when the process with this pid exists.
pid_alive() {
  [[ -n "${1:-}" ]] && kill -0 "$1" 2>/dev/null
}

# True when the process with this pid exists and its command line contains the given text,
# so that a pid file left behind never makes us signal an unrelated process that reused the pid.
pid_is() {
  local pid=$1 needle=$2
  pid_alive "$pid" && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$needle"
}

# Prints the number stored in a pid file, or nothing.
read_pid_file() {
  local file=$1 pid=""
  if [[ -f "$file" ]]; then read -r pid <"$file" || true; fi
  if [[ "$pid" =~ ^[0-9]+$ ]]; then printf '%s' "$pid"; fi
}

# The database of one service part (fetcher, matcher, writer or sso): <prefix>_<part>, the prefix
# being ROSTERBRIDGE_DB_PREFIX (default rosterbridge). The system tests use a prefix of their own,
# so that they never share databases with the demo or with another checkout's earlier run.
service_database() {
  local prefix=${ROSTERBRIDGE_DB_PREFIX:-rosterbridge}
  [[ "$prefix" =~ ^[a-z][a-z0-9_]{0,40}$ ]] ||
    die "ROSTERBRIDGE_DB_PREFIX must be lower-case letters, digits and _, starting with a letter (got '$prefix')"
  printf '%s_%s' "$prefix" "$1"
}

# Fails unless the value is a TCP port number; names the variable it came from.
require_port_number() {
  local value=$1 name=$2
  if ! [[ "$value" =~ ^[0-9]+$ ]] || ((value < 1 || value > 65535)); then
    die "$name must be a TCP port number (1-65535), got '$value'"
  fi
}

# Lists the listening sockets on this port that would clash with a bind to 127.0.0.1.
port_listeners() {
  local port=$1
  ss -ltnpH "( sport = :$port )" 2>/dev/null |
    awk '$4 ~ /^(127\.0\.0\.1|0\.0\.0\.0|\*|\[::\]|\[::ffff:127\.0\.0\.1\]):[0-9]+$/' || true
}

# True when something listens on 127.0.0.1:<port> (or on all addresses).
port_in_use() {
  local port=$1
  if command -v ss >/dev/null 2>&1; then
    [[ -n "$(port_listeners "$port")" ]]
  else
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null
  fi
}

# Describes who holds a port, e.g. "pid 1234, python3", or "pid unknown".
port_owner() {
  local port=$1 users pid name
  command -v ss >/dev/null 2>&1 && users=$(port_listeners "$port" | head -n 1) || users=""
  pid=$(grep -o 'pid=[0-9]*' <<<"$users" | head -n 1 | cut -d= -f2 || true)
  name=$(grep -o '(("[^"]*"' <<<"$users" | head -n 1 | cut -d'"' -f2 || true)
  if [[ -n "$pid" ]]; then
    printf 'pid %s%s' "$pid" "${name:+, $name}"
  else
    printf 'pid unknown'
  fi
}

# Waits until the process is gone; returns non-zero if it is still there after the timeout (seconds).
wait_for_exit() {
  local pid=$1 timeout=$2 waited=0
  while pid_alive "$pid"; do
    ((waited >= timeout * 10)) && return 1
    sleep 0.1
    waited=$((waited + 1))
  done
}

# Sends a signal (default TERM), waits up to the timeout, then kills for good.
stop_pid() {
  local pid=$1 signal=${2:-TERM} timeout=${3:-20}
  pid_alive "$pid" || return 0
  kill "-$signal" "$pid" 2>/dev/null || true
  wait_for_exit "$pid" "$timeout" && return 0
  say "pid $pid did not stop within ${timeout}s; killing it"
  kill -KILL "$pid" 2>/dev/null || true
  wait_for_exit "$pid" 5 || die "pid $pid survived SIGKILL"
}

# Formats elapsed seconds as e.g. "1m05s" or "42s".
format_seconds() {
  local s=$1
  if ((s >= 60)); then
    printf '%dm%02ds' $((s / 60)) $((s % 60))
  else
    printf '%ds' "$s"
  fi
}
