words = ["hello world", "HELLO", "hElLo WoRlD", "ßtraße", "ǆemal", "ﬁne", "İstanbul", "ΣΑΣ", "ὈΔΥΣΣΕΎΣ", "they're bill's", "123abc", "", "a1b2", "ǅ", "σς", "MIXED case 42"]
for w in words:
    print(repr(w), repr(w.upper()), repr(w.lower()), repr(w.casefold()))
    print(" ", repr(w.capitalize()), repr(w.title()), repr(w.swapcase()))
try:
    "a".upper(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a".lower(x=1)
except TypeError as e:
    print(type(e).__name__, e)
s = "abc"
print(s.lower() is s, s.lower() == s)
