using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>BaseException and friends (Objects/exceptions.c): args, str/repr, notes, the chaining attributes.</summary>
public static class ExceptionMethods
{
    public static void Install()
    {
        var t = ExceptionTypes.BaseException;
        t.New = New;
        t.Init = BaseExceptionInit;
        t.Str = ExceptionStr;
        t.Repr = ExceptionRepr;
        TypeDicts.AddStaticNew(t, (type, args, kw) => NewException(type, args, kw));
        SlotWrappers.AddOperators(t);
        TypeDicts.AddGetSet(t, "args", self => RefCounts.NewRef<PyObject>(((PyBaseException)self).Args), (self, value) =>
        {
            var e = (PyBaseException)self;
            var tuple = Abstract.SequenceTuple(value ?? throw Errors.TypeError("args may not be deleted"));
            var old = e.Args;
            e.Args = tuple;
            RefCounts.DecRef(old);
        });
        TypeDicts.AddGetSet(t, "__traceback__", self => RefCounts.NewRef(((PyBaseException)self).Traceback ?? PyNone.None),
            (self, value) => SetTraceback((PyBaseException)self, value ?? throw Errors.TypeError("__traceback__ may not be deleted")));
        TypeDicts.AddGetSet(t, "__context__", self => RefCounts.NewRef(((PyBaseException)self).Context ?? PyNone.None), (self, value) =>
        {
            if (value is null) throw Errors.TypeError("__context__ may not be deleted");
            if (value is not PyNone and not PyBaseException) throw Errors.TypeError("exception context must be None or derive from BaseException");
            ((PyBaseException)self).SetContext(value is PyNone ? null : value);
        });
        TypeDicts.AddGetSet(t, "__cause__", self => RefCounts.NewRef(((PyBaseException)self).Cause ?? PyNone.None), (self, value) =>
        {
            if (value is null) throw Errors.TypeError("__cause__ may not be deleted");
            if (value is not PyNone and not PyBaseException) throw Errors.TypeError("exception cause must be None or derive from BaseException");
            ((PyBaseException)self).SetCause(value is PyNone ? null : value);
        });
        TypeDicts.AddGetSet(t, "__suppress_context__", self => PyBool.From(((PyBaseException)self).SuppressContext),
            (self, value) => ((PyBaseException)self).SuppressContext = value is not null && Abstract.IsTrue(value));
        TypeDicts.AddGetSet(t, "__dict__", self => RefCounts.NewRef<PyObject>(((PyBaseException)self).Dict ??= PyDict.New()), (self, value) =>
        {
            if (value is not PyDict d) throw Errors.TypeError(value is null ? "cannot delete __dict__" : "__dict__ must be set to a dictionary, not a '" + value.Type.Name + "'");
            var e = (PyBaseException)self;
            RefCounts.IncRef(d);
            var old = e.Dict;
            e.Dict = d;
            RefCounts.XDecRef(old);
        });
        TypeDicts.AddMethod(t, "with_traceback", (self, args, kw) =>
        {
            NativeArgs.ExactlyOne("with_traceback", args, kw);
            SetTraceback((PyBaseException)self, args[0]);
            return RefCounts.NewRef(self);
        });
        TypeDicts.AddMethod(t, "add_note", AddNote);
        ExceptionSubtypes.Install();
    }

    /// <summary>
    /// tp_new of the exception types. A static type is called without type_call's tp_init step (PyHeap's
    /// TypeCall only runs tp_new for static types), so here we run the type's tp_init as type_call would.
    /// </summary>
    private static PyObject New(PyObject typeObj, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var type = (PyType)typeObj;
        if (type.IsSubtypeOf(ExceptionTypes.BaseExceptionGroup))
            throw Errors.NotImplementedError($"PyHeap does not support {type.Name}");
        var e = NewException(type, args, kwnames);
        if (type.IsHeapType || type.Init is not { } init) return e;
        try
        {
            RefCounts.DecRef(init(e, args, kwnames));
        }
        catch
        {
            RefCounts.DecRef(e);
            throw;
        }
        return e;
    }

    /// <summary>BaseException_new: an instance whose args are the positional arguments (keywords are left to __init__).</summary>
    public static PyObject NewException(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (type.IsSubtypeOf(ExceptionTypes.BaseExceptionGroup))
            throw Errors.NotImplementedError($"PyHeap does not support {type.Name}");
        var kwcount = kwnames?.Count ?? 0;
        return PyBaseException.New(type, PyTuple.FromBorrowed(args[..(args.Length - kwcount)]));
    }

    /// <summary>BaseException_init: no keywords; args = the positional arguments.</summary>
    public static PyObject BaseExceptionInit(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (kwnames is { Count: > 0 }) throw Errors.TypeError($"{self.Type.Name}() takes no keyword arguments");
        SetArgs((PyBaseException)self, args);
        return PyNone.None;
    }

    /// <summary>Py_XSETREF(self->args, args).</summary>
    internal static void SetArgs(PyBaseException e, ReadOnlySpan<PyObject> positional)
    {
        var old = e.Args;
        e.Args = PyTuple.FromBorrowed(positional);
        RefCounts.DecRef(old);
    }

    /// <summary>PyException_SetTraceback with BaseException_set_tb's check.</summary>
    private static void SetTraceback(PyBaseException e, PyObject value)
    {
        if (value is not PyNone and not PyTraceback) throw Errors.TypeError("__traceback__ must be a traceback or None");
        e.SetTraceback(value is PyNone ? null : value);
    }

    /// <summary>BaseException_add_note (3.11): appends to the <c>__notes__</c> list, creating it first.</summary>
    private static PyObject AddNote(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        NativeArgs.ExactlyOne("add_note", args, kwnames);
        var note = args[0];
        if (note is not PyStr) throw Errors.TypeError($"note must be a str, not '{note.Type.Name}'");
        var name = PyStr.Intern("__notes__");
        if (!Abstract.HasAttr(self, name))
        {
            var fresh = PyList.New();
            try
            {
                Abstract.SetAttr(self, name, fresh);
            }
            finally
            {
                RefCounts.DecRef(fresh);
            }
        }
        var notes = Abstract.GetAttr(self, name);
        try
        {
            if (notes is not PyList list) throw Errors.TypeError("Cannot add note: __notes__ is not a list");
            list.Append(note);
        }
        finally
        {
            RefCounts.DecRef(notes);
        }
        return PyNone.None;
    }

    /// <summary>BaseException_str: '' for no args, str(arg) for one, str(args) for more.</summary>
    public static PyObject ExceptionStr(PyObject self)
    {
        var e = (PyBaseException)self;
        return e.Args.Count switch
        {
            0 => PyStr.Empty,
            1 => Abstract.Str(e.Args.Items[0]),
            _ => Abstract.Str(e.Args),
        };
    }

    /// <summary>BaseException_repr: Name(arg) for one argument, Name(args...) otherwise.</summary>
    private static PyObject ExceptionRepr(PyObject self)
    {
        var e = (PyBaseException)self;
        var name = self.Type.Name;
        var dot = name.LastIndexOf('.');
        if (dot >= 0) name = name[(dot + 1)..];
        if (e.Args.Count == 1) return PyStr.From($"{name}({Abstract.ReprString(e.Args.Items[0])})");
        return PyStr.From(name + (e.Args.Count == 0 ? "()" : Abstract.ReprString(e.Args)));
    }
}
