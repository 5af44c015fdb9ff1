using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;

namespace PyHeap.Runtime.Vm;

/// <summary>Raising builtin exceptions with CPython's messages: <c>throw Errors.TypeError("...")</c>.</summary>
public static class Errors
{
    /// <summary>An exception of <paramref name="type"/> with a single str argument, ready to throw.</summary>
    public static PyException New(PyType type, string message)
    {
        var s = PyStr.From(message);
        try
        {
            return Create(type, s);
        }
        finally
        {
            RefCounts.DecRef(s);
        }
    }

    /// <summary>
    /// Makes the exception as calling its class would (BaseException_new, then the type's __init__, which fills
    /// fields such as StopIteration.value), like _PyErr_CreateException.
    /// </summary>
    private static PyException Create(PyType type, params PyObject[] args)
    {
        var exc = PyBaseException.New(type, PyTuple.FromBorrowed(args));
        if (type.Init is { } init && init != Builtins.TypeCall.ObjectInitSlot)
        {
            try
            {
                RefCounts.DecRef(init(exc, args, null));
            }
            catch
            {
                RefCounts.DecRef(exc);
                throw;
            }
        }
        return new PyException(exc);
    }

    /// <summary>An exception of <paramref name="type"/> with the given argument (a new reference is taken).</summary>
    public static PyException WithArg(PyType type, PyObject arg) => Create(type, arg);


    public static PyException NoArgs(PyType type) => Create(type);

    public static PyException TypeError(string message) => New(ExceptionTypes.TypeError, message);
    public static PyException ValueError(string message) => New(ExceptionTypes.ValueError, message);
    public static PyException IndexError(string message) => New(ExceptionTypes.IndexError, message);
    public static PyException AttributeError(string message) => New(ExceptionTypes.AttributeError, message);
    public static PyException NameError(string message) => New(ExceptionTypes.NameError, message);
    public static PyException ZeroDivisionError(string message) => New(ExceptionTypes.ZeroDivisionError, message);
    public static PyException OverflowError(string message) => New(ExceptionTypes.OverflowError, message);
    public static PyException RuntimeError(string message) => New(ExceptionTypes.RuntimeError, message);
    public static PyException NotImplementedError(string message) => New(ExceptionTypes.NotImplementedError, message);
    public static PyException KeyError(PyObject key) => WithArg(ExceptionTypes.KeyError, key);

    /// <summary>"'int' object is not subscriptable"-style messages name the type like this.</summary>
    public static string TypeName(PyObject o) => o.Type.Name;

    /// <summary>str(exc) without running user code (for host-side messages).</summary>
    public static string SafeStr(PyBaseException e)
    {
        if (e.Args.Count == 0) return "";
        if (e.Args.Count == 1 && e.Args.Items[0] is PyStr s) return s.Value;
        return e.Args.ToString() ?? "";
    }
}
