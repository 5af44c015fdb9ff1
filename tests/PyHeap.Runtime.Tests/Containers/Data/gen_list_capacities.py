"""Writes list_capacities.jsonl: list capacities ((getsizeof - 56) // 8) observed in CPython 3.11 per scenario."""
import json
import sys


def cap(lst):
    return (sys.getsizeof(lst) - 56) // 8


def gen(n):
    for i in range(n):
        yield i


rows = []
a = []
rows.append({"scenario": "append", "caps": [cap(a)] + [(a.append(i), cap(a))[1] for i in range(200)]})
rows.append({"scenario": "pop", "caps": [(a.pop(), cap(a))[1] for _ in range(200)]})
b = []
rows.append({"scenario": "insert0", "caps": [(b.insert(0, i), cap(b))[1] for i in range(100)]})
rows.append({"scenario": "extend_tuple_fresh", "caps": [cap((lambda l: (l.extend(tuple(range(n))), l)[1])([])) for n in range(40)]})
rows.append({"scenario": "extend_generator_fresh", "caps": [cap(list(gen(n))) for n in range(40)]})
rows.append({"scenario": "repeat", "caps": [cap([0] * n) for n in range(40)]})
rows.append({"scenario": "extend_after_pop_to_empty", "caps": [cap((lambda l: (l.pop(), l.extend(tuple(range(n))), l)[2])([1])) for n in range(40)]})
with open("list_capacities.jsonl", "w") as f:
    for row in rows:
        f.write(json.dumps(row) + "\n")
