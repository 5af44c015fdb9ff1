using PyHeap.Language.Compiling;
using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>Namespace builtins: globals, locals, vars, dir.</summary>
public static partial class Functions
{
    private static Frame CurrentFrame() =>
        Interpreter.Current.Thread.Frame ?? throw Errors.New(ExceptionTypes.SystemError, "frame does not exist");

    private static PyObject Globals(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        NativeArgs.None("globals", args, kw);
        return RefCounts.NewRef<PyObject>(CurrentFrame().Globals);
    }

    private static PyObject Locals(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        NativeArgs.None("locals", args, kw);
        return RefCounts.NewRef(FrameLocals(CurrentFrame()));
    }

    /// <summary>
    /// PyEval_GetLocals (3.11): the frame's f_locals. For an optimized (function) frame the one dict is made on
    /// first use and refreshed from the fast locals each time (_PyFrame_FastToLocalsWithError); it stays on the
    /// frame, holding references to the values. Returns a borrowed reference.
    /// </summary>
    internal static PyObject FrameLocals(Frame frame)
    {
        var code = frame.Code.Code;
        var optimized = (code.Flags & CodeFlags.Optimized) != 0;
        if (!optimized && frame.Locals is not null) return frame.Locals;
        if (frame.Locals is not PyDict locals)
        {
            locals = PyDict.New();
            frame.Locals = locals;
        }
        for (var i = 0; i < code.LocalsPlusNames.Length; i++)
        {
            var kind = code.LocalsPlusKinds[i];
            if ((kind & LocalKind.Free) != 0 && !optimized) continue;
            var name = frame.Code.LocalsPlusNames[i];
            var value = frame.Fast[i];
            if (value is PyCell cell && (kind & (LocalKind.Free | LocalKind.Cell)) != 0) value = cell.Contents;
            if (value is null) locals.DelItem(name);
            else locals.SetItem(name, value);
        }
        return locals;
    }

    /// <summary>builtin_vars: locals() without an argument, else obj.__dict__.</summary>
    private static PyObject Vars(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        NativeArgs.Range("vars", args, kw, 0, 1);
        if (args.Length == 0) return RefCounts.NewRef(FrameLocals(CurrentFrame()));
        var obj = args[0];
        var d = LookupAttrNoError(obj, PyStr.Intern("__dict__"));
        if (d is null && Abstract.ManagedStorage(obj) is { } storage) d = RefCounts.NewRef<PyObject>(storage.Materialize());
        return d ?? throw Errors.TypeError("vars() argument must have __dict__ attribute");
    }

    /// <summary>builtin_dir: sorted names of the local scope, or of type(obj).__dir__(obj).</summary>
    private static PyObject Dir(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        NativeArgs.Range("dir", args, kw, 0, 1);
        PyList result;
        if (args.Length == 0)
        {
            var locals = FrameLocals(CurrentFrame());
            result = locals is PyDict d
                ? PyList.FromBorrowed(d.Pairs().Select(p => p.Key).ToArray())
                : ListOps.SequenceList(locals);
        }
        else if (args[0] is PyModule m && IsObjectDir(m.Type.Lookup(PyStr.Intern("__dir__"))))
        {
            // module_dir: the names in the module's __dict__.
            result = PyList.FromBorrowed(m.Dict.Pairs().Select(p => p.Key).ToArray());
        }
        else if (args[0] is PyType type && IsObjectDir(type.Type.Lookup(PyStr.Intern("__dir__"))))
        {
            // type___dir___impl: the keys of the class's __dict__ and, recursively, of its bases'.
            var names = new List<PyObject>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            void Merge(PyType t)
            {
                foreach (var (k, _) in t.Dict!.Pairs())
                    if (k is PyStr s && seen.Add(s.Value)) names.Add(k);
                foreach (var b in (t.Bases ?? PyTuple.Empty).Items) Merge((PyType)b);
            }
            Merge(type);
            result = PyList.FromBorrowed(names.ToArray());
        }
        else
        {
            var dirMethod = Abstract.LookupSpecial(args[0], "__dir__") ?? throw Errors.TypeError("object does not provide __dir__");
            PyObject names;
            try
            {
                names = Interpreter.Current.CallObject(dirMethod, []);
            }
            finally
            {
                RefCounts.DecRef(dirMethod);
            }
            try
            {
                result = ListOps.SequenceList(names);
            }
            finally
            {
                RefCounts.DecRef(names);
            }
        }
        try
        {
            SortList(result);
        }
        catch
        {
            RefCounts.DecRef(result);
            throw;
        }
        return result;
    }

    private static bool IsObjectDir(PyObject? dir) =>
        dir is null || (dir is PyMethodDescriptor md && ReferenceEquals(md.Owner, Types.Object));

    /// <summary>PyList_Sort: str names are sorted by code point here; anything else through list.sort.</summary>
    private static void SortList(PyList list)
    {
        var items = list.Items;
        var allStr = true;
        foreach (var item in items) allStr &= item is PyStr { Type: var t } && ReferenceEquals(t, Types.Str);
        if (allStr)
        {
            var sorted = items.ToArray();
            Array.Sort(sorted, (a, b) => string.CompareOrdinal(((PyStr)a).Value, ((PyStr)b).Value));
            sorted.CopyTo(items);
            return;
        }
        var sort = Abstract.GetAttr(list, "sort");
        try
        {
            RefCounts.DecRef(Interpreter.Current.CallObject(sort, []));
        }
        finally
        {
            RefCounts.DecRef(sort);
        }
    }
}
