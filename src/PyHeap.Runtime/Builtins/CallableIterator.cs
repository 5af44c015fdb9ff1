using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>callable_iterator (Objects/iterobject.c: calliterobject): iter(callable, sentinel).</summary>
public sealed class CallableIterator : PyObject
{
    public static readonly PyType IteratorType = MakeType();

    private CallableIterator(PyObject callable, PyObject sentinel)
        : base(IteratorType)
    {
        Callable = callable;
        Sentinel = sentinel;
    }

    public PyObject? Callable { get; private set; }
    public PyObject? Sentinel { get; private set; }

    public static PyObject New(PyObject callable, PyObject sentinel)
    {
        RefCounts.IncRef(callable);
        RefCounts.IncRef(sentinel);
        return Heap.Alloc(new CallableIterator(callable, sentinel));
    }

    public override long SizeOf() => 32;

    public override void Traverse(Action<PyObject> visit)
    {
        if (Callable is not null) visit(Callable);
        if (Sentinel is not null) visit(Sentinel);
    }

    internal override void ReleaseReferences()
    {
        // calliter_dealloc: it_callable, it_sentinel.
        PyObject? c = Callable, s = Sentinel;
        Callable = null;
        Sentinel = null;
        RefCounts.XDecRef(c);
        RefCounts.XDecRef(s);
    }

    /// <summary>calliter_iternext: stops (and drops both) when the result equals the sentinel or on StopIteration.</summary>
    private static PyObject? Next(PyObject self)
    {
        var it = (CallableIterator)self;
        if (it.Callable is null) return null;
        PyObject result;
        try
        {
            result = Interpreter.Current.CallObject(it.Callable, []);
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.StopIteration))
        {
            RefCounts.DecRef(e.Value);
            it.ReleaseReferences();
            return null;
        }
        bool equal;
        try
        {
            equal = Abstract.RichCompareBool(it.Sentinel!, result, CompareOp.Eq);
        }
        catch
        {
            RefCounts.DecRef(result);
            throw;
        }
        if (!equal) return result;
        it.ReleaseReferences();
        RefCounts.DecRef(result);
        return null;
    }

    private static PyType MakeType()
    {
        var t = Types.Make("callable_iterator", 32, TypeFlags.HaveGc);
        TypeSetup.Register(t);
        t.Iter = self => RefCounts.NewRef(self);
        t.IterNext = Next;
        return t;
    }
}
