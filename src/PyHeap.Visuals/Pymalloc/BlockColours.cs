using PyHeap.Runtime.Memory;
using PyHeap.Visuals.Rendering;

namespace PyHeap.Visuals.Pymalloc;

/// <summary>
/// How the pymalloc map draws a block's state: a colour each (Okabe–Ito) and, for blocks parked on an object free
/// list, a hatch as well, so "held" stays distinguishable from "used" without colour vision.
/// </summary>
public static class BlockColours
{
    /// <summary>The id of the hatch pattern; specific so two maps on one page cannot pick up another picture's pattern.</summary>
    public const string HatchId = "pyheap-pymalloc-held";

    public static string Fill(BlockState state) => state switch
    {
        BlockState.Used => Palette.Blue,
        BlockState.HeldByFreeList => $"url(#{HatchId})",
        BlockState.Free => Palette.SkyBlue,
        BlockState.StartUp => Palette.DarkGrey,
        _ => Palette.LightGrey,
    };

    public static string Describe(BlockState state) => state switch
    {
        BlockState.Used => "used (a live object or buffer)",
        BlockState.HeldByFreeList => "held by a free list (allocated, parked for reuse)",
        BlockState.Free => "free (on the pool's freeblock list)",
        BlockState.StartUp => "used since start-up (the interpreter's own modules, code, types and strings)",
        _ => "never used (past the pool's nextoffset)",
    };

    /// <summary>Orange with dark diagonal stripes.</summary>
    public static string HatchDefinition =>
        $"<defs><pattern id=\"{HatchId}\" width=\"4\" height=\"4\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
        + $"<rect width=\"4\" height=\"4\" fill=\"{Palette.Orange}\"/><rect width=\"1.5\" height=\"4\" fill=\"{Palette.Black}\"/></pattern></defs>";

    /// <summary><paramref name="hex"/> mixed with white: the empty part of a pool cell.</summary>
    public static string Tint(string hex, double white)
    {
        int Channel(int i) => (int)Math.Round(Convert.ToInt32(hex.Substring(1 + 2 * i, 2), 16) * (1 - white) + 255 * white);
        return $"#{Channel(0):X2}{Channel(1):X2}{Channel(2):X2}";
    }
}
