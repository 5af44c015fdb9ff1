using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>weakref.ReferenceType, ProxyType and CallableProxyType (Objects/weakrefobject.c).</summary>
public static class WeakRefTypes
{
    public static readonly PyType Ref = Make("weakref.ReferenceType", TypeFlags.BaseType);
    public static readonly PyType Proxy = Make("weakref.ProxyType", TypeFlags.None);
    public static readonly PyType CallableProxy = Make("weakref.CallableProxyType", TypeFlags.None);

    /// <summary>Lib/weakref.py's KeyedRef (a ref subclass with a <c>key</c> slot: 72 bytes), made natively because
    /// PyHeap cannot subclass builtin types yet.</summary>
    public static readonly PyType KeyedRef = MakeKeyedRef();

    private static PyType MakeKeyedRef()
    {
        var t = Types.Make("weakref.KeyedRef", 72, TypeFlags.HaveGc, Ref);
        TypeSetup.Register(t);
        return t;
    }

    private static PyType Make(string name, TypeFlags extra)
    {
        var t = Types.Make(name, 64, TypeFlags.HaveGc | extra);
        TypeSetup.Register(t);
        return t;
    }

    public static void Install()
    {
        InstallRef();
        InstallProxy(Proxy);
        InstallProxy(CallableProxy);
        CallableProxy.Call = (self, args, kw) => Interpreter.Current.CallObject(Referent(self), args, kw);
    }

    private static void InstallRef()
    {
        var t = Ref;
        t.New = (type, args, kw) => NewRef((PyType)type, args, kw);
        TypeDicts.AddStaticNew(t, (sub, args, kw) => NewRef(sub, args, kw));
        t.Init = (self, args, kw) => PyNone.None; // weakref___init__ only checks its arguments
        t.Call = (self, args, kw) =>
        {
            NativeArgs.NoKeywords("weakref", kw);
            if (args.Length != 0) throw Errors.TypeError($"weakref expected at most 0 arguments, got {args.Length}");
            return RefCounts.NewRef(((PyWeakReference)self).Target ?? PyNone.None);
        };
        t.Hash = self =>
        {
            var wr = (PyWeakReference)self;
            if (wr.Hash != -1) return wr.Hash;
            var target = wr.Target ?? throw Errors.TypeError("weak object has gone away");
            wr.Hash = Abstract.Hash(target);
            return wr.Hash;
        };
        t.RichCompare = (a, b, op) =>
        {
            if (op is not (CompareOp.Eq or CompareOp.Ne) || b is not PyWeakReference other || other.IsProxy)
                return RefCounts.NewRef<PyObject>(PySingleton.NotImplemented);
            var x = ((PyWeakReference)a).Target;
            var y = other.Target;
            if (x is null || y is null)
            {
                var same = ReferenceEquals(a, b);
                return RefCounts.NewRef<PyObject>(PyBool.From(op == CompareOp.Eq ? same : !same));
            }
            return Abstract.RichCompare(x, y, op);
        };
        t.Repr = self =>
        {
            var wr = (PyWeakReference)self;
            if (wr.Target is not { } target) return PyStr.From($"<weakref at 0x{self.Address:x}; dead>");
            var name = target.Type.Name;
            if (ReferenceEquals(target.Type, Types.Type) || target is PyFunction) // objects with a __name__
            {
                var n = Abstract.LookupAttr(target, PyStr.Intern("__name__"));
                if (n is PyStr s)
                {
                    var text = $"<weakref at 0x{self.Address:x}; to '{name}' at 0x{target.Address:x} ({s.Value})>";
                    RefCounts.DecRef(n);
                    return PyStr.From(text);
                }
                RefCounts.XDecRef(n);
            }
            return PyStr.From($"<weakref at 0x{self.Address:x}; to '{name}' at 0x{target.Address:x}>");
        };
        TypeDicts.AddGetSet(t, "__callback__", self => RefCounts.NewRef(((PyWeakReference)self).Callback ?? PyNone.None));
        var keyed = KeyedRef;
        keyed.Call = t.Call;
        keyed.Hash = t.Hash;
        keyed.RichCompare = t.RichCompare;
        keyed.Repr = t.Repr;
        keyed.New = (type, args, kw) =>
        {
            NativeArgs.NoKeywords("KeyedRef", kw);
            if (args.Length != 3) throw Errors.TypeError($"KeyedRef.__new__() takes exactly 4 arguments ({args.Length + 1} given)");
            var wr = WeakRefs.New(KeyedRef, args[0], args[1]);
            RefCounts.IncRef(args[2]);
            wr.Key = args[2];
            return wr;
        };
        TypeDicts.AddGetSet(keyed, "key", self => RefCounts.NewRef(((PyWeakReference)self).Key ?? PyNone.None));
    }

    /// <summary>weakref___new__: ref(ob[, callback]) for ref and its Python subclasses.</summary>
    private static PyObject NewRef(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var positional = args.Length - (kw?.Count ?? 0);
        if (positional is < 1 or > 2)
            throw Errors.TypeError($"__new__ expected {(positional < 1 ? "at least 1 argument" : "at most 2 arguments")}, got {positional}");
        if (!type.IsHeapType) NativeArgs.NoKeywords("ref", kw);
        return WeakRefs.New(type, args[0], positional > 1 ? args[1] : null);
    }

    /// <summary>The live referent of a proxy, or ReferenceError.</summary>
    private static PyObject Referent(PyObject self) =>
        ((PyWeakReference)self).Target ?? throw Errors.New(ExceptionTypes.ReferenceError, "weakly-referenced object no longer exists");

    private static void InstallProxy(PyType t)
    {
        t.GetAttr = (self, name) => Abstract.GetAttr(Referent(self), name);
        t.SetAttr = (self, name, value) => Abstract.SetAttr(Referent(self), name, value);
        t.Repr = self =>
        {
            var target = ((PyWeakReference)self).Target;
            return PyStr.From(target is null
                ? $"<weakproxy at 0x{self.Address:x}; dead>"
                : $"<weakproxy at 0x{self.Address:x}; to '{target.Type.Name}' at 0x{target.Address:x}>");
        };
        t.Str = self => Abstract.Str(Referent(self));
        t.Bool = self => Abstract.IsTrue(Referent(self));
        t.Length = self => Abstract.Length(Referent(self));
        t.Contains = (self, item) => Abstract.Contains(Referent(self), item);
        t.GetItem = (self, key) => Abstract.GetItem(Referent(self), key);
        t.SetItem = (self, key, value) =>
        {
            if (value is null) Abstract.DelItem(Referent(self), key);
            else Abstract.SetItem(Referent(self), key, value);
        };
        t.Iter = self => Abstract.GetIter(Referent(self));
        t.Hash = self => throw Errors.TypeError($"unhashable type: '{t.Name}'");
        t.RichCompare = (a, b, op) =>
        {
            var x = Referent(a);
            var y = b is PyWeakReference { IsProxy: true } pb ? Referent(pb) : b;
            return Abstract.RichCompare(x, y, op);
        };
        for (var i = 0; i < t.NumberSlots.Length; i++)
        {
            var op = i;
            t.NumberSlots[i] = (a, b) => Abstract.BinaryOp(Unwrap(a), Unwrap(b), op);
        }
    }

    private static PyObject Unwrap(PyObject o) => o is PyWeakReference { IsProxy: true } p ? Referent(p) : o;
}
