using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;

namespace PyHeap.Runtime.Vm;

public sealed partial class Interpreter
{
    /// <summary>Modules that can be imported, created on first import.</summary>
    private readonly Dictionary<string, Func<Interpreter, PyModule>> moduleFactories = new(StringComparer.Ordinal)
    {
        ["sys"] = PyHeap.Runtime.Modules.SysModule.Create,
        ["math"] = PyHeap.Runtime.Modules.MathModule.Create,
        ["gc"] = PyHeap.Runtime.Modules.GcModule.Create,
        ["weakref"] = PyHeap.Runtime.Modules.WeakrefModule.Create,
        ["pyheap"] = PyHeap.Runtime.Modules.PyheapModule.Create,
        ["atexit"] = PyHeap.Runtime.Modules.AtexitModule.Create,
        ["_thread"] = PyHeap.Runtime.Modules.ThreadModule.Create,
        ["time"] = PyHeap.Runtime.Modules.TimeModule.Create,
        ["unicodedata"] = PyHeap.Runtime.Modules.UnicodedataModule.Create,
        ["threading"] = interp => PyHeap.Runtime.Modules.PythonModules.Create(interp, "threading"),
        ["queue"] = interp => PyHeap.Runtime.Modules.PythonModules.Create(interp, "queue"),
        ["functools"] = interp => PyHeap.Runtime.Modules.PythonModules.Create(interp, "functools"),
        ["operator"] = interp => PyHeap.Runtime.Modules.PythonModules.Create(interp, "operator"),
        ["itertools"] = interp => PyHeap.Runtime.Modules.PythonModules.Create(interp, "itertools"),
        ["copy"] = interp => PyHeap.Runtime.Modules.PythonModules.Create(interp, "copy"),
        ["copyreg"] = interp => PyHeap.Runtime.Modules.PythonModules.Create(interp, "copyreg"),
        ["heapq"] = interp => PyHeap.Runtime.Modules.PythonModules.Create(interp, "heapq"),
        ["bisect"] = interp => PyHeap.Runtime.Modules.PythonModules.Create(interp, "bisect"),
        ["abc"] = interp => PyHeap.Runtime.Modules.PythonModules.Create(interp, "abc"),
        ["enum"] = interp => PyHeap.Runtime.Modules.PythonModules.Create(interp, "enum"),
        ["string"] = interp => PyHeap.Runtime.Modules.PythonModules.Create(interp, "string"),
        ["collections"] = interp => PyHeap.Runtime.Modules.PythonModules.Create(interp, "collections"),
        ["random"] = interp => PyHeap.Runtime.Modules.PythonModules.Create(interp, "random"),
        ["_multiprocessing"] = PyHeap.Runtime.Modules.MultiprocessingModule.Create,
        ["multiprocessing"] = interp => PyHeap.Runtime.Modules.PythonModules.Create(interp, "multiprocessing"),
        ["pickle"] = interp => PyHeap.Runtime.Modules.PythonModules.Create(interp, "pickle"),
        ["types"] = interp => PyHeap.Runtime.Modules.PythonModules.Create(interp, "types"),
        ["typing"] = interp => PyHeap.Runtime.Modules.PythonModules.Create(interp, "typing"),
        ["dataclasses"] = interp => PyHeap.Runtime.Modules.PythonModules.Create(interp, "dataclasses"),
        ["concurrent"] = PyHeap.Runtime.Modules.PythonModules.CreateConcurrent,
        ["concurrent.futures"] = interp => PyHeap.Runtime.Modules.PythonModules.Create(interp, "concurrent.futures"),
    };

    /// <summary>The names `import` accepts (for completion).</summary>
    public IEnumerable<string> AvailableModules => moduleFactories.Keys.Where(n => !n.StartsWith('_'));

    /// <summary>Registers a simulated module (gc, weakref, threading … arrive with their issues).</summary>
    public void RegisterModule(string name, Func<Interpreter, PyModule> factory) => moduleFactories[name] = factory;

    /// <summary>IMPORT_NAME: [level, fromlist] → module.</summary>
    private void ImportName(Frame frame, PyStr name)
    {
        var fromlist = frame.Stack[frame.StackTop - 1]!;
        var level = frame.Stack[frame.StackTop - 2]!;
        if (level is PyInt l && l.Value != 0) throw Errors.New(ExceptionTypes.ImportError, "attempted relative import with no known parent package");
        var top = name.Value.Split('.')[0];
        var module = ImportModule(name.Value);
        PyObject result;
        if (ReferenceEquals(fromlist, PyNone.None) || fromlist is PyTuple { Count: 0 })
        {
            result = ImportModule(top);
            RefCounts.DecRef(module);
        }
        else
        {
            result = module;
        }
        PopAndRelease(frame, 2);
        frame.Push(result);
    }

    /// <summary>Returns sys.modules[name] (new reference), creating a simulated module on first use.</summary>
    public PyObject ImportModule(string name)
    {
        var key = PyStr.Intern(name);
        if (Modules.GetItemOrNull(key) is { } existing)
        {
            RefCounts.IncRef(existing);
            return existing;
        }
        if (!moduleFactories.TryGetValue(name, out var factory))
        {
            var notFound = Errors.New(ExceptionTypes.ModuleNotFoundError, $"No module named '{name}'");
            notFound.Value.SetMember("msg", notFound.Value.Args.Items[0]); // PyErr_SetImportError: msg and name
            using (var n = new NameRef(name)) notFound.Value.SetMember("name", n.Str);
            throw notFound;
        }
        var module = factory(this);
        Modules.SetItem(key, module);
        return module;
    }

    private static void ImportFrom(Frame frame, PyStr name)
    {
        var module = frame.Stack[frame.StackTop - 1]!;
        var v = Abstract.LookupAttr(module, name);
        if (v is null)
        {
            var modName = module is PyModule m ? m.Name : "<unknown module name>";
            var error = Errors.New(ExceptionTypes.ImportError, $"cannot import name '{name.Value}' from '{modName}' (unknown location)");
            error.Value.SetMember("msg", error.Value.Args.Items[0]); // PyErr_SetImportError: msg and name (the module)
            using (var n = new NameRef(modName)) error.Value.SetMember("name", n.Str);
            throw error;
        }
        frame.Push(v);
    }

    /// <summary>
    /// IMPORT_STAR (ceval.c: import_all_from): binds the module's __all__ names — or, without __all__, every
    /// name in its __dict__ not starting with an underscore — in the frame's locals, then pops the module.
    /// </summary>
    private static void ImportStar(Frame frame)
    {
        var module = frame.Stack[frame.StackTop - 1]!;
        var locals = frame.Locals ?? throw Errors.New(ExceptionTypes.SystemError, "no locals found during 'import *'");
        var modName = module is PyModule m ? m.Name : "<unknown module name>";
        var source = Abstract.LookupAttr(module, PyStr.Intern("__all__"));
        var skipUnderscores = source is null;
        source ??= Abstract.LookupAttr(module, PyStr.Intern("__dict__"))
            ?? throw Errors.New(ExceptionTypes.ImportError, "from-import-* object has no __dict__ and no __all__");
        List<PyObject> names;
        try
        {
            names = Abstract.ToList(source);
        }
        finally
        {
            RefCounts.DecRef(source);
        }
        try
        {
            foreach (var name in names)
            {
                if (name is not PyStr s)
                    throw Errors.TypeError(skipUnderscores
                        ? $"Key in {modName}.__dict__ must be str, not {name.Type.Name}"
                        : $"Item in {modName}.__all__ must be str, not {name.Type.Name}");
                if (skipUnderscores && s.Value.StartsWith('_')) continue;
                var value = Abstract.GetAttr(module, s);
                try
                {
                    Abstract.SetItem(locals, s, value);
                }
                finally
                {
                    RefCounts.DecRef(value);
                }
            }
        }
        finally
        {
            foreach (var name in names) RefCounts.DecRef(name);
        }
        PopAndRelease(frame, 1);
    }

    /// <summary>A temporary str (released on dispose) for setting exception members.</summary>
    private readonly struct NameRef(string text) : IDisposable
    {
        public PyStr Str { get; } = PyStr.From(text);

        public void Dispose() => RefCounts.DecRef(Str);
    }
}
