using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>
/// set_iterator (Objects/setobject.c: setiterobject): the set, the size it had, a table position and a length
/// hint; 48 bytes plus the GC header. The set is released when the iterator is exhausted.
/// </summary>
public sealed class SetIterator : PyObject
{
    public static readonly PyType IteratorType = MakeType();

    private PySet? set;
    private long siUsed;
    private int pos;
    private long len;

    private SetIterator(PySet set)
        : base(IteratorType)
    {
        this.set = set;
        siUsed = set.Count;
        len = set.Count;
    }

    /// <summary>Models set_iter.</summary>
    public static PyObject New(PyObject set)
    {
        RefCounts.IncRef(set);
        return Heap.Alloc(new SetIterator((PySet)set));
    }

    public override long SizeOf() => 48;

    /// <summary>setiter_len.</summary>
    public long LengthHint() => set is not null && siUsed == set.Count ? len : 0;

    public override void Traverse(Action<PyObject> visit)
    {
        if (set is not null) visit(set);
    }

    internal override void ReleaseReferences()
    {
        var s = set;
        set = null;
        RefCounts.XDecRef(s);
    }

    private static PyType MakeType()
    {
        var t = Types.Make("set_iterator", 48, TypeFlags.HaveGc);
        TypeSetup.Register(t);
        t.Iter = self => RefCounts.NewRef(self);
        t.IterNext = Next;
        return t;
    }

    /// <summary>Models setiter_iternext: "Set changed size during iteration" is sticky.</summary>
    private static PyObject? Next(PyObject self)
    {
        var it = (SetIterator)self;
        var so = it.set;
        if (so is null) return null;
        if (it.siUsed != so.Count)
        {
            it.siUsed = -1;
            throw Errors.RuntimeError("Set changed size during iteration");
        }
        var p = it.pos;
        if (so.NextEntry(ref p, out var key, out _))
        {
            it.pos = p;
            it.len--;
            return RefCounts.NewRef(key);
        }
        it.pos = p;
        it.set = null;
        RefCounts.DecRef(so);
        return null;
    }

    internal static void InstallMethods()
    {
        TypeDicts.AddMethod(IteratorType, "__length_hint__", (self, args, kw) =>
        {
            NativeArgs.None("__length_hint__", args, kw);
            return PyInt.From(((SetIterator)self).LengthHint());
        });
    }
}
