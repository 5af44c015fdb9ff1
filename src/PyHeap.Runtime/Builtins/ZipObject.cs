using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>
/// zip (Python/bltinmodule.c: zipobject): tuples of the next item of each iterator; strict=True checks the
/// lengths. Like zip_next it reuses its result tuple when nobody else holds it (refcount 1).
/// </summary>
public sealed class ZipObject : PyObject
{
    public static readonly PyType ZipType = MakeType();

    private ZipObject(PyTuple iterators, PyTuple result, bool strict)
        : base(ZipType)
    {
        Iterators = iterators;
        Result = result;
        Strict = strict;
    }

    /// <summary>ittuple (owned).</summary>
    public PyTuple? Iterators { get; private set; }

    /// <summary>The recycled result tuple (owned).</summary>
    public PyTuple? Result { get; private set; }

    public bool Strict { get; }

    public override long SizeOf() => 48;

    public override void Traverse(Action<PyObject> visit)
    {
        if (Iterators is not null) visit(Iterators);
        if (Result is not null) visit(Result);
    }

    internal override void ReleaseReferences()
    {
        // zip_dealloc: ittuple, result.
        PyObject? i = Iterators, r = Result;
        Iterators = null;
        Result = null;
        RefCounts.XDecRef(i);
        RefCounts.XDecRef(r);
    }

    /// <summary>zip_new: zip(*iterables, strict=False).</summary>
    private static PyObject Create(PyObject typeObj, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var (pos, kw) = NativeArgs.Split(args, kwnames);
        var strict = false;
        if (kw.Count > 0)
        {
            if (kw.Count > 1) throw Errors.TypeError($"zip() takes at most 1 keyword argument ({kw.Count} given)");
            NativeArgs.CheckKeywords("zip", kw, "strict");
            strict = Abstract.IsTrue(kw["strict"]);
        }
        var iterators = new List<PyObject>();
        try
        {
            foreach (var item in pos) iterators.Add(Abstract.GetIter(item));
        }
        catch
        {
            foreach (var it in iterators) RefCounts.DecRef(it);
            throw;
        }
        var ittuple = PyTuple.Steal(iterators.ToArray());
        var nones = new PyObject[pos.Length];
        Array.Fill(nones, PyNone.None);
        var result = PyTuple.FromBorrowed(nones);
        return Heap.Alloc(new ZipObject(ittuple, result, strict));
    }

    /// <summary>zip_next.</summary>
    private static PyObject? Next(PyObject self)
    {
        var z = (ZipObject)self;
        if (z.Iterators is null) return null;
        var its = z.Iterators.Items;
        var size = its.Length;
        if (size == 0) return null;
        PyTuple? result = z.Result!;
        int i;
        if (result.RefCount == 1)
        {
            RefCounts.IncRef(result);
            result.CachedHash = -1; // PyHeap caches tuple hashes; the recycled tuple changes
            try
            {
                for (i = 0; i < size; i++)
                {
                    var item = Abstract.IterNext(its[i]);
                    if (item is null)
                    {
                        RefCounts.DecRef(result);
                        result = null;
                        return z.Strict ? Check(z, i) : null;
                    }
                    var old = result.Items[i];
                    result.Items[i] = item;
                    RefCounts.DecRef(old);
                }
            }
            catch
            {
                RefCounts.XDecRef(result);
                throw;
            }
            return result;
        }
        var items = new PyObject[size];
        for (i = 0; i < size; i++)
        {
            PyObject? item;
            try
            {
                item = Abstract.IterNext(its[i]);
            }
            catch
            {
                for (var j = 0; j < i; j++) RefCounts.DecRef(items[j]);
                throw;
            }
            if (item is null)
            {
                for (var j = 0; j < i; j++) RefCounts.DecRef(items[j]);
                return z.Strict ? Check(z, i) : null;
            }
            items[i] = item;
        }
        return PyTuple.Steal(items);
    }

    /// <summary>zip_next's strict check: iterator <paramref name="i"/> ran out; are the others exhausted too?</summary>
    private static PyObject? Check(ZipObject z, int i)
    {
        if (i > 0)
        {
            var plural = i == 1 ? " " : "s 1-";
            throw Errors.ValueError($"zip() argument {i + 1} is shorter than argument{plural}{i}");
        }
        var its = z.Iterators!.Items;
        for (i = 1; i < its.Length; i++)
        {
            var item = Abstract.IterNext(its[i]);
            if (item is not null)
            {
                RefCounts.DecRef(item);
                var plural = i == 1 ? " " : "s 1-";
                throw Errors.ValueError($"zip() argument {i + 1} is longer than argument{plural}{i}");
            }
        }
        return null;
    }

    private static PyType MakeType()
    {
        var t = Types.Make("zip", 48, TypeFlags.HaveGc | TypeFlags.BaseType);
        TypeSetup.Register(t);
        t.New = Create;
        t.Iter = self => RefCounts.NewRef(self);
        t.IterNext = Next;
        return t;
    }
}
