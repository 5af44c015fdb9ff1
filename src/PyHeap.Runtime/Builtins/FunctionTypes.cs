using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>Slots of functions, bound methods, builtin functions, method descriptors, getset/member descriptors, cells, code and modules.</summary>
public static class FunctionTypes
{
    public static void Install()
    {
        var fn = Types.Function;
        fn.DescrGet = (descr, instance, owner) => instance is null ? RefCounts.NewRef(descr) : PyMethod.New(descr, instance);
        fn.Repr = self => PyStr.From($"<function {((PyFunction)self).QualName.Value} at 0x{self.Address:x}>");
        fn.Call = (self, args, kw) => Interpreter.Current.CallObject(self, args, kw);
        TypeDicts.AddGetSet(fn, "__name__", self => RefCounts.NewRef<PyObject>(((PyFunction)self).Name),
            (self, value) => ((PyFunction)self).SetName(value as PyStr ?? throw Errors.TypeError("__name__ must be set to a string object"), qualified: false));
        TypeDicts.AddGetSet(fn, "__qualname__", self => RefCounts.NewRef<PyObject>(((PyFunction)self).QualName),
            (self, value) => ((PyFunction)self).SetName(value as PyStr ?? throw Errors.TypeError("__qualname__ must be set to a string object"), qualified: true));
        TypeDicts.AddGetSet(fn, "__defaults__", self => RefCounts.NewRef<PyObject>((PyObject?)((PyFunction)self).Defaults ?? PyNone.None),
            (self, value) => ((PyFunction)self).SetDefaults(value is PyNone ? null : value as PyTuple
                ?? throw Errors.TypeError("__defaults__ must be set to a tuple object")));
        TypeDicts.AddGetSet(fn, "__kwdefaults__", self => RefCounts.NewRef<PyObject>((PyObject?)((PyFunction)self).KwDefaults ?? PyNone.None),
            (self, value) => ((PyFunction)self).SetKwDefaults(value is PyNone ? null : value as PyDict
                ?? throw Errors.TypeError("__kwdefaults__ must be set to a dict object")));
        TypeDicts.AddGetSet(fn, "__closure__", self => RefCounts.NewRef<PyObject>((PyObject?)((PyFunction)self).Closure ?? PyNone.None));
        TypeDicts.AddGetSet(fn, "__code__", self => RefCounts.NewRef<PyObject>(((PyFunction)self).Code));
        // func_memberlist: __doc__ and __module__ are writable T_OBJECT members (deleting one reads back as None).
        TypeDicts.AddGetSet(fn, "__doc__", self => RefCounts.NewRef(((PyFunction)self).Doc ?? PyNone.None),
            (self, value) =>
            {
                var f = (PyFunction)self;
                var old = f.Doc;
                f.Doc = value is null ? null : RefCounts.NewRef(value);
                if (old is not null) RefCounts.DecRef(old);
            });
        TypeDicts.AddGetSet(fn, "__module__", self => RefCounts.NewRef(((PyFunction)self).Module ?? PyNone.None),
            (self, value) =>
            {
                var f = (PyFunction)self;
                var old = f.Module;
                f.Module = value is null ? null : RefCounts.NewRef(value);
                if (old is not null) RefCounts.DecRef(old);
            });
        TypeDicts.AddGetSet(fn, "__annotations__", self => RefCounts.NewRef(FunctionAnnotations((PyFunction)self)),
            (self, value) =>
            {
                // func_set_annotations: a dict or None (deleting means None).
                if (value is not null && value is not PyNone && value is not PyDict)
                    throw Errors.TypeError("__annotations__ must be set to a dict object");
                var f = (PyFunction)self;
                var old = f.Annotations;
                f.Annotations = value is PyDict ? RefCounts.NewRef(value) : null;
                if (old is not null) RefCounts.DecRef(old);
            });
        TypeDicts.AddGetSet(fn, "__globals__", self => RefCounts.NewRef<PyObject>(((PyFunction)self).Globals));
        TypeDicts.AddGetSet(fn, "__dict__", self => RefCounts.NewRef<PyObject>(((PyFunction)self).Dict ??= PyDict.New()));

        var method = Types.Method;
        method.Call = (self, args, kw) => Interpreter.Current.CallObject(self, args, kw);
        method.New = (type, args, kw) =>
        {
            // method_new (Objects/classobject.c): method(function, instance).
            NativeArgs.NoKeywords("method", kw);
            if (args.Length != 2) throw Errors.TypeError($"method expected 2 arguments, got {args.Length}");
            if (args[0].Type.Call is null) throw Errors.TypeError("first argument must be callable");
            if (args[1] is PyNone) throw Errors.TypeError("instance must not be None");
            return PyMethod.New(args[0], args[1]);
        };
        method.Repr = self =>
        {
            var m = (PyMethod)self;
            var name = m.Function is PyFunction f ? f.QualName.Value : Abstract.StrString(Abstract.GetAttr(m.Function, "__qualname__"));
            return PyStr.From($"<bound method {name} of {Abstract.ReprString(m.Self)}>");
        };
        method.RichCompare = (a, b, op) =>
        {
            if (op is not (CompareOp.Eq or CompareOp.Ne) || a is not PyMethod ma || b is not PyMethod mb) return PySingleton.NotImplemented;
            var eq = ReferenceEquals(ma.Self, mb.Self) && Abstract.RichCompareBool(ma.Function, mb.Function, CompareOp.Eq);
            return PyBool.From(op == CompareOp.Eq ? eq : !eq);
        };
        method.Hash = self => ObjectMethods.PointerHash(((PyMethod)self).Self) ^ Abstract.Hash(((PyMethod)self).Function);
        method.GetAttr = (self, name) => Abstract.GenericGetAttr(self, name) ?? Abstract.LookupAttr(((PyMethod)self).Function, name);
        TypeDicts.AddGetSet(method, "__self__", self => RefCounts.NewRef(((PyMethod)self).Self));
        TypeDicts.AddGetSet(method, "__func__", self => RefCounts.NewRef(((PyMethod)self).Function));
        // method_get_doc: the function's __doc__ (the type's own __doc__ entry must not hide it).
        TypeDicts.AddGetSet(method, "__doc__", self => Abstract.GetAttr(((PyMethod)self).Function, "__doc__"));

        var builtin = Types.BuiltinFunction;
        builtin.Call = (self, args, kw) => ((PyBuiltinFunction)self).Invoke(args, kw);
        builtin.Repr = self => PyStr.From(self.ToString()!);
        TypeDicts.AddGetSet(builtin, "__name__", self => PyStr.From(((PyBuiltinFunction)self).Name));
        TypeDicts.AddGetSet(builtin, "__self__", self => RefCounts.NewRef(((PyBuiltinFunction)self).Self ?? PyNone.None));

        foreach (var t in new[] { Types.MethodDescriptor, Types.ClassMethodDescriptor })
        {
            t.DescrGet = DescriptorCalls.MethodDescriptorGet;
            t.Call = (self, args, kw) => DescriptorCalls.CallMethodDescriptor((PyMethodDescriptor)self, args, kw);
            t.Repr = self => PyStr.From(self.ToString()!);
            TypeDicts.AddGetSet(t, "__name__", self => PyStr.From(((PyMethodDescriptor)self).Name));
        }

        SlotWrapperTypes.Install();

        var getset = Types.GetSetDescriptor;
        getset.DescrGet = (descr, instance, owner) => instance is null ? RefCounts.NewRef(descr) : ((PyGetSetDescriptor)descr).Getter(instance);
        getset.DescrSet = (descr, instance, value) =>
        {
            var d = (PyGetSetDescriptor)descr;
            if (d.Setter is null) throw Errors.AttributeError($"attribute '{d.Name}' of '{d.Owner.Name}' objects is not writable");
            d.Setter(instance, value);
        };
        getset.Repr = self => PyStr.From(self.ToString()!);

        var member = Types.MemberDescriptor;
        member.DescrGet = (descr, instance, owner) =>
        {
            if (instance is null) return RefCounts.NewRef(descr);
            var d = (PyMemberDescriptor)descr;
            var value = SlotStorage(instance)?[d.Index] ?? throw Errors.AttributeError($"'{instance.Type.Name}' object has no attribute '{d.Name}'");
            return RefCounts.NewRef(value);
        };
        member.DescrSet = (descr, instance, value) =>
        {
            var d = (PyMemberDescriptor)descr;
            var slots = SlotStorage(instance) ?? throw Errors.TypeError($"descriptor '{d.Name}' for '{d.Owner.Name}' objects doesn't apply to a '{instance.Type.Name}' object");
            var old = slots[d.Index];
            // member_set: deleting an unset slot raises AttributeError(name).
            if (value is null && old is null) throw Errors.AttributeError(d.Name);
            RefCounts.XIncRef(value);
            slots[d.Index] = value;
            RefCounts.XDecRef(old);
        };
        member.Repr = self => PyStr.From(self.ToString()!);

        Types.Cell.Repr = self => PyStr.From(((PyCell)self).Contents is { } c
            ? $"<cell at 0x{self.Address:x}: {c.Type.Name} object at 0x{c.Address:x}>"
            : $"<cell at 0x{self.Address:x}: empty>");
        TypeDicts.AddGetSet(Types.Cell, "cell_contents", self => RefCounts.NewRef(((PyCell)self).Contents ?? throw Errors.ValueError("Cell is empty")));
        Types.Code.Repr = self => PyStr.From(self.ToString()!);
        TypeDicts.AddGetSet(Types.Code, "co_name", self => PyStr.From(((PyCode)self).Name));
        TypeDicts.AddGetSet(Types.Code, "co_qualname", self => PyStr.From(((PyCode)self).QualName));
        TypeDicts.AddGetSet(Types.Code, "co_filename", self => PyStr.From(((PyCode)self).Code.FileName));
        TypeDicts.AddGetSet(Types.Code, "co_firstlineno", self => PyInt.From(((PyCode)self).Code.FirstLineNo));
        TypeDicts.AddGetSet(Types.Code, "co_argcount", self => PyInt.From(((PyCode)self).Code.ArgCount));
        TypeDicts.AddGetSet(Types.Code, "co_posonlyargcount", self => PyInt.From(((PyCode)self).Code.PosOnlyArgCount));
        TypeDicts.AddGetSet(Types.Code, "co_kwonlyargcount", self => PyInt.From(((PyCode)self).Code.KwOnlyArgCount));
        TypeDicts.AddGetSet(Types.Code, "co_flags", self => PyInt.From((long)((PyCode)self).Code.Flags));
        TypeDicts.AddGetSet(Types.Code, "co_names", self => PyTuple.FromBorrowed(((PyCode)self).Names));
        TypeDicts.AddGetSet(Types.Code, "co_consts", self => PyTuple.FromBorrowed(((PyCode)self).Consts));
        // co_varnames: the locals that are neither cells nor free variables' slots of an outer function.
        TypeDicts.AddGetSet(Types.Code, "co_varnames", self =>
        {
            var code = (PyCode)self;
            return PyTuple.FromBorrowed(code.LocalsPlusNames.Where((_, i) => (code.Code.LocalsPlusKinds[i] & Language.Compiling.LocalKind.Local) != 0).ToArray<PyObject>());
        });

        var module = Types.Module;
        module.Repr = self => PyStr.From(((PyModule)self).Name is "sys" or "builtins" or "math" or "gc"
            ? $"<module '{((PyModule)self).Name}' (built-in)>"
            : $"<module '{((PyModule)self).Name}'>");
        TypeDicts.AddGetSet(module, "__dict__", self => RefCounts.NewRef<PyObject>(((PyModule)self).Dict));
        module.New = (type, args, kw) =>
        {
            // module___init___impl: types.ModuleType(name, doc=None).
            NativeArgs.NoKeywords("module", kw);
            if (args.Length > 2) throw Errors.TypeError($"module() takes at most 2 arguments ({args.Length} given)");
            if (args.Length == 0) throw Errors.TypeError("module() missing required argument 'name' (pos 1)");
            var name = args[0] as PyStr ?? throw Errors.TypeError($"module() argument 'name' must be str, not {args[0].Type.Name}");
            var m = PyModule.New(name.Value);
            if (args.Length == 2) m.Dict.SetItem("__doc__", args[1]);
            return m;
        };
    }

    /// <summary>Where a __slots__ member lives: instances of classes, and of Python subclasses of weakref.ref.</summary>
    private static PyObject?[]? SlotStorage(PyObject instance) => instance switch
    {
        PyInstance i => i.SlotValues,
        PyWeakReference w => w.SlotValues,
        IBuiltinSubtypeInstance b => b.ManagedAttributes?.SlotValues,
        _ => null,
    };
    /// <summary>
    /// func_get_annotations: MAKE_FUNCTION stores the annotations as a flat (name, value, …) tuple; the first read
    /// turns it into the dict (kept from then on), and a function without annotations gets an empty dict.
    /// </summary>
    private static PyObject FunctionAnnotations(PyFunction f)
    {
        if (f.Annotations is PyTuple pairs)
        {
            var d = PyDict.New();
            for (var i = 0; i + 1 < pairs.Count; i += 2) d.SetItem(pairs.Items[i], pairs.Items[i + 1]);
            f.Annotations = d;
            RefCounts.DecRef(pairs);
        }
        return f.Annotations ??= PyDict.New();
    }
}
