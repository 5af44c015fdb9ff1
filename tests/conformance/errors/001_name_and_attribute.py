def t(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: undefined_name)
t(lambda: len.nope)
t(lambda: (1).foo)
t(lambda: "s".nope)
t(lambda: None.x)
t(lambda: [].push(1))
t(lambda: {}.add)
class C:
    pass
t(lambda: C().zz)
t(lambda: C.zz)
t(lambda: C.__dict__.missing)
