"""The Dask check's driver: runs the README's Dask recipe (the lines between the recipe
markers, which tests/distributed/run.sh finds verbatim in the README) on a scheduler and
two workers that run.sh started, and SIGKILLs one worker once the first partition is
written, starting a replacement, so that Dask must run the lost work again.

usage: dask_run.py SCHEDULER DOCS RECORDS EXTRACT BLOCKSIZE PIDFILE WORKDIR"""
import os
import signal
import subprocess
import sys
import threading
import time

SCHEDULER, DOCS, RECORDS, EXTRACT, BLOCKSIZE, PIDFILE, WORKDIR = sys.argv[1:8]
OUT = os.path.dirname(RECORDS)

from dask.distributed import Client

watcher = Client(SCHEDULER)
watcher.get_task_stream()  # starts the scheduler's record of which worker ran each task
killed = {}


def kill_one_worker():
    """Once a partition's file is written, SIGKILLs a worker that is running another."""
    deadline = time.time() + 120
    while time.time() < deadline:
        written = [f for f in os.listdir(OUT) if f.endswith(".ndjson")] if os.path.isdir(OUT) else []
        busy = {w: keys for w, keys in watcher.processing().items() if keys}
        if written and busy:
            address, keys = sorted(busy.items())[0]
            name = watcher.scheduler_info()["workers"][address].get("name")
            pid = watcher.run(os.getpid, workers=[address])[address]
            os.kill(pid, signal.SIGKILL)
            killed.update(address=address, name=name, pid=pid, keys=list(keys), written=len(written))
            replacement = subprocess.Popen(
                [os.environ.get("DASK", "dask"), "worker", SCHEDULER, "--host", "127.0.0.1", "--no-nanny", "--nthreads", "1",
                 "--no-dashboard", "--dashboard-address", "127.0.0.1:0", "--name", "replacement", "--local-directory", WORKDIR],
                stdout=subprocess.DEVNULL, stderr=open(os.path.join(WORKDIR, "replacement.log"), "w"))
            with open(PIDFILE, "a") as f:
                f.write(f"{replacement.pid}\n")
            return
        time.sleep(0.05)


killer = threading.Thread(target=kill_one_worker)
killer.start()

# recipe:begin
import subprocess
import dask.bag as db
from dask.distributed import Client

def extract(lines):
    docs = "".join(line.rstrip("\n") + "\n" for line in lines)
    run = subprocess.run([EXTRACT, "--input", "ndjson", "-j", "1"],
                         input=docs, capture_output=True, text=True, check=True)
    return run.stdout.splitlines()

client = Client(SCHEDULER)
records = db.read_text(DOCS, blocksize=BLOCKSIZE).map_partitions(extract)
records.to_textfiles(RECORDS, last_endline=True)  # one NDJSON file per partition
# recipe:end

killer.join()
if not killed:
    sys.exit("dask: no worker was killed (the run ended before a partition was written?)")
ran = {}
for task in watcher.get_task_stream():
    ran.setdefault(task["key"], []).append(task["worker"])
# (a task that ended just before the kill may also be in the record under the killed worker)
again = [k for k in killed["keys"] if any(w != killed["address"] for w in ran.get(k, []))]
print(f"dask: SIGKILLed worker '{killed['name']}' (pid {killed['pid']}) after {killed['written']} partition file(s) were written,"
      f" while it ran {len(killed['keys'])} task(s); {len(again)} of them ran again on another worker;"
      f" workers at the end: {sorted(w.get('name') for w in watcher.scheduler_info()['workers'].values())}")
if len(again) != len(killed["keys"]):
    sys.exit(f"dask: the killed worker's tasks {killed['keys']} were not all run again elsewhere: {ran}")
client.close()
watcher.close()
