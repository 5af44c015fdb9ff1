def compute(a, b):
    return a["x"] + b["y"] * 2
data = {"x": 1}
other = {"y": None}
print("computing")
compute(data, other)
