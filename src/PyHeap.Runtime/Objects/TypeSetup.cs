namespace PyHeap.Runtime.Objects;

/// <summary>
/// Readies the static types once per host process (PyType_Ready): namespaces, MROs, inherited slots, then
/// every type family's methods and slots.
/// </summary>
public static class TypeSetup
{
    private static readonly object Gate = new();
    private static bool done;
    private static readonly List<PyType> AllStatic = [];

    /// <summary>Types registered for readying (each family registers its extra static types here).</summary>
    internal static void Register(PyType type)
    {
        lock (Gate) AllStatic.Add(type);
    }

    public static void EnsureReady()
    {
        lock (Gate)
        {
            if (done) return;
            done = true;
            var core = typeof(Types).GetFields().Select(f => (PyType)f.GetValue(null)!).ToList();
            foreach (var t in core) Prepare(t);
            Builtins.TypeInstaller.InstallAll();
            foreach (var t in AllStatic) Prepare(t);
            // add_operators runs before inherit_slots: only a type's own slots get wrappers in its namespace.
            foreach (var t in core.Concat(AllStatic))
            {
                Builtins.SlotWrappers.AddOperators(t);
                AddDoc(t);
            }
            foreach (var t in core.Concat(AllStatic)) InheritSlots(t);
        }
    }

    /// <summary>Gives a static type its namespace and MRO (idempotent).</summary>
    internal static void Prepare(PyType t)
    {
        t.Dict ??= PyDict.NewStatic();
        if (t.Mro is null)
        {
            var chain = new List<PyObject>();
            for (var b = t; b is not null; b = b.Base) chain.Add(b);
            t.Mro = Memory.Heap.Static(PyTuple.CreateUnallocated(chain.ToArray()));
            t.Bases = t.Base is null ? PyTuple.Empty : Memory.Heap.Static(PyTuple.CreateUnallocated([t.Base]));
        }
    }

    /// <summary>type_dict_set_doc: every static type's namespace has __doc__ (its tp_doc, else None).</summary>
    private static void AddDoc(PyType t)
    {
        var key = PyStr.Intern("__doc__");
        if (t.Dict!.ContainsKey(key)) return;
        var doc = TypeDocs.For(t.Name);
        t.Dict.SetItem(key, doc is null ? PyNone.None : PyStr.Intern(doc)); // immortal, as a static type's docstring is
    }

    /// <summary>inherit_slots: a slot a type leaves empty comes from its base chain.</summary>
    internal static void InheritSlots(PyType t)
    {
        for (var b = t.Base; b is not null; b = b.Base)
        {
            t.Repr ??= b.Repr;
            t.Str ??= b.Str;
            t.Hash ??= b.Hash;
            t.RichCompare ??= b.RichCompare;
            t.GetAttr ??= b.GetAttr;
            t.SetAttr ??= b.SetAttr;
            t.Call ??= b.Call;
            t.Iter ??= b.Iter;
            t.IterNext ??= b.IterNext;
            t.Length ??= b.Length;
            t.GetItem ??= b.GetItem;
            t.SetItem ??= b.SetItem;
            t.Contains ??= b.Contains;
            t.Bool ??= b.Bool;
            t.DescrGet ??= b.DescrGet;
            t.DescrSet ??= b.DescrSet;
            t.Negative ??= b.Negative;
            t.Positive ??= b.Positive;
            t.Invert ??= b.Invert;
            t.Absolute ??= b.Absolute;
            t.Index ??= b.Index;
            t.Int ??= b.Int;
            t.Float ??= b.Float;
            t.Power ??= b.Power;
            t.SeqConcat ??= b.SeqConcat;
            t.SeqRepeat ??= b.SeqRepeat;
            t.SeqInPlaceConcat ??= b.SeqInPlaceConcat;
            t.SeqInPlaceRepeat ??= b.SeqInPlaceRepeat;
            t.InPlacePower ??= b.InPlacePower;
            t.New ??= b.New;
            t.Init ??= b.Init;
            for (var i = 0; i < 13; i++)
            {
                t.NumberSlots[i] ??= b.NumberSlots[i];
                t.InPlaceSlots[i] ??= b.InPlaceSlots[i];
            }
        }
    }
}
