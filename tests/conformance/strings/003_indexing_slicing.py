s = "abcdefghij"
print(s[0], s[-1], s[2:5], s[:3], s[7:], s[::2], s[::-1], s[-3:-1], s[5:2], s[1:8:3])
print(len(s), "c" in s, "cd" in s, "dc" not in s, s * 2, s + "!")
print(s[100:], s[-100:3])
print(list("abc"), tuple("ab"), sorted("cab"), max("hello"), min("hello"))
print(ord("A"), chr(97), ord("\u20ac"), chr(0x1F600) == "\U0001F600")
print("abc" < "abd", "a" < "B", "Z" < "a", "abc" == "abc", "" < "a")
