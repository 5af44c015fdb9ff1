words = ["banana", "Apple", "cherry", "date", "Elder", "fig"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "y")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[0]))
nums = [3, -1, -4, 1, 5, -9]
nums.sort(key=abs)
print(nums)
print(sorted([3, 1, 2], key=lambda v: -v), sorted("hello"))
