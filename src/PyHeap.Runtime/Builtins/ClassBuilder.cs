using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>
/// Making classes: <c>__build_class__</c> (Python/bltinmodule.c) runs the class body in a fresh namespace and
/// calls <c>type(name, bases, ns)</c>; type_new (Objects/typeobject.c) builds the heap type: C3 MRO, the
/// instance layout (managed dict or <c>__slots__</c>), the <c>__dict__</c>/<c>__weakref__</c> descriptors
/// that reference the class, and slot wrappers for the dunders it defines.
/// </summary>
public static class ClassBuilder
{
    /// <summary>
    /// update_bases (Python/bltinmodule.c): a base that is not a class but has __mro_entries__ (list[int],
    /// typing.Generic[T]) is replaced by the classes it returns. Returns a new reference (the same tuple when unchanged).
    /// </summary>
    internal static PyTuple UpdateBases(PyTuple bases)
    {
        List<PyObject>? changed = null;
        try
        {
            for (var i = 0; i < bases.Count; i++)
            {
                var b = bases.Items[i];
                var meth = b is PyType ? null : Abstract.LookupAttr(b, PyStr.Intern("__mro_entries__"));
                if (meth is null)
                {
                    changed?.Add(RefCounts.NewRef(b));
                    continue;
                }
                PyObject entries;
                try
                {
                    using var held = Heap.Current.Hold(meth);
                    entries = Interpreter.Current.CallObject(meth, [bases]);
                }
                finally
                {
                    RefCounts.DecRef(meth);
                }
                if (entries is not PyTuple tuple)
                {
                    RefCounts.DecRef(entries);
                    throw Errors.TypeError("__mro_entries__ must return a tuple");
                }
                changed ??= bases.Items.Take(i).Select(RefCounts.NewRef).ToList();
                foreach (var e in tuple.Items) changed.Add(RefCounts.NewRef(e));
                RefCounts.DecRef(tuple);
            }
        }
        catch
        {
            if (changed is not null) foreach (var c in changed) RefCounts.DecRef(c);
            throw;
        }
        return changed is null ? RefCounts.NewRef(bases) : PyTuple.Steal(changed.ToArray());
    }

    /// <summary>type_new (type(x) itself is answered by type_call): parses (name, bases, dict), finds the most
    /// derived metatype (deferring to its own tp_new when that differs), builds the class, then calls
    /// <c>__init_subclass__</c> with the class keywords.</summary>
    public static PyObject TypeNew(PyType metatype, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var kwcount = kwnames?.Count ?? 0;
        var nargs = args.Length - kwcount;
        if (nargs != 3) throw Errors.TypeError($"type.__new__() takes exactly 3 arguments ({nargs} given)");
        if (args[0] is not PyStr name) throw Errors.TypeError($"type.__new__() argument 1 must be str, not {args[0].Type.Name}");
        if (args[1] is not PyTuple bases) throw Errors.TypeError($"type.__new__() argument 2 must be tuple, not {args[1].Type.Name}");
        if (args[2] is not PyDict ns) throw Errors.TypeError($"type.__new__() argument 3 must be dict, not {args[2].Type.Name}");
        // type_new_get_bases: a more derived metaclass with its own __new__ makes the class instead.
        var winner = Metaclasses.CalculateMetaclass(metatype, bases);
        if (!ReferenceEquals(winner, metatype))
        {
            if (winner.New is { } winnerNew && winnerNew != TypeNewSlot) return winnerNew(winner, args, kwnames);
            metatype = winner;
        }
        var type = Create(metatype, name.Value, bases, ns);
        try
        {
            using var held = Heap.Current.Hold(type);
            Metaclasses.InitSubclass(type, args[nargs..], kwnames);
        }
        catch
        {
            RefCounts.DecRef(type);
            throw;
        }
        return type;
    }

    /// <summary>type's tp_new as a slot value, so a metatype that keeps it is recognised.</summary>
    public static readonly CallFunc TypeNewSlot = (type, args, kw) => TypeNew((PyType)type, args, kw);

    private static PyType Create(PyType metatype, string name, PyTuple basesArg, PyDict ns)
    {
        var baseList = basesArg.Count == 0 ? [Types.Object] : basesArg.Items.Select(b => b as PyType
            ?? throw Errors.TypeError($"bases must be types")).ToArray();
        for (var i = 0; i < baseList.Length; i++)
            for (var j = i + 1; j < baseList.Length; j++)
                if (ReferenceEquals(baseList[i], baseList[j])) throw Errors.TypeError($"duplicate base class {baseList[i].Name}");
        foreach (var b in baseList)
        {
            if ((b.TypeFlags & TypeFlags.BaseType) == 0)
                throw Errors.TypeError($"type '{b.Name}' is not an acceptable base type");
            if (!b.IsHeapType && b != Types.Object && !b.IsSubtypeOf(ExceptionTypes.BaseException) && b != WeakRefTypes.Ref
                && !IsSubclassableBuiltin(b) && b != Types.Type)
                throw Errors.NotImplementedError($"subclassing '{b.Name}' is not supported by PyHeap yet");
        }
        var solidBase = SolidBase(baseList);
        var dict = PyDict.New();
        foreach (var (k, v) in ns.Pairs()) dict.SetItem(k, v);
        var type = new PyType(metatype, name, solidBase, solidBase.BasicSize,
            TypeFlags.HeapType | TypeFlags.BaseType | TypeFlags.HaveGc | (solidBase.TypeFlags & TypeFlags.BaseExceptionSubclass));
        type.Dict = dict;
        type.ItemSize = solidBase.ItemSize; // type_new_descriptors: tp_itemsize = base->tp_itemsize
        RefCounts.IncRef(solidBase);
        type.Bases = basesArg.Count == 0 ? PyTuple.Pack(Types.Object) : RefCounts.NewRef(basesArg);
        Heap.Alloc(type);
        if (metatype.IsHeapType) RefCounts.IncRef(metatype); // a class holds its metaclass, as any instance its type
        try
        {
            if (dict.PopSteal(PyStr.Intern("__qualname__")) is { } qn)
            {
                type.QualName = qn is PyStr qs ? qs.Value : throw Errors.TypeError($"type __qualname__ must be a str, not {qn.Type.Name}");
                RefCounts.DecRef(qn);
            }
            // type_new_set_module: without __module__, the calling frame's globals name the module.
            if (dict.GetItemOrNull("__module__") is null && Interpreter.Current.Thread.Frame?.Globals.GetItemOrNull("__name__") is { } caller)
                dict.SetItem("__module__", caller);
            if (dict.GetItemOrNull("__module__") is PyStr module) type.ModuleName = module.Value;
            var mro = ComputeMro(type, baseList);
            type.Mro = PyTuple.FromBorrowed(mro);
            Subclasses.Add(type); // PyType_Ready: add_subclass
            SetLayout(type, solidBase, dict);
            // PyType_Ready after the members and getsets: type_dict_set_doc, then type_ready_set_hash.
            if (dict.GetItemOrNull("__doc__") is null) dict.SetItem("__doc__", PyNone.None);
            if (dict.ContainsKey(PyStr.Intern("__eq__")) && !dict.ContainsKey(PyStr.Intern("__hash__")))
                dict.SetItem("__hash__", PyNone.None);
            if (dict.PopSteal(PyStr.Intern("__classcell__")) is { } cellObj)
            {
                if (cellObj is PyCell cell)
                {
                    RefCounts.IncRef(type);
                    cell.Set(type);
                }
                RefCounts.DecRef(cellObj);
            }
            WrapSpecialFunctions(type, dict);
            foreach (var b in baseList) TypeSetup.InheritSlots(type);
            CopySlotsFromMro(type);
            HeapTypeSlots.Fixup(type);
            using (Heap.Current.Hold(type)) SetNames(type, dict);
            return type;
        }
        catch
        {
            RefCounts.DecRef(type);
            throw;
        }
    }

    /// <summary>__new__ becomes a staticmethod, __init_subclass__ / __class_getitem__ classmethods (type_new_set_attrs).</summary>
    private static void WrapSpecialFunctions(PyType type, PyDict dict)
    {
        if (dict.GetItemOrNull("__new__") is PyFunction f)
        {
            var sm = PyStaticMethod.New(Types.StaticMethod, f);
            dict.SetItem("__new__", sm);
            RefCounts.DecRef(sm);
        }
        foreach (var name in (string[])["__init_subclass__", "__class_getitem__"])
        {
            if (dict.GetItemOrNull(name) is not PyFunction func) continue;
            var cm = PyClassMethod.New(Types.ClassMethod, func);
            dict.SetItem(name, cm);
            RefCounts.DecRef(cm);
        }
    }

    /// <summary>type_new_set_names: iterates a copy of the class dict (PyDict_Copy), calling __set_name__.</summary>
    private static void SetNames(PyType type, PyDict dict)
    {
        var interp = Interpreter.Current;
        var names = dict.Copy();
        using var held = Heap.Current.Hold(names);
        try
        {
            foreach (var (k, v) in names.Pairs().ToList())
            {
                if (v.Type.Lookup(PyStr.Intern("__set_name__")) is null) continue;
                var r = interp.CallMethod(v, "__set_name__", [type, k]);
                RefCounts.DecRef(r);
            }
        }
        finally
        {
            RefCounts.DecRef(names);
        }
    }

    /// <summary>
    /// Objects/typeobject.c: best_base — the base whose solid base is the most derived (the class extends its
    /// layout and it becomes tp_base); two unrelated solid bases are a layout conflict.
    /// </summary>
    private static PyType SolidBase(PyType[] bases)
    {
        PyType? winner = null;
        PyType? chosen = null;
        foreach (var b in bases)
        {
            var candidate = Solid(b);
            if (winner is null || (!winner.IsSubtypeOf(candidate) && candidate.IsSubtypeOf(winner)))
            {
                winner = candidate;
                chosen = b;
            }
            else if (!winner.IsSubtypeOf(candidate))
            {
                throw Errors.TypeError("multiple bases have instance lay-out conflict");
            }
        }
        return chosen!;
    }

    /// <summary>solid_base: the nearest type along the tp_base chain that adds fields to the instance layout.</summary>
    private static PyType Solid(PyType type)
    {
        var b = type.Base is { } parent ? Solid(parent) : Types.Object;
        return ExtraIvars(type, b) ? type : b;
    }

    /// <summary>
    /// extra_ivars: <paramref name="type"/>'s instances are bigger than <paramref name="b"/>'s — by anything but
    /// a __weakref__ slot the type added at its end (a managed dict lives before the object); with items
    /// involved, any difference in size counts.
    /// </summary>
    private static bool ExtraIvars(PyType type, PyType b)
    {
        if (ReferenceEquals(type, b)) return false;
        long size = type.BasicSize;
        if (type.ItemSize != 0 || b.ItemSize != 0) return size != b.BasicSize || type.ItemSize != b.ItemSize;
        if (type.IsHeapType && (type.Layout?.HasWeakref ?? false) && !HasWeakrefSlot(b)) size -= 8;
        return size != b.BasicSize;
    }

    /// <summary>tp_weaklistoffset != 0 for a solid base: a class's __weakref__, or set/frozenset's own list.</summary>
    private static bool HasWeakrefSlot(PyType t) =>
        t.Layout?.HasWeakref ?? (t == Types.Set || t == Types.FrozenSet);

    /// <summary>The C3 linearisation (Objects/typeobject.c: mro_implementation).</summary>
    private static PyObject[] ComputeMro(PyType type, PyType[] bases)
    {
        var sequences = bases.Select(b => b.Mro!.Items.Cast<PyType>().ToList()).ToList();
        sequences.Add(bases.ToList());
        var result = new List<PyObject> { type };
        while (true)
        {
            sequences.RemoveAll(s => s.Count == 0);
            if (sequences.Count == 0) break;
            PyType? next = null;
            foreach (var s in sequences)
            {
                var head = s[0];
                if (!sequences.Any(other => other.IndexOf(head) > 0))
                {
                    next = head;
                    break;
                }
            }
            if (next is null)
            {
                var names = string.Join(", ", sequences.Select(s => s[0].Name).Distinct());
                throw Errors.TypeError($"Cannot create a consistent method resolution\norder (MRO) for bases {names}");
            }
            result.Add(next);
            foreach (var s in sequences) if (s.Count > 0 && ReferenceEquals(s[0], next)) s.RemoveAt(0);
        }
        return result.ToArray();
    }

    /// <summary>Instance layout: <c>__slots__</c> members, or a managed dict; plus __dict__/__weakref__ descriptors.</summary>
    private static void SetLayout(PyType type, PyType solidBase, PyDict dict)
    {
        var baseLayout = solidBase.Layout;
        var baseHasDict = baseLayout?.HasDict ?? false;
        var baseHasWeakref = baseLayout?.HasWeakref
            ?? (solidBase.IsSubtypeOf(ExceptionTypes.BaseException) || solidBase == Types.Set || solidBase == Types.FrozenSet);
        var inheritedSlots = baseLayout?.SlotNames ?? [];
        if (solidBase.IsSubtypeOf(ExceptionTypes.BaseException))
        {
            type.Layout = null;
            type.BasicSize = solidBase.BasicSize;
            return;
        }
        var slotsObj = dict.GetItemOrNull("__slots__");
        if (solidBase.IsSubtypeOf(Types.Type))
        {
            // A metaclass: its instances are type objects, with type's own __dict__ and weak reference list.
            if (slotsObj is not null && (slotsObj is PyStr || Abstract.Length(slotsObj) > 0))
                throw Errors.TypeError($"nonempty __slots__ not supported for subtype of '{solidBase.Name}'");
            type.Layout = null;
            type.BasicSize = solidBase.BasicSize;
            return;
        }
        if (solidBase.IsSubtypeOf(WeakRefTypes.Ref) && slotsObj is null)
            throw Errors.NotImplementedError("subclassing weakref.ref without __slots__ is not supported by PyHeap yet");
        if (solidBase.ItemSize != 0)
        {
            SetVarSizedLayout(type, solidBase, dict, slotsObj);
            return;
        }
        if (slotsObj is null)
        {
            type.Layout = new ClassLayout { HasDict = true, HasWeakref = true, SlotNames = inheritedSlots };
            type.TypeFlags |= TypeFlags.ManagedDict;
            type.BasicSize = solidBase.BasicSize + (baseHasWeakref ? 0 : 8);
            if (!baseHasDict) AddDescriptor(type, dict, "__dict__", InstanceDictGet, InstanceDictSet);
            if (!baseHasWeakref) AddDescriptor(type, dict, "__weakref__", WeakrefGet, null);
            return;
        }
        var names = slotsObj is PyStr single ? [single.Value] : Abstract.ToList(slotsObj).Select(o =>
        {
            var n = o as PyStr ?? throw Errors.TypeError($"__slots__ items must be strings, not '{o.Type.Name}'");
            RefCounts.DecRef(o);
            return n.Value;
        }).ToList();
        foreach (var n in names)
        {
            if (n is not ("__dict__" or "__weakref__") && dict.ContainsKey(PyStr.Intern(n)))
                throw Errors.ValueError($"'{n}' in __slots__ conflicts with class variable");
        }
        var wantDict = names.Remove("__dict__");
        var wantWeakref = names.Remove("__weakref__");
        var allSlots = inheritedSlots.Concat(names).ToList();
        type.Layout = new ClassLayout { HasDict = wantDict || baseHasDict, HasWeakref = wantWeakref || baseHasWeakref, SlotNames = allSlots };
        if (wantDict) type.TypeFlags |= TypeFlags.ManagedDict;
        type.BasicSize = solidBase.BasicSize + 8 * names.Count + (wantWeakref && !baseHasWeakref ? 8 : 0);
        for (var i = 0; i < names.Count; i++)
        {
            var index = inheritedSlots.Count + i;
            var member = PyMemberDescriptor.New(type, names[i], index);
            dict.SetItem(names[i], member);
            RefCounts.DecRef(member);
        }
        if (wantDict && !baseHasDict) AddDescriptor(type, dict, "__dict__", InstanceDictGet, InstanceDictSet);
        if (wantWeakref && !baseHasWeakref) AddDescriptor(type, dict, "__weakref__", WeakrefGet, null);
    }

    /// <summary>
    /// The layout of a subclass of a variable-size builtin (int, tuple, bytes; type_new_descriptors with
    /// tp_itemsize != 0): no <c>__weakref__</c>, and the <c>__dict__</c> a plain dict pointer after the items
    /// (tp_dictoffset -8, not a managed dict); nonempty <c>__slots__</c> are refused as type_new_slots_impl does.
    /// </summary>
    private static void SetVarSizedLayout(PyType type, PyType solidBase, PyDict dict, PyObject? slotsObj)
    {
        var baseHasDict = solidBase.Layout?.HasDict ?? false;
        if (slotsObj is not null)
        {
            var count = slotsObj is PyStr ? 1 : Abstract.Length(slotsObj);
            if (count > 0) throw Errors.TypeError($"nonempty __slots__ not supported for subtype of '{solidBase.Name}'");
        }
        var addDict = slotsObj is null && !baseHasDict;
        type.Layout = new ClassLayout { HasDict = baseHasDict || addDict, HasWeakref = false };
        type.BasicSize = solidBase.BasicSize + (addDict ? 8 : 0);
        if (addDict) AddDescriptor(type, dict, "__dict__", InstanceDictGet, InstanceDictSet);
    }

    /// <summary>The builtin types a class statement can extend (their instances carry a heap type's additions).</summary>
    private static bool IsSubclassableBuiltin(PyType b) =>
        b == Types.List || b == Types.Dict || b == Types.Str || b == Types.Int || b == Types.Float || b == Types.Tuple
        || b == Types.Set || b == Types.FrozenSet || b == Types.Bytes || b == Types.ByteArray;

    private static void AddDescriptor(PyType type, PyDict dict, string name, Func<PyObject, PyObject> get, Action<PyObject, PyObject?>? set)
    {
        var d = PyGetSetDescriptor.ForHeapType(type, name, get, set);
        dict.SetItem(name, d);
        RefCounts.DecRef(d);
    }

    private static PyObject InstanceDictGet(PyObject self) => Abstract.ManagedStorage(self) is { } storage
        ? RefCounts.NewRef<PyObject>(storage.Materialize())
        : throw Errors.AttributeError($"'{self.Type.Name}' object has no attribute '__dict__'");

    /// <summary>subtype_getweakref: the head of the object's weak reference list (the plain ref, if any), or None.</summary>
    private static PyObject WeakrefGet(PyObject self) =>
        self.WeakRefs is { } head ? RefCounts.NewRef<PyObject>(head) : PyNone.None;

    private static void InstanceDictSet(PyObject self, PyObject? value) =>
        throw Errors.NotImplementedError("assigning to __dict__ is not supported by PyHeap");

    /// <summary>Slots defined by static types along the MRO (e.g. an exception base's) are inherited.</summary>
    private static void CopySlotsFromMro(PyType type)
    {
        type.New ??= TypeCall.ObjectNewSlot;
        type.Init ??= TypeCall.ObjectInitSlot;
    }
}
