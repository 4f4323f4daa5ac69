#!/usr/bin/env bash
# npm run distributed: extract past one machine, on engines people run, compared with one
# local run of the same corpus (tests/distributed/corpus.py, made from fixtures/articles):
#   - Dask distributed: a scheduler and two workers on 127.0.0.1, the README's Dask recipe
#     (tests/distributed/dask_run.py), one worker SIGKILLed once the first partition is
#     written and a replacement started; the records, sorted by source, the same bytes,
#     none lost or doubled;
#   - GNU parallel over ssh: a private sshd on 127.0.0.1 (its own host key, config and
#     authorized key in a temporary folder), two logins, --pipe --keep-order; the same bytes.
# Installs what it needs through Debian's packages when missing. Every server it starts
# listens on 127.0.0.1 and is stopped on exit; its temporary folder is removed.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HERE="$ROOT/tests/distributed"
PY=/usr/bin/python3 # Debian's Python, where python3-dask is (python3 on PATH may be another)
DASK=/usr/bin/dask
started=$(date +%s)

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
need=()
if [ ! -x "$DASK" ] || ! "$PY" -c 'import dask.bag, distributed' 2>/dev/null; then need+=(python3-dask python3-distributed); fi
[ -x /usr/sbin/sshd ] || need+=(openssh-server)
command -v ssh-keygen >/dev/null 2>&1 || need+=(openssh-client)
command -v parallel >/dev/null 2>&1 || need+=(parallel)
if [ ${#need[@]} -gt 0 ]; then
  echo "distributed: installing ${need[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/extract-distributed.XXXXXX")
PIDS="$WORK/pids"
: >"$PIDS"
made_privsep=
cleanup() {
  local status=$?
  # stop every server this script (or dask_run.py, for the replacement worker) started
  while read -r pid; do kill "$pid" 2>/dev/null || true; done <"$PIDS"
  for _ in $(seq 50); do
    alive=
    while read -r pid; do kill -0 "$pid" 2>/dev/null && alive=1; done <"$PIDS"
    [ -z "$alive" ] && break
    sleep 0.1
  done
  while read -r pid; do kill -9 "$pid" 2>/dev/null || true; done <"$PIDS"
  [ -n "$made_privsep" ] && rmdir /run/sshd 2>/dev/null
  rm -rf "$WORK"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() { "$PY" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
wait_for() { # wait_for SECONDS COMMAND...: until the command succeeds
  local until=$(($(date +%s) + $1)); shift
  until "$@"; do
    if [ "$(date +%s)" -ge "$until" ]; then echo "distributed: timed out waiting for: $*" >&2; return 1; fi
    sleep 0.1
  done
}

# the corpus and the local run every other run is compared with
"$PY" "$HERE/corpus.py" 24 >"$WORK/docs.jsonl"
"$ROOT/bin/extract" --input ndjson -j 1 <"$WORK/docs.jsonl" >"$WORK/local.ndjson"
echo "distributed: corpus of $(wc -l <"$WORK/docs.jsonl") documents ($(wc -c <"$WORK/docs.jsonl") bytes); local run: $(wc -l <"$WORK/local.ndjson") records ($(wc -c <"$WORK/local.ndjson") bytes)"

# the README's Dask recipe is the one dask_run.py runs
"$PY" - "$HERE/dask_run.py" "$ROOT/README.md" <<'PYEOF'
import sys
script, readme = (open(p, encoding="utf-8").read() for p in sys.argv[1:3])
recipe = script.split("# recipe:begin\n")[1].split("# recipe:end\n")[0]
if recipe not in readme:
    sys.exit("distributed: the README's Dask recipe is not the one tests/distributed/dask_run.py runs:\n" + recipe)
PYEOF

# --- Dask: a scheduler and two workers on 127.0.0.1, random ports, no dashboards
mkdir "$WORK/dask"
"$DASK" scheduler --host 127.0.0.1 --port 0 --no-dashboard --dashboard-address 127.0.0.1:0 --no-show \
  --scheduler-file "$WORK/scheduler.json" >"$WORK/scheduler.log" 2>&1 &
echo $! >>"$PIDS"
wait_for 60 test -s "$WORK/scheduler.json"
SCHEDULER=$("$PY" -c 'import json, sys; print(json.load(open(sys.argv[1]))["address"])' "$WORK/scheduler.json")
for name in one two; do
  "$DASK" worker "$SCHEDULER" --host 127.0.0.1 --no-nanny --nthreads 1 --no-dashboard --dashboard-address 127.0.0.1:0 \
    --name "$name" --local-directory "$WORK/dask" >"$WORK/worker-$name.log" 2>&1 &
  echo $! >>"$PIDS"
  disown $! # one is killed on purpose: no "Killed" notice from the shell
done
"$PY" -c 'import sys; from dask.distributed import Client; c = Client(sys.argv[1]); c.wait_for_workers(2, timeout=60); c.close()' "$SCHEDULER"
echo "distributed: dask scheduler at $SCHEDULER, workers 'one' and 'two'"
if ! DASK="$DASK" "$PY" "$HERE/dask_run.py" "$SCHEDULER" "$WORK/docs.jsonl" "$WORK/records/*.ndjson" \
  "$ROOT/bin/extract" 4kB "$PIDS" "$WORK/dask"; then
  tail -n 20 "$WORK"/*.log >&2 || true
  exit 1
fi
echo "distributed: dask wrote $(ls "$WORK/records" | wc -l) partition files"
cat "$WORK/records"/*.ndjson >"$WORK/dask.ndjson"
"$PY" "$HERE/compare.py" "$WORK/local.ndjson" "$WORK/dask.ndjson" dask
echo "distributed: dask check done at $(($(date +%s) - started)) s"

# --- GNU parallel over ssh: a private sshd on 127.0.0.1, as the current user
SSH="$WORK/ssh"
mkdir -m 700 "$SSH"
ssh-keygen -q -t ed25519 -N '' -C extract-distributed-host -f "$SSH/host_key"
ssh-keygen -q -t ed25519 -N '' -C extract-distributed-user -f "$SSH/user_key"
cp "$SSH/user_key.pub" "$SSH/authorized_keys"
PORT=$(free_port)
USER_NAME=$(id -un)
cat >"$SSH/sshd_config" <<CONF
ListenAddress 127.0.0.1
Port $PORT
HostKey "$SSH/host_key"
PidFile none
AuthorizedKeysFile "$SSH/authorized_keys"
AllowUsers $USER_NAME
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
PermitRootLogin prohibit-password
UsePAM no
StrictModes no
AllowTcpForwarding no
X11Forwarding no
PrintMotd no
CONF
if [ "$(id -u)" = 0 ] && [ ! -d /run/sshd ]; then mkdir -m 755 /run/sshd && made_privsep=1; fi # sshd's privilege separation folder
/usr/sbin/sshd -D -f "$SSH/sshd_config" -E "$SSH/sshd.log" &
echo $! >>"$PIDS"
echo "[127.0.0.1]:$PORT $(cut -d' ' -f1,2 "$SSH/host_key.pub")" >"$SSH/known_hosts"
cat >"$SSH/config" <<CONF
Host extract-a extract-b
  HostName 127.0.0.1
  Port $PORT
  User $USER_NAME
  IdentityFile "$SSH/user_key"
  IdentitiesOnly yes
  UserKnownHostsFile "$SSH/known_hosts"
  GlobalKnownHostsFile /dev/null
  StrictHostKeyChecking yes
  BatchMode yes
  ControlMaster no
  ControlPath none
CONF
wait_for 30 ssh -F "$SSH/config" extract-a true
echo "distributed: sshd on 127.0.0.1:$PORT, logins extract-a and extract-b as $USER_NAME"
cd "$WORK"
# the README's GNU parallel over ssh recipe, with the clone at the same path on each host
PARALLEL_SSH="ssh -F $SSH/config" \
  parallel --pipe -N 4 --keep-order --joblog jobs.tsv -S 1/extract-a,1/extract-b \
  "cd $(printf %q "$ROOT") && bin/extract --input ndjson -j 1" <docs.jsonl >records.ndjson
hosts=$(awk -F'\t' 'NR > 1 { print $2 }' jobs.tsv | sort | uniq -c | awk '{ printf "%s%s: %s jobs", sep, $2, $1; sep = ", " }')
echo "distributed: parallel ran $(($(wc -l <jobs.tsv) - 1)) jobs over ssh ($hosts)"
if [ "$(awk -F'\t' 'NR > 1 { print $2 }' jobs.tsv | sort -u | wc -l)" != 2 ]; then
  echo "distributed: parallel did not use both logins" >&2
  exit 1
fi
"$PY" "$HERE/compare.py" local.ndjson records.ndjson "parallel over ssh"
if cmp -s local.ndjson records.ndjson; then
  echo "parallel over ssh: in input order, the same bytes as the local run (--keep-order)"
else
  echo "parallel over ssh: not in the local run's order" >&2
  exit 1
fi
# every server still running (scheduler, workers, sshd) listens on 127.0.0.1 only
if command -v ss >/dev/null 2>&1; then
  listening=$(ss -Hltnp 2>/dev/null || true)
  sockets=0
  while read -r pid; do
    kill -0 "$pid" 2>/dev/null || continue
    mine=$(grep "pid=$pid," <<<"$listening" || true)
    [ -z "$mine" ] && continue
    sockets=$((sockets + $(wc -l <<<"$mine")))
    if awk '{ print $4 }' <<<"$mine" | grep -qv '^127\.0\.0\.1:'; then
      echo "distributed: a server listens beyond 127.0.0.1:" >&2
      echo "$mine" >&2
      exit 1
    fi
  done <"$PIDS"
  echo "distributed: the $(wc -l <"$PIDS") servers started listen on $sockets sockets, all on 127.0.0.1"
fi
echo "distributed: all the same; $(($(date +%s) - started)) s"
