using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>The generator type's slots and methods (Objects/genobject.c).</summary>
public static class GeneratorType
{
    public static void Install()
    {
        var t = Types.Generator;
        t.Iter = self => RefCounts.NewRef(self);
        t.IterNext = self =>
        {
            var gen = (PyGenerator)self;
            var value = Interpreter.Current.GeneratorSend(gen, PyNone.None, out var returned);
            RefCounts.XDecRef(returned);
            return value;
        };
        t.Repr = self => PyStr.From($"<generator object {((PyGenerator)self).QualName.Value} at 0x{self.Address:x}>");
        TypeDicts.AddMethod(t, "send", (self, args, kw) =>
        {
            NativeArgs.ExactlyOne("send", args, kw);
            var value = Interpreter.Current.GeneratorSend((PyGenerator)self, args[0], out var returned);
            return value ?? throw StopIteration(returned);
        });
        TypeDicts.AddMethod(t, "throw", (self, args, kw) =>
        {
            if (args.Length < 1) throw Errors.TypeError("throw expected at least 1 argument, got 0");
            var exc = args[0] switch
            {
                PyType type when type.IsSubtypeOf(ExceptionTypes.BaseException) =>
                    (PyBaseException)Interpreter.Current.CallObject(type, args.Length > 1 && args[1] is not PyNone ? [args[1]] : []),
                PyBaseException e => RefCounts.NewRef(e),
                _ => throw Errors.TypeError("exceptions must be classes or instances deriving from BaseException, not " + args[0].Type.Name),
            };
            var value = Interpreter.Current.GeneratorThrow((PyGenerator)self, exc, out var returned);
            return value ?? throw StopIteration(returned);
        });
        TypeDicts.AddMethod(t, "close", (self, args, kw) =>
        {
            Interpreter.Current.GeneratorClose((PyGenerator)self);
            return PyNone.None;
        });
        TypeDicts.AddGetSet(t, "__name__", self => RefCounts.NewRef<PyObject>(((PyGenerator)self).Name));
        TypeDicts.AddGetSet(t, "__qualname__", self => RefCounts.NewRef<PyObject>(((PyGenerator)self).QualName));
        TypeDicts.AddGetSet(t, "gi_running", self => PyBool.From(((PyGenerator)self).Running));
        TypeDicts.AddGetSet(t, "gi_frame", self => ((PyGenerator)self).Frame is { } f ? RefCounts.NewRef<PyObject>(PyFrameObject.For(f)) : PyNone.None);
    }

    /// <summary>StopIteration carrying a generator's return value (consumes <paramref name="value"/>).</summary>
    private static PyException StopIteration(PyObject? value)
    {
        if (value is null || value is PyNone)
        {
            RefCounts.XDecRef(value);
            return Errors.NoArgs(ExceptionTypes.StopIteration);
        }
        var e = Errors.WithArg(ExceptionTypes.StopIteration, value);
        RefCounts.DecRef(value);
        return e;
    }
}
