using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Kernel;

/// <summary>The simulated <c>IPython</c> package and its <c>IPython.display</c> module (Python code on the simulated heap).</summary>
internal static class IPythonModules
{
    private const string DisplayFile = "/usr/lib/python3/dist-packages/IPython/core/display_functions.py";

    public static PyModule CreateDisplay(Interpreter interp)
    {
        var module = PyModule.New("IPython.display");
        var code = interp.Compile(Source.Value, DisplayFile);
        try
        {
            using (interp.Heap.Hold(code)) RefCounts.DecRef(interp.RunCode(code, module.Dict));
        }
        finally
        {
            RefCounts.DecRef(code);
        }
        return module;
    }

    public static PyModule CreatePackage(Interpreter interp)
    {
        var module = PyModule.New("IPython");
        var display = (PyModule)interp.ImportModule("IPython.display");
        module.Dict.SetItem("display", display);
        module.Dict.SetItem("get_ipython", display.Dict.GetItemOrNull("get_ipython")!);
        RefCounts.DecRef(display);
        return module;
    }

    /// <summary>An exception class of IPython.display (UsageError, StdinNotImplementedError).</summary>
    public static PyType ErrorType(Interpreter interp, string name) =>
        (interp.Modules.GetItemOrNull("IPython.display") as PyModule)?.Dict.GetItemOrNull(name) as PyType
        ?? ExceptionTypes.RuntimeError;

    private static readonly Lazy<string> Source = new(() =>
    {
        using var stream = typeof(IPythonModules).Assembly.GetManifestResourceStream("PyHeap.Kernel.Python.ipython_display.py")
            ?? throw new InvalidOperationException("IPython.display's Python source is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });
}
