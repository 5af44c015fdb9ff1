using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>filter (Python/bltinmodule.c: filterobject): the items for which func (or truth, for None/bool) holds.</summary>
public sealed class FilterObject : PyObject
{
    public static readonly PyType FilterType = MakeType();

    private FilterObject(PyObject func, PyObject iterator)
        : base(FilterType)
    {
        Function = func;
        Iterator = iterator;
    }

    public PyObject? Function { get; private set; }
    public PyObject? Iterator { get; private set; }

    public override long SizeOf() => 32;

    public override void Traverse(Action<PyObject> visit)
    {
        if (Function is not null) visit(Function);
        if (Iterator is not null) visit(Iterator);
    }

    internal override void ReleaseReferences()
    {
        // filter_dealloc: func, it.
        PyObject? f = Function, i = Iterator;
        Function = null;
        Iterator = null;
        RefCounts.XDecRef(f);
        RefCounts.XDecRef(i);
    }

    /// <summary>filter_vectorcall.</summary>
    private static PyObject Create(PyObject typeObj, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (kwnames is { Count: > 0 }) throw Errors.TypeError("filter() takes no keyword arguments");
        NativeArgs.Range("filter", args, null, 2, 2);
        var it = Abstract.GetIter(args[1]);
        RefCounts.IncRef(args[0]);
        return Heap.Alloc(new FilterObject(args[0], it));
    }

    /// <summary>filter_next.</summary>
    private static PyObject? Next(PyObject self)
    {
        var f = (FilterObject)self;
        if (f.Iterator is null) return null;
        var func = f.Function!;
        var checkTrue = func is PyNone || ReferenceEquals(func, Types.Bool);
        while (true)
        {
            var item = Abstract.IterNext(f.Iterator);
            if (item is null) return null;
            bool ok;
            try
            {
                if (checkTrue) ok = Abstract.IsTrue(item);
                else
                {
                    var good = Interpreter.Current.CallObject(func, [item]);
                    try
                    {
                        ok = Abstract.IsTrue(good);
                    }
                    finally
                    {
                        RefCounts.DecRef(good);
                    }
                }
            }
            catch
            {
                RefCounts.DecRef(item);
                throw;
            }
            if (ok) return item;
            RefCounts.DecRef(item);
        }
    }

    private static PyType MakeType()
    {
        var t = Types.Make("filter", 32, TypeFlags.HaveGc | TypeFlags.BaseType);
        TypeSetup.Register(t);
        t.New = Create;
        t.Iter = self => RefCounts.NewRef(self);
        t.IterNext = Next;
        return t;
    }
}
