using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>
/// reversed (Objects/enumobject.c: reversedobject): type(seq).__reversed__() when defined, else a reverse
/// walk through the sequence protocol (len then indexes down to 0).
/// </summary>
public sealed class ReversedObject : PyObject
{
    public static readonly PyType ReversedType = MakeType();

    private long index;

    private ReversedObject(PyObject seq, long index)
        : base(ReversedType)
    {
        Sequence = seq;
        this.index = index;
    }

    public PyObject? Sequence { get; private set; }

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

    /// <summary>reversed_vectorcall → reversed_new_impl.</summary>
    private static PyObject Create(PyObject typeObj, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (kwnames is { Count: > 0 }) throw Errors.TypeError("reversed() takes no keyword arguments");
        NativeArgs.Range("reversed", args, null, 1, 1);
        var seq = args[0];
        var method = Abstract.LookupSpecial(seq, "__reversed__");
        if (method is PyNone)
        {
            RefCounts.DecRef(method);
            throw Errors.TypeError($"'{seq.Type.Name}' object is not reversible");
        }
        if (method is not null)
        {
            try
            {
                return Interpreter.Current.CallObject(method, []);
            }
            finally
            {
                RefCounts.DecRef(method);
            }
        }
        // PySequence_Check: sq_item, and not a dict.
        if (seq.Type.GetItem is null || seq.Type.IsSubtypeOf(Types.Dict))
            throw Errors.TypeError($"'{seq.Type.Name}' object is not reversible");
        var n = Abstract.Length(seq);
        RefCounts.IncRef(seq);
        return Heap.Alloc(new ReversedObject(seq, n - 1));
    }

    /// <summary>reversed_next.</summary>
    private static PyObject? Next(PyObject self)
    {
        var r = (ReversedObject)self;
        if (r.index >= 0 && r.Sequence is not null)
        {
            var i = PyInt.From(r.index);
            try
            {
                var item = Abstract.GetItem(r.Sequence, i);
                r.index--;
                return item;
            }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.IndexError) || e.Value.Type.IsSubtypeOf(ExceptionTypes.StopIteration))
            {
                RefCounts.DecRef(e.Value);
            }
            finally
            {
                RefCounts.DecRef(i);
            }
        }
        r.index = -1;
        r.ReleaseReferences();
        return null;
    }

    private static PyType MakeType()
    {
        var t = Types.Make("reversed", 32, TypeFlags.HaveGc | TypeFlags.BaseType);
        TypeSetup.Register(t);
        t.New = Create;
        t.Iter = self => RefCounts.NewRef(self);
        t.IterNext = Next;
        // reversed_len is __length_hint__, not sq_length: len(reversed(x)) is a TypeError and bool() is always true.
        TypeDicts.AddMethod(t, "__length_hint__", (self, args, kw) =>
        {
            NativeArgs.None("reversed.__length_hint__", args, kw);
            var r = (ReversedObject)self;
            return PyInt.From(r.Sequence is null ? 0 : r.index + 1);
        });
        return t;
    }
}
