"""Writes the corpus the distributed checks share to standard output: JSON lines
{"id", "text", "date"} as `extract --input ndjson` reads them, made from fixtures/articles
alone (each article whole, cut to its first paragraphs and four times as long, in turn), so
that it is the same wherever the clone is."""
import json
import os
import re
import sys

articles = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "fixtures", "articles")
names = sorted(os.listdir(articles))
n = int(sys.argv[1]) if len(sys.argv) > 1 else 24
for i in range(n):
    name = names[i % len(names)]
    with open(os.path.join(articles, name), encoding="utf-8") as f:
        text = f.read()
    kind = ("whole", "cut", "long")[(i // len(names)) % 3]
    if kind == "cut":
        text = "\n\n".join(re.split(r"\n\s*\n", text)[:2]) + "\n"
    elif kind == "long" and not name.endswith(".html"):
        text = "\n\n".join([text] * 4)
    doc = {"id": f"doc-{i:03d}-{kind}-{name}", "text": text}
    date = re.search(r"\d{4}-\d{2}-\d{2}", name)
    if date and i % 2:
        doc["date"] = date.group(0)
    sys.stdout.write(json.dumps(doc) + "\n")
