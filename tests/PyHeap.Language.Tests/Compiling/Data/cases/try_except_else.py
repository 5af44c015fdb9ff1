try:
    x = f()
except E:
    x = None
else:
    g(x)
