using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>bytes_iterator (Objects/bytesobject.c: striterobject): yields ints, drops the bytes when exhausted.</summary>
public sealed class BytesIterator : PyObject
{
    public static readonly PyType IteratorType = MakeType();

    private PyBytes? bytes;
    private int index;

    private BytesIterator(PyBytes b)
        : base(IteratorType)
    {
        bytes = b;
    }

    public static PyObject New(PyObject seq)
    {
        var b = (PyBytes)seq;
        RefCounts.IncRef(b);
        return Heap.Alloc(new BytesIterator(b));
    }

    public override long SizeOf() => 32;

    public override void Traverse(Action<PyObject> visit)
    {
        if (bytes is not null) visit(bytes);
    }

    internal override void ReleaseReferences()
    {
        var b = bytes;
        bytes = null;
        RefCounts.XDecRef(b);
    }

    /// <summary>Installs __length_hint__ (called from BytesType.Install).</summary>
    internal static void InstallMethods()
    {
        TypeDicts.AddMethod(IteratorType, "__length_hint__", (self, args, kw) =>
        {
            var it = (BytesIterator)self;
            return PyInt.From(it.bytes is null ? 0 : it.bytes.Value.Length - it.index);
        });
        // striter_setstate: the index is clipped to [0, len]; an exhausted iterator ignores it.
        TypeDicts.AddMethod(IteratorType, "__setstate__", (self, args, kw) =>
        {
            NativeArgs.ExactlyOne("bytes_iterator.__setstate__", args, kw);
            var it = (BytesIterator)self;
            var i = Abstract.AsIndex(args[0]);
            if (it.bytes is not null) it.index = (int)Math.Clamp(i, 0, it.bytes.Value.Length);
            return PyNone.None;
        });
    }

    private static PyType MakeType()
    {
        var t = Types.Make("bytes_iterator", 32, TypeFlags.HaveGc);
        TypeSetup.Register(t);
        t.Iter = self => RefCounts.NewRef(self);
        t.IterNext = self =>
        {
            var it = (BytesIterator)self;
            if (it.bytes is null) return null;
            if (it.index < it.bytes.Value.Length) return PyInt.From(it.bytes.Value[it.index++]);
            it.ReleaseReferences();
            return null;
        };
        return t;
    }
}
