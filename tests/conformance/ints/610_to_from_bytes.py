for x in [0, 1, 127, 128, 255, 256, 65535, 2**64 - 1]:
    print(x, x.to_bytes(8, 'big'), x.to_bytes(8, 'little'), x.to_bytes(9, byteorder='big', signed=True))
for x in [-1, -128, -129, -256, -2**63]:
    print(x, x.to_bytes(8, 'big', signed=True), x.to_bytes(9, 'little', signed=True))
print((5).to_bytes(), (0).to_bytes(0, 'big'), (255).to_bytes(1, 'big'))
for args, kw in [((1, 'big'), {'signed': False}), ((1, 'x'), {}), ((-1,), {}), ((1,), {'length': 1})]:
    try:
        print((300).to_bytes(*args, **kw))
    except Exception as e:
        print(type(e).__name__, e)
try:
    print((-1).to_bytes(1, 'big'))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print((128).to_bytes(1, 'big', signed=True))
except OverflowError as e:
    print(type(e).__name__, e)
print(int.from_bytes(b'\x01\x00', 'big'), int.from_bytes(b'\x01\x00', 'little'), int.from_bytes(b'\xff\xff', 'big', signed=True))
print(int.from_bytes(b'', 'big'), int.from_bytes([1, 2, 3], 'big'), int.from_bytes(b'\x80' + b'\x00' * 9, 'big', signed=True))
print(bool.from_bytes(b'\x01', 'big'), bool.from_bytes(b'\x00', 'big'), int.from_bytes(b'\x10'))
for x in [0, 1, -1, 2**100, -2**100 + 7, 12345678901234567890]:
    n = (x.bit_length() + 8) // 8
    print(x, int.from_bytes(x.to_bytes(n, 'little', signed=True), 'little', signed=True) == x)
