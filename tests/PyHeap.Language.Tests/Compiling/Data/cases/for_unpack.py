for k, v in d.items():
    print(k, v)
