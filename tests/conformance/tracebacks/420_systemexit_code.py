e = SystemExit(2)
print(e.code)
raise ValueError(SystemExit(5).code)
