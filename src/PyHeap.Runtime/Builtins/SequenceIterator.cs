using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>
/// iterator (Objects/iterobject.c: seqiterobject): iterates anything with __getitem__ by index until IndexError.
/// It holds a reference to the sequence until exhausted.
/// </summary>
public sealed class SequenceIterator : PyObject
{
    public static readonly PyType IteratorType = MakeType();

    private SequenceIterator(PyObject seq)
        : base(IteratorType)
    {
        Sequence = seq;
    }

    public PyObject? Sequence { get; private set; }
    public long Index { get; private set; }

    public static PyObject New(PyObject seq)
    {
        RefCounts.IncRef(seq);
        return Heap.Alloc(new SequenceIterator(seq));
    }

    public override long SizeOf() => 32;

    public override void Traverse(Action<PyObject> visit)
    {
        if (Sequence is not null) visit(Sequence);
    }

    internal override void ReleaseReferences()
    {
        var s = Sequence;
        Sequence = null;
        RefCounts.XDecRef(s);
    }

    private static PyType MakeType()
    {
        var t = Types.Make("iterator", 32, TypeFlags.HaveGc);
        TypeSetup.Register(t);
        t.Iter = self => RefCounts.NewRef(self);
        t.IterNext = self =>
        {
            var it = (SequenceIterator)self;
            if (it.Sequence is null) return null;
            var index = PyInt.From(it.Index);
            try
            {
                var item = Abstract.GetItem(it.Sequence, index);
                it.Index++;
                return item;
            }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.IndexError) || e.Value.Type.IsSubtypeOf(ExceptionTypes.StopIteration))
            {
                RefCounts.DecRef(e.Value);
                it.ReleaseReferences();
                return null;
            }
            finally
            {
                RefCounts.DecRef(index);
            }
        };
        return t;
    }
}
