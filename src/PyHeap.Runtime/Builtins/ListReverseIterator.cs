using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>list_reverseiterator (Objects/listobject.c: listreviterobject): what <c>reversed(list)</c> returns.</summary>
public sealed class ListReverseIterator : PyObject
{
    public static readonly PyType IteratorType = MakeType();

    private PyList? seq;
    private long index;

    private ListReverseIterator(PyList seq)
        : base(IteratorType)
    {
        this.seq = seq;
        index = seq.Count - 1;
    }

    /// <summary>Models Objects/listobject.c: list___reversed___impl.</summary>
    public static PyObject New(PyList list)
    {
        RefCounts.IncRef(list);
        return Heap.Alloc(new ListReverseIterator(list));
    }

    /// <summary>listreviter_len.</summary>
    public long LengthHint()
    {
        var len = index + 1;
        return seq is null || seq.Count < len ? 0 : len;
    }

    public override long SizeOf() => 32;

    public override void Traverse(Action<PyObject> visit)
    {
        if (seq is not null) visit(seq);
    }

    internal override void ReleaseReferences()
    {
        var s = seq;
        seq = null;
        RefCounts.XDecRef(s);
    }

    private static PyType MakeType()
    {
        var t = Types.Make("list_reverseiterator", 32, TypeFlags.HaveGc);
        TypeSetup.Register(t);
        t.Iter = self => RefCounts.NewRef(self);
        t.IterNext = Next;
        return t;
    }

    /// <summary>Models Objects/listobject.c: listreviter_next.</summary>
    private static PyObject? Next(PyObject self)
    {
        var it = (ListReverseIterator)self;
        var s = it.seq;
        if (s is null) return null;
        var i = it.index;
        if (i >= 0 && i < s.Count)
        {
            var item = s[(int)i];
            it.index--;
            RefCounts.IncRef(item);
            return item;
        }
        it.index = -1;
        it.seq = null;
        RefCounts.DecRef(s);
        return null;
    }

    internal static void InstallMethods()
    {
        // listreviter_setstate: the index is clipped to [-1, len - 1].
        TypeDicts.AddMethod(IteratorType, "__setstate__", (self, args, kw) =>
        {
            NativeArgs.ExactlyOne(IteratorType.Name + ".__setstate__", args, kw);
            var it = (ListReverseIterator)self;
            var i = Abstract.AsIndex(args[0]);
            if (it.seq is not null) it.index = Math.Clamp(i, -1, it.seq.Count - 1);
            return PyNone.None;
        });
        TypeDicts.AddMethod(IteratorType, "__length_hint__", (self, args, kw) =>
        {
            NativeArgs.None(IteratorType.Name + ".__length_hint__", args, kw);
            return PyInt.From(((ListReverseIterator)self).LengthHint());
        });
    }
}
