for s in ["", "a", "ab", "hello", "é", "中文", "😀", "hello world" * 3]:
    print(repr(s), hash(s), hash(s) == hash("" + s))
print(hash("abc") == hash("ab" + "c"))
d = {"k": 1, "é": 2, "😀": 3}
print(d["k"], d["é"], d["😀"], sorted(d))
print({"a", "b", "a"} == {"a", "b"})
