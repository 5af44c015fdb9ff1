a = 10
a += 5
a -= 3
a *= 2
a //= 5
a **= 3
a %= 7
print(a)
b = 6
b /= 4
print(b)
c = 0b1100
c &= 0b1010
c |= 1
c ^= 0b111
c <<= 3
c >>= 1
print(c)
s = "ab"
s += "cd"
s *= 2
print(s)
lst = [1]
alias = lst
lst += [2]
print(alias, lst is alias)
t = (1,)
talias = t
t += (2,)
print(talias, t, t is talias)
d = {"k": 1}
d["k"] += 10
print(d)
