using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>The builtins module (Python/bltinmodule.c): types, exceptions, constants and functions.</summary>
public static class BuiltinsModule
{
    public static PyModule Create(Interpreter interp)
    {
        var module = PyModule.New("builtins");
        var d = module.Dict;
        foreach (var t in new[]
        {
            Types.Object, Types.Type, Types.Int, Types.Bool, Types.Float, Types.Str, Types.Bytes, Types.ByteArray, Types.List,
            Types.Tuple, Types.Dict, Types.Set, Types.FrozenSet, Types.Range, Types.Slice, Types.Property,
            Types.StaticMethod, Types.ClassMethod, Types.Super, EnumerateObject.EnumerateType, FilterObject.FilterType,
            MapObject.MapType, ReversedObject.ReversedType, ZipObject.ZipType,
        })
        {
            d.SetItem(t.Name, t);
        }
        foreach (var e in ExceptionTypes.All) d.SetItem(e.Name, e);
        d.SetItem("EnvironmentError", ExceptionTypes.OSError);
        d.SetItem("IOError", ExceptionTypes.OSError);
        d.SetItem("None", PyNone.None);
        d.SetItem("True", PyBool.True);
        d.SetItem("False", PyBool.False);
        d.SetItem("Ellipsis", PySingleton.Ellipsis);
        d.SetItem("NotImplemented", PySingleton.NotImplemented);
        d.SetItem("__debug__", PyBool.True);
        foreach (var (name, fn) in Functions.All) d.SetItem(name, fn);
        // Lib/site.py adds these at start-up.
        d.SetItem("exit", Quitter.Exit);
        d.SetItem("quit", Quitter.Quit);
        return module;
    }
}
