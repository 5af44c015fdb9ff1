# Constants written in the script are owned by the code object and, while the module runs, by the parser
# arena (pyrun_file frees it after run_mod): one reference more than the names that hold them.
import sys
x = 1000
print(sys.getrefcount(x))
y = 3.14
print(sys.getrefcount(y))
s = "hello world"
print(sys.getrefcount(s))
t = (1, 2, 3)
print(sys.getrefcount(t))
def f():
    a = 12345
    return sys.getrefcount(a)
print(f())
big = 10**20
print(sys.getrefcount(big))
