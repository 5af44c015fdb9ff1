using System.Text.Json.Nodes;
using PyHeap.Runtime.Builtins;
using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Kernel;

/// <summary>
/// <c>_pyheap_kernel</c>: the native bridge IPython.display's Python code calls — publish a display, clear the
/// output, make display ids, run a magic. (ipykernel's equivalent is its ZMQ display publisher.)
/// </summary>
internal static class KernelModule
{
    public static PyModule Create(KernelSession session)
    {
        var module = PyModule.New("_pyheap_kernel");
        module.AddFunction("display", (self, args, kw) =>
        {
            NativeArgs.Range("display", args, kw, 4, 4);
            var bundle = MimeFormatter.Format(Interpreter.Current, args[0]);
            session.Publish(WithOptions(bundle, args[1], args[2]), Abstract.IsTrue(args[3]));
            return PyNone.None;
        });
        module.AddFunction("publish", (self, args, kw) =>
        {
            NativeArgs.Range("publish", args, kw, 4, 4);
            if (args[0] is not PyDict data) throw Errors.TypeError($"raw display data must be a dict of MIME types, not {args[0].Type.Name}");
            var bundle = new DisplayBundle(MimeFormatter.JsonValueOf(data) as JsonObject ?? [], []);
            session.Publish(WithOptions(bundle, args[1], args[2]), Abstract.IsTrue(args[3]));
            return PyNone.None;
        });
        module.AddFunction("clear_output", (self, args, kw) =>
        {
            NativeArgs.ExactlyOne("clear_output", args, kw);
            session.ClearOutput(Abstract.IsTrue(args[0]));
            return PyNone.None;
        });
        module.AddFunction("new_display_id", (self, args, kw) =>
        {
            NativeArgs.None("new_display_id", args, kw);
            return PyStr.From(Guid.NewGuid().ToString("N"));
        });
        module.AddFunction("run_magic", (self, args, kw) =>
        {
            NativeArgs.Range("run_magic", args, kw, 4, 4);
            var kind = Abstract.StrString(args[0]);
            var name = Abstract.StrString(args[1]);
            var line = Abstract.StrString(args[2]);
            var cell = args[3] is PyStr c ? c.Value : null;
            return session.RunMagic(name, kind == "cell", line, cell);
        });
        return module;
    }

    private static DisplayBundle WithOptions(DisplayBundle bundle, PyObject metadata, PyObject displayId)
    {
        if (metadata is PyDict m && MimeFormatter.JsonValueOf(m) is JsonObject extra)
            foreach (var (key, value) in extra) bundle.Metadata[key] = value?.DeepClone();
        return displayId is PyNone ? bundle : bundle with { DisplayId = Abstract.StrString(displayId) };
    }
}
