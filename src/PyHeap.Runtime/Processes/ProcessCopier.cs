using System.Numerics;
using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Processes;

/// <summary>
/// Copies objects from one simulated process's heap into another's, as pickling (Lib/multiprocessing/reduction.py,
/// Modules/_pickle.c) or os.fork does: None, bool, int, float, str, bytes, tuple, list, dict, set and frozenset by value
/// (shared references and cycles kept, through a memo as the pickler's); functions and classes by reference (module and
/// qualified name, looked up again in the receiving process), or with <see cref="CopyMode.Fork"/> functions by value;
/// exceptions as their class and args (BaseException.__reduce__). <see cref="Check"/> runs first, so a copy never stops
/// half-way. The source heap is only read: no reference count of the sending process changes. Instances of user classes
/// (and of Python subclasses of builtins: a namedtuple, a Counter) are not copied (a PyHeap limitation, reported as a
/// PicklingError); nor are classes defined in __main__ by fork.
/// </summary>
public sealed class ProcessCopier(Interpreter source, Interpreter target, CopyMode mode)
{
    private readonly Dictionary<PyObject, PyObject> memo = new(ReferenceEqualityComparer.Instance);

    /// <summary>Null if <paramref name="o"/> can be copied, else what CPython (or PyHeap) would raise.</summary>
    public CopyError? Check(PyObject o) => Check(o, new HashSet<PyObject>(ReferenceEqualityComparer.Instance));

    private CopyError? Check(PyObject o, HashSet<PyObject> seen)
    {
        if (o.IsImmortal || !seen.Add(o)) return null;
        switch (o)
        {
            case PyInt when o.Type == Types.Int:
            case PyFloat when o.Type == Types.Float:
            case PyStr when o.Type == Types.Str:
            case PyBytes when o.Type == Types.Bytes:
            case PyByteArray when o.Type == Types.ByteArray:
                return null;
            case PyTuple t when o.Type == Types.Tuple:
                return CheckAll(t.Items, seen);
            case PyList l when o.Type == Types.List:
                return CheckAll(l.Items.ToArray(), seen);
            case PyDict d when o.Type == Types.Dict:
                foreach (var (k, v) in d.Pairs())
                    if ((Check(k, seen) ?? Check(v, seen)) is { } e) return e;
                return null;
            case PySet s when o.Type == Types.Set || o.Type == Types.FrozenSet:
                return CheckAll(s.Items.ToArray(), seen);
            case PyFunction f:
                return mode == CopyMode.Fork && !IsModuleLevel(f) ? CheckFunctionByValue(f, seen) : CheckGlobal(o, ModuleName(f.Module), f.QualName.Value);
            case PyBuiltinFunction { Self: PyModule bm } b:
                return CheckGlobal(o, bm.Name, b.Name);
            case PyType t when mode == CopyMode.Fork && t.Dict?.GetItemOrNull("__module__") is PyStr { Value: "__main__" }:
                return Refuse(o); // classes are not rebuilt in the child (a PyHeap limitation)
            case PyType t:
                return CheckGlobal(o, ModuleName(t.Dict?.GetItemOrNull("__module__")), t.QualName);
            case PyBaseException x:
                return x.Type.IsImmortal ? Check(x.Args, seen) : Check(x.Type, seen) ?? Check(x.Args, seen);
            case PyModule m when mode == CopyMode.Fork:
                return m.Name == "__main__" || !target.CanImport(m.Name) ? Refuse(o) : null;
            default:
                return Refuse(o);
        }
    }

    private CopyError? CheckAll(IEnumerable<PyObject> items, HashSet<PyObject> seen)
    {
        foreach (var item in items)
            if (Check(item, seen) is { } e) return e;
        return null;
    }

    /// <summary>A function defined at a module's top level, which fork keeps and pickle can find by name.</summary>
    private bool IsModuleLevel(PyFunction f) =>
        !f.QualName.Value.Contains('<') && f.Module is PyStr m && m.Value != "__main__" && LookupIn(source, m.Value, f.QualName.Value) is { } found && ReferenceEquals(found, f);

    private CopyError? CheckFunctionByValue(PyFunction f, HashSet<PyObject> seen)
    {
        if (!ReferenceEquals(f.Globals, source.MainModule.Dict) && ModuleOfGlobals(f.Globals) is null)
            return new CopyError("TypeError", $"PyHeap cannot copy {FunctionRepr(f)} into a child process: its globals are not a module's");
        if (f.Defaults is { } d && Check(d, seen) is { } e1) return e1;
        if (f.KwDefaults is { } k && Check(k, seen) is { } e2) return e2;
        if (f.Closure is { } c)
            foreach (var cell in c.Items)
                if (cell is PyCell { Contents: { } v } && Check(v, seen) is { } e3) return e3;
        return null;
    }

    /// <summary>Modules/_pickle.c save_global: the object must be found under its module and qualified name.</summary>
    private static string ModuleName(PyObject? module) => module is PyStr s ? s.Value : "__main__";

    private CopyError? CheckGlobal(PyObject o, string moduleName, string qualName)
    {
        // A fork copies everything at once and must not fail half-way: what the child cannot import stays behind.
        if (mode == CopyMode.Fork && moduleName != "__main__" && !target.CanImport(moduleName)) return Refuse(o);
        var found = LookupIn(source, moduleName, qualName);
        if (found is null)
            return new CopyError("PicklingError", $"Can't pickle {Describe(o)}: attribute lookup {qualName} on {moduleName} failed");
        if (!ReferenceEquals(found, o))
            return new CopyError("PicklingError", $"Can't pickle {Describe(o)}: it's not the same object as {moduleName}.{qualName}");
        return null;
    }

    private CopyError Refuse(PyObject o) => mode == CopyMode.Pickle && (o is PyInstance || (o is IBuiltinSubtypeInstance && o.Type.IsHeapType))
        ? new CopyError("PicklingError", $"Can't pickle {Describe(o)}: PyHeap copies builtin values, functions and classes between processes, not instances of classes")
        : mode == CopyMode.Pickle
            ? new CopyError("TypeError", $"cannot pickle '{TypeName(o.Type)}' object")
            : new CopyError("TypeError", $"PyHeap cannot copy a '{TypeName(o.Type)}' object into a child process");

    /// <summary>tp_name as CPython spells it in the error: qualified by the module for types outside builtins.</summary>
    private static string TypeName(PyType t) =>
        t.Dict?.GetItemOrNull("__module__") is PyStr { Value: not "builtins" } m ? m.Value + "." + t.Name
        : t.Name is "lock" or "RLock" ? "_thread." + t.Name
        : t.Name;

    /// <summary>The module and qualified-name path in <paramref name="interp"/>, borrowed (the heap is only read).</summary>
    private static PyObject? LookupIn(Interpreter interp, string moduleName, string qualName)
    {
        PyObject? obj = moduleName == "__main__" ? interp.MainModule : interp.Modules.GetItemOrNull(PyStr.Intern(moduleName));
        foreach (var part in qualName.Split('.'))
        {
            if (part.Contains('<')) return null;
            obj = obj switch
            {
                PyModule m => m.Dict.GetItemOrNull(part),
                PyType t => t.Dict?.GetItemOrNull(part),
                _ => null,
            };
            if (obj is null) return null;
        }
        return obj;
    }

    private string? ModuleOfGlobals(PyDict globals)
    {
        foreach (var (k, v) in source.Modules.Pairs())
            if (v is PyModule m && ReferenceEquals(m.Dict, globals) && k is PyStr s) return s.Value;
        return null;
    }

    private static string Describe(PyObject o) => o switch
    {
        PyFunction f => FunctionRepr(f),
        PyType t => $"<class '{(t.Dict?.GetItemOrNull("__module__") is PyStr m ? m.Value + "." : "")}{t.QualName}'>",
        _ => $"<{o.Type.Name} object at 0x{o.Address:x}>",
    };

    private static string FunctionRepr(PyFunction f) => $"<function {f.QualName.Value} at 0x{f.Address:x}>";

    /// <summary>The copy in the target process (new reference); the target interpreter must be the running one.</summary>
    public PyObject Copy(PyObject o)
    {
        if (o.IsImmortal) return o;
        if (memo.TryGetValue(o, out var done))
        {
            RefCounts.IncRef(done);
            return done;
        }
        PyObject result;
        switch (o)
        {
            case PyInt i:
                result = PyInt.From(i.BigValue);
                break;
            case PyFloat f:
                result = PyFloat.From(f.Value);
                break;
            case PyStr s:
                result = PyStr.From(s.Value);
                break;
            case PyBytes b:
                result = PyBytes.From((byte[])b.Value.Clone());
                break;
            case PyByteArray ba:
                result = PyByteArray.From(ba.ToArray());
                break;
            case PyTuple t:
                result = PyTuple.Steal(CopyAll(t.Items));
                break;
            case PyList l:
                var list = PyList.New();
                memo[o] = list;
                foreach (var item in l.Items.ToArray()) list.AppendSteal(Copy(item));
                return list;
            case PyDict d:
                var dict = PyDict.New();
                memo[o] = dict;
                foreach (var (k, v) in d.Pairs().ToArray())
                {
                    var ck = Copy(k);
                    var cv = Copy(v);
                    dict.SetItem(ck, cv);
                    RefCounts.DecRef(ck);
                    RefCounts.DecRef(cv);
                }
                return dict;
            case PySet set:
                var items = CopyAll(set.Items.ToArray());
                result = o.Type == Types.FrozenSet ? PySetFactory.FrozenSetSteal(items) : PySetFactory.SetSteal(items);
                break;
            case PyFunction fn when mode == CopyMode.Fork && !IsModuleLevel(fn):
                result = CopyFunction(fn);
                break;
            case PyBuiltinFunction { Self: PyModule bm } b:
                result = Global(bm.Name, b.Name);
                break;
            case PyFunction fn:
                result = Global(fn.Module is PyStr fm ? fm.Value : "__main__", fn.QualName.Value);
                break;
            case PyType type:
                result = Global(type.Dict?.GetItemOrNull("__module__") is PyStr tm ? tm.Value : "__main__", type.QualName);
                break;
            case PyBaseException x:
                result = CopyException(x);
                break;
            case PyModule m:
                result = target.ImportModule(m.Name);
                break;
            default:
                throw new SimulatorBugException($"ProcessCopier.Copy: {o.Type.Name} passed Check but has no copy");
        }
        memo[o] = result;
        return result;
    }

    private PyObject[] CopyAll(IReadOnlyList<PyObject> items)
    {
        var copies = new PyObject[items.Count];
        for (var i = 0; i < copies.Length; i++) copies[i] = Copy(items[i]);
        return copies;
    }

    /// <summary>Unpickling a global (Modules/_pickle.c load_global → find_class): the receiving process's own object.</summary>
    private PyObject Global(string moduleName, string qualName)
    {
        PyObject obj;
        if (moduleName == "__main__")
        {
            obj = target.MainModule;
            RefCounts.IncRef(obj);
        }
        else
        {
            obj = target.ImportModule(moduleName);
        }
        foreach (var part in qualName.Split('.'))
        {
            var next = Abstract.LookupAttr(obj, PyStr.Intern(part));
            if (next is null)
            {
                var where = obj is PyModule { Name: "__main__" } ? $"<module '__main__' from '{target.Options.ProgramName}'>" : Abstract.ReprString(obj);
                RefCounts.DecRef(obj);
                throw Errors.AttributeError($"Can't get attribute '{qualName}' on {where}");
            }
            RefCounts.DecRef(obj);
            obj = next;
        }
        return obj;
    }

    /// <summary>A function as the forked child has it: the same code, the child's globals, copied defaults and cells.</summary>
    private PyFunction CopyFunction(PyFunction f)
    {
        var code = PyCode.From(f.Code.Code);
        PyDict globals;
        PyObject? module = null;
        if (ReferenceEquals(f.Globals, source.MainModule.Dict))
        {
            globals = target.MainModule.Dict;
        }
        else
        {
            module = target.ImportModule(ModuleOfGlobals(f.Globals)!);
            globals = ((PyModule)module).Dict;
        }
        var qualName = (PyStr)Copy(f.QualName);
        var copy = PyFunction.New(code, globals, qualName);
        RefCounts.DecRef(code);
        RefCounts.DecRef(qualName);
        if (module is not null) RefCounts.DecRef(module);
        memo[f] = copy;
        if (f.Defaults is { } d)
        {
            var cd = (PyTuple)Copy(d);
            copy.SetDefaults(cd);
            RefCounts.DecRef(cd);
        }
        if (f.KwDefaults is { } k)
        {
            var ck = (PyDict)Copy(k);
            copy.SetKwDefaults(ck);
            RefCounts.DecRef(ck);
        }
        if (f.Closure is { } closure)
        {
            var cells = new PyObject[closure.Count];
            for (var i = 0; i < cells.Length; i++)
            {
                var cell = (PyCell)closure.Items[i];
                if (memo.TryGetValue(cell, out var seenCell))
                {
                    RefCounts.IncRef(seenCell);
                    cells[i] = seenCell;
                    continue;
                }
                var newCell = PyCell.NewSteal(cell.Contents is { } v ? Copy(v) : null);
                memo[cell] = newCell;
                cells[i] = newCell;
            }
            copy.Closure = PyTuple.Steal(cells);
        }
        return copy;
    }

    /// <summary>BaseException.__reduce__: (type, args), so unpickling calls the class with the copied args.</summary>
    private PyObject CopyException(PyBaseException x)
    {
        var type = Copy(x.Type);
        var args = (PyTuple)Copy(x.Args);
        try
        {
            return target.CallObject(type, args.Items);
        }
        finally
        {
            RefCounts.DecRef(args);
            RefCounts.DecRef(type);
        }
    }
}
