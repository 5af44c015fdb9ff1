using System.Text;
using PyHeap.Runtime.Formatting;
using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

public static partial class StrMethods
{
    private static void InstallSplit(PyType t)
    {
        TypeDicts.AddMethod(t, "split", (self, args, kw) => Split("split", self, args, kw, reverse: false));
        TypeDicts.AddMethod(t, "rsplit", (self, args, kw) => Split("rsplit", self, args, kw, reverse: true));
        TypeDicts.AddMethod(t, "splitlines", (self, args, kw) =>
        {
            var a = StrArgs.Parse("splitlines", args, kw, 0, "keepends");
            var keep = a[0] is not null && StrArgs.Index(a[0]!) != 0;
            return ListOf(self, StrOps.SplitLines(Self(self).Value, keep));
        });
        TypeDicts.AddMethod(t, "join", Join);
        TypeDicts.AddMethod(t, "strip", (self, args, kw) => Strip("strip", self, args, kw, left: true, right: true));
        TypeDicts.AddMethod(t, "lstrip", (self, args, kw) => Strip("lstrip", self, args, kw, left: true, right: false));
        TypeDicts.AddMethod(t, "rstrip", (self, args, kw) => Strip("rstrip", self, args, kw, left: false, right: true));
        TypeDicts.AddMethod(t, "partition", (self, args, kw) => Partition("partition", self, args, kw, reverse: false));
        TypeDicts.AddMethod(t, "rpartition", (self, args, kw) => Partition("rpartition", self, args, kw, reverse: true));
    }

    /// <summary>Models unicode_split_impl / unicode_rsplit_impl (sep=None, maxsplit=-1).</summary>
    private static PyObject Split(string name, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw, bool reverse)
    {
        var a = StrArgs.Parse(name, args, kw, 0, "sep", "maxsplit");
        string? sep = a[0] is null or PyNone ? null : StrArgs.Str(a[0]!, "must be str or None");
        var maxsplit = a[1] is null ? -1 : StrArgs.Index(a[1]!);
        var s = Self(self).Value;
        var parts = Prim(() => reverse ? StrOps.RSplit(s, sep, maxsplit) : StrOps.Split(s, sep, maxsplit));
        return ListOf(self, parts);
    }

    /// <summary>Models PyUnicode_Join: a single exact str item is returned as is.</summary>
    private static PyObject Join(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        StrArgs.One("str", "join", args, kw);
        if (args[0].Type.Iter is null && args[0].Type.GetItem is null) throw Errors.TypeError("can only join an iterable");
        var items = Abstract.ToList(args[0]);
        try
        {
            if (items.Count == 0) return PyStr.Empty;
            if (items.Count == 1 && items[0].Type == Types.Str) return RefCounts.NewRef(items[0]);
            var sep = Self(self).Value;
            var sb = new StringBuilder();
            for (var i = 0; i < items.Count; i++)
            {
                if (items[i] is not PyStr s) throw Errors.TypeError($"sequence item {i}: expected str instance, {items[i].Type.Name} found");
                if (i > 0) sb.Append(sep);
                sb.Append(s.Value);
            }
            return PyStr.From(sb.ToString());
        }
        finally
        {
            foreach (var o in items) RefCounts.DecRef(o);
        }
    }

    /// <summary>Models do_argstrip: whitespace, or the code points of chars.</summary>
    private static PyObject Strip(string name, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw, bool left, bool right)
    {
        StrArgs.Positional("str", name, args, kw, 0, 1);
        var s = Self(self).Value;
        if (args.Length == 0 || args[0] is PyNone)
            return SameOrNew(self, left && right ? StrOps.Strip(s) : left ? StrOps.LStrip(s) : StrOps.RStrip(s));
        if (args[0] is not PyStr chars) throw Errors.TypeError($"{name} arg must be None or str");
        if (Self(self).Kind != 4 && chars.Kind != 4)
            return SameOrNew(self, left && right ? StrOps.Strip(s, chars.Value) : left ? StrOps.LStrip(s, chars.Value) : StrOps.RStrip(s, chars.Value));
        var cps = CodePointText.ToCodePoints(s);
        var set = new HashSet<int>(CodePointText.ToCodePoints(chars.Value));
        int start = 0, end = cps.Length;
        while (left && start < end && set.Contains(cps[start])) start++;
        while (right && end > start && set.Contains(cps[end - 1])) end--;
        if (start == 0 && end == cps.Length) return SameOrNew(self, s);
        var sb = new StringBuilder();
        for (var i = start; i < end; i++) CodePointText.Append(sb, cps[i]);
        return PyStr.From(sb.ToString());
    }

    /// <summary>Models stringlib partition/rpartition: the string itself and two empty strs when sep is absent.</summary>
    private static PyObject Partition(string name, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw, bool reverse)
    {
        StrArgs.One("str", name, args, kw);
        var s = Self(self).Value;
        var sep = StrArgs.Str(args[0]);
        var (before, separator, after) = Prim(() => reverse ? StrOps.RPartition(s, sep) : StrOps.Partition(s, sep));
        PyObject Part(string text) => text.Length == s.Length && text.Length > 0 ? RefCounts.NewRef(self) : PyStr.From(text);
        PyObject sepObj = separator.Length == 0 ? PyStr.Empty : RefCounts.NewRef(args[0]);
        return PyTuple.Steal([Part(before), sepObj, Part(after)]);
    }
}
