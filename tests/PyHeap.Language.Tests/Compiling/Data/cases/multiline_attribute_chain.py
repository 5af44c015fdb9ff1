r = (obj
     .method()
     .other)
