# Appending 10**6 ints to one list: list growth (list_resize) and int objects.
items = []
for i in range(10**6):
    items.append(i)
print(len(items))
