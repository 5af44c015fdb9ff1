try:
    raise TypeError("original")
except TypeError as e:
    e.add_note("note one")
    e.add_note("multi\nline note")
    raise
