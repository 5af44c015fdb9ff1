for f, args in [(exec, (1,)), (eval, (1,)), (exec, ("x", [])), (eval, ("x", [])), (eval, ("x", {}, 1)), (exec, ("x", {}, 1)), (eval, ("x", None, {})), (compile, ("x", "f", "bad")), (compile, (1, "f", "exec")), (eval, ()), (exec, ("1", {}, {}, 4)), (eval, ("",)), (eval, ("x = 1",)), (compile, ("x=1", "f", "eval"))]:
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)
ns = {}
exec("a = 1\nb = a + 1", ns)
print(sorted(ns), type(ns["__builtins__"]))
print(eval("  a * 10", ns))
c = compile("a + b", "<calc>", "eval")
print(type(c).__name__, c.co_filename, c.co_name, eval(c, ns))
def f():
    x = 5
    exec("y = x + 1")
    return locals()
print(f())
