using PyHeap.Runtime.Formatting;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

public static partial class StrMethods
{
    private static void InstallSearch(PyType t)
    {
        TypeDicts.AddMethod(t, "find", (self, args, kw) => PyInt.From(Find("find", self, args, kw, reverse: false, raise: false)));
        TypeDicts.AddMethod(t, "rfind", (self, args, kw) => PyInt.From(Find("rfind", self, args, kw, reverse: true, raise: false)));
        TypeDicts.AddMethod(t, "index", (self, args, kw) => PyInt.From(Find("index", self, args, kw, reverse: false, raise: true)));
        TypeDicts.AddMethod(t, "rindex", (self, args, kw) => PyInt.From(Find("rindex", self, args, kw, reverse: true, raise: true)));
        TypeDicts.AddMethod(t, "count", Count);
        TypeDicts.AddMethod(t, "startswith", (self, args, kw) => TailMatch("startswith", self, args, kw, suffix: false));
        TypeDicts.AddMethod(t, "endswith", (self, args, kw) => TailMatch("endswith", self, args, kw, suffix: true));
    }

    /// <summary>
    /// start/end (code points, None allowed) as UTF-16 offsets for the primitives, or null when start lies past
    /// the end (then nothing matches, not even ''). Models ADJUST_INDICES.
    /// </summary>
    private static (long? Start, long? End)? Range(PyStr s, ReadOnlySpan<PyObject> args, int first)
    {
        var start = StrArgs.SliceIndex(args, first);
        var end = StrArgs.SliceIndex(args, first + 1);
        if (s.Kind != 4) return (start, end);
        var (b, e) = StrOps.AdjustIndices(s.Length, start, end);
        if (b > s.Length) return null;
        return (CodePointText.Offset(s.Value, b), CodePointText.Offset(s.Value, Math.Max(e, b)));
    }

    private static int ToCodePoint(PyStr s, int offset) => offset < 0 || s.Kind != 4 ? offset : CodePointText.IndexOf(s.Value, offset);

    /// <summary>Models any_find_slice (find/rfind/index/rindex).</summary>
    private static int Find(string name, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw, bool reverse, bool raise)
    {
        StrArgs.Varargs("str", name, args, kw, 1, 3);
        var s = Self(self);
        var sub = StrArgs.Str(args[0]);
        var range = Range(s, args, 1);
        var found = range is not { } r ? -1
            : reverse ? StrOps.RFind(s.Value, sub, r.Start, r.End) : StrOps.Find(s.Value, sub, r.Start, r.End);
        if (found < 0 && raise) throw Errors.ValueError("substring not found");
        return ToCodePoint(s, found);
    }

    /// <summary>Models unicode_count.</summary>
    private static PyObject Count(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        StrArgs.Varargs("str", "count", args, kw, 1, 3);
        var s = Self(self);
        var sub = StrArgs.Str(args[0]);
        var range = Range(s, args, 1);
        if (range is not { } r) return PyInt.From(0);
        if (sub.Length == 0 && s.Kind == 4)
        {
            var (b, e) = StrOps.AdjustIndices(s.Length, StrArgs.SliceIndex(args, 1), StrArgs.SliceIndex(args, 2));
            return PyInt.From(e < b ? 0 : e - b + 1);
        }
        return PyInt.From(StrOps.Count(s.Value, sub, r.Start, r.End));
    }

    /// <summary>Models unicode_startswith/endswith: a str or a tuple of strs.</summary>
    private static PyObject TailMatch(string name, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw, bool suffix)
    {
        StrArgs.Varargs("str", name, args, kw, 1, 3);
        var s = Self(self);
        var range = Range(s, args, 1);
        bool Match(string x) => range is { } r && (suffix ? StrOps.EndsWith(s.Value, x, r.Start, r.End) : StrOps.StartsWith(s.Value, x, r.Start, r.End));
        if (args[0] is PyTuple tuple)
        {
            foreach (var item in tuple.Items)
            {
                if (item is not PyStr p) throw Errors.TypeError($"tuple for {name} must only contain str, not {item.Type.Name}");
                if (Match(p.Value)) return PyBool.True;
            }
            return PyBool.False;
        }
        if (args[0] is not PyStr prefix)
            throw Errors.TypeError($"{name} first arg must be str or a tuple of str, not {args[0].Type.Name}");
        return PyBool.From(Match(prefix.Value));
    }
}
