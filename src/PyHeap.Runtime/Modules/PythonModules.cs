using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Modules;

/// <summary>
/// Modules CPython writes in Python and PyHeap runs the same way (threading, queue, concurrent.futures, functools): the module
/// object is registered in sys.modules before its code runs, as importlib does, so circular imports see it.
/// </summary>
public static class PythonModules
{
    public static PyModule Create(Interpreter interp, string name)
    {
        var module = PyModule.New(name);
        var key = PyStr.Intern(name);
        interp.Modules.SetItem(key, module);
        try
        {
            var path = name.Replace('.', '/');
            var file = name == "concurrent.futures" ? "concurrent/futures/thread.py" : path + ".py";
            PythonSource.Run(interp, module, name.Replace('.', '_') + ".py", "/usr/lib/python3.11/" + file);
            if (name == "concurrent.futures")
            {
                // importlib imports the parent package first and binds the submodule as its attribute.
                var parent = interp.ImportModule("concurrent");
                if (parent is PyModule p) p.Dict.SetItem("futures", module);
                RefCounts.DecRef(parent);
            }
        }
        catch
        {
            interp.Modules.DelItem(key);
            RefCounts.DecRef(module);
            throw;
        }
        return module;
    }

    /// <summary>The concurrent package: an empty namespace whose futures submodule is imported on demand.</summary>
    public static PyModule CreateConcurrent(Interpreter interp) => PyModule.New("concurrent");
}
