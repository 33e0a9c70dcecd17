#!/usr/bin/env python3
"""Check one annotation: python3 chk.py JSONFILE TEXTFILE  (fills text_sha256/text_chars, checks labels)."""
import hashlib, json, sys, re
jf, tf = sys.argv[1], sys.argv[2]
d = json.load(open(jf, encoding="utf-8"))
t = open(tf, encoding="utf-8").read()
need = ["id", "source", "published", "real_source_url", "gold", "notes", "text_recipe"]
miss = [k for k in need if k not in d]
if miss: sys.exit(f"missing keys {miss}")
g = d["gold"]
for k in ["entities", "optional", "holds_role", "attends", "hosts", "relates_to", "quotes", "candidates", "nominates", "sanctions"]:
    if k not in g: sys.exit(f"gold lacks {k!r} (use [] when none)")
low = t.lower()
bad = []
def labels(v):
    if v is None: return []
    if isinstance(v, str): return [v]
    return [x for x in v if x is not None]
for typ, ents in g["entities"].items():
    for alts in ents:
        for a in labels(alts):
            if a.lower() not in low: bad.append(f"entity {typ}: {a!r} not in text")
for kind in ["holds_role", "attends", "hosts", "quotes", "candidates", "nominates", "sanctions"]:
    for f in g[kind]:
        for field, v in f.items():
            if field in ("sanction", "role", "title", "election"): continue
            if not labels(v): continue
            if not any(a.lower() in low for a in labels(v)): bad.append(f"{kind}.{field}: none of {labels(v)} in text")
d["text_sha256"] = hashlib.sha256(t.encode()).hexdigest()
d["text_chars"] = len(t)
json.dump(d, open(jf, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print("\n".join(bad) if bad else "OK", f"({len(t)} chars)")
