import gc
gc.collect()
def catch():
    try:
        raise ValueError("boom")
    except ValueError as e:
        saved = e
    return None
catch()
print("saved exception", gc.collect())
def no_save():
    try:
        raise ValueError("boom")
    except ValueError as e:
        pass
no_save()
print("cleared by except", gc.collect())
