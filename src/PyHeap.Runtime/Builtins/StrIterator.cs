using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>
/// str_ascii_iterator / str_iterator (Objects/unicodeobject.c: unicodeiterobject, 3.11): an index and the
/// string, dropped when exhausted. Both are GC types of 32 bytes; ASCII strings get the ascii variant.
/// </summary>
public sealed class StrIterator : PyObject
{
    public static readonly PyType AsciiIteratorType = MakeType("str_ascii_iterator");
    public static readonly PyType IteratorType = MakeType("str_iterator");

    private PyStr? str;
    private int offset; // UTF-16 offset of the next code point
    private long index; // code point index (for __length_hint__)

    private StrIterator(PyType type, PyStr s)
        : base(type)
    {
        str = s;
    }

    /// <summary>Models unicode_iter: takes a reference to the string.</summary>
    public static PyObject New(PyObject seq)
    {
        var s = (PyStr)seq;
        RefCounts.IncRef(s);
        return Heap.Alloc(new StrIterator(s.Kind == 1 ? AsciiIteratorType : IteratorType, s));
    }

    public override long SizeOf() => 32;

    public override void Traverse(Action<PyObject> visit)
    {
        if (str is not null) visit(str);
    }

    internal override void ReleaseReferences()
    {
        var s = str;
        str = null;
        RefCounts.XDecRef(s);
    }

    private static PyObject? Next(PyObject self)
    {
        var it = (StrIterator)self;
        if (it.str is null) return null;
        var text = it.str.Value;
        if (it.offset < text.Length)
        {
            var width = CodePointText.IsPair(text, it.offset) ? 2 : 1;
            var item = PyStr.From(text.Substring(it.offset, width));
            it.offset += width;
            it.index++;
            return item;
        }
        it.ReleaseReferences();
        return null;
    }

    private static PyType MakeType(string name)
    {
        var t = Types.Make(name, 32, TypeFlags.HaveGc);
        TypeSetup.Register(t);
        t.Iter = self => RefCounts.NewRef(self);
        t.IterNext = Next;
        return t;
    }

    /// <summary>Installs __length_hint__ on both iterator types (called from StrType.Install).</summary>
    internal static void InstallMethods()
    {
        foreach (var t in new[] { AsciiIteratorType, IteratorType })
        {
            TypeDicts.AddMethod(t, "__length_hint__", (self, args, kw) =>
            {
                var it = (StrIterator)self;
                return PyInt.From(it.str is null ? 0 : it.str.Length - it.index);
            });
            // unicodeiter_setstate: a code point index clipped to [0, len]; the UTF-16 offset follows it.
            var typeName = t.Name;
            TypeDicts.AddMethod(t, "__setstate__", (self, args, kw) =>
            {
                NativeArgs.ExactlyOne(typeName + ".__setstate__", args, kw);
                var it = (StrIterator)self;
                var i = Abstract.AsIndex(args[0]);
                if (it.str is { } s)
                {
                    it.index = Math.Clamp(i, 0, s.Length);
                    it.offset = 0;
                    for (var n = 0L; n < it.index; n++) it.offset += char.IsHighSurrogate(s.Value[it.offset]) ? 2 : 1;
                }
                return PyNone.None;
            });
        }
    }
}
