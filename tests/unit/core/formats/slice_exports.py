"""Re-reads a Gloss export with Python's own rules and slices every span out of its text.

Usage: python3 slice_exports.py FORMAT UNIT FOLDER TEXTS_JSON
Prints a JSON list of [kind, sliced, claimed]: kind is "span", "token" or "comment" (a
comment thread's target, native JSONL only), sliced is the document text cut at the exported
offsets in UNIT, claimed is the text the file states for it (null when the format carries none).
"""
import csv
import json
import os
import sys

fmt, unit, folder, texts_path = sys.argv[1:5]
with open(texts_path, encoding="utf-8") as f:
    texts = json.load(f)


def cut(text, start, end):
    if unit == "codepoints":
        return text[start:end]
    if unit == "utf16":
        return text.encode("utf-16-le")[2 * start : 2 * end].decode("utf-16-le")
    return text.encode("utf-8")[start:end].decode("utf-8")


def paths(suffix):
    found = []
    for root, _, names in os.walk(folder):
        found += [os.path.join(root, n) for n in names if n.endswith(suffix)]
    return sorted(found)


def read(path):
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


out = []
if fmt == "jsonl":
    for line in read(paths(".jsonl")[0]).splitlines():
        doc = json.loads(line)
        for span in doc["spans"]:
            out.append(["span", cut(doc["text"], span["start"], span["end"]), span["text"]])
        for thread in doc["comments"]:
            t = thread["target"]
            out.append(["comment", cut(doc["text"], t["start"], t["end"]), t["text"]])
elif fmt == "doccano":
    for line in read(paths(".jsonl")[0]).splitlines():
        doc = json.loads(line)
        for start, end, _ in doc["label"]:
            out.append(["span", cut(doc["text"], start, end), None])
elif fmt == "spacy":
    for line in read(paths(".jsonl")[0]).splitlines():
        doc = json.loads(line)
        for token in doc["tokens"]:
            out.append(["token", cut(doc["text"], token["start"], token["end"]), token["text"]])
        for span in doc["spans"]:
            out.append(["span", cut(doc["text"], span["start"], span["end"]), None])
elif fmt == "brat":
    for ann in paths(".ann"):
        text = read(ann[:-4] + ".txt")
        for line in read(ann).splitlines():
            if not line.startswith("T"):
                continue
            _, middle, claimed = line.split("\t")
            fragments = middle.split(" ", 1)[1].split(";")
            pieces = [cut(text, *map(int, fragment.split(" "))) for fragment in fragments]
            out.append(["span", " ".join(pieces), claimed])
elif fmt == "labelstudio":
    for task in json.loads(read(paths(".json")[0])):
        for annotation in task["annotations"]:
            for result in annotation["result"]:
                value = result["value"]
                out.append(["span", cut(task["data"]["text"], value["start"], value["end"]), value["text"]])
elif fmt == "w3c":
    for item in json.loads(read(paths(".jsonld")[0]))["first"]["items"]:
        target = item["target"]
        text = texts[target["source"].rsplit(":", 1)[1]]
        position, quote = target["selector"]
        out.append(["span", cut(text, position["start"], position["end"]), quote["exact"]])
elif fmt == "csv":
    with open(paths(".csv")[0], encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    for row in rows[1:]:
        out.append(["span", cut(texts[row[0]], int(row[4]), int(row[5])), row[6]])
else:
    sys.exit("unknown format " + fmt)

print(json.dumps(out, ensure_ascii=False))
