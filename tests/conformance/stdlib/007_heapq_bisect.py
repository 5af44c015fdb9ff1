import heapq
import bisect
h = []
for v in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, v)
print(h, heapq.heappop(h), h)
data = [9, 4, 7, 1, 8, 2, 6]
heapq.heapify(data)
print(data, [heapq.heappop(data) for _ in range(len(data))])
h = [1, 3, 5]
print(heapq.heapreplace(h, 4), h, heapq.heappushpop(h, 0), heapq.heappushpop(h, 10), h)
print(heapq.nlargest(3, [5, 1, 8, 3, 9]), heapq.nsmallest(2, [5, 1, 8, 3, 9]))
print(heapq.nlargest(2, ['bb', 'a', 'ccc'], key=len), heapq.nsmallest(1, [4, 2]), heapq.nsmallest(5, [3, 1]))
print(heapq.nsmallest(2, iter([7, 3, 9, 1, 4])), heapq.nlargest(0, [1]), heapq.nlargest(2, iter([1, 5, 3, 2])))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6])), list(heapq.merge([3, 1], [2], reverse=True)))
print(list(heapq.merge(['a', 'ccc'], ['bb'], key=len)), list(heapq.merge()))
h = [(2, 'b'), (1, 'a')]
heapq.heapify(h)
print(heapq.heappop(h))
for t in [lambda: heapq.heappop([]), lambda: heapq.heappush((), 1), lambda: heapq.heapify(5),
          lambda: heapq.heapreplace([], 1)]:
    try:
        t()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
a = [1, 2, 2, 2, 3, 5]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 2), bisect.bisect(a, 4))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_left(a, 0), bisect.bisect(a, 9))
bisect.insort(a, 4)
bisect.insort_left(a, 2)
bisect.insort_right(a, 0)
print(a)
recs = [('a', 1), ('b', 3), ('c', 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ('d', 4), key=lambda r: r[1])
print(recs)
grades = 'FDCBA'
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])
for t in [lambda: bisect.bisect([1], 1, -1), lambda: bisect.bisect(5, 1), lambda: bisect.insort_left([], 1, -3)]:
    try:
        t()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
