try:
    f()
except (KeyError, IndexError) as e:
    g(e)
except ValueError:
    h()
except:
    i()
