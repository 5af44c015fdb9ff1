# 10**6 allocate/free pairs of mixed small sizes: bytes objects of 33..512 bytes cycle through every
# pymalloc size class (bytes have no free list, so each one is a real block allocation and free).
def churn(n):
    for i in range(n):
        b = bytes(i % 480)


churn(10**6)
print("done")
