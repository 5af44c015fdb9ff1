for a, *b in xs:
    pass
