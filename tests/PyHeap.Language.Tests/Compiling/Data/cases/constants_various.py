a = None
b = True
c = False
d = ...
e = 1.5
f = b'bytes'
g = 10**30
h = 'caf\u00e9'
