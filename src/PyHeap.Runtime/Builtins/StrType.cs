using System.Text;
using PyHeap.Runtime.Formatting;
using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>str (Objects/unicodeobject.c): the type's slots; methods live in StrMethods, formatting in StrFormatting.</summary>
public static class StrType
{
    public static void Install()
    {
        var t = Types.Str;
        t.Repr = self => PyStr.From(StrRepr.Repr(((PyStr)self).Value));
        t.Str = self => Unchanged((PyStr)self);
        t.Hash = self => ((PyStr)self).Hash;
        t.Length = self => ((PyStr)self).Length;
        t.RichCompare = Compare;
        t.Contains = (self, item) => item is PyStr s
            ? ((PyStr)self).Value.Contains(s.Value, StringComparison.Ordinal)
            : throw Errors.TypeError($"'in <string>' requires string as left operand, not {item.Type.Name}");
        t.SeqConcat = Concat;
        t.SeqRepeat = Repeat;
        t.GetItem = GetItem;
        t.Iter = StrIterator.New;
        t.New = New;
        t.NumberSlots[6] = (a, b) => a is PyStr s ? StrFormatting.Percent(s, b) : PySingleton.NotImplemented;
        StrIterator.InstallMethods();
        StrMethods.Install(t);
        ContainerDunders.Install(t);
        ContainerDunders.AddNumber(t, "mod", 6);
        ContainerDunders.AddNew(t, genericNew: false);
        SlotWrappers.Add(t, "__str__", (self, args, kw) => { SlotWrappers.CheckArgs(args, 0); return Unchanged((PyStr)self); });
        SlotWrappers.Add(t, "__hash__", (self, args, kw) => { SlotWrappers.CheckArgs(args, 0); return PyInt.From(((PyStr)self).Hash); });
        StrFormatting.Install(t);
        StrFormatting.InstallNumberFormat();
    }

    /// <summary>Models unicode_richcompare: equality by value, ordering by code point.</summary>
    private static PyObject Compare(PyObject a, PyObject b, CompareOp op)
    {
        if (a is not PyStr x || b is not PyStr y) return PySingleton.NotImplemented;
        if (op is CompareOp.Eq or CompareOp.Ne)
        {
            var eq = ReferenceEquals(x, y) || string.Equals(x.Value, y.Value, StringComparison.Ordinal);
            return PyBool.From(op == CompareOp.Eq ? eq : !eq);
        }
        var c = CodePointText.Compare(x.Value, y.Value);
        return PyBool.From(op switch
        {
            CompareOp.Lt => c < 0,
            CompareOp.Le => c <= 0,
            CompareOp.Gt => c > 0,
            _ => c >= 0,
        });
    }

    /// <summary>Models unicode_result_unchanged: the str itself when exact, else an exact copy (_PyUnicode_Copy).</summary>
    internal static PyObject Unchanged(PyStr s) =>
        ReferenceEquals(s.Type, Types.Str) ? RefCounts.NewRef<PyObject>(s) : PyStr.CopyExact(s.Value);

    /// <summary>Models PyUnicode_Concat: an empty operand returns the other one unchanged.</summary>
    private static PyObject Concat(PyObject a, PyObject b)
    {
        if (b is not PyStr s) throw Errors.TypeError($"can only concatenate str (not \"{b.Type.Name}\") to str");
        var left = (PyStr)a;
        if (s.Value.Length == 0) return Unchanged(left);
        if (left.Value.Length == 0) return Unchanged(s);
        return PyStr.From(left.Value + s.Value);
    }

    /// <summary>Models unicode_repeat: a count of 1 returns the same object; "repeated string is too long" past the limit.</summary>
    private static PyObject Repeat(PyObject a, PyObject n)
    {
        if (n.Type.Index is null && n is not PyInt) throw Errors.TypeError($"can't multiply sequence by non-int of type '{n.Type.Name}'");
        var count = Abstract.AsIndex(n, "cannot fit 'int' into an index-sized integer");
        var str = (PyStr)a;
        if (count <= 0 || str.Value.Length == 0) return PyStr.Empty;
        if (count == 1) return Unchanged(str);
        if (count > int.MaxValue / Math.Max(1, str.Value.Length)) throw Errors.OverflowError("repeated string is too long");
        var sb = new StringBuilder(str.Value.Length * (int)count);
        for (var i = 0; i < count; i++) sb.Append(str.Value);
        return PyStr.From(sb.ToString());
    }

    /// <summary>Models unicode_subscript: an index yields a one-character str, a slice a new str.</summary>
    private static PyObject GetItem(PyObject self, PyObject key)
    {
        var str = (PyStr)self;
        var s = str.Value;
        if (key is PySlice slice)
        {
            var (start, _, step, len) = slice.Indices(str.Length);
            if (len <= 0) return PyStr.Empty;
            if (start == 0 && step == 1 && len == str.Length && self.Type == Types.Str) return RefCounts.NewRef(self);
            if (str.Kind != 4)
            {
                if (step == 1) return PyStr.From(s.Substring((int)start, (int)len));
                var chars = new char[len];
                for (long i = 0, j = start; i < len; i++, j += step) chars[i] = s[(int)j];
                return PyStr.From(new string(chars));
            }
            var cps = CodePointText.ToCodePoints(s);
            var sb = new StringBuilder((int)len);
            for (long i = 0, j = start; i < len; i++, j += step) CodePointText.Append(sb, cps[j]);
            return PyStr.From(sb.ToString());
        }
        if (key is not PyInt && key.Type.Index is null)
            throw Errors.TypeError($"string indices must be integers, not '{key.Type.Name}'");
        var length = str.Length;
        var index = Abstract.NormalizeIndex(Abstract.AsIndex(key), length);
        if (index < 0 || index >= length) throw Errors.IndexError("string index out of range");
        return PyStr.From(str.Kind == 4 ? CodePointText.At(s, (int)index) : s[(int)index].ToString());
    }

    /// <summary>Models unicode_new_impl: str(object='') or str(bytes, encoding='utf-8', errors='strict').</summary>
    private static PyObject New(PyObject type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = StrArgs.Parse("str", args, kwnames, 0, "object", "encoding", "errors");
        if (type != Types.Str)
        {
            // unicode_subtype_new: the exact str first (unicode_new_impl), then the subclass's copy of it.
            var exact = (PyStr)New(Types.Str, args, kwnames);
            try
            {
                return PyStr.NewSubtype((PyType)type, exact.Value);
            }
            finally
            {
                RefCounts.DecRef(exact);
            }
        }
        if (a[1] is null && a[2] is null) return a[0] is null ? PyStr.Empty : Abstract.Str(a[0]!);
        var encoding = a[1] is null ? "utf-8" : a[1] is PyStr e ? e.Value
            : throw Errors.TypeError($"str() argument 'encoding' must be str, not {a[1]!.Type.Name}");
        var errors = a[2] is null ? "strict" : a[2] is PyStr er ? er.Value
            : throw Errors.TypeError($"str() argument 'errors' must be str, not {a[2]!.Type.Name}");
        if (a[0] is null) return PyStr.Empty;
        return a[0] switch
        {
            PyBytes b => PyStr.From(TextCodecs.Decode(b.Value, encoding, errors)),
            PyStr => throw Errors.TypeError("decoding str is not supported"),
            _ => throw Errors.TypeError($"decoding to str: need a bytes-like object, {a[0]!.Type.Name} found"),
        };
    }
}
