using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>map (Python/bltinmodule.c: mapobject): func applied to the next item of each iterator.</summary>
public sealed class MapObject : PyObject
{
    public static readonly PyType MapType = MakeType();

    private MapObject(PyObject func, PyTuple iterators)
        : base(MapType)
    {
        Function = func;
        Iterators = iterators;
    }

    public PyObject? Function { get; private set; }
    public PyTuple? Iterators { get; private set; }

    public override long SizeOf() => 32;

    public override void Traverse(Action<PyObject> visit)
    {
        if (Iterators is not null) visit(Iterators);
        if (Function is not null) visit(Function);
    }

    internal override void ReleaseReferences()
    {
        // map_dealloc: iters, func.
        PyObject? i = Iterators, f = Function;
        Iterators = null;
        Function = null;
        RefCounts.XDecRef(i);
        RefCounts.XDecRef(f);
    }

    /// <summary>map_vectorcall.</summary>
    private static PyObject Create(PyObject typeObj, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (kwnames is { Count: > 0 }) throw Errors.TypeError("map() takes no keyword arguments");
        if (args.Length < 2) throw Errors.TypeError("map() must have at least two arguments.");
        var iterators = new List<PyObject>();
        try
        {
            for (var i = 1; i < args.Length; i++) iterators.Add(Abstract.GetIter(args[i]));
        }
        catch
        {
            foreach (var it in iterators) RefCounts.DecRef(it);
            throw;
        }
        var tuple = PyTuple.Steal(iterators.ToArray());
        RefCounts.IncRef(args[0]);
        return Heap.Alloc(new MapObject(args[0], tuple));
    }

    /// <summary>map_next.</summary>
    private static PyObject? Next(PyObject self)
    {
        var m = (MapObject)self;
        if (m.Iterators is null) return null;
        var its = m.Iterators.Items;
        var stack = new PyObject[its.Length];
        var nargs = 0;
        try
        {
            for (var i = 0; i < its.Length; i++)
            {
                var val = Abstract.IterNext(its[i]);
                if (val is null) return null;
                stack[nargs++] = val;
            }
            return Interpreter.Current.CallObject(m.Function!, stack);
        }
        finally
        {
            for (var i = 0; i < nargs; i++) RefCounts.DecRef(stack[i]);
        }
    }

    private static PyType MakeType()
    {
        var t = Types.Make("map", 32, TypeFlags.HaveGc | TypeFlags.BaseType);
        TypeSetup.Register(t);
        t.New = Create;
        t.Iter = self => RefCounts.NewRef(self);
        t.IterNext = Next;
        return t;
    }
}
