using System.Text;
using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>types.GenericAlias's slots and methods (Objects/genericaliasobject.c).</summary>
public static class GenericAliasType
{
    /// <summary>ga_getattro's attr_exceptions: every other name is looked up on the origin.</summary>
    private static readonly HashSet<string> OwnAttributes =
    [
        "__class__", "__origin__", "__args__", "__unpacked__", "__parameters__", "__typing_unpacked_tuple_args__",
        "__mro_entries__", "__reduce_ex__", "__reduce__", "__copy__", "__deepcopy__",
    ];

    public static void Install()
    {
        var t = PyGenericAlias.AliasType;
        t.Repr = self => PyStr.From(Repr((PyGenericAlias)self));
        t.GetAttr = (self, name) => OwnAttributes.Contains(name.Value)
            ? Abstract.GenericGetAttr(self, name)
            : Abstract.LookupAttr(((PyGenericAlias)self).Origin, name);
        t.Call = Call;
        t.RichCompare = RichCompare;
        t.Hash = self => Abstract.Hash(((PyGenericAlias)self).Origin) ^ Abstract.Hash(((PyGenericAlias)self).Args);
        t.GetItem = (self, item) => Substitute((PyGenericAlias)self, item);
        t.NumberSlots[7] = UnionTypeMethods.Or;
        t.New = (type, args, kw) =>
        {
            NativeArgs.NoKeywords("GenericAlias", kw);
            if (args.Length != 2) throw Errors.TypeError($"GenericAlias expected 2 arguments, got {args.Length}");
            return PyGenericAlias.New(args[0], args[1]);
        };
        TypeDicts.AddGetSet(t, "__origin__", self => RefCounts.NewRef(((PyGenericAlias)self).Origin));
        TypeDicts.AddGetSet(t, "__args__", self => RefCounts.NewRef<PyObject>(((PyGenericAlias)self).Args));
        TypeDicts.AddGetSet(t, "__parameters__", self => RefCounts.NewRef<PyObject>(ParametersOf((PyGenericAlias)self)));
        TypeDicts.AddGetSet(t, "__unpacked__", _ => PyBool.False);
        TypeDicts.AddMethod(t, "__mro_entries__", (self, args, kw) =>
        {
            NativeArgs.ExactlyOne("__mro_entries__", args, kw);
            return PyTuple.Pack(((PyGenericAlias)self).Origin);
        });
        TypeDicts.AddMethod(t, "__instancecheck__", (self, args, kw) =>
            throw Errors.TypeError("isinstance() argument 2 cannot be a parameterized generic"));
        TypeDicts.AddMethod(t, "__subclasscheck__", (self, args, kw) =>
            throw Errors.TypeError("issubclass() argument 2 cannot be a parameterized generic"));
        TypeDicts.AddMethod(t, "__reduce__", (self, args, kw) =>
        {
            NativeArgs.None("__reduce__", args, kw);
            var alias = (PyGenericAlias)self;
            var inner = PyTuple.Pack(alias.Origin, alias.Args);
            return PyTuple.Steal([RefCounts.NewRef<PyObject>(PyGenericAlias.AliasType), inner]);
        });
    }

    /// <summary>ga_repr: <c>origin[arg, ...]</c>, <c>tuple[()]</c> for no arguments.</summary>
    private static string Repr(PyGenericAlias alias)
    {
        var sb = new StringBuilder();
        ReprItem(sb, alias.Origin);
        sb.Append('[');
        if (alias.Args.Count == 0) sb.Append("()");
        for (var i = 0; i < alias.Args.Count; i++)
        {
            if (i > 0) sb.Append(", ");
            ReprItem(sb, alias.Args.Items[i]);
        }
        return sb.Append(']').ToString();
    }

    /// <summary>ga_repr_item: "..." for Ellipsis, repr() for aliases, module.qualname for classes and functions.</summary>
    internal static void ReprItem(StringBuilder sb, PyObject p)
    {
        if (ReferenceEquals(p, PySingleton.Ellipsis))
        {
            sb.Append("...");
            return;
        }
        if (HasAttr(p, "__origin__") && HasAttr(p, "__args__"))
        {
            sb.Append(Abstract.ReprString(p));
            return;
        }
        var qualname = Abstract.LookupAttr(p, PyStr.Intern("__qualname__"));
        if (qualname is null)
        {
            sb.Append(Abstract.ReprString(p));
            return;
        }
        PyObject? module = null;
        try
        {
            using (Heap.Current.Hold(qualname)) module = Abstract.LookupAttr(p, PyStr.Intern("__module__"));
            if (module is null || module is PyNone) sb.Append(Abstract.ReprString(p));
            else if (module is PyStr { Value: "builtins" }) sb.Append(Abstract.StrString(qualname));
            else sb.Append(Abstract.StrString(module)).Append('.').Append(Abstract.StrString(qualname));
        }
        finally
        {
            RefCounts.XDecRef(module);
            RefCounts.DecRef(qualname);
        }
    }

    private static bool HasAttr(PyObject o, string name)
    {
        var v = Abstract.LookupAttr(o, PyStr.Intern(name));
        RefCounts.XDecRef(v);
        return v is not null;
    }

    /// <summary>ga_call: calls the origin, then tries to set __orig_class__ on the result (AttributeError/TypeError ignored).</summary>
    private static PyObject Call(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var obj = Interpreter.Current.CallObject(((PyGenericAlias)self).Origin, args, kwnames);
        try
        {
            Abstract.SetAttr(obj, PyStr.Intern("__orig_class__"), self);
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.AttributeError) || e.Value.Type.IsSubtypeOf(ExceptionTypes.TypeError))
        {
            RefCounts.DecRef(e.Value);
        }
        catch
        {
            RefCounts.DecRef(obj);
            throw;
        }
        return obj;
    }

    private static PyObject RichCompare(PyObject a, PyObject b, CompareOp op)
    {
        if (a is not PyGenericAlias x || b is not PyGenericAlias y || (op != CompareOp.Eq && op != CompareOp.Ne))
            return PySingleton.NotImplemented;
        var eq = Abstract.RichCompareBool(x.Origin, y.Origin, CompareOp.Eq) && Abstract.RichCompareBool(x.Args, y.Args, CompareOp.Eq);
        return PyBool.From(eq == (op == CompareOp.Eq));
    }

    /// <summary>ga_parameters / _Py_make_parameters: the type variables among the arguments, in order, once each.</summary>
    internal static PyTuple ParametersOf(PyGenericAlias alias) => alias.Parameters ??= MakeParameters(alias.Args);

    internal static PyTuple MakeParameters(PyTuple args)
    {
        var found = new List<PyObject>();
        void Add(PyObject p)
        {
            if (!found.Any(f => ReferenceEquals(f, p))) found.Add(p);
        }
        foreach (var arg in args.Items)
        {
            if (arg is PyType) continue;
            if (HasAttr(arg, "__typing_subst__"))
            {
                Add(arg);
                continue;
            }
            var sub = Abstract.LookupAttr(arg, PyStr.Intern("__parameters__"));
            if (sub is PyTuple subs) foreach (var p in subs.Items) Add(p);
            RefCounts.XDecRef(sub);
        }
        return PyTuple.FromBorrowed(found.ToArray());
    }

    /// <summary>ga_getitem / _Py_subs_parameters: replaces the type variables with the given arguments.</summary>
    private static PyObject Substitute(PyGenericAlias alias, PyObject item)
    {
        var parameters = ParametersOf(alias);
        if (parameters.Count == 0) throw Errors.TypeError($"{Repr(alias)} is not a generic class");
        var items = item is PyTuple tuple ? tuple.Items.ToArray() : [item];
        if (items.Length != parameters.Count)
            throw Errors.TypeError($"Too {(items.Length > parameters.Count ? "many" : "few")} arguments for {Repr(alias)}; actual {items.Length}, expected {parameters.Count}");
        var newArgs = SubstituteArgs(alias.Args, parameters, items);
        try
        {
            return PyGenericAlias.New(alias.Origin, newArgs);
        }
        finally
        {
            RefCounts.DecRef(newArgs);
        }
    }

    internal static PyTuple SubstituteArgs(PyTuple args, PyTuple parameters, PyObject[] items)
    {
        var result = new List<PyObject>();
        try
        {
            foreach (var arg in args.Items)
            {
                if (arg is PyType)
                {
                    result.Add(RefCounts.NewRef(arg));
                    continue;
                }
                var index = Array.FindIndex(parameters.Items, p => ReferenceEquals(p, arg));
                if (index >= 0)
                {
                    result.Add(Interpreter.Current.CallMethod(arg, "__typing_subst__", [items[index]]));
                    continue;
                }
                var sub = Abstract.LookupAttr(arg, PyStr.Intern("__parameters__"));
                if (sub is PyTuple { Count: > 0 } subs)
                {
                    using var heldSub = Heap.Current.Hold(subs);
                    RefCounts.DecRef(subs);
                    var subItems = subs.Items.Select(p => items[Array.FindIndex(parameters.Items, q => ReferenceEquals(q, p))]).ToArray();
                    var key = subItems.Length == 1 ? RefCounts.NewRef(subItems[0]) : PyTuple.FromBorrowed(subItems);
                    try
                    {
                        result.Add(Abstract.GetItem(arg, key));
                    }
                    finally
                    {
                        RefCounts.DecRef(key);
                    }
                    continue;
                }
                RefCounts.XDecRef(sub);
                result.Add(RefCounts.NewRef(arg));
            }
        }
        catch
        {
            foreach (var r in result) RefCounts.DecRef(r);
            throw;
        }
        return PyTuple.Steal(result.ToArray());
    }
}
