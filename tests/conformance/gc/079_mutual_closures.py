import gc
gc.collect()
def outer():
    def is_even(n):
        return True if n == 0 else is_odd(n - 1)
    def is_odd(n):
        return False if n == 0 else is_even(n - 1)
    return is_even(10), is_odd(7)
print(outer())
print("two functions, two cells, two closure tuples", gc.collect())
