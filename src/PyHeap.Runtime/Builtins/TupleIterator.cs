using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>tuple_iterator (Objects/tupleobject.c: tupleiterobject): releases the tuple once exhausted.</summary>
public sealed class TupleIterator : PyObject
{
    public static readonly PyType IteratorType = MakeType();

    private PyTuple? seq;
    private long index;

    private TupleIterator(PyTuple seq)
        : base(IteratorType)
    {
        this.seq = seq;
    }

    /// <summary>Models Objects/tupleobject.c: tuple_iter.</summary>
    public static PyObject New(PyObject tuple)
    {
        RefCounts.IncRef(tuple);
        return Heap.Alloc(new TupleIterator((PyTuple)tuple));
    }

    /// <summary>tupleiter_len.</summary>
    public long LengthHint() => seq is null ? 0 : seq.Count - index;

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
        var t = Types.Make("tuple_iterator", 32, TypeFlags.HaveGc);
        TypeSetup.Register(t);
        t.Iter = self => RefCounts.NewRef(self);
        t.IterNext = Next;
        return t;
    }

    /// <summary>Models Objects/tupleobject.c: tupleiter_next.</summary>
    private static PyObject? Next(PyObject self)
    {
        var it = (TupleIterator)self;
        var s = it.seq;
        if (s is null) return null;
        if (it.index < s.Count)
        {
            var item = s.Items[it.index];
            it.index++;
            RefCounts.IncRef(item);
            return item;
        }
        it.seq = null;
        RefCounts.DecRef(s);
        return null;
    }

    internal static void InstallMethods()
    {
        // tupleiter_setstate: the index is clipped to [0, len]; an exhausted iterator ignores it.
        TypeDicts.AddMethod(IteratorType, "__setstate__", (self, args, kw) =>
        {
            NativeArgs.ExactlyOne(IteratorType.Name + ".__setstate__", args, kw);
            var it = (TupleIterator)self;
            var i = Abstract.AsIndex(args[0]);
            if (it.seq is not null) it.index = Math.Clamp(i, 0, it.seq.Count);
            return PyNone.None;
        });
        TypeDicts.AddMethod(IteratorType, "__length_hint__", (self, args, kw) =>
        {
            NativeArgs.None(IteratorType.Name + ".__length_hint__", args, kw);
            return PyInt.From(((TupleIterator)self).LengthHint());
        });
    }
}
