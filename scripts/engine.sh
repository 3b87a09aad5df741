#!/usr/bin/env bash
# A local archive engine for development, tests and benchmarks: N Sphinx `searchd` nodes on
# the loopback interface, one real-time (RT) shard each, and on every node a distributed index
# whose `agent` lines name the other nodes' shards, so a search through any node covers the
# whole archive (see ARCHITECTURE.md, "The archive").
#
#   scripts/engine.sh start [NODE]   write the configs (when no node runs) and start every node,
#                                    or only NODE; waits until each answers SphinxQL
#   scripts/engine.sh stop [NODE]    stop every node, or only NODE (SIGTERM, by pid; data kept)
#   scripts/engine.sh kill NODE      SIGKILL one node, as a crash would (tests of faults)
#   scripts/engine.sh status         each node's pid and ports; exit status 3 unless all run
#   scripts/engine.sh url            the engine's URL for `crosscheck --engine`
#
# ENGINE_DIR   configs, data, logs and the state file (default /tmp/crosscheck-engine)
# NODES        number of nodes (default: as many as the engine in ENGINE_DIR has, else 2)
# ENGINE_PORT  first node's SphinxQL port (default: the engine's in ENGINE_DIR, else 19306);
#              node i listens for SphinxQL on ENGINE_PORT+2i and for its peers (the binary
#              protocol agents use) on the port after it, the layout the crosscheck client
#              assumes for a node it is not given
# ENGINE_INDEX name of the distributed index (default crosscheck); shards are NAME_0, NAME_1...
#
# State: $ENGINE_DIR/state, key=value lines: url, nodes, and node<i>_{sql,api,pid,conf}.
# Every listener is on 127.0.0.1, and `start` checks each node's listening sockets and stops
# the engine if any is bound to another address.
set -euo pipefail

ENGINE_DIR=${ENGINE_DIR:-/tmp/crosscheck-engine}
NODES=${NODES:-}
ENGINE_PORT=${ENGINE_PORT:-}
ENGINE_INDEX=${ENGINE_INDEX:-crosscheck}
STATE="$ENGINE_DIR/state"
HOST=127.0.0.1
# Two searchd nodes start in about 0.25 s; a busy machine or a binlog replayed after a crash
# takes longer, and a node saving a large RAM chunk on SIGTERM takes seconds.
START_TIMEOUT_S=15
STOP_TIMEOUT_S=30

say() { echo "engine: $*" >&2; }
die() { say "$*"; exit 1; }

# Unless asked for, the nodes and ports of the engine in ENGINE_DIR, or two nodes from 19306.
recorded() { [[ -f $STATE ]] && sed -n "s/^$1=//p" "$STATE" | tail -n 1 || true; }
[[ -n $NODES ]] || NODES=$(recorded nodes)
NODES=${NODES:-2}
[[ -n $ENGINE_PORT ]] || ENGINE_PORT=$(recorded node0_sql)
ENGINE_PORT=${ENGINE_PORT:-19306}
[[ $NODES =~ ^[1-9][0-9]?$ ]] || die "NODES must be a number from 1 to 99 (got '$NODES')"
[[ $ENGINE_PORT =~ ^[0-9]+$ ]] && (( ENGINE_PORT >= 1024 && ENGINE_PORT + 2 * NODES < 65536 )) ||
  die "ENGINE_PORT must leave room for $NODES nodes between 1024 and 65535 (got '$ENGINE_PORT')"
[[ $ENGINE_INDEX =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]] || die "ENGINE_INDEX must be letters, digits and _ (got '$ENGINE_INDEX')"

sql_port() { echo $(( ENGINE_PORT + 2 * $1 )); }
api_port() { echo $(( ENGINE_PORT + 2 * $1 + 1 )); }
node_dir() { echo "$ENGINE_DIR/node$1"; }
conf_of() { echo "$(node_dir "$1")/searchd.conf"; }

engine_url() {
  local nodes="" i
  for (( i = 0; i < NODES; i++ )); do nodes+="${nodes:+,}$HOST:$(sql_port "$i")"; done
  echo "sphinx://$nodes/$ENGINE_INDEX"
}

# The value of KEY in the state file, or nothing.
state_get() { recorded "$1"; }

state_set() {
  local key=$1 value=$2 tmp
  mkdir -p "$ENGINE_DIR"
  tmp=$(mktemp "$ENGINE_DIR/state.XXXXXX")
  { [[ -f $STATE ]] && grep -v "^$key=" "$STATE" || true; echo "$key=$value"; } > "$tmp"
  mv "$tmp" "$STATE"
}

# Is PID a running searchd serving CONF? (Not merely a live pid: pids are reused, and a
# stopped daemon whose parent does not reap it lingers as a zombie.)
is_node() {
  local pid=$1 conf=$2 state
  [[ -n $pid && -r /proc/$pid/stat ]] || return 1
  state=$(sed 's/^[^)]*) //' "/proc/$pid/stat" | cut -d' ' -f1)
  [[ $state != Z ]] || return 1
  tr '\0' ' ' < "/proc/$pid/cmdline" | grep -qF -- "$conf"
}

node_pid() {
  local pid
  pid=$(state_get "node$1_pid")
  if is_node "$pid" "$(conf_of "$1")"; then echo "$pid"; fi
}

# Does something accept connections on PORT of the loopback interface?
port_open() { (exec 3<>"/dev/tcp/$HOST/$1") 2>/dev/null; }

# Does PORT answer with a MySQL-protocol greeting (protocol 10, then the server version)?
answers_sphinxql() {
  local greeting
  greeting=$(timeout 2 bash -c "head -c 48 < /dev/tcp/$HOST/$1" 2>/dev/null | tr -d '\0' | LC_ALL=C tr -c '[:print:]' '.') || return 1
  [[ $greeting == *[0-9].[0-9]* ]]
}

# Fails (naming the address) when process PID listens anywhere but 127.0.0.1.
check_loopback_only() {
  local pid=$1 inodes bad
  inodes=$(find "/proc/$pid/fd" -lname 'socket:*' -printf '%l\n' 2>/dev/null | sed 's/socket:\[\(.*\)\]/\1/' | sort -u | tr '\n' ' ')
  [[ -n $inodes ]] || return 0
  # /proc/net/tcp{,6}: local address (hex ip:port), state 0A = LISTEN, inode in column 10.
  bad=$(cat /proc/net/tcp /proc/net/tcp6 2>/dev/null | awk -v inodes=" $inodes" '
    $4 == "0A" && index(inodes, " " $10 " ") {
      split($2, a, ":"); if (a[1] != "0100007F") print $2
    }')
  if [[ -n $bad ]]; then
    say "node pid $pid listens beyond 127.0.0.1 (hex address:port $bad)"
    return 1
  fi
}

write_config() {
  local i=$1 j dir agents=""
  dir=$(node_dir "$i")
  for (( j = 0; j < NODES; j++ )); do
    (( j == i )) || agents+="  agent = $HOST:$(api_port "$j"):${ENGINE_INDEX}_$j"$'\n'
  done
  cat <<EOF
# Written by scripts/engine.sh: node $i of $NODES. Do not edit; \`engine.sh start\` rewrites it.

# This node's shard: one row per document sentence. The full-text field keys holds the
# sentence's retrieval keys (w_releas n_tknvsk d_1226: one token each), doc_key one token
# for its document; the attributes are what a check needs back to compare and cite it.
index ${ENGINE_INDEX}_$i
{
  type = rt
  path = $dir/data/${ENGINE_INDEX}_$i
  # RAM chunk before a disk chunk is written: 100,000 generated articles are about 1.5 GB
  # of rows over two nodes, so a node writes a few disk chunks and never holds it all in RAM.
  rt_mem_limit = 256M
  rt_field = keys
  # One token naming the sentence's document (x and 16 hex digits of a hash of its id), so
  # the sentences around a retrieved one are found through the inverted index.
  rt_field = doc_key
  rt_attr_string = doc
  rt_attr_string = source
  rt_attr_string = written
  rt_attr_string = language
  rt_attr_string = text
  rt_attr_uint = start_byte
  rt_attr_uint = end_byte
  rt_attr_uint = position
  # How many keys the row holds: BM25's sentence length, for the average the client ranks by.
  rt_attr_uint = key_count
  # Keys are [a-z0-9_]: the underscore is a word character, so a key stays one token, and
  # nothing is stemmed, dropped or folded beyond case.
  charset_table = 0..9, a..z, _, A..Z->a..z
  min_word_len = 1
  # Field lengths kept, so length-normalised BM25 (bm25a) can be ranked with later.
  index_field_lengths = 1
}

# The whole archive: this node's shard and every other node's, through their agent ports.
index $ENGINE_INDEX
{
  type = distributed
  local = ${ENGINE_INDEX}_$i
$agents  # A node on the loopback connects in well under a millisecond and a search answers in
  # tens of milliseconds: half a second to connect and three to answer mean "not there".
  agent_connect_timeout = 500
  agent_query_timeout = 3000
}

searchd
{
  # Loopback only: the SphinxQL port for clients, the binary protocol for the other nodes.
  listen = $HOST:$(sql_port "$i"):mysql41
  listen = $HOST:$(api_port "$i")
  log = $dir/searchd.log
  pid_file = $dir/searchd.pid
  # RT indexes need the threads worker.
  workers = threads
  # One process per node, so its pid is the node: no watchdog restarting a killed node.
  watchdog = 0
  # Transactions are logged, so a node killed mid-write comes back with what it acknowledged.
  binlog_path = $dir/data
  # Largest statement: the client batches its inserts well under this (src/archive/).
  max_packet_size = 8M
  read_timeout = 5
  # Connections waiting to be accepted (the default, 5, refuses a burst of clients).
  listen_backlog = 64
}
EOF
}

# Starts node I from its config and waits until it answers SphinxQL on the loopback only.
start_node() {
  local i=$1 conf dir pid waited=0 port
  conf=$(conf_of "$i"); dir=$(node_dir "$i"); port=$(sql_port "$i")
  pid=$(node_pid "$i")
  if [[ -n $pid ]]; then
    say "node $i already running (pid $pid)"
    return 0
  fi
  for p in "$port" "$(api_port "$i")"; do
    if port_open "$p"; then
      die "port $p on $HOST is already in use; stop what holds it or set ENGINE_PORT"
    fi
  done
  rm -f "$dir/searchd.pid"
  if ! searchd --config "$conf" > "$dir/start.log" 2>&1; then
    cat "$dir/start.log" >&2
    die "node $i did not start (log: $dir/searchd.log)"
  fi
  until [[ -s $dir/searchd.pid ]] && pid=$(tr -dc '0-9' < "$dir/searchd.pid") && [[ -n $pid ]] &&
        is_node "$pid" "$conf" && answers_sphinxql "$port"; do
    if (( waited >= START_TIMEOUT_S * 10 )); then
      tail -n 20 "$dir/searchd.log" >&2 || true
      die "node $i did not answer SphinxQL on $HOST:$port within ${START_TIMEOUT_S}s"
    fi
    sleep 0.1
    waited=$(( waited + 1 ))
  done
  state_set "node${i}_pid" "$pid"
  if ! check_loopback_only "$pid"; then
    kill -TERM "$pid" 2>/dev/null || true
    die "stopped node $i: it must listen on 127.0.0.1 only"
  fi
  say "node $i: pid $pid, SphinxQL $HOST:$port"
}

# Signals node I and waits until it is gone (SIGTERM lets it save its RAM chunk).
stop_node() {
  local i=$1 signal=${2:-TERM} pid waited=0
  pid=$(node_pid "$i")
  if [[ -z $pid ]]; then
    say "node $i is not running"
    return 0
  fi
  kill "-$signal" "$pid" 2>/dev/null || true
  while is_node "$pid" "$(conf_of "$i")"; do
    if (( waited >= STOP_TIMEOUT_S * 10 )); then
      say "node $i (pid $pid) did not stop within ${STOP_TIMEOUT_S}s; killing it"
      kill -KILL "$pid" 2>/dev/null || true
      sleep 0.2
      break
    fi
    sleep 0.1
    waited=$(( waited + 1 ))
  done
  state_set "node${i}_pid" ""
  say "node $i stopped ($signal)"
}

any_running() {
  local i
  for (( i = 0; i < NODES; i++ )); do [[ -n $(node_pid "$i") ]] && return 0; done
  return 1
}

# The layout in the state file must be the one asked for, or nodes would be mixed up.
check_layout() {
  local recorded
  recorded=$(state_get nodes)
  if [[ -n $recorded && $recorded != "$NODES" ]] && NODES=$recorded any_running; then
    die "the engine in $ENGINE_DIR runs $recorded nodes; stop it before starting $NODES"
  fi
}

node_arg() {
  [[ $1 =~ ^[0-9]+$ ]] && (( $1 < NODES )) || die "no node '$1' (nodes are 0 to $(( NODES - 1 )))"
}

start() {
  command -v searchd >/dev/null || die "searchd is not installed: run scripts/setup.sh (Debian package sphinxsearch)"
  check_layout
  if [[ $# -gt 0 ]]; then
    node_arg "$1"
    [[ -f $(conf_of "$1") ]] || die "node $1 has no config yet: run '$0 start' first"
    start_node "$1"
    return
  fi
  if ! any_running; then
    local i conf fresh
    for (( i = 0; i < NODES; i++ )); do
      mkdir -p "$(node_dir "$i")/data"
      conf=$(conf_of "$i")
      fresh=$(write_config "$i")
      # A changed layout or schema does not fit the data written under the old one.
      if [[ -f $conf ]] && [[ $(cat "$conf") != "$fresh" ]]; then
        say "node $i: configuration changed; removing its old data"
        rm -rf "$(node_dir "$i")/data"
        mkdir -p "$(node_dir "$i")/data"
      fi
      printf '%s\n' "$fresh" > "$conf"
      state_set "node${i}_sql" "$(sql_port "$i")"
      state_set "node${i}_api" "$(api_port "$i")"
      state_set "node${i}_conf" "$conf"
    done
    state_set nodes "$NODES"
    state_set url "$(engine_url)"
  fi
  local i
  for (( i = 0; i < NODES; i++ )); do start_node "$i"; done
  engine_url
}

stop() {
  local recorded
  recorded=$(state_get nodes)
  [[ -n $recorded ]] && NODES=$recorded
  if [[ $# -gt 0 ]]; then
    node_arg "$1"
    stop_node "$1"
    return
  fi
  local i
  for (( i = 0; i < NODES; i++ )); do stop_node "$i"; done
}

status() {
  local recorded i pid up=0
  recorded=$(state_get nodes)
  [[ -n $recorded ]] || { say "no engine in $ENGINE_DIR"; return 3; }
  NODES=$recorded
  for (( i = 0; i < NODES; i++ )); do
    pid=$(node_pid "$i")
    if [[ -n $pid ]]; then
      up=$(( up + 1 ))
      echo "node $i: running (pid $pid), SphinxQL $HOST:$(state_get "node${i}_sql"), agents $HOST:$(state_get "node${i}_api")"
    else
      echo "node $i: stopped"
    fi
  done
  echo "url: $(state_get url)"
  (( up == NODES )) || return 3
}

url() {
  local u
  u=$(state_get url)
  [[ -n $u ]] || die "no engine in $ENGINE_DIR: run '$0 start'"
  echo "$u"
}

command=${1:-}
shift || true
case $command in
  start) start "$@" ;;
  stop) stop "$@" ;;
  kill)
    [[ $# -eq 1 ]] || die "usage: $0 kill NODE"
    recorded=$(state_get nodes); [[ -n $recorded ]] && NODES=$recorded
    node_arg "$1"
    stop_node "$1" KILL
    ;;
  status) status ;;
  url) url ;;
  *) die "usage: $0 start [NODE] | stop [NODE] | kill NODE | status | url" ;;
esac
