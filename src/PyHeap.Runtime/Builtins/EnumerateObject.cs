using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>
/// enumerate (Objects/enumobject.c): counts while iterating. Like enum_next it keeps its last result tuple and
/// reuses it when nobody else holds it (refcount 1), so <c>for i, x in enumerate(s)</c> allocates one tuple.
/// </summary>
public sealed class EnumerateObject : PyObject
{
    public static readonly PyType EnumerateType = MakeType();

    private long index;
    private PyObject? longIndex; // en_longindex: used once the count no longer fits a C long

    private EnumerateObject(PyObject iterator, PyTuple result)
        : base(EnumerateType)
    {
        Iterator = iterator;
        Result = result;
    }

    public PyObject? Iterator { get; private set; }

    /// <summary>en_result: the recycled (index, item) tuple (owned).</summary>
    public PyTuple? Result { get; private set; }

    public override long SizeOf() => 56;

    public override void Traverse(Action<PyObject> visit)
    {
        if (Iterator is not null) visit(Iterator);
        if (Result is not null) visit(Result);
        if (longIndex is not null) visit(longIndex);
    }

    internal override void ReleaseReferences()
    {
        // enum_dealloc: en_sit, en_result, en_longindex.
        PyObject? it = Iterator, r = Result, l = longIndex;
        Iterator = null;
        Result = null;
        longIndex = null;
        RefCounts.XDecRef(it);
        RefCounts.XDecRef(r);
        RefCounts.XDecRef(l);
    }

    /// <summary>enum_vectorcall: enumerate(iterable, start=0) with its hand-written argument checks.</summary>
    private static PyObject Create(PyObject typeObj, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var nkw = kwnames?.Count ?? 0;
        var nargs = args.Length - nkw;
        void Check(int i, string name)
        {
            var k = ((PyStr)kwnames!.Items[i]).Value;
            if (k != name) throw Errors.TypeError($"'{k}' is an invalid keyword argument for enumerate()");
        }
        if (nargs + nkw == 2)
        {
            if (nkw == 1) Check(0, "start");
            else if (nkw == 2)
            {
                Check(0, "iterable");
                Check(1, "start");
            }
            return New(args[0], args[1]);
        }
        if (nargs + nkw == 1)
        {
            if (nkw == 1) Check(0, "iterable");
            return New(args[0], null);
        }
        if (nargs == 0 && nkw == 0) throw Errors.TypeError("enumerate() missing required argument 'iterable'");
        throw Errors.TypeError($"enumerate() takes at most 2 arguments ({nargs + nkw} given)");
    }

    /// <summary>enum_new_impl.</summary>
    public static PyObject New(PyObject iterable, PyObject? start)
    {
        long index = 0;
        PyObject? longIndex = null;
        if (start is not null)
        {
            var s = Abstract.Index(start);
            if (s.IsBig) longIndex = s;
            else
            {
                index = s.Value;
                RefCounts.DecRef(s);
            }
        }
        PyObject it;
        try
        {
            it = Abstract.GetIter(iterable);
        }
        catch
        {
            RefCounts.XDecRef(longIndex);
            throw;
        }
        var result = PyTuple.FromBorrowed([PyNone.None, PyNone.None]);
        var e = Heap.Alloc(new EnumerateObject(it, result)) as EnumerateObject;
        e!.index = index;
        e.longIndex = longIndex;
        return e;
    }

    /// <summary>enum_next / enum_next_long.</summary>
    private static PyObject? Next(PyObject self)
    {
        var en = (EnumerateObject)self;
        if (en.Iterator is null) return null;
        var nextItem = Abstract.IterNext(en.Iterator);
        if (nextItem is null) return null;
        PyObject nextIndex;
        if (en.longIndex is null && en.index == long.MaxValue)
            en.longIndex = PyInt.From(new System.Numerics.BigInteger(long.MaxValue));
        if (en.longIndex is null)
        {
            nextIndex = PyInt.From(en.index);
            en.index++;
        }
        else
        {
            nextIndex = en.longIndex;
            try
            {
                en.longIndex = Abstract.BinaryOp(nextIndex, PyInt.One, 0);
            }
            catch
            {
                en.longIndex = nextIndex;
                RefCounts.DecRef(nextItem);
                throw;
            }
        }
        var result = en.Result!;
        if (result.RefCount == 1)
        {
            RefCounts.IncRef(result);
            result.CachedHash = -1; // PyHeap caches tuple hashes; the recycled tuple changes
            var oldIndex = result.Items[0];
            var oldItem = result.Items[1];
            result.Items[0] = nextIndex;
            result.Items[1] = nextItem;
            RefCounts.DecRef(oldIndex);
            RefCounts.DecRef(oldItem);
            return result;
        }
        return PyTuple.Steal([nextIndex, nextItem]);
    }

    private static PyType MakeType()
    {
        var t = Types.Make("enumerate", 56, TypeFlags.HaveGc | TypeFlags.BaseType);
        TypeSetup.Register(t);
        t.New = Create;
        t.Iter = self => RefCounts.NewRef(self);
        t.IterNext = Next;
        return t;
    }
}
