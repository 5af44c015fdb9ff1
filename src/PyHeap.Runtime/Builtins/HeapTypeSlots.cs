using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>
/// Slot wrappers for classes made in Python (Objects/typeobject.c: slot_tp_repr, slot_nb_add, …): when a class
/// (or a Python base) defines a dunder, the matching slot calls it. Unbound functions are called directly with
/// the instance first, so no bound method object is made (3.11 vectorcall_method).
/// </summary>
public static class HeapTypeSlots
{
    private static readonly string[] BinaryNames = ["add", "and", "floordiv", "lshift", "matmul", "mul", "mod", "or", "pow", "rshift", "sub", "truediv", "xor"];

    /// <summary>Recomputes the slots of a heap type from the dunders visible along its MRO (fixup_slot_dispatchers).</summary>
    public static void Fixup(PyType t)
    {
        t.HasDel = t.Lookup(PyStr.Intern("__del__")) is not null;
        if (Defined(t, "__repr__")) t.Repr = self => CallUnary(self, "__repr__");
        if (Defined(t, "__str__")) t.Str = self => CallUnary(self, "__str__");
        var hash = t.Lookup(PyStr.Intern("__hash__"));
        if (hash is PyNone) t.Hash = ObjectMethods.HashNotImplemented;
        else if (Defined(t, "__hash__")) t.Hash = SlotHash;
        if (Defined(t, "__eq__") || Defined(t, "__ne__") || Defined(t, "__lt__") || Defined(t, "__le__") || Defined(t, "__gt__") || Defined(t, "__ge__"))
            t.RichCompare = SlotRichCompare;
        if (Defined(t, "__call__")) t.Call = (self, args, kw) => CallWithSelf(self, "__call__", args, kw);
        if (Defined(t, "__iter__")) t.Iter = self => CallUnary(self, "__iter__");
        if (Defined(t, "__next__")) t.IterNext = SlotIterNext;
        if (Defined(t, "__len__")) t.Length = SlotLength;
        if (Defined(t, "__getitem__")) t.GetItem = (self, key) => CallWithSelf(self, "__getitem__", [key], null);
        if (Defined(t, "__setitem__") || Defined(t, "__delitem__")) t.SetItem = SlotSetItem;
        if (Defined(t, "__contains__")) t.Contains = SlotContains;
        if (Defined(t, "__bool__")) t.Bool = SlotBool;
        if (Defined(t, "__get__")) t.DescrGet = SlotDescrGet;
        if (Defined(t, "__set__") || Defined(t, "__delete__")) t.DescrSet = SlotDescrSet;
        if (Defined(t, "__getattr__") || Defined(t, "__getattribute__")) t.GetAttr = SlotGetAttr;
        if (Defined(t, "__setattr__") || Defined(t, "__delattr__")) t.SetAttr = SlotSetAttr;
        if (Defined(t, "__neg__")) t.Negative = self => CallUnary(self, "__neg__");
        if (Defined(t, "__pos__")) t.Positive = self => CallUnary(self, "__pos__");
        if (Defined(t, "__invert__")) t.Invert = self => CallUnary(self, "__invert__");
        if (Defined(t, "__abs__")) t.Absolute = self => CallUnary(self, "__abs__");
        if (Defined(t, "__index__")) t.Index = self => CallUnary(self, "__index__");
        if (Defined(t, "__int__")) t.Int = self => CallUnary(self, "__int__");
        if (Defined(t, "__float__")) t.Float = self => CallUnary(self, "__float__");
        if (Defined(t, "__init__")) t.Init = SlotInit;
        if (Defined(t, "__new__")) t.New = SlotNewFunc;
        for (var i = 0; i < BinaryNames.Length; i++)
        {
            var op = "__" + BinaryNames[i] + "__";
            var rop = "__r" + BinaryNames[i] + "__";
            var iop = "__i" + BinaryNames[i] + "__";
            if (Defined(t, op) || Defined(t, rop)) t.NumberSlots[i] = BinaryWrappers[i];
            if (Defined(t, iop))
            {
                var name = iop;
                t.InPlaceSlots[i] = (self, other) => CallMaybe(self, name, other);
            }
        }
    }

    /// <summary>True when the dunder comes from a Python class (not a builtin type's own method) along the MRO.</summary>
    private static bool Defined(PyType t, string name)
    {
        var key = PyStr.Intern(name);
        foreach (var o in t.Mro!.Items)
        {
            var type = (PyType)o;
            if (type.Dict!.GetItemOrNull(key) is { } found) return type.IsHeapType && found is not PyNone;
        }
        return false;
    }

    /// <summary>Finds the dunder on the type and calls it with self first (lookup_maybe_method + call_unbound).</summary>
    internal static PyObject? CallSpecial(PyObject self, string name, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var descr = self.Type.Lookup(PyStr.Intern(name));
        if (descr is null) return null;
        var interp = Interpreter.Current;
        if (descr is PyFunction || descr is PyMethodDescriptor)
        {
            var all = new PyObject[args.Length + 1];
            all[0] = self;
            args.CopyTo(all.AsSpan(1));
            return interp.CallObject(descr, all, kwnames);
        }
        PyObject bound;
        if (descr.Type.DescrGet is { } get) bound = get(descr, self, self.Type);
        else bound = RefCounts.NewRef(descr);
        try
        {
            return interp.CallObject(bound, args, kwnames);
        }
        finally
        {
            RefCounts.DecRef(bound);
        }
    }

    private static PyObject CallUnary(PyObject self, string name) =>
        CallSpecial(self, name, [], null) ?? throw Errors.AttributeError(name);

    private static PyObject CallWithSelf(PyObject self, string name, ReadOnlySpan<PyObject> args, PyTuple? kwnames) =>
        CallSpecial(self, name, args, kwnames) ?? throw Errors.AttributeError(name);

    /// <summary>call_maybe: NotImplemented when the method is absent.</summary>
    private static PyObject CallMaybe(PyObject self, string name, PyObject other) =>
        CallSpecial(self, name, [other], null) ?? PySingleton.NotImplemented;

    /// <summary>One shared wrapper per operator, so "the other operand's slot is also a Python dunder" is a reference test.</summary>
    private static readonly BinaryFunc[] BinaryWrappers = Enumerable.Range(0, 13)
        .Select(i => (BinaryFunc)((self, other) => SlotBinary(self, other, i))).ToArray();

    /// <summary>Models typeobject.c: SLOT1BINFULL — the reflected method of a subclass on the right goes first.</summary>
    private static PyObject SlotBinary(PyObject self, PyObject other, int index)
    {
        var op = "__" + BinaryNames[index] + "__";
        var rop = "__r" + BinaryNames[index] + "__";
        var wrapper = BinaryWrappers[index];
        var doOther = !ReferenceEquals(self.Type, other.Type) && ReferenceEquals(other.Type.NumberSlots[index], wrapper);
        if (ReferenceEquals(self.Type.NumberSlots[index], wrapper))
        {
            if (doOther && other.Type.IsSubtypeOf(self.Type))
            {
                var r = CallMaybe(other, rop, self);
                if (!ReferenceEquals(r, PySingleton.NotImplemented)) return r;
                doOther = false;
            }
            var res = CallMaybe(self, op, other);
            if (!ReferenceEquals(res, PySingleton.NotImplemented) || ReferenceEquals(other.Type, self.Type)) return res;
        }
        return doOther ? CallMaybe(other, rop, self) : PySingleton.NotImplemented;
    }

    private static readonly string[] CompareNames = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];

    /// <summary>slot_tp_richcompare: the matching dunder, or NotImplemented when absent.</summary>
    private static PyObject SlotRichCompare(PyObject self, PyObject other, CompareOp op) =>
        CallSpecial(self, CompareNames[(int)op], [other], null) ?? PySingleton.NotImplemented;

    private static long SlotHash(PyObject self)
    {
        var r = CallUnary(self, "__hash__");
        try
        {
            if (r is not PyInt i) throw Errors.TypeError("__hash__ method should return an integer");
            if (!i.IsBig) return i.Value == -1 ? -2 : i.Value;
            return Numerics.PyHash.Int(i.BigValue);
        }
        finally
        {
            RefCounts.DecRef(r);
        }
    }

    private static PyObject? SlotIterNext(PyObject self)
    {
        try
        {
            return CallUnary(self, "__next__");
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.StopIteration))
        {
            RefCounts.DecRef(e.Value);
            return null;
        }
    }

    private static long SlotLength(PyObject self)
    {
        var r = CallUnary(self, "__len__");
        try
        {
            if (r is not PyInt i) throw Errors.TypeError($"'{r.Type.Name}' object cannot be interpreted as an integer");
            if (i.IsBig) throw Errors.OverflowError("cannot fit 'int' into an index-sized integer");
            if (i.Value < 0) throw Errors.ValueError("__len__() should return >= 0");
            return i.Value;
        }
        finally
        {
            RefCounts.DecRef(r);
        }
    }

    private static void SlotSetItem(PyObject self, PyObject key, PyObject? value)
    {
        var r = value is null
            ? CallSpecial(self, "__delitem__", [key], null) ?? throw Errors.AttributeError("__delitem__")
            : CallSpecial(self, "__setitem__", [key, value], null) ?? throw Errors.AttributeError("__setitem__");
        RefCounts.DecRef(r);
    }

    private static bool SlotContains(PyObject self, PyObject item)
    {
        var r = CallWithSelf(self, "__contains__", [item], null);
        try
        {
            return Abstract.IsTrue(r);
        }
        finally
        {
            RefCounts.DecRef(r);
        }
    }

    private static bool SlotBool(PyObject self)
    {
        var r = CallUnary(self, "__bool__");
        try
        {
            if (r is not PyBool b) throw Errors.TypeError($"__bool__ should return bool, returned {r.Type.Name}");
            return b.Value != 0;
        }
        finally
        {
            RefCounts.DecRef(r);
        }
    }

    private static PyObject SlotDescrGet(PyObject descr, PyObject? instance, PyType owner) =>
        CallWithSelf(descr, "__get__", [instance ?? PyNone.None, owner], null);

    private static void SlotDescrSet(PyObject descr, PyObject instance, PyObject? value)
    {
        var r = value is null
            ? CallWithSelf(descr, "__delete__", [instance], null)
            : CallWithSelf(descr, "__set__", [instance, value], null);
        RefCounts.DecRef(r);
    }

    /// <summary>slot_tp_getattr_hook: __getattribute__ (generic unless overridden), then __getattr__ on AttributeError.</summary>
    private static PyObject? SlotGetAttr(PyObject self, PyStr name)
    {
        PyObject? result;
        try
        {
            result = Defined(self.Type, "__getattribute__")
                ? CallWithSelf(self, "__getattribute__", [name], null)
                : self is PyType ? TypeMethods.TypeGetAttr(self, name) : Abstract.GenericGetAttr(self, name);
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.AttributeError) && Defined(self.Type, "__getattr__"))
        {
            RefCounts.DecRef(e.Value);
            result = null;
        }
        if (result is not null || !Defined(self.Type, "__getattr__")) return result;
        return CallWithSelf(self, "__getattr__", [name], null);
    }

    private static void SlotSetAttr(PyObject self, PyStr name, PyObject? value)
    {
        var r = value is null
            ? CallWithSelf(self, "__delattr__", [name], null)
            : CallWithSelf(self, "__setattr__", [name, value], null);
        RefCounts.DecRef(r);
    }

    /// <summary>slot_tp_init: __init__ must return None.</summary>
    private static PyObject SlotInit(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var r = CallWithSelf(self, "__init__", args, kwnames);
        if (!ReferenceEquals(r, PyNone.None))
        {
            var name = r.Type.Name;
            RefCounts.DecRef(r);
            throw Errors.TypeError($"__init__() should return None, not '{name}'");
        }
        return r;
    }

    /// <summary>slot_tp_new as one slot value, so "the class defines __new__" is a reference test.</summary>
    internal static readonly CallFunc SlotNewFunc = SlotNew;

    /// <summary>slot_tp_new: calls the class's __new__ (a staticmethod) with the class first.</summary>
    private static PyObject SlotNew(PyObject typeObj, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var type = (PyType)typeObj;
        var descr = type.Lookup(PyStr.Intern("__new__"))!;
        var func = descr is PyStaticMethod sm ? sm.Callable : descr;
        var all = new PyObject[args.Length + 1];
        all[0] = type;
        args.CopyTo(all.AsSpan(1));
        return Interpreter.Current.CallObject(func, all, kwnames);
    }
}
