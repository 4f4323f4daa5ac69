"""compare.py LOCAL OTHER LABEL: the records of OTHER, sorted by `source`, must be the same
bytes as LOCAL's sorted the same way, each source once. Prints what it compared."""
import json
import sys

local_path, other_path, label = sys.argv[1:4]


def lines(path):
    with open(path, "rb") as f:
        return [l for l in f.read().split(b"\n") if l]


def by_source(records):
    return sorted(records, key=lambda l: json.loads(l)["source"])


local, other = lines(local_path), lines(other_path)
sources = [json.loads(l)["source"] for l in other]
doubled = sorted({s for s in sources if sources.count(s) > 1})
missing = sorted({json.loads(l)["source"] for l in local} - set(sources))
a, b = (b"".join(l + b"\n" for l in by_source(r)) for r in (local, other))
print(f"{label}: {len(other)} records ({len(b)} bytes) against the local run's {len(local)} ({len(a)} bytes),"
      f" sorted by source: {'the same bytes' if a == b else 'DIFFERENT'}")
if doubled or missing or a != b:
    if doubled:
        print(f"{label}: doubled: {doubled}")
    if missing:
        print(f"{label}: missing: {missing}")
    sys.exit(1)
