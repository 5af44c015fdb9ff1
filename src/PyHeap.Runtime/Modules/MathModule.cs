using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Modules;

/// <summary>The math module (Modules/mathmodule.c): constants and basic functions.</summary>
public static class MathModule
{
    public static PyModule Create(Interpreter interp)
    {
        var module = PyModule.New("math");
        var d = module.Dict;
        foreach (var (name, value) in new[] { ("pi", Math.PI), ("e", Math.E), ("tau", Math.Tau), ("inf", double.PositiveInfinity), ("nan", double.NaN) })
        {
            var f = PyFloat.From(value);
            d.SetItem(name, f);
            RefCounts.DecRef(f);
        }
        return module;
    }
}
