using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>
/// Calling a class (Objects/typeobject.c: type_call): tp_new makes the instance, then tp_init runs if the
/// result is an instance of the class. For heap types the positional arguments are packed into a tuple and
/// keywords into a dict first (_PyObject_MakeTpCall), as 3.11 does — each holds a reference during the call.
/// </summary>
public static class TypeCall
{
    /// <summary>object_new and object_init as slot values (compared by value to detect overrides).</summary>
    public static readonly CallFunc ObjectNewSlot = ObjectNew;
    public static readonly CallFunc ObjectInitSlot = ObjectInit;

    public static PyObject Call(PyObject callable, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var type = (PyType)callable;
        if (ReferenceEquals(type, Types.Type))
        {
            var nargs = args.Length - (kwnames?.Count ?? 0);
            if (nargs == 1 && kwnames is not { Count: > 0 }) return RefCounts.NewRef<PyObject>(args[0].Type);
            if (nargs != 3) throw Errors.TypeError("type() takes 1 or 3 arguments");
        }
        var newFunc = type.New ?? throw Errors.TypeError($"cannot create '{type.Name}' instances");
        if (!type.IsHeapType)
        {
            // Types without tp_vectorcall in 3.11 (int, str, bytes, type(name, bases, ns), property, ...) are
            // called through _PyObject_MakeTpCall, which packs the arguments into a tuple (and keywords into a
            // dict) for the duration of the call. Exceptions keep that tuple as .args, which their tp_new makes.
            var packed = !HasVectorcall(type) && !type.IsSubtypeOf(ExceptionTypes.BaseException);
            var argsTuple = packed ? PyTuple.FromBorrowed(args[..(args.Length - (kwnames?.Count ?? 0))]) : null;
            PyDict? kwargs = null;
            if (packed && kwnames is { Count: > 0 })
            {
                kwargs = PyDict.New();
                for (var i = 0; i < kwnames.Count; i++) kwargs.SetItem(kwnames.Items[i], args[args.Length - kwnames.Count + i]);
            }
            var roots = Heap.Current.TempRoots;
            if (argsTuple is not null) roots.Add(argsTuple);
            if (kwargs is not null) roots.Add(kwargs);
            try
            {
                return CallStatic(type, newFunc, args, kwnames);
            }
            finally
            {
                if (kwargs is not null) roots.Remove(kwargs);
                if (argsTuple is not null) roots.Remove(argsTuple);
                RefCounts.XDecRef(argsTuple);
                RefCounts.XDecRef(kwargs);
            }
        }
        return CallHeapType(type, newFunc, args, kwnames);
    }

    /// <summary>Static types with tp_vectorcall in CPython 3.11: calling them packs nothing.</summary>
    private static bool HasVectorcall(PyType type) =>
        type == Types.List || type == Types.Tuple || type == Types.Dict || type == Types.Set || type == Types.FrozenSet ||
        type == Types.Range || type == Types.Bool || type == Types.Float ||
        type.Name is "enumerate" or "reversed" or "filter" or "map" or "zip" or "super";

    private static PyObject CallStatic(PyType type, CallFunc newFunc, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var made = newFunc(type, args, kwnames);
        // A tp_vectorcall (list_vectorcall, dict_vectorcall, …) builds the object completely: no tp_init call.
        if (HasVectorcall(type)) return made;
        if (made.Type.Init is { } staticInit && staticInit != ObjectInitSlot && made.Type.IsSubtypeOf(type))
        {
            try
            {
                RefCounts.DecRef(staticInit(made, args, kwnames));
            }
            catch
            {
                RefCounts.DecRef(made);
                throw;
            }
        }
        return made;
    }

    /// <summary>type_call for a class: args packed into a tuple (and keywords into a dict) by _PyObject_MakeTpCall.</summary>
    private static PyObject CallHeapType(PyType type, CallFunc newFunc, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var kwcount = kwnames?.Count ?? 0;
        var argsTuple = PyTuple.FromBorrowed(args[..(args.Length - kwcount)]);
        using var heldArgs = Heap.Current.Hold(argsTuple); // _PyObject_MakeTpCall's C local
        PyDict? kwargs = null;
        if (kwcount > 0)
        {
            kwargs = PyDict.New();
            for (var i = 0; i < kwcount; i++) kwargs.SetItem(kwnames!.Items[i], args[args.Length - kwcount + i]);
        }
        var roots = Heap.Current.TempRoots;
        if (kwargs is not null) roots.Add(kwargs);
        try
        {
            var obj = newFunc(type, args, kwnames);
            if (!obj.Type.IsSubtypeOf(type)) return obj;
            if (obj.Type.Init is { } init)
            {
                // slot_tp_init calls __init__ through _PyStack_UnpackDict, which builds a new kwnames tuple.
                var initKwnames = kwcount > 0 && init != ObjectInitSlot ? PyTuple.FromBorrowed(kwnames!.Items) : kwnames;
                roots.Add(obj); // type_call's C local while __init__ runs
                try
                {
                    init(obj, args, initKwnames);
                }
                catch
                {
                    RefCounts.DecRef(obj);
                    throw;
                }
                finally
                {
                    roots.Remove(obj);
                    if (!ReferenceEquals(initKwnames, kwnames)) RefCounts.DecRef(initKwnames!);
                }
            }
            return obj;
        }
        finally
        {
            if (kwargs is not null) roots.Remove(kwargs);
            RefCounts.DecRef(argsTuple);
            RefCounts.XDecRef(kwargs);
        }
    }

    /// <summary>
    /// <c>type->tp_init != Base.tp_init</c> for a subclass of a builtin without its own tp_init (float_new,
    /// tuple_new, frozenset_new): a Python <c>__init__</c> somewhere along the MRO may take keywords.
    /// </summary>
    public static bool InitOverridden(PyType type) => type.IsHeapType && type.Init is { } init && init != ObjectInitSlot;

    /// <summary>
    /// tp_new_wrapper's safety check for <c>T.__new__(S)</c>: the nearest base of S (S itself included) whose
    /// tp_new is not a Python <c>__new__</c> must make its objects with T's tp_new.
    /// </summary>
    public static void CheckNewIsSafe(PyType t, PyType sub)
    {
        var staticBase = sub;
        while (staticBase.New == HeapTypeSlots.SlotNewFunc && staticBase.Base is { } b) staticBase = b;
        if (staticBase.New != t.New)
            throw Errors.TypeError($"{t.Name}.__new__({sub.Name}) is not safe, use {staticBase.Name}.__new__()");
    }

    /// <summary>object_new: excess arguments are an error unless __init__ is overridden.</summary>
    public static PyObject ObjectNew(PyObject typeObj, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var type = (PyType)typeObj;
        if (args.Length > 0 && type.Init == ObjectInitSlot)
            throw Errors.TypeError($"{type.Name}() takes no arguments");
        if (type.IsSubtypeOf(ExceptionTypes.BaseException))
            return ExceptionMethods.NewException(type, args, kwnames);
        if ((type.TypeFlags & TypeFlags.IsAbstract) != 0) throw AbstractClasses.CannotInstantiate(type);
        if (ReferenceEquals(type, Types.Object)) return PyPlainObject.New();
        if (type.Layout is null)
            throw Errors.TypeError($"object.__new__({type.Name}) is not safe, use {type.Name}.__new__()");
        return PyInstance.New(type);
    }

    public static PyObject ObjectInit(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        // object_init: extra arguments are an error when the type overrides __init__ (super().__init__(x)) or keeps object's __new__.
        if (args.Length > 0 && self.Type.Init != ObjectInitSlot)
            throw Errors.TypeError("object.__init__() takes exactly one argument (the instance to initialize)");
        if (args.Length > 0 && self.Type.New == ObjectNewSlot)
            throw Errors.TypeError("object.__init__() takes exactly one argument (the instance to initialize)");
        return PyNone.None;
    }
}
