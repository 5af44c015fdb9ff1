using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>bytearray_iterator (Objects/bytearrayobject.c: bytearrayiterobject): reads the live bytes, drops the bytearray when exhausted.</summary>
public sealed class ByteArrayIterator : PyObject
{
    public static readonly PyType IteratorType = MakeType();

    private PyByteArray? seq;
    private long index;

    private ByteArrayIterator(PyByteArray b)
        : base(IteratorType)
    {
        seq = b;
    }

    public static PyObject New(PyObject seq)
    {
        var b = (PyByteArray)seq;
        RefCounts.IncRef(b);
        return Heap.Alloc(new ByteArrayIterator(b));
    }

    public override long SizeOf() => 32;

    public override void Traverse(Action<PyObject> visit)
    {
        if (seq is not null) visit(seq);
    }

    internal override void ReleaseReferences()
    {
        var b = seq;
        seq = null;
        RefCounts.XDecRef(b);
    }

    /// <summary>Installs __length_hint__ and __setstate__ (called from ByteArrayType.Install).</summary>
    internal static void InstallMethods()
    {
        TypeDicts.AddMethod(IteratorType, "__length_hint__", (self, args, kw) =>
        {
            var it = (ByteArrayIterator)self;
            return PyInt.From(it.seq is null ? 0 : Math.Max(0, it.seq.Count - it.index));
        });
        // bytearrayiter_setstate: a negative index becomes 0; an exhausted iterator ignores it.
        TypeDicts.AddMethod(IteratorType, "__setstate__", (self, args, kw) =>
        {
            NativeArgs.ExactlyOne("bytearray_iterator.__setstate__", args, kw);
            var it = (ByteArrayIterator)self;
            var i = Abstract.AsIndex(args[0]);
            if (it.seq is not null) it.index = Math.Max(0, i);
            return PyNone.None;
        });
    }

    private static PyType MakeType()
    {
        var t = Types.Make("bytearray_iterator", 32, TypeFlags.HaveGc);
        TypeSetup.Register(t);
        t.Iter = self => RefCounts.NewRef(self);
        t.IterNext = self =>
        {
            var it = (ByteArrayIterator)self;
            if (it.seq is null) return null;
            if (it.index < it.seq.Count) return PyInt.From(it.seq.Data[(int)it.index++]);
            it.ReleaseReferences();
            return null;
        };
        return t;
    }
}
