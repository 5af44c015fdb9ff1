using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>Calling and binding builtin method descriptors (Objects/descrobject.c: method_vectorcall_*, method_get).</summary>
public static class DescriptorCalls
{
    /// <summary><c>list.append(lst, x)</c>: the first argument is the instance and must be of the owner type.</summary>
    public static PyObject CallMethodDescriptor(PyMethodDescriptor d, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (d.IsClassMethod)
        {
            if (args.Length == 0) throw Errors.TypeError($"descriptor '{d.Name}' of '{d.Owner.Name}' object needs an argument");
            return d.Function(args[0], args[1..], kwnames);
        }
        if (args.Length == 0 || (kwnames is not null && args.Length == kwnames.Count))
            throw Errors.TypeError($"unbound method {d.Owner.Name}.{d.Name}() needs an argument");
        var self = args[0];
        if (!self.Type.IsSubtypeOf(d.Owner))
            throw Errors.TypeError($"descriptor '{d.Name}' for '{d.Owner.Name}' objects doesn't apply to a '{self.Type.Name}' object");
        // method_vectorcall_VARARGS: keywords are refused before the function runs.
        if (d.IsVarargs && kwnames is { Count: > 0 }) throw Errors.TypeError($"{d.Owner.Name}.{d.Name}() takes no keyword arguments");
        return d.Function(self, args[1..], kwnames);
    }

    /// <summary>method_get: binding makes a builtin method object holding the instance (or the class for class methods).</summary>
    public static PyObject MethodDescriptorGet(PyObject descr, PyObject? instance, PyType owner)
    {
        var d = (PyMethodDescriptor)descr;
        if (d.IsClassMethod) return PyBuiltinFunction.Bound(d.Name, d.Function, owner, "type");
        if (instance is null) return RefCounts.NewRef(descr);
        if (!instance.Type.IsSubtypeOf(d.Owner))
            throw Errors.TypeError($"descriptor '{d.Name}' for '{d.Owner.Name}' objects doesn't apply to a '{instance.Type.Name}' object");
        return PyBuiltinFunction.Bound(d.Name, d.Function, instance, instance.Type.Name);
    }
}
