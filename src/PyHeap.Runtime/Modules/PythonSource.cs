using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Modules;

/// <summary>
/// Runs a module written in Python (Modules/Python/*.py, embedded) in a module's namespace on the simulated heap,
/// as CPython runs Lib/*.py. The file name is the one CPython's traceback would show on a Debian-style install.
/// </summary>
public static class PythonSource
{
    public static void Run(Interpreter interp, PyModule module, string resource, string fileName)
    {
        var code = interp.Compile(Read(resource), fileName);
        try
        {
            using (interp.Heap.Hold(code)) RefCounts.DecRef(interp.RunCode(code, module.Dict));
        }
        finally
        {
            RefCounts.DecRef(code);
        }
    }

    private static readonly Dictionary<string, string> Cache = new(StringComparer.Ordinal);

    private static string Read(string resource)
    {
        lock (Cache)
        {
            if (Cache.TryGetValue(resource, out var text)) return text;
            using var stream = typeof(PythonSource).Assembly.GetManifestResourceStream("PyHeap.Runtime.Modules.Python." + resource)
                ?? throw new SimulatorBugException($"the Python source {resource} is not embedded");
            using var reader = new StreamReader(stream);
            text = reader.ReadToEnd();
            Cache[resource] = text;
            return text;
        }
    }
}
