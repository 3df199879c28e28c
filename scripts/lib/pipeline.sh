# shellcheck shell=bash
# Helpers shared by scripts/demo and scripts/bench: building what is missing, reaching clever-sim's
# Data and admin APIs, and running rosterctl. Source it after common.sh; it only defines functions.

# The packaged artifacts the pipeline runs.
PIPELINE_JARS=(clever-sim clever-fetcher user-matcher roster-writer sso-service rosterctl)

# Builds the reactor (no tests) when any packaged jar is missing.
build_if_missing() {
  local module missing=()
  for module in "${PIPELINE_JARS[@]}"; do
    [[ -f "$ROOT/$module/target/quarkus-app/quarkus-run.jar" ]] || missing+=("$module")
  done
  ((${#missing[@]} == 0)) && return 0
  say "building ${missing[*]} (first run: a few minutes; Maven output in .stack/build.log)"
  mkdir -p "$ROOT/.stack"
  (cd "$ROOT" && ./mvnw -B -ntp package -DskipTests </dev/null >"$ROOT/.stack/build.log" 2>&1) ||
    die "the build failed; see .stack/build.log"
}

# GET on clever-sim's admin API; prints the JSON.
sim_admin() {
  curl -fsS --max-time 30 "$ROSTERBRIDGE_SIM_URL/admin/$1"
}

# POST/PATCH/DELETE on clever-sim's admin API with a JSON body (may be empty); prints the JSON.
sim_change() {
  local method=$1 path=$2 body=${3:-}
  curl -fsS --max-time 30 -X "$method" -H 'Content-Type: application/json' \
    ${body:+--data "$body"} "$ROSTERBRIDGE_SIM_URL/admin/$path" ||
    die "clever-sim refused $method /admin/$path"
}

# GET on clever-sim's Data API with the district's token; prints the JSON.
sim_data() {
  curl -fsS --max-time 60 -H "Authorization: Bearer $SIM_TOKEN" "$ROSTERBRIDGE_SIM_URL/v3.0/$1"
}

# Sets SIM_DISTRICT and SIM_TOKEN to clever-sim's first district.
sim_first_district() {
  local districts
  districts=$(sim_admin districts) || die "clever-sim does not answer on $ROSTERBRIDGE_SIM_URL"
  SIM_DISTRICT=$(jq -r '.data[0].id // empty' <<<"$districts")
  SIM_TOKEN=$(jq -r '.data[0].token // empty' <<<"$districts")
  [[ -n "$SIM_DISTRICT" && -n "$SIM_TOKEN" ]] || die "clever-sim serves no connected district"
}

# Runs rosterctl from its packaged jar with the services' environment.
rosterctl() {
  java -jar "$ROOT/rosterctl/target/quarkus-app/quarkus-run.jar" "$@"
}

# Requires the commands the scripts use.
require_tools() {
  local tool
  for tool in java curl jq openssl; do
    command -v "$tool" >/dev/null 2>&1 || die "$tool is needed (apt-get install $tool)"
  done
}
