s = "  Hello, World  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr("xxhixx".strip("x")))
print(s.upper(), s.lower(), "hello world".title(), "hELLO".swapcase(), "hello".capitalize())
print("a,b,,c".split(","), "a b  c".split(), "a,b,c".split(",", 1), "a,b,c".rsplit(",", 1))
print("-".join(["x", "y", "z"]), "".join([]), ", ".join("abc"))
print("hello".replace("l", "L"), "hello".replace("l", "L", 1), "aaa".replace("a", "bb"))
print("hello".startswith("he"), "hello".endswith(("lo", "x")), "hello".find("l"), "hello".rfind("l"), "hello".find("z"))
print("hello".index("e"), "hello".count("l"), "abc".isalpha(), "123".isdigit(), " ".isspace(), "Ab".isupper())
