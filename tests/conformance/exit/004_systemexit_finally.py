def f():
    try:
        raise SystemExit(0)
    finally:
        print("finally runs")

f()
print("not reached")
