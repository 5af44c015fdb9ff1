data = {"a": [1, 2, 3]}
def lookup(key, index):
    return data[key][index] + 1

print(lookup("a", 1))
print(lookup("a", 10))
