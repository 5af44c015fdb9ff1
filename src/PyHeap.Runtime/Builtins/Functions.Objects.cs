using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>Object builtins: len, repr, ascii, id, hash, isinstance, issubclass, callable, format, attributes.</summary>
public static partial class Functions
{
    private static PyObject Len(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        NativeArgs.ExactlyOne("len", args, kw);
        return PyInt.From(Abstract.Length(args[0]));
    }

    private static PyObject Repr(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        NativeArgs.ExactlyOne("repr", args, kw);
        return Abstract.Repr(args[0]);
    }

    private static PyObject Ascii(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        NativeArgs.ExactlyOne("ascii", args, kw);
        return Abstract.Ascii(args[0]);
    }

    private static PyObject Id(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        NativeArgs.ExactlyOne("id", args, kw);
        return PyInt.From(args[0].Address);
    }

    private static PyObject Hash(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        NativeArgs.ExactlyOne("hash", args, kw);
        return PyInt.From(Abstract.Hash(args[0]));
    }

    private static PyObject IsInstance(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        NativeArgs.Range("isinstance", args, kw, 2, 2);
        return PyBool.From(Abstract.IsInstance(args[0], args[1]));
    }

    private static PyObject IsSubclass(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        NativeArgs.Range("issubclass", args, kw, 2, 2);
        return PyBool.From(Abstract.IsSubclass(args[0], args[1]));
    }

    /// <summary>builtin_callable: PyCallable_Check (the type has tp_call).</summary>
    private static PyObject Callable(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        NativeArgs.ExactlyOne("callable", args, kw);
        return PyBool.From(IsCallable(args[0]));
    }

    internal static bool IsCallable(PyObject o) =>
        o.Type.Call is not null || o is PyFunction or PyBuiltinFunction or PyMethod or PyMethodDescriptor or PyType;

    /// <summary>builtin_format_impl: format(value, format_spec='').</summary>
    private static PyObject Format(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        NativeArgs.Range("format", args, kw, 1, 2);
        if (args.Length == 2 && args[1] is not PyStr)
            throw Errors.TypeError($"format() argument 2 must be str, not {args[1].Type.Name}");
        return Abstract.Format(args[0], args.Length == 2 ? (PyStr)args[1] : PyStr.Empty);
    }

    private static PyStr AttrName(PyObject name) =>
        name as PyStr ?? throw Errors.TypeError($"attribute name must be string, not '{name.Type.Name}'");

    /// <summary>builtin_getattr: with a default, AttributeError gives the default.</summary>
    private static PyObject GetAttr(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        NativeArgs.Range("getattr", args, kw, 2, 3);
        var name = AttrName(args[1]);
        if (args.Length == 2) return Abstract.GetAttr(args[0], name);
        return LookupAttrNoError(args[0], name) ?? RefCounts.NewRef(args[2]);
    }

    /// <summary>_PyObject_LookupAttr: null when missing; AttributeError from a getter counts as missing.</summary>
    internal static PyObject? LookupAttrNoError(PyObject obj, PyStr name)
    {
        try
        {
            return Abstract.LookupAttr(obj, name);
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.AttributeError))
        {
            RefCounts.DecRef(e.Value);
            return null;
        }
    }

    private static PyObject HasAttr(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        NativeArgs.Range("hasattr", args, kw, 2, 2);
        var v = LookupAttrNoError(args[0], AttrName(args[1]));
        if (v is null) return PyBool.False;
        RefCounts.DecRef(v);
        return PyBool.True;
    }

    private static PyObject SetAttr(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        NativeArgs.Range("setattr", args, kw, 3, 3);
        Abstract.SetAttr(args[0], AttrName(args[1]), args[2]);
        return PyNone.None;
    }

    private static PyObject DelAttr(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        NativeArgs.Range("delattr", args, kw, 2, 2);
        Abstract.SetAttr(args[0], AttrName(args[1]), null);
        return PyNone.None;
    }
}
