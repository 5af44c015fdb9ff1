def find(lst, target):
    for i, x in enumerate(lst):
        if x == target:
            print("found at", i)
            break
    else:
        print("not found")
find([1, 2, 3], 2)
find([1, 2, 3], 7)
find([], 1)
for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if j > 1:
            break
        print(i, j)
for x in []:
    pass
else:
    print("empty for else")
print(i, j)
