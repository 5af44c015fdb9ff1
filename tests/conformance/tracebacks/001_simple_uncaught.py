print("before")
keys = ["a"]
print(keys)
x = {"a": 1}
print(x["b"])
print("never")
