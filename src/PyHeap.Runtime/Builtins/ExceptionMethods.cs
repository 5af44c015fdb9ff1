using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>BaseException and friends (Objects/exceptions.c): args, str/repr, the chaining attributes.</summary>
public static class ExceptionMethods
{
    public static void Install()
    {
        var t = ExceptionTypes.BaseException;
        t.New = (type, args, kw) => NewException((PyType)type, args, kw);
        t.Init = (self, args, kw) =>
        {
            var e = (PyBaseException)self;
            var kwcount = kw?.Count ?? 0;
            if (kwcount > 0 && !self.Type.IsHeapType) throw Errors.TypeError($"{self.Type.Name}() takes no keyword arguments");
            var old = e.Args;
            e.Args = PyTuple.FromBorrowed(args[..(args.Length - kwcount)]);
            RefCounts.DecRef(old);
            return PyNone.None;
        };
        t.Str = ExceptionStr;
        t.Repr = self =>
        {
            var e = (PyBaseException)self;
            var name = self.Type.Name;
            if (e.Args.Count == 1) return PyStr.From($"{name}({Abstract.ReprString(e.Args.Items[0])})");
            return PyStr.From(name + (e.Args.Count == 0 ? "()" : Abstract.ReprString(e.Args)));
        };
        TypeDicts.AddGetSet(t, "args", self => RefCounts.NewRef<PyObject>(((PyBaseException)self).Args), (self, value) =>
        {
            var e = (PyBaseException)self;
            var tuple = Abstract.SequenceTuple(value ?? throw Errors.TypeError("args may not be deleted"));
            var old = e.Args;
            e.Args = tuple;
            RefCounts.DecRef(old);
        });
        TypeDicts.AddGetSet(t, "__traceback__", self => RefCounts.NewRef(((PyBaseException)self).Traceback ?? PyNone.None),
            (self, value) => ((PyBaseException)self).SetTraceback(value is PyNone ? null : value));
        TypeDicts.AddGetSet(t, "__context__", self => RefCounts.NewRef(((PyBaseException)self).Context ?? PyNone.None),
            (self, value) => ((PyBaseException)self).SetContext(value is PyNone ? null : value));
        TypeDicts.AddGetSet(t, "__cause__", self => RefCounts.NewRef(((PyBaseException)self).Cause ?? PyNone.None),
            (self, value) => ((PyBaseException)self).SetCause(value is PyNone ? null : value));
        TypeDicts.AddGetSet(t, "__suppress_context__", self => PyBool.From(((PyBaseException)self).SuppressContext),
            (self, value) => ((PyBaseException)self).SuppressContext = value is not null && Abstract.IsTrue(value));
        TypeDicts.AddGetSet(t, "__dict__", self => RefCounts.NewRef<PyObject>(((PyBaseException)self).Dict ??= PyDict.New()));
        TypeDicts.AddMethod(t, "with_traceback", (self, args, kw) =>
        {
            NativeArgs.ExactlyOne("with_traceback", args, kw);
            ((PyBaseException)self).SetTraceback(args[0] is PyNone ? null : args[0]);
            return RefCounts.NewRef(self);
        });

        ExceptionTypes.KeyError.Str = self =>
        {
            var e = (PyBaseException)self;
            return e.Args.Count == 1 ? Abstract.Repr(e.Args.Items[0]) : ExceptionStr(self);
        };
        TypeDicts.AddGetSet(ExceptionTypes.StopIteration, "value",
            self => RefCounts.NewRef(((PyBaseException)self).Args.Count > 0 ? ((PyBaseException)self).Args.Items[0] : PyNone.None));
    }

    /// <summary>BaseException_new: an instance whose args are the positional arguments.</summary>
    public static PyObject NewException(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var kwcount = kwnames?.Count ?? 0;
        return PyBaseException.New(type, PyTuple.FromBorrowed(args[..(args.Length - kwcount)]));
    }

    /// <summary>BaseException_str: '' for no args, str(arg) for one, str(args) for more.</summary>
    private static PyObject ExceptionStr(PyObject self)
    {
        var e = (PyBaseException)self;
        return e.Args.Count switch
        {
            0 => PyStr.Empty,
            1 => Abstract.Str(e.Args.Items[0]),
            _ => Abstract.Str(e.Args),
        };
    }
}
