import os, sys as s
from a import b as c
def f(p, *args, q, **kw):
    import json
    return os, s, c, json
