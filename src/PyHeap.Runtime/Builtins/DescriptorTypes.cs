using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>staticmethod, classmethod, property and super (Objects/funcobject.c, descrobject.c, typeobject.c).</summary>
public static class DescriptorTypes
{
    public static void Install()
    {
        var sm = Types.StaticMethod;
        sm.DescrGet = (descr, instance, owner) => RefCounts.NewRef(((PyStaticMethod)descr).Callable);
        sm.New = (type, args, kw) => { NativeArgs.ExactlyOne("staticmethod", args, kw); return PyStaticMethod.New((PyType)type, args[0]); };
        sm.Call = (self, args, kw) => Interpreter.Current.CallObject(((PyStaticMethod)self).Callable, args, kw);
        sm.Repr = self => PyStr.From($"<staticmethod({Abstract.ReprString(((PyStaticMethod)self).Callable)})>");
        TypeDicts.AddGetSet(sm, "__func__", self => RefCounts.NewRef(((PyStaticMethod)self).Callable));

        var cm = Types.ClassMethod;
        cm.DescrGet = (descr, instance, owner) => PyMethod.New(((PyClassMethod)descr).Callable, owner);
        cm.New = (type, args, kw) => { NativeArgs.ExactlyOne("classmethod", args, kw); return PyClassMethod.New((PyType)type, args[0]); };
        cm.Repr = self => PyStr.From($"<classmethod({Abstract.ReprString(((PyClassMethod)self).Callable)})>");
        TypeDicts.AddGetSet(cm, "__func__", self => RefCounts.NewRef(((PyClassMethod)self).Callable));

        var prop = Types.Property;
        prop.New = NewProperty;
        prop.DescrGet = (descr, instance, owner) =>
        {
            if (instance is null) return RefCounts.NewRef(descr);
            var p = (PyProperty)descr;
            if (p.Getter is null || p.Getter is PyNone) throw Errors.AttributeError(PropertyError(p, instance, "getter"));
            return Interpreter.Current.CallObject(p.Getter, [instance]);
        };
        prop.DescrSet = (descr, instance, value) =>
        {
            var p = (PyProperty)descr;
            var f = value is null ? p.Deleter : p.Setter;
            if (f is null || f is PyNone) throw Errors.AttributeError(PropertyError(p, instance, value is null ? "deleter" : "setter"));
            var r = value is null ? Interpreter.Current.CallObject(f, [instance]) : Interpreter.Current.CallObject(f, [instance, value]);
            RefCounts.DecRef(r);
        };
        TypeDicts.AddMethod(prop, "__set_name__", (self, args, kw) =>
        {
            NativeArgs.Range("__set_name__", args, kw, 2, 2);
            var p = (PyProperty)self;
            RefCounts.IncRef(args[1]);
            var old = p.Name;
            p.Name = args[1];
            RefCounts.XDecRef(old);
            return PyNone.None;
        });
        TypeDicts.AddGetSet(prop, "__doc__", self =>
        {
            var p = (PyProperty)self;
            if (p.Doc is not null && p.Doc is not PyNone) return RefCounts.NewRef(p.Doc);
            return p.Getter is null ? PyNone.None : Abstract.LookupAttr(p.Getter, PyStr.Intern("__doc__")) ?? PyNone.None;
        });
        TypeDicts.AddGetSet(prop, "fget", self => RefCounts.NewRef(((PyProperty)self).Getter ?? PyNone.None));
        TypeDicts.AddGetSet(prop, "fset", self => RefCounts.NewRef(((PyProperty)self).Setter ?? PyNone.None));
        TypeDicts.AddGetSet(prop, "fdel", self => RefCounts.NewRef(((PyProperty)self).Deleter ?? PyNone.None));
        TypeDicts.AddMethod(prop, "setter", (self, args, kw) => CopyProperty((PyProperty)self, setter: args[0]));
        TypeDicts.AddMethod(prop, "getter", (self, args, kw) => CopyProperty((PyProperty)self, getter: args[0]));
        TypeDicts.AddMethod(prop, "deleter", (self, args, kw) => CopyProperty((PyProperty)self, deleter: args[0]));

        var sup = Types.Super;
        sup.New = NewSuper;
        sup.GetAttr = SuperGetAttr;
        sup.Repr = self =>
        {
            var s = (PySuper)self;
            return PyStr.From(s.ObjType is null ? $"<super: <class '{s.Start.Name}'>, NULL>" : $"<super: <class '{s.Start.Name}'>, <{s.ObjType.Name} object>>");
        };
    }

    /// <summary>3.11 property_descr_get/set messages: "property 'x' of 'C' object has no setter".</summary>
    private static string PropertyError(PyProperty p, PyObject instance, string what) => p.Name is PyStr name
        ? $"property {Abstract.ReprString(name)} of '{instance.Type.QualName}' object has no {what}"
        : $"property of '{instance.Type.QualName}' object has no {what}";

    private static PyObject NewProperty(PyObject type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var (pos, kw) = NativeArgs.Split(args, kwnames);
        NativeArgs.CheckKeywords("property", kw, "fget", "fset", "fdel", "doc");
        PyObject? Arg(int i, string name) => i < pos.Length ? pos[i] : kw.GetValueOrDefault(name);
        PyObject? NoneToNull(PyObject? o) => o is PyNone ? null : o;
        return PyProperty.New((PyType)type, NoneToNull(Arg(0, "fget")), NoneToNull(Arg(1, "fset")), NoneToNull(Arg(2, "fdel")), Arg(3, "doc"));
    }

    private static PyObject CopyProperty(PyProperty p, PyObject? getter = null, PyObject? setter = null, PyObject? deleter = null) =>
        PyProperty.New(p.Type, getter ?? p.Getter, setter ?? p.Setter, deleter ?? p.Deleter, p.Doc);

    /// <summary>super() with no arguments finds __class__ and the first argument of the calling frame (super_init_without_args).</summary>
    private static PyObject NewSuper(PyObject type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        PyType start;
        PyObject? obj;
        if (args.Length == 0)
        {
            var frame = Interpreter.Current.Thread.Frame ?? throw Errors.RuntimeError("super(): no current frame");
            var code = frame.Code;
            if (code.Code.ArgCount == 0 && (code.Code.Flags & Language.Compiling.CodeFlags.VarArgs) == 0)
                throw Errors.RuntimeError("super(): no arguments");
            obj = frame.Fast[0];
            if (obj is PyCell firstCell) obj = firstCell.Contents;
            if (obj is null) throw Errors.RuntimeError("super(): arg[0] deleted");
            var index = Array.FindIndex(code.LocalsPlusNames, n => n.Value == "__class__");
            if (index < 0 || frame.Fast[index] is not PyCell cell) throw Errors.RuntimeError("super(): __class__ cell not found");
            start = cell.Contents as PyType ?? throw Errors.RuntimeError("super(): empty __class__ cell");
        }
        else
        {
            start = args[0] as PyType ?? throw Errors.TypeError($"super() argument 1 must be a type, not {args[0].Type.Name}");
            obj = args.Length > 1 ? args[1] : null;
        }
        PyType? objType = null;
        if (obj is not null)
        {
            if (obj is PyType t && t.IsSubtypeOf(start)) objType = t;
            else if (obj.Type.IsSubtypeOf(start)) objType = obj.Type;
            else throw Errors.TypeError("super(type, obj): obj must be an instance or subtype of type");
        }
        return PySuper.New(start, obj, objType);
    }

    /// <summary>super_getattro: look along the instance type's MRO after the start class.</summary>
    private static PyObject? SuperGetAttr(PyObject self, PyStr name)
    {
        var s = (PySuper)self;
        if (s.ObjType is not null && name.Value != "__class__")
        {
            var mro = s.ObjType.Mro!.Items;
            var i = Array.IndexOf(mro, s.Start) + 1;
            for (; i > 0 && i < mro.Length; i++)
            {
                var found = ((PyType)mro[i]).Dict!.GetItemOrNull(name);
                if (found is null) continue;
                if (found.Type.DescrGet is { } get)
                    return get(found, ReferenceEquals(s.Obj, s.ObjType) ? null : s.Obj, s.ObjType);
                return RefCounts.NewRef(found);
            }
        }
        return Abstract.GenericGetAttr(self, name);
    }
}
