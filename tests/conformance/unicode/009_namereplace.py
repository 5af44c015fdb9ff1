# The namereplace error handler names characters with the Unicode 14 names (aliases at CPython's private-use
# code points), and falls back to backslash escapes for unnamed ones; decoding has no use for it.
print("a\xe9\u2022\U0001F600\n\x85\U000F0000\U000F0200\U000F01D9\ue000\uac01\u4e00".encode("ascii", "namereplace"))
print("\xe9\ud800".encode("utf-8", "namereplace"), "\u0100\xff".encode("latin-1", "namereplace"))
print("caf\xe9 \N{EM DASH} ok".encode("ascii", "namereplace").decode("ascii"))
for handler in ["xmlcharrefreplace", "namereplace"]:
    try:
        b"a\xff".decode("ascii", handler)
    except TypeError as e:
        print("TypeError", e)
