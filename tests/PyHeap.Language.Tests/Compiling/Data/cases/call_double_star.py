f(**kw)
f(a=1, **kw)
f(**a, **b)
f(**kw, z=1)
