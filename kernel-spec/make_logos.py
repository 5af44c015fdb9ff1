#!/usr/bin/env python3
"""Draws the PyHeap kernel logos (logo-32x32.png, logo-64x64.png in pyheap/): a heap of blocks, three on the
bottom, two, then one, in Python's blue and yellow on a transparent background. Uses only the standard
library (zlib + struct write the PNG), so it runs anywhere: python3 kernel-spec/make_logos.py"""
import os
import struct
import zlib

BLUE = (0x37, 0x76, 0xAB)
YELLOW = (0xFF, 0xD4, 0x3B)
ROWS = [[BLUE, BLUE, BLUE], [YELLOW, YELLOW], [BLUE]]  # bottom to top


def shade(color, factor):
    return tuple(max(0, min(255, int(c * factor))) for c in color)


def draw(size):
    pixels = [[(0, 0, 0, 0)] * size for _ in range(size)]
    margin = max(1, size * 3 // 64)
    gap = max(1, size // 32)
    block = (size - 2 * margin - 2 * gap) // 3
    border = max(1, size // 32)
    total = 3 * block + 2 * gap
    left0 = (size - total) // 2
    for row, colors in enumerate(ROWS):
        top = size - margin - (row + 1) * block - row * gap
        offset = left0 + row * (block + gap) // 2
        for i, color in enumerate(colors):
            left = offset + i * (block + gap)
            for y in range(top, top + block):
                for x in range(left, left + block):
                    edge = min(x - left, y - top, left + block - 1 - x, top + block - 1 - y)
                    corner = (x - left in (0, block - 1)) and (y - top in (0, block - 1))
                    if corner:
                        continue  # rounded look: leave the four corner pixels out
                    if edge < border:
                        rgb = shade(color, 0.7)
                    elif y - top < border + max(1, block // 6):
                        rgb = shade(color, 1.15)  # a lit top face
                    else:
                        rgb = color
                    pixels[y][x] = rgb + (255,)
    return pixels


def png(pixels):
    height, width = len(pixels), len(pixels[0])
    raw = b"".join(b"\x00" + bytes(c for px in row for c in px) for row in pixels)

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "pyheap")
    os.makedirs(out, exist_ok=True)
    for size in (32, 64):
        path = os.path.join(out, f"logo-{size}x{size}.png")
        with open(path, "wb") as f:
            f.write(png(draw(size)))
        print(path)


if __name__ == "__main__":
    main()
