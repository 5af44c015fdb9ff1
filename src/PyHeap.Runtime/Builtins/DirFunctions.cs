using PyHeap.Runtime.Objects;

namespace PyHeap.Runtime.Builtins;

/// <summary>dir() support (object.__dir__).</summary>
public static class DirFunctions
{
    /// <summary>object.__dir__: instance attributes plus everything along the class's MRO, sorted.</summary>
    public static PyObject ObjectDir(PyObject self)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        if (Vm.Abstract.ManagedStorage(self) is { } storage)
            foreach (var (k, _) in storage.Attributes()) names.Add(((PyStr)k).Value);
        else if (self is PyInstance inst)
            foreach (var (k, _) in inst.Attributes()) names.Add(((PyStr)k).Value);
        else if (Vm.Abstract.InstanceDict(self) is { } d)
            foreach (var (k, _) in d.Pairs()) if (k is PyStr s) names.Add(s.Value);
        foreach (var t in self.Type.Mro!.Items)
            foreach (var (k, _) in ((PyType)t).Dict!.Pairs()) if (k is PyStr s) names.Add(s.Value);
        return PyList.Steal(names.Select(n => (PyObject)PyStr.From(n)).ToArray());
    }
}
