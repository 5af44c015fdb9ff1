using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>dict (Objects/dictobject.c): the type's slots and constructor; the methods are in <see cref="DictMethods"/>.</summary>
public static class DictType
{
    public static void Install()
    {
        var t = Types.Dict;
        t.Length = self => ((PyDict)self).Count;
        t.Hash = ObjectMethods.HashNotImplemented;
        t.Repr = DictOps.Repr;
        t.GetItem = Subscript;
        t.SetItem = (self, key, value) =>
        {
            var d = (PyDict)self;
            if (value is null)
            {
                if (!d.DelItem(key)) throw Errors.KeyError(key);
            }
            else
            {
                d.SetItem(key, value);
            }
        };
        t.Contains = (self, key) => ((PyDict)self).ContainsKey(key);
        t.Iter = self => DictIterator.New((PyDict)self, DictViewKind.Keys);
        t.RichCompare = RichCompare;
        t.NumberSlots[7] = Or;
        t.InPlaceSlots[7] = (self, other) =>
        {
            DictOps.UpdateArg((PyDict)self, other);
            return RefCounts.NewRef(self);
        };
        t.New = New;
        t.Init = Init;
        DictMethods.Install(t);
        ContainerDunders.Install(t);
        ContainerDunders.AddNumber(t, "or", 7);
        ContainerDunders.AddNew(t, genericNew: true);
        DictView.InstallAll();
        DictIterator.InstallMethods();
    }

    /// <summary>Models dict_subscript: a subclass's <c>__missing__(key)</c> answers a missing key; else KeyError(key).</summary>
    internal static PyObject Subscript(PyObject self, PyObject key)
    {
        if (((PyDict)self).GetItemOrNull(key) is { } v) return RefCounts.NewRef(v);
        if (!ReferenceEquals(self.Type, Types.Dict) && Abstract.LookupSpecial(self, "__missing__") is { } missing)
        {
            try
            {
                return Interpreter.Current.CallObject(missing, [key], null);
            }
            finally
            {
                RefCounts.DecRef(missing);
            }
        }
        throw Errors.KeyError(key);
    }

    /// <summary>Models dict_init: dict_update_common(self, args, kwds, "dict") — the argument, then the keywords.</summary>
    private static PyObject Init(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var kwcount = kwnames?.Count ?? 0;
        var nargs = args.Length - kwcount;
        if (nargs > 1) throw Errors.TypeError($"dict expected at most 1 argument, got {nargs}");
        var d = (PyDict)self;
        if (nargs == 1) DictOps.UpdateArg(d, args[0]);
        for (var i = 0; i < kwcount; i++) d.SetItem(kwnames!.Items[i], args[nargs + i]);
        return PyNone.None;
    }

    /// <summary>Models dict_richcompare: only == and != between dicts.</summary>
    private static PyObject RichCompare(PyObject v, PyObject w, CompareOp op)
    {
        if (v is not PyDict a || w is not PyDict b || (op != CompareOp.Eq && op != CompareOp.Ne)) return PySingleton.NotImplemented;
        var eq = DictOps.Equal(a, b);
        return PyBool.From(eq == (op == CompareOp.Eq));
    }

    /// <summary>Models dict_or: a copy of the left dict updated with the right one.</summary>
    private static PyObject Or(PyObject self, PyObject other)
    {
        if (self is not PyDict a || other is not PyDict) return PySingleton.NotImplemented;
        var result = a.Copy();
        try
        {
            DictOps.UpdateArg(result, other);
        }
        catch
        {
            RefCounts.DecRef(result);
            throw;
        }
        return result;
    }

    /// <summary>Models dict_vectorcall: dict(), dict(mapping or pairs), then keywords inserted one by one.</summary>
    private static PyObject New(PyObject type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var kwcount = kwnames?.Count ?? 0;
        var nargs = args.Length - kwcount;
        if (!ReferenceEquals(type, Types.Dict)) return PyDict.NewSubtype((PyType)type); // dict_new; dict_init fills it
        if (nargs > 1) throw Errors.TypeError($"dict expected at most 1 argument, got {nargs}");
        var d = PyDict.NewGeneric();
        try
        {
            if (nargs == 1) DictOps.UpdateArg(d, args[0]);
            for (var i = 0; i < kwcount; i++) d.SetItem(kwnames!.Items[i], args[nargs + i]);
        }
        catch
        {
            RefCounts.DecRef(d);
            throw;
        }
        return d;
    }
}
