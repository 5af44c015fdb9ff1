using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>The <c>type</c> type: attribute lookup on classes, calling them, and their computed attributes.</summary>
public static class TypeMethods
{
    public static void Install(PyType t)
    {
        t.GetAttr = TypeGetAttr;
        t.SetAttr = TypeSetAttr;
        t.Call = TypeCall.Call;
        t.Repr = self => PyStr.From(self.ToString()!);
        t.New = ClassBuilder.TypeNewSlot;
        t.Init = Metaclasses.TypeInit;
        TypeDicts.AddClassMethod(t, "__prepare__", Metaclasses.TypePrepare);
        TypeDicts.AddStaticNew(t, (sub, args, kw) => ClassBuilder.TypeNew(sub, args, kw));
        // type's tp_getattro/tp_setattro wrappers, so a metaclass's super().__setattr__(...) reaches type_setattro.
        SlotWrappers.Add(t, "__getattribute__", (self, args, kw) =>
        {
            var name = ObjectMethods.AttrName(SlotWrappers.One(args));
            return TypeGetAttr(self, name) ?? throw Abstract.NoAttribute(self, name);
        });
        SlotWrappers.Add(t, "__setattr__", (self, args, kw) =>
        {
            var a = SlotWrappers.Unpack(args, 2, 2);
            TypeSetAttr(self, ObjectMethods.AttrName(a[0]), a[1]);
            return PyNone.None;
        });
        SlotWrappers.Add(t, "__delattr__", (self, args, kw) =>
        {
            TypeSetAttr(self, ObjectMethods.AttrName(SlotWrappers.One(args)), null);
            return PyNone.None;
        });
        // type_name: a static type's tp_name may carry a module prefix ("sys.version_info"); __name__ drops it.
        TypeDicts.AddGetSet(t, "__name__", self => PyStr.From(((PyType)self) is { IsHeapType: false, Name: var n } ? n[(n.LastIndexOf('.') + 1)..] : ((PyType)self).Name),
            (self, value) =>
            {
                var type = CheckSetSpecial((PyType)self, value, "__name__");
                var name = value as PyStr ?? throw Errors.TypeError($"can only assign string to {type.Name}.__name__, not '{value!.Type.Name}'");
                if (name.Value.Contains('\0')) throw Errors.ValueError("type name must not contain null characters");
                type.Name = name.Value;
            });
        TypeDicts.AddGetSet(t, "__qualname__", self => PyStr.From(((PyType)self).QualName),
            (self, value) =>
            {
                var type = CheckSetSpecial((PyType)self, value, "__qualname__");
                type.QualName = (value as PyStr ?? throw Errors.TypeError($"can only assign string to {type.Name}.__qualname__, not '{value!.Type.Name}'")).Value;
            });
        TypeDicts.AddGetSet(t, "__mro__", self => RefCounts.NewRef<PyObject>(((PyType)self).Mro!));
        TypeDicts.AddGetSet(t, "__bases__", self => RefCounts.NewRef<PyObject>(((PyType)self).Bases ?? PyTuple.Empty));
        TypeDicts.AddGetSet(t, "__base__", self => RefCounts.NewRef<PyObject>((PyObject?)((PyType)self).Base ?? PyNone.None));
        TypeDicts.AddGetSet(t, "__module__", self =>
        {
            var type = (PyType)self;
            if (type.IsHeapType && type.Dict!.GetItemOrNull("__module__") is { } m) return RefCounts.NewRef(m);
            // type_module: a static type's module is the part of tp_name before the last dot ("types.GenericAlias").
            if (!type.IsHeapType && type.Name.LastIndexOf('.') is var dot and > 0) return PyStr.From(type.Name[..dot]);
            return PyStr.From(type.ModuleName);
        }, (self, value) =>
        {
            // type_set_module: any object goes into the namespace; a str also names the class in its repr.
            var type = CheckSetSpecial((PyType)self, value, "__module__");
            type.Dict!.SetItem(PyStr.Intern("__module__"), value!);
            type.ModuleName = value is PyStr s ? s.Value : "builtins";
        });
        TypeDicts.AddGetSet(t, "__dict__", self => PyMappingProxy.New(((PyType)self).Dict!));
        TypeDicts.AddGetSet(t, "__basicsize__", self => PyInt.From(((PyType)self).BasicSize));
        TypeDicts.AddGetSet(t, "__itemsize__", self => PyInt.From(((PyType)self).ItemSize));
        TypeDicts.AddGetSet(t, "__doc__", self =>
        {
            var doc = ((PyType)self).Dict!.GetItemOrNull("__doc__") ?? PyNone.None;
            return RefCounts.NewRef(doc.Type.DescrGet is { } get ? get(doc, null, (PyType)self) : doc);
        }, (self, value) =>
        {
            var type = CheckSetSpecial((PyType)self, value, "__doc__");
            type.Dict!.SetItem(PyStr.Intern("__doc__"), value!);
        });
        TypeDicts.AddMethod(t, "mro", (self, args, kw) =>
        {
            NativeArgs.None(BoundName(self, "mro"), args, kw);
            return PyList.FromBorrowed(((PyType)self).Mro!.Items);
        });
        TypeDicts.AddMethod(t, "__subclasses__", (self, args, kw) =>
        {
            NativeArgs.None(BoundName(self, "__subclasses__"), args, kw);
            return Subclasses.List((PyType)self);
        });
        TypeDicts.AddMethod(t, "__subclasscheck__", (self, args, kw) =>
        {
            NativeArgs.ExactlyOne(BoundName(self, "__subclasscheck__"), args, kw);
            return PyBool.From(Abstract.RealIsSubclass(args[0], self));
        });
        TypeDicts.AddMethod(t, "__instancecheck__", (self, args, kw) =>
        {
            NativeArgs.ExactlyOne(BoundName(self, "__instancecheck__"), args, kw);
            return PyBool.From(Abstract.RealIsInstance(args[0], self));
        });
    }

    /// <summary>
    /// How a builtin method bound to a class names itself in errors (meth_get__qualname__ uses the class itself
    /// when __self__ is a type): <c>int.mro(1)</c> says "int.mro()".
    /// </summary>
    private static string BoundName(PyObject self, string name) => $"{((PyType)self).QualName}.{name}";

    /// <summary>check_set_special_type_attr: builtin types are immutable, and these attributes cannot be deleted.</summary>
    private static PyType CheckSetSpecial(PyType type, PyObject? value, string name)
    {
        if (!type.IsHeapType) throw Errors.TypeError($"cannot set '{name}' attribute of immutable type '{type.Name}'");
        if (value is null) throw Errors.TypeError($"cannot delete '{name}' attribute of immutable type '{type.Name}'");
        return type;
    }

    /// <summary>Models Objects/typeobject.c: type_getattro.</summary>
    public static PyObject? TypeGetAttr(PyObject self, PyStr name)
    {
        var type = (PyType)self;
        var metatype = type.Type;
        var metaAttribute = metatype.Lookup(name);
        DescrGetFunc? metaGet = null;
        if (metaAttribute is not null)
        {
            metaGet = metaAttribute.Type.DescrGet;
            if (metaGet is not null && metaAttribute.Type.DescrSet is not null) return metaGet(metaAttribute, type, metatype);
        }
        var attribute = type.Lookup(name);
        if (attribute is not null)
        {
            if (attribute.Type.DescrGet is { } localGet) return localGet(attribute, null, type);
            RefCounts.IncRef(attribute);
            return attribute;
        }
        if (metaGet is not null) return metaGet(metaAttribute!, type, metatype);
        if (metaAttribute is not null)
        {
            RefCounts.IncRef(metaAttribute);
            return metaAttribute;
        }
        return null;
    }

    /// <summary>type_setattro: static types are immutable; heap types update their slots when a dunder changes.</summary>
    public static void TypeSetAttr(PyObject self, PyStr name, PyObject? value)
    {
        var type = (PyType)self;
        if (!type.IsHeapType)
            throw Errors.TypeError($"cannot set '{name.Value}' attribute of immutable type '{type.Name}'");
        var metaAttribute = type.Type.Lookup(name);
        if (metaAttribute?.Type.DescrSet is { } set)
        {
            set(metaAttribute, type, value);
            return;
        }
        if (value is null)
        {
            if (!type.Dict!.DelItem(name)) throw Errors.AttributeError($"type object '{type.Name}' has no attribute '{name.Value}'");
        }
        else
        {
            type.Dict!.SetItem(name, value);
        }
        if (name.Value.StartsWith("__", StringComparison.Ordinal) && name.Value.EndsWith("__", StringComparison.Ordinal))
            HeapTypeSlots.Fixup(type);
    }
}
