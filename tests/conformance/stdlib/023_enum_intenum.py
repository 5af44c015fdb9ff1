# enum.IntEnum: members are ints (arithmetic, ordering, hashing like their value) with the enum repr.
import sys
from enum import IntEnum, Enum


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3


print(Priority.LOW, repr(Priority.HIGH), str(Priority.MEDIUM), format(Priority.LOW), f"{Priority.HIGH:>4}|")
print(Priority.LOW + 1, Priority.HIGH * 2, Priority.LOW < Priority.HIGH, Priority.MEDIUM == 2, 3 == Priority.HIGH)
print(Priority(2), Priority["HIGH"], isinstance(Priority.LOW, int), type(Priority.LOW + 0))
print(sorted([Priority.HIGH, Priority.LOW, 2]), max(Priority), int(Priority.HIGH), hash(Priority.LOW) == hash(1))
print({1: "one"}[Priority.LOW], [10, 20, 30, 40][Priority.HIGH], sys.getrefcount(Priority.LOW))
print(list(Priority), len(Priority), Priority.HIGH.name, Priority.HIGH.value, type(Priority.HIGH.value))
print(dir(Priority.LOW)[:6], len(dir(Priority)))
try:
    Priority(7)
except ValueError as e:
    print("ValueError:", e)
try:
    class Bad(IntEnum):
        A = "x"
except (TypeError, ValueError) as e:
    print(type(e).__name__ + ":", e)
