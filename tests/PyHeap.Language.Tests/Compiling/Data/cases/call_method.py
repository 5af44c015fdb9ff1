o.m()
o.m(1, 2)
o.m(x=1)
o.a.b(1)
