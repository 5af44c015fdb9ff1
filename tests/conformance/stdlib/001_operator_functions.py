import operator
print(operator.add(2, 3), operator.sub(2, 3), operator.mul('ab', 3), operator.truediv(7, 2))
print(operator.floordiv(-7, 2), operator.mod(-7, 3), operator.neg(5), operator.pos(-5))
print(operator.not_(0), operator.truth([]), operator.truth([0]))
print(operator.eq(1, 1.0), operator.ne(1, 2), operator.lt(1, 2), operator.le(2, 2), operator.gt(1, 2), operator.ge(3, 2))
print(operator.contains([1, 2], 2), operator.contains('abc', 'd'))
a = [1, 2, 3]
operator.setitem(a, 0, 10)
operator.delitem(a, 1)
print(a, operator.getitem(a, -1), operator.getitem('hello', slice(1, 3)))
print(operator.index(7), operator.is_(a, a), operator.is_not(a, None))
print(operator.concat([1], [2]), operator.concat('a', 'b'))
print(operator.pow(2, 10), operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10))
print(operator.lshift(1, 4), operator.rshift(256, 2), operator.inv(5), operator.invert(0), operator.abs(-4))
print(operator.countOf([1, 2, 1, 1], 1), operator.indexOf('abc', 'c'))
x = [1]
y = operator.iadd(x, [2])
print(y, y is x, operator.iadd(1, 2), operator.imul('ab', 2), operator.isub(5, 3))
print(operator.ifloordiv(7, 2), operator.imod(7, 2), operator.itruediv(1, 4), operator.ior(1, 2))
print(operator.length_hint([1, 2, 3]), operator.length_hint(iter([]), 5))
for f, args in [(operator.add, (1, 'a')), (operator.index, (1.5,)), (operator.concat, (1, 2)),
                (operator.neg, ('x',)), (operator.getitem, ([1], 5)), (operator.truediv, (1, 0)),
                (operator.indexOf, ([1], 2)), (operator.delitem, ({}, 'k'))]:
    try:
        f(*args)
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
print(sorted([3, 1, 2], key=operator.neg))
