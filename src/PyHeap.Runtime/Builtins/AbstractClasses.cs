using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>
/// The C side of abstract classes (Objects/typeobject.c: type_abstractmethods, type_set_abstractmethods and
/// object_new's Py_TPFLAGS_IS_ABSTRACT check; Objects/funcobject.c and descrobject.c: __isabstractmethod__ of
/// classmethod, staticmethod and property). The abc module itself is Python (Modules/Python/abc.py).
/// </summary>
public static class AbstractClasses
{
    private static readonly PyStr AbstractMethods = PyStr.Intern("__abstractmethods__");

    public static void Install()
    {
        TypeDicts.AddGetSet(Types.Type, "__abstractmethods__", GetAbstractMethods, SetAbstractMethods);
        TypeDicts.AddGetSet(Types.StaticMethod, "__isabstractmethod__", self => PyBool.From(IsAbstract(((PyStaticMethod)self).Callable)));
        TypeDicts.AddGetSet(Types.ClassMethod, "__isabstractmethod__", self => PyBool.From(IsAbstract(((PyClassMethod)self).Callable)));
        TypeDicts.AddGetSet(Types.Property, "__isabstractmethod__", self =>
        {
            var p = (PyProperty)self;
            return PyBool.From(IsAbstract(p.Getter) || IsAbstract(p.Setter) || IsAbstract(p.Deleter));
        });
    }

    /// <summary>_PyObject_IsAbstract: a true <c>__isabstractmethod__</c> attribute.</summary>
    private static bool IsAbstract(PyObject? obj)
    {
        if (obj is null) return false;
        var flag = Abstract.LookupAttr(obj, PyStr.Intern("__isabstractmethod__"));
        if (flag is null) return false;
        try
        {
            return Abstract.IsTrue(flag);
        }
        finally
        {
            RefCounts.DecRef(flag);
        }
    }

    /// <summary>type_abstractmethods: only what the class's own namespace holds (type itself has none).</summary>
    private static PyObject GetAbstractMethods(PyObject self)
    {
        var type = (PyType)self;
        var found = ReferenceEquals(type, Types.Type) ? null : type.Dict!.GetItemOrNull(AbstractMethods);
        if (found is null) throw Errors.New(ExceptionTypes.AttributeError, "__abstractmethods__");
        return RefCounts.NewRef(found);
    }

    /// <summary>type_set_abstractmethods: stores the value and sets Py_TPFLAGS_IS_ABSTRACT from its truth.</summary>
    private static void SetAbstractMethods(PyObject self, PyObject? value)
    {
        var type = (PyType)self;
        bool isAbstract;
        if (value is not null)
        {
            isAbstract = Abstract.IsTrue(value);
            type.Dict!.SetItem(AbstractMethods, value);
        }
        else
        {
            isAbstract = false;
            if (!type.Dict!.DelItem(AbstractMethods)) throw Errors.New(ExceptionTypes.AttributeError, "__abstractmethods__");
        }
        if (isAbstract) type.TypeFlags |= TypeFlags.IsAbstract;
        else type.TypeFlags &= ~TypeFlags.IsAbstract;
    }

    /// <summary>object_new's refusal: "Can't instantiate abstract class X with abstract method(s) a, b" (sorted).</summary>
    public static PyException CannotInstantiate(PyType type)
    {
        var methods = GetAbstractMethods(type);
        PyList sorted;
        try
        {
            sorted = PyList.Steal(Abstract.ToList(methods).ToArray());
        }
        finally
        {
            RefCounts.DecRef(methods);
        }
        try
        {
            ListSort.Sort(sorted, null, false);
            var names = sorted.Items.ToArray().Select(n => n is PyStr s ? s.Value
                : throw Errors.TypeError($"sequence item 0: expected str instance, {n.Type.Name} found")).ToList();
            return Errors.TypeError($"Can't instantiate abstract class {type.Name} with abstract method{(names.Count > 1 ? "s" : "")} {string.Join(", ", names)}");
        }
        finally
        {
            RefCounts.DecRef(sorted);
        }
    }
}
