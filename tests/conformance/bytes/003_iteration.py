b = b"AZaz09"
print([x for x in b])
print(sum(b), max(b), min(b), sorted(b))
for i, x in enumerate(b[:3]):
    print(i, x, chr(x))
print(bytes(x + 1 for x in b"abc"), b.hex(), bytes.fromhex("4142"))
print(b.isalpha(), b"abc".isalpha(), b.lower(), b.replace(b"a", b"A"))
