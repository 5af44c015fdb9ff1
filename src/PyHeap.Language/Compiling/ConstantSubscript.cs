using System.Numerics;
using PyHeap.Language.Syntax;

namespace PyHeap.Language.Compiling;

/// <summary>
/// Models ast_opt.c's fold_subscr: a constant indexed by a constant int is folded when PyObject_GetItem succeeds
/// (str, bytes and tuple; an index out of range or of the wrong type leaves the expression to fail at run time).
/// Slices are Slice nodes, not constants, so they are never folded.
/// </summary>
internal static class ConstantSubscript
{
    public static ConstantValue? GetItem(ConstantValue value, ConstantValue index)
    {
        BigInteger i;
        if (index.Kind == ConstantKind.Int) i = index.AsInt;
        else if (index.Kind == ConstantKind.Bool) i = index.AsBool ? 1 : 0;
        else return null;
        switch (value.Kind)
        {
            case ConstantKind.Str:
            {
                var points = CodePoints(value.AsStr);
                return Normalize(i, points.Count) is { } k ? ConstantValue.Str(points[k]) : null;
            }
            case ConstantKind.Bytes:
            {
                var bytes = value.AsBytes;
                return Normalize(i, bytes.Length) is { } k ? ConstantValue.Int(bytes[k]) : null;
            }
            case ConstantKind.Tuple:
            {
                var items = value.AsTuple;
                return Normalize(i, items.Count) is { } k ? items[k] : null;
            }
            default:
                return null;
        }
    }

    private static int? Normalize(BigInteger i, int length)
    {
        if (i < 0) i += length;
        return i >= 0 && i < length ? (int)i : null;
    }

    /// <summary>The string's code points (a surrogate pair is one character, as in CPython).</summary>
    private static List<string> CodePoints(string s)
    {
        var result = new List<string>(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                result.Add(s.Substring(i, 2));
                i++;
            }
            else result.Add(s[i].ToString());
        }
        return result;
    }
}
