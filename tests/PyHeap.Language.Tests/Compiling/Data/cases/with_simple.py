with open('f') as fp:
    data = fp.read()
