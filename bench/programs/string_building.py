# String building: 10**5 small strings joined, plus f-strings.
parts = []
for i in range(10**5):
    parts.append(f"item {i};")
s = "".join(parts)
print(len(s))
