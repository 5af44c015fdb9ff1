print("never printed")
café = 1
total = café + prix€
