using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;

namespace PyHeap.Runtime.Builtins;

/// <summary>Helpers that fill a static type's namespace with methods and computed attributes.</summary>
public static class TypeDicts
{
    private static PyDict DictOf(PyType t)
    {
        TypeSetup.Prepare(t);
        return t.Dict!;
    }

    /// <summary>Adds a method descriptor (called with the instance first).</summary>
    public static void AddMethod(PyType t, string name, NativeFunction function) =>
        DictOf(t).SetItem(name, PyMethodDescriptor.Create(t, name, function));

    /// <summary>Marks methods already added as METH_VARARGS (see <see cref="PyMethodDescriptor.IsVarargs"/>).</summary>
    public static void MarkVarargs(PyType t, params string[] names)
    {
        foreach (var name in names)
        {
            var d = (PyMethodDescriptor)DictOf(t).GetItemOrNull(name)!;
            t.Dict!.SetItem(name, PyMethodDescriptor.CreateVarargs(t, name, d.Function));
        }
    }

    /// <summary>Adds a class method descriptor (bound to the type, e.g. dict.fromkeys).</summary>
    public static void AddClassMethod(PyType t, string name, NativeFunction function) =>
        DictOf(t).SetItem(name, PyMethodDescriptor.Create(t, name, function, isClassMethod: true));

    /// <summary>Adds a computed attribute (getset descriptor).</summary>
    public static void AddGetSet(PyType t, string name, Func<PyObject, PyObject> getter, Action<PyObject, PyObject?>? setter = null) =>
        DictOf(t).SetItem(name, PyGetSetDescriptor.Static(t, name, getter, setter));

    /// <summary>Adds a plain value (a class attribute such as <c>__doc__</c>).</summary>
    public static void AddValue(PyType t, string name, PyObject value) => DictOf(t).SetItem(name, value);

    /// <summary>Adds <c>__new__</c> as a static builtin taking the type first.</summary>
    public static void AddStaticNew(PyType t, Func<PyType, PyObject[], PyTuple?, PyObject> newFunc)
    {
        var fn = PyBuiltinFunction.Static("__new__", (self, args, kw) =>
        {
            if (args.Length == 0) throw Vm.Errors.TypeError($"{t.Name}.__new__(): not enough arguments");
            if (args[0] is not PyType sub) throw Vm.Errors.TypeError($"{t.Name}.__new__(X): X is not a type object ({args[0].Type.Name})");
            // tp_new_wrapper: the type to make must derive from the type whose __new__ this is.
            if (!sub.IsSubtypeOf(t)) throw Vm.Errors.TypeError($"{t.Name}.__new__({sub.Name}): {sub.Name} is not a subtype of {t.Name}");
            return newFunc(sub, args[1..].ToArray(), kw);
        });
        var sm = Heap.Static(PyStaticMethod.CreateUnallocated(fn));
        DictOf(t).SetItem("__new__", sm);
    }
}
