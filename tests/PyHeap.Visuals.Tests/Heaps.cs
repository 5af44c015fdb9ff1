using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Visuals.Tests;

/// <summary>Small known heaps: runs a snippet on a fresh interpreter that tracks live objects.</summary>
internal static class Heaps
{
    public static Interpreter Run(string source, MemoryProfile? profile = null)
    {
        var interp = new Interpreter(new InterpreterOptions { TrackLiveObjects = true, MemoryProfile = profile ?? MemoryProfile.Python311 })
        {
            Stdout = new StringWriter(),
            Stderr = new StringWriter(),
        };
        var result = interp.Execute(source, "test.py");
        Assert.True(result.Ok, interp.Stderr.ToString());
        return interp;
    }

    /// <summary>A global of the main module (a borrowed reference).</summary>
    public static PyObject Global(Interpreter interp, string name) => interp.MainModule.Dict.GetItemOrNull(name)!;
}
