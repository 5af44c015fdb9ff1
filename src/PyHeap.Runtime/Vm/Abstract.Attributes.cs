using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;

namespace PyHeap.Runtime.Vm;

/// <summary>
/// The abstract object protocol (Objects/abstract.c, Objects/object.c): what the VM and the builtins call to
/// get attributes, items, numbers, comparisons and iteration from any object through its type's slots.
/// Every method returning a PyObject returns a new reference.
/// </summary>
public static partial class Abstract
{
    /// <summary>PyObject_GetAttr: raises AttributeError with CPython's message when missing.</summary>
    public static PyObject GetAttr(PyObject obj, PyStr name) =>
        LookupAttr(obj, name) ?? throw NoAttribute(obj, name);

    public static PyObject GetAttr(PyObject obj, string name) => GetAttr(obj, PyStr.Intern(name));

    /// <summary>_PyObject_LookupAttr: null when missing (no exception).</summary>
    public static PyObject? LookupAttr(PyObject obj, PyStr name)
    {
        var getattr = obj.Type.GetAttr;
        return getattr is null ? GenericGetAttr(obj, name) : getattr(obj, name);
    }

    public static PyException NoAttribute(PyObject obj, PyStr name)
    {
        var e = obj switch
        {
            PyModule m => Errors.AttributeError($"module '{m.Name}' has no attribute '{name.Value}'"),
            PyType t => Errors.AttributeError($"type object '{t.Name}' has no attribute '{name.Value}'"),
            _ => Errors.AttributeError($"'{obj.Type.Name}' object has no attribute '{name.Value}'"),
        };
        // set_attribute_error_context (3.10+): AttributeError.name and .obj, used for "Did you mean" suggestions.
        e.Value.SetMember("name", name);
        e.Value.SetMember("obj", obj);
        return e;
    }

    /// <summary>
    /// The managed dict storage (Py_TPFLAGS_MANAGED_DICT) of an instance of a class, including instances of
    /// Python subclasses of builtins whose class gave them a __dict__; null for objects without one.
    /// </summary>
    public static ManagedDict? ManagedStorage(PyObject obj) => obj switch
    {
        PyInstance { HasAttributeStorage: true } i => i.ManagedAttributes,
        IBuiltinSubtypeInstance { ManagedAttributes: { HasDictSlot: true } storage } => storage,
        _ => null,
    };

    /// <summary>The instance dict of an object, if it has one (borrowed).</summary>
    public static PyDict? InstanceDict(PyObject obj) => obj switch
    {
        PyInstance i => i.Dict,
        IBuiltinSubtypeInstance s => s.ManagedAttributes?.Dict,
        PyFunction f => f.Dict,
        PyModule m => m.Dict,
        PyBaseException e => e.Dict,
        _ => null,
    };

    /// <summary>Models Objects/object.c: _PyObject_GenericGetAttrWithDict.</summary>
    public static PyObject? GenericGetAttr(PyObject obj, PyStr name)
    {
        var type = obj.Type;
        var descr = type.Lookup(name);
        DescrGetFunc? get = null;
        if (descr is not null)
        {
            get = descr.Type.DescrGet;
            if (get is not null && descr.Type.DescrSet is not null) return get(descr, obj, type);
        }
        var storage = ManagedStorage(obj);
        if (storage is not null && storage.TryGet(name) is { } value)
        {
            RefCounts.IncRef(value);
            return value;
        }
        if (storage is null && obj is not PyInstance && InstanceDict(obj)?.GetItemOrNull(name) is { } found)
        {
            RefCounts.IncRef(found);
            return found;
        }
        if (get is not null) return get(descr!, obj, type);
        if (descr is not null)
        {
            RefCounts.IncRef(descr);
            return descr;
        }
        return null;
    }

    /// <summary>
    /// _PyObject_GetMethod for LOAD_METHOD: true when an unbound method (function or method descriptor) was
    /// found on the type — then the caller pushes [method, self] and no bound object is made.
    /// </summary>
    public static bool GetMethod(PyObject obj, PyStr name, out PyObject method)
    {
        var type = obj.Type;
        if (type.GetAttr is not null)
        {
            method = GetAttr(obj, name);
            return false;
        }
        var descr = type.Lookup(name);
        var isMethod = false;
        DescrGetFunc? get = null;
        if (descr is not null)
        {
            if (descr is PyFunction || descr is PyMethodDescriptor { IsClassMethod: false })
            {
                isMethod = true;
            }
            else
            {
                get = descr.Type.DescrGet;
                if (get is not null && descr.Type.DescrSet is not null)
                {
                    method = get(descr, obj, type);
                    return false;
                }
            }
        }
        PyObject? attr = obj is PyInstance inst ? inst.TryGetAttribute(name)
            : ManagedStorage(obj) is { } storage ? storage.TryGet(name) : InstanceDict(obj)?.GetItemOrNull(name);
        if (attr is not null)
        {
            RefCounts.IncRef(attr);
            method = attr;
            return false;
        }
        if (isMethod)
        {
            RefCounts.IncRef(descr!);
            method = descr!;
            return true;
        }
        if (get is not null)
        {
            method = get(descr!, obj, type);
            return false;
        }
        if (descr is not null)
        {
            RefCounts.IncRef(descr);
            method = descr;
            return false;
        }
        throw NoAttribute(obj, name);
    }

    /// <summary>PyObject_SetAttr (a null value deletes).</summary>
    public static void SetAttr(PyObject obj, PyStr name, PyObject? value)
    {
        var setattr = obj.Type.SetAttr;
        if (setattr is not null) setattr(obj, name, value);
        else GenericSetAttr(obj, name, value);
    }

    /// <summary>Models Objects/object.c: _PyObject_GenericSetAttrWithDict.</summary>
    public static void GenericSetAttr(PyObject obj, PyStr name, PyObject? value)
    {
        var type = obj.Type;
        var descr = type.Lookup(name);
        if (descr?.Type.DescrSet is { } set)
        {
            set(descr, obj, value);
            return;
        }
        switch (obj)
        {
            case PyInstance inst when inst.HasAttributeStorage:
                if (value is null)
                {
                    if (!inst.DeleteAttribute(name)) throw NoAttribute(obj, name);
                }
                else
                {
                    inst.SetAttribute(name, value);
                }
                return;
            case IBuiltinSubtypeInstance when ManagedStorage(obj) is { } storage:
                if (value is null)
                {
                    if (!storage.Delete(name)) throw NoAttribute(obj, name);
                }
                else
                {
                    storage.Set(name, value);
                }
                return;
            case PyFunction f:
                SetInDict(obj, f.Dict ??= PyDict.New(), name, value);
                return;
            case PyModule m:
                SetInDict(obj, m.Dict, name, value);
                return;
            case PyBaseException e:
                SetInDict(obj, e.Dict ??= PyDict.New(), name, value);
                return;
        }
        // 3.11 _PyObject_GenericSetAttrWithDict: no descriptor and no dict is "has no attribute" (with name/obj).
        if (descr is null) throw NoAttribute(obj, name);
        throw Errors.AttributeError($"'{type.Name}' object attribute '{name.Value}' is read-only");
    }

    private static void SetInDict(PyObject obj, PyDict dict, PyStr name, PyObject? value)
    {
        if (value is not null) dict.SetItem(name, value);
        else if (!dict.DelItem(name)) throw NoAttribute(obj, name);
    }

    /// <summary>_PyObject_LookupSpecial: a dunder looked up on the type only, bound to the object (null if absent).</summary>
    public static PyObject? LookupSpecial(PyObject obj, string name)
    {
        var descr = obj.Type.Lookup(PyStr.Intern(name));
        if (descr is null) return null;
        if (descr.Type.DescrGet is { } get) return get(descr, obj, obj.Type);
        RefCounts.IncRef(descr);
        return descr;
    }

    public static bool HasAttr(PyObject obj, PyStr name)
    {
        var v = LookupAttr(obj, name);
        if (v is null) return false;
        RefCounts.DecRef(v);
        return true;
    }
}
