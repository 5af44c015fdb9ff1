using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>
/// The exception types with their own fields, __init__ or __str__ (Objects/exceptions.c: StopIteration_init,
/// SystemExit_init, NameError_init, AttributeError_init, ImportError_init/str, SyntaxError_init/str, KeyError_str).
/// </summary>
public static class ExceptionSubtypes
{
    public static void Install()
    {
        Members(ExceptionTypes.StopIteration);
        Members(ExceptionTypes.SystemExit);
        Members(ExceptionTypes.NameError);
        Members(ExceptionTypes.AttributeError);
        Members(ExceptionTypes.ImportError);
        Members(ExceptionTypes.SyntaxError);

        InitWith(ExceptionTypes.StopIteration, (e, pos, kw) =>
        {
            NoKeywords(e, kw);
            ExceptionMethods.SetArgs(e, pos);
            e.SetMember("value", pos.Length > 0 ? pos[0] : PyNone.None);
        });
        InitWith(ExceptionTypes.SystemExit, (e, pos, kw) =>
        {
            NoKeywords(e, kw);
            ExceptionMethods.SetArgs(e, pos);
            if (pos.Length == 0) return;
            if (pos.Length == 1) e.SetMember("code", pos[0]);
            else e.SetMember("code", e.Args);
        });
        InitWith(ExceptionTypes.NameError, (e, pos, kw) =>
        {
            ExceptionMethods.SetArgs(e, pos);
            KeywordsOnly("NameError", kw, "name");
            e.SetMember("name", kw.GetValueOrDefault("name"));
        });
        InitWith(ExceptionTypes.AttributeError, (e, pos, kw) =>
        {
            ExceptionMethods.SetArgs(e, pos);
            KeywordsOnly("AttributeError", kw, "name", "obj");
            e.SetMember("name", kw.GetValueOrDefault("name"));
            e.SetMember("obj", kw.GetValueOrDefault("obj"));
        });
        InitWith(ExceptionTypes.ImportError, (e, pos, kw) =>
        {
            ExceptionMethods.SetArgs(e, pos);
            KeywordsOnly("ImportError", kw, "name", "path");
            e.SetMember("name", kw.GetValueOrDefault("name"));
            e.SetMember("path", kw.GetValueOrDefault("path"));
            e.SetMember("msg", pos.Length == 1 ? pos[0] : null);
        });
        InitWith(ExceptionTypes.SyntaxError, SyntaxErrorInit);

        ExceptionTypes.KeyError.Str = self =>
        {
            var e = (PyBaseException)self;
            return e.Args.Count == 1 ? Abstract.Repr(e.Args.Items[0]) : ExceptionMethods.ExceptionStr(self);
        };
        ExceptionTypes.ImportError.Str = self =>
            ((PyBaseException)self).GetMember("msg") is PyStr msg ? RefCounts.NewRef<PyObject>(msg) : ExceptionMethods.ExceptionStr(self);
        ExceptionTypes.SyntaxError.Str = SyntaxErrorStr;
        foreach (var t in new[] { ExceptionTypes.KeyError, ExceptionTypes.ImportError, ExceptionTypes.SyntaxError })
        {
            SlotWrappers.AddOperators(t);
        }
    }

    /// <summary>T_OBJECT member descriptors for the type's fields: NULL reads as None; del sets NULL.</summary>
    private static void Members(PyType t)
    {
        foreach (var name in ExceptionTypes.MemberNames(t))
        {
            var n = name;
            TypeDicts.AddGetSet(t, n, self => RefCounts.NewRef(((PyBaseException)self).GetMember(n) ?? PyNone.None),
                (self, value) => ((PyBaseException)self).SetMember(n, value));
        }
    }

    private delegate void InitFunc(PyBaseException e, PyObject[] positional, Dictionary<string, PyObject> keywords);

    /// <summary>Installs tp_init and <c>__init__</c> for an exception type.</summary>
    private static void InitWith(PyType t, InitFunc init)
    {
        PyObject Slot(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
        {
            var (pos, kw) = NativeArgs.Split(args, kwnames);
            init((PyBaseException)self, pos, kw);
            return PyNone.None;
        }
        t.Init = Slot;
        SlotWrappers.Add(t, "__init__", Slot, acceptsKeywords: true);
    }

    private static void NoKeywords(PyBaseException e, Dictionary<string, PyObject> kw)
    {
        if (kw.Count > 0) throw Errors.TypeError($"{e.Type.Name}() takes no keyword arguments");
    }

    /// <summary>PyArg_ParseTupleAndKeywords(empty, kwds, "|$O…:Name") messages.</summary>
    private static void KeywordsOnly(string name, Dictionary<string, PyObject> kw, params string[] allowed)
    {
        if (kw.Count > allowed.Length)
        {
            var s = allowed.Length == 1 ? "" : "s";
            throw Errors.TypeError($"{name}() takes at most {allowed.Length} keyword argument{s} ({kw.Count} given)");
        }
        NativeArgs.CheckKeywords(name, kw, allowed);
    }

    /// <summary>SyntaxError_init: msg, then (filename, lineno, offset, text[, end_lineno, end_offset]).</summary>
    private static void SyntaxErrorInit(PyBaseException e, PyObject[] pos, Dictionary<string, PyObject> kw)
    {
        NoKeywords(e, kw);
        ExceptionMethods.SetArgs(e, pos);
        if (pos.Length >= 1) e.SetMember("msg", pos[0]);
        if (pos.Length != 2) return;
        var info = Abstract.SequenceTuple(pos[1]);
        try
        {
            if (info.Count < 4) throw Errors.TypeError($"function takes at least 4 arguments ({info.Count} given)");
            if (info.Count > 6) throw Errors.TypeError($"function takes at most 6 arguments ({info.Count} given)");
            e.SetMember("filename", info.Items[0]);
            e.SetMember("lineno", info.Items[1]);
            e.SetMember("offset", info.Items[2]);
            e.SetMember("text", info.Items[3]);
            e.SetMember("end_lineno", info.Count > 4 ? info.Items[4] : null);
            e.SetMember("end_offset", info.Count > 5 ? info.Items[5] : null);
            if (info.Count == 5) throw Errors.TypeError("end_offset must be provided when end_lineno is provided");
        }
        finally
        {
            RefCounts.DecRef(info);
        }
    }

    /// <summary>SyntaxError_str: "msg (file.py, line N)" using the file's basename.</summary>
    private static PyObject SyntaxErrorStr(PyObject self)
    {
        var e = (PyBaseException)self;
        var msg = e.GetMember("msg") ?? PyNone.None;
        string? filename = null;
        if (e.GetMember("filename") is PyStr f)
        {
            var slash = f.Value.LastIndexOf('/');
            filename = slash >= 0 ? f.Value[(slash + 1)..] : f.Value;
        }
        var lineno = e.GetMember("lineno") is PyInt { Type: var lt } li && ReferenceEquals(lt, Types.Int) ? li : null;
        if (filename is null && lineno is null) return Abstract.Str(msg);
        var text = Abstract.StrString(msg);
        if (filename is not null && lineno is not null) return PyStr.From($"{text} ({filename}, line {lineno.Value})");
        if (filename is not null) return PyStr.From($"{text} ({filename})");
        return PyStr.From($"{text} (line {lineno!.Value})");
    }
}
