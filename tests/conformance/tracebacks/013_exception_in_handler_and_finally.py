def cleanup():
    raise OSError("cleanup failed")
def work():
    try:
        raise KeyError("primary")
    finally:
        cleanup()
work()
