def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError("parse failed") from e

def run():
    try:
        parse("x")
    except RuntimeError:
        {}["missing"]

run()
