for s in ['\n', '  ', '#c', '']:
    try:
        eval(s)
    except SyntaxError as e:
        print(repr(s), e, e.offset, repr(e.text))
