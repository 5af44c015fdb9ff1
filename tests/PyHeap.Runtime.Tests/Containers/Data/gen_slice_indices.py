"""Writes slice_indices.jsonl: slice(start, stop, step).indices(length) and the slice length, from CPython 3.11."""
import itertools
import json

values = [None, -12, -7, -1, 0, 1, 4, 9]
steps = [None, -3, -1, 1, 2, 8]
with open("slice_indices.jsonl", "w") as f:
    for start, stop, step, length in itertools.product(values, values, steps, [0, 5, 8]):
        s = slice(start, stop, step)
        lo, hi, st = s.indices(length)
        f.write(json.dumps({"start": start, "stop": stop, "step": step, "length": length,
                            "result": [lo, hi, st, len(range(length)[s])]}) + "\n")
