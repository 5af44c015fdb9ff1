using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>
/// The class statement with metaclasses (Python/bltinmodule.c: builtin___build_class__) and the parts of
/// type_new / type_init that involve the metatype (Objects/typeobject.c: _PyType_CalculateMetaclass,
/// type_new_init_subclass, type_init, type___prepare__).
/// </summary>
public static class Metaclasses
{
    /// <summary>builtins.__build_class__(func, name, *bases, metaclass=None, **kwds).</summary>
    public static PyObject BuildClass(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var kwcount = kwnames?.Count ?? 0;
        var nargs = args.Length - kwcount;
        if (nargs < 2) throw Errors.TypeError("__build_class__: not enough arguments");
        if (args[0] is not PyFunction body) throw Errors.TypeError("__build_class__: func must be a function");
        if (args[1] is not PyStr name) throw Errors.TypeError("__build_class__: name is not a string");
        var interp = Interpreter.Current;
        var origBases = PyTuple.FromBorrowed(args[2..nargs]);
        PyTuple bases;
        try
        {
            using (Heap.Current.Hold(origBases)) bases = ClassBuilder.UpdateBases(origBases);
        }
        catch
        {
            RefCounts.DecRef(origBases);
            throw;
        }
        PyDict? mkw = null;
        PyObject? meta = null;
        try
        {
            // mkw = _PyStack_AsDict(kwnames): the class keywords, metaclass= taken out.
            if (kwcount > 0)
            {
                mkw = PyDict.New();
                for (var i = 0; i < kwcount; i++) mkw.SetItem(kwnames!.Items[i], args[nargs + i]);
                meta = mkw.GetItemOrNull("metaclass");
                if (meta is not null)
                {
                    RefCounts.IncRef(meta);
                    mkw.DelItem(PyStr.Intern("metaclass"));
                }
            }
            var isClass = meta is null || meta is PyType;
            if (meta is null) meta = RefCounts.NewRef<PyObject>(bases.Count == 0 ? Types.Type : bases.Items[0].Type);
            if (isClass)
            {
                var winner = CalculateMetaclass((PyType)meta, bases);
                if (!ReferenceEquals(winner, meta))
                {
                    RefCounts.IncRef(winner);
                    RefCounts.DecRef(meta);
                    meta = winner;
                }
            }
            using var heldOrigBases = Heap.Current.Hold(origBases);
            return BuildWith(interp, body, name, origBases, bases, meta, mkw, isClass);
        }
        finally
        {
            RefCounts.XDecRef(meta);
            RefCounts.XDecRef(mkw);
            RefCounts.DecRef(bases);
            RefCounts.DecRef(origBases);
        }
    }

    private static PyObject BuildWith(Interpreter interp, PyFunction body, PyStr name, PyTuple origBases, PyTuple bases, PyObject meta, PyDict? mkw, bool isClass)
    {
        // meta, mkw, ns and the class cell are C locals of builtin___build_class__ while Python code runs.
        var roots = Heap.Current.TempRoots;
        roots.Add(bases);
        roots.Add(meta);
        if (mkw is not null) roots.Add(mkw);
        PyObject? ns = null;
        try
        {
            ns = Prepare(interp, meta, name, bases, mkw, isClass);
            roots.Add(ns);
            RefCounts.IncRef(body);
            var frame = FrameFactory.Create(interp, body, [], null, ns);
            var cell = interp.RunFrame(frame);
            roots.Add(cell);
            try
            {
                // update_bases replaced a base through __mro_entries__: the namespace keeps the originals.
                if (!ReferenceEquals(bases, origBases)) Abstract.SetItem(ns, PyStr.Intern("__orig_bases__"), origBases);
                var cls = CallWithDict(interp, meta, [name, bases, ns], mkw);
                if (cls is PyType && cell is PyCell c && !ReferenceEquals(c.Contents, cls))
                {
                    var contents = c.Contents;
                    var clsRepr = Abstract.ReprString(cls);
                    RefCounts.DecRef(cls);
                    if (contents is null)
                        throw Errors.RuntimeError($"__class__ not set defining '{name.Value}' as {clsRepr}. Was __classcell__ propagated to type.__new__?");
                    throw Errors.TypeError($"__class__ set to {Abstract.ReprString(contents)} defining '{name.Value}' as {clsRepr}");
                }
                return cls;
            }
            finally
            {
                RemoveLast(roots, cell);
                RefCounts.DecRef(cell);
            }
        }
        finally
        {
            if (ns is not null)
            {
                RemoveLast(roots, ns);
                RefCounts.DecRef(ns);
            }
            if (mkw is not null) RemoveLast(roots, mkw);
            RemoveLast(roots, meta);
            RemoveLast(roots, bases);
        }
    }

    /// <summary>Drops the newest root entry for the object: scopes nest, and an outer class statement may hold the same
    /// objects (type, the empty bases tuple) as a nested one.</summary>
    private static void RemoveLast(List<PyObject> roots, PyObject obj) => roots.RemoveAt(roots.LastIndexOf(obj));

    /// <summary>PyObject_VectorcallDict: keywords from a dict become a kwnames tuple (_PyStack_UnpackDict).</summary>
    private static PyObject CallWithDict(Interpreter interp, PyObject callable, PyObject[] positional, PyDict? kwargs)
    {
        if (kwargs is null || kwargs.Count == 0) return interp.CallObject(callable, positional, null);
        var all = new List<PyObject>(positional);
        var names = new List<PyObject>();
        foreach (var (k, v) in kwargs.Pairs())
        {
            names.Add(k);
            all.Add(v);
        }
        var kwnames = PyTuple.FromBorrowed(names.ToArray());
        var array = all.ToArray();
        foreach (var a in array) RefCounts.IncRef(a);
        try
        {
            return interp.CallObject(callable, array, kwnames);
        }
        finally
        {
            foreach (var a in array) RefCounts.DecRef(a);
            RefCounts.DecRef(kwnames);
        }
    }

    /// <summary>meta.__prepare__(name, bases, **kwds), which must return a mapping.</summary>
    private static PyObject Prepare(Interpreter interp, PyObject meta, PyStr name, PyTuple bases, PyDict? mkw, bool isClass)
    {
        var prep = Abstract.LookupAttr(meta, PyStr.Intern("__prepare__"));
        if (prep is null) return PyDict.New();
        PyObject ns;
        using var held = Heap.Current.Hold(prep);
        try
        {
            ns = CallWithDict(interp, prep, [name, bases], mkw);
        }
        finally
        {
            RefCounts.DecRef(prep);
        }
        if (ns.Type.GetItem is null)
        {
            var typeName = ns.Type.Name;
            RefCounts.DecRef(ns);
            throw Errors.TypeError($"{(isClass ? ((PyType)meta).Name : "<metaclass>")}.__prepare__() must return a mapping, not {typeName}");
        }
        return ns;
    }

    /// <summary>_PyType_CalculateMetaclass: the most derived metaclass among the given one and the bases' types.</summary>
    public static PyType CalculateMetaclass(PyType metatype, PyTuple bases)
    {
        var winner = metatype;
        foreach (var b in bases.Items)
        {
            var t = b.Type;
            if (winner.IsSubtypeOf(t)) continue;
            if (t.IsSubtypeOf(winner))
            {
                winner = t;
                continue;
            }
            throw Errors.TypeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    /// <summary>type_new_init_subclass: super(type, type).__init_subclass__(**kwds); the super object is released before the call.</summary>
    internal static void InitSubclass(PyType type, ReadOnlySpan<PyObject> kwValues, PyTuple? kwnames)
    {
        var super = PySuper.New(type, type, type);
        PyObject func;
        try
        {
            func = Abstract.GetAttr(super, PyStr.Intern("__init_subclass__"));
        }
        finally
        {
            RefCounts.DecRef(super);
        }
        using var held = Heap.Current.Hold(func);
        try
        {
            RefCounts.DecRef(Interpreter.Current.CallObject(func, kwValues, kwnames));
        }
        finally
        {
            RefCounts.DecRef(func);
        }
    }

    /// <summary>type_init: type(x) takes no keywords; otherwise 1 or 3 arguments.</summary>
    public static PyObject TypeInit(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var kwcount = kwnames?.Count ?? 0;
        var nargs = args.Length - kwcount;
        if (kwcount > 0 && nargs == 1) throw Errors.TypeError("type.__init__() takes no keyword arguments");
        if (nargs != 1 && nargs != 3) throw Errors.TypeError("type.__init__() takes 1 or 3 arguments");
        return PyNone.None;
    }

    /// <summary>type.__prepare__(name, bases, **kwds): a new empty dict, whatever the arguments.</summary>
    public static PyObject TypePrepare(PyObject cls, ReadOnlySpan<PyObject> args, PyTuple? kwnames) => PyDict.New();
}
