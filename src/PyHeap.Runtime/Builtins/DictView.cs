using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>
/// dict_keys, dict_values and dict_items (Objects/dictobject.c: _PyDictViewObject): a live view holding the
/// dict; 24 bytes plus the GC header. Keys and items views are set-like (see <see cref="DictViewOps"/>).
/// </summary>
public sealed class DictView : PyObject
{
    private static readonly PyType[] ViewTypes = [MakeType("dict_keys"), MakeType("dict_values"), MakeType("dict_items")];

    private PyDict? dict;

    private DictView(DictViewKind kind, PyDict dict)
        : base(ViewTypes[(int)kind])
    {
        Kind = kind;
        this.dict = dict;
    }

    public DictViewKind Kind { get; }

    /// <summary>dv_dict (borrowed).</summary>
    public PyDict Dict => dict ?? throw new Memory.SimulatorBugException("dict view used after release");

    public static PyType TypeOf(DictViewKind kind) => ViewTypes[(int)kind];

    /// <summary>Models _PyDictView_New.</summary>
    public static DictView New(PyDict dict, DictViewKind kind)
    {
        RefCounts.IncRef(dict);
        return Heap.Alloc(new DictView(kind, dict));
    }

    public override long SizeOf() => 24;

    public override void Traverse(Action<PyObject> visit)
    {
        if (dict is not null) visit(dict);
    }

    internal override void ReleaseReferences()
    {
        var d = dict;
        dict = null;
        RefCounts.XDecRef(d);
    }

    private static PyType MakeType(string name)
    {
        var t = Types.Make(name, 24, TypeFlags.HaveGc);
        TypeSetup.Register(t);
        return t;
    }

    /// <summary>PyDictViewSet_Check: a keys or items view.</summary>
    public static bool IsSetLike(PyObject o) => o is DictView { Kind: not DictViewKind.Values };

    internal static void InstallAll()
    {
        foreach (var t in ViewTypes)
        {
            t.Length = self => ((DictView)self).Dict.Count;
            t.Iter = self => DictIterator.New(((DictView)self).Dict, ((DictView)self).Kind);
            t.Repr = Repr;
            TypeDicts.AddMethod(t, "__reversed__", (self, args, kw) =>
            {
                NativeArgs.None($"{self.Type.Name}.__reversed__", args, kw);
                return DictIterator.New(((DictView)self).Dict, ((DictView)self).Kind, reverse: true);
            });
        }
        var keys = ViewTypes[0];
        var items = ViewTypes[2];
        keys.Contains = (self, key) => ((DictView)self).Dict.ContainsKey(key);
        items.Contains = (self, obj) => DictViewOps.ItemsContains((DictView)self, obj);
        foreach (var t in new[] { keys, items })
        {
            t.Hash = ObjectMethods.HashNotImplemented;
            t.RichCompare = DictViewOps.RichCompare;
            t.NumberSlots[10] = DictViewOps.Sub;
            t.NumberSlots[1] = DictViewOps.Intersect;
            t.NumberSlots[7] = DictViewOps.Or;
            t.NumberSlots[12] = DictViewOps.Xor;
            TypeDicts.AddMethod(t, "isdisjoint", (self, args, kw) =>
            {
                NativeArgs.ExactlyOne($"{self.Type.Name}.isdisjoint", args, kw);
                return PyBool.From(DictViewOps.IsDisjoint(self, args[0]));
            });
        }
    }

    /// <summary>Models dictview_repr: <c>dict_keys([...])</c>, "..." when recursive.</summary>
    private static PyObject Repr(PyObject self)
    {
        if (!ReprRecursion.Enter(self)) return PyStr.From("...");
        try
        {
            var seq = ListOps.SequenceList(self);
            try
            {
                return PyStr.From($"{self.Type.Name}({Abstract.ReprString(seq)})");
            }
            finally
            {
                RefCounts.DecRef(seq);
            }
        }
        finally
        {
            ReprRecursion.Leave(self);
        }
    }
}
