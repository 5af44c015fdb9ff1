def run(source):
    exec(source, {"__name__": "generated"})

run("x = 1\ny = x / 0\n")
