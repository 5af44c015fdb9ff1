using PyHeap.Runtime.Builtins;
using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;

namespace PyHeap.Runtime.Vm;

public sealed partial class Interpreter
{
    /// <summary>Pops the top <paramref name="n"/> items and releases them bottom first.</summary>
    /// <summary>
    /// A two-operand instruction's result takes the lower operand's slot (the caller then releases that operand);
    /// the upper operand stays on the stack, still visible as owned, until <see cref="ReleaseTop"/>.
    /// </summary>
    private static void ReplaceTwo(Frame frame, PyObject result) => RefArray.Store(frame.Stack, frame.StackTop - 2, result);

    /// <summary>Pops and releases the top of the stack.</summary>
    private static void ReleaseTop(Frame frame)
    {
        var v = frame.Stack[--frame.StackTop];
        frame.Stack[frame.StackTop] = null;
        RefCounts.XDecRef(v);
    }

    private static void PopAndRelease(Frame frame, int n)
    {
        var start = frame.StackTop - n;
        for (var i = start; i < frame.StackTop; i++)
        {
            var v = frame.Stack[i];
            frame.Stack[i] = null;
            RefCounts.XDecRef(v);
        }
        frame.StackTop = start;
    }

    /// <summary>Moves the top <paramref name="n"/> stack references into a new array (bottom first).</summary>
    /// <summary>The top <paramref name="n"/> items, left on the stack: BUILD_LIST/BUILD_TUPLE allocate the
    /// container first (which may collect) while the items are still the stack's; see <see cref="ForgetItems"/>.</summary>
    private static PyObject[] PeekItems(Frame frame, int n)
    {
        if (n == 0) return [];
        var items = new PyObject[n];
        Array.Copy(frame.Stack, frame.StackTop - n, items, 0, n);
        return items;
    }

    /// <summary>The stack's references to its top <paramref name="n"/> items went into a new container.</summary>
    private static void ForgetItems(Frame frame, int n)
    {
        var start = frame.StackTop - n;
        Array.Clear(frame.Stack, start, n);
        frame.StackTop = start;
    }

    private static void BuildSet(Frame frame, int n)
    {
        var set = PySet.New(Types.Set);
        var start = frame.StackTop - n;
        try
        {
            for (var i = 0; i < n; i++) set.Add(frame.Stack[start + i]!);
        }
        catch
        {
            RefCounts.DecRef(set);
            throw;
        }
        PopAndRelease(frame, n);
        frame.Push(set);
    }

    /// <summary>BUILD_MAP: _PyDict_FromItems, presized, keys and values alternating on the stack.</summary>
    private static void BuildMap(Frame frame, int n)
    {
        var start = frame.StackTop - 2 * n;
        var unicode = true; // _PyDict_FromItems: a str-only table when every key is an exact str
        for (var i = 0; i < n && unicode; i++) unicode = frame.Stack[start + 2 * i]!.Type == Types.Str;
        var dict = PyDict.NewPresized(n, unicode);
        try
        {
            for (var i = 0; i < n; i++) dict.SetItem(frame.Stack[start + 2 * i]!, frame.Stack[start + 2 * i + 1]!);
        }
        catch
        {
            RefCounts.DecRef(dict);
            throw;
        }
        PopAndRelease(frame, 2 * n);
        frame.Push(dict);
    }

    private static void BuildConstKeyMap(Frame frame, int n)
    {
        var keys = (PyTuple)frame.Stack[frame.StackTop - 1]!;
        var unicode = true; // _PyDict_FromItems: a str-only table when every key is an exact str
        for (var i = 0; i < n && unicode; i++) unicode = keys.Items[i].Type == Types.Str;
        var dict = PyDict.NewPresized(n, unicode);
        var start = frame.StackTop - 1 - n;
        try
        {
            for (var i = 0; i < n; i++) dict.SetItem(keys.Items[i], frame.Stack[start + i]!);
        }
        catch
        {
            RefCounts.DecRef(dict);
            throw;
        }
        PopAndRelease(frame, n + 1);
        frame.Push(dict);
    }

    private static void BuildString(Frame frame, int n)
    {
        var start = frame.StackTop - n;
        var sb = new System.Text.StringBuilder();
        for (var i = 0; i < n; i++) sb.Append(((PyStr)frame.Stack[start + i]!).Value);
        var s = PyStr.From(sb.ToString());
        PopAndRelease(frame, n);
        frame.Push(s);
    }

    private static void ExtendContainer(Frame frame, Language.Compiling.Instruction ins)
    {
        var source = frame.Stack[frame.StackTop - 1]!;
        var target = frame.Stack[frame.StackTop - 1 - ins.Arg]!;
        switch (ins.Op)
        {
            case Language.Compiling.OpCode.LIST_EXTEND:
                try
                {
                    ListOps.Extend((PyList)target, source);
                }
                catch (PyException e) when (e.Value.Type == ExceptionTypes.TypeError && source.Type.Iter is null && source.Type.GetItem is null)
                {
                    RefCounts.DecRef(e.Value);
                    throw Errors.TypeError($"Value after * must be an iterable, not {source.Type.Name}");
                }
                break;
            case Language.Compiling.OpCode.SET_UPDATE:
                SetOps.Update((PySet)target, source);
                break;
            case Language.Compiling.OpCode.DICT_UPDATE:
                if (source is not PyDict && Abstract.LookupAttr(source, PyStr.Intern("keys")) is not { } keys)
                    throw Errors.TypeError($"'{source.Type.Name}' object is not a mapping");
                DictOps.Update((PyDict)target, source);
                break;
            default:
                DictMerge(frame, (PyDict)target, source, ins.Arg);
                break;
        }
        frame.StackTop--;
        frame.Stack[frame.StackTop] = null;
        RefCounts.DecRef(source);
    }

    /// <summary>DICT_MERGE (for f(**m)): duplicate keys are an error naming the function.</summary>
    private static void DictMerge(Frame frame, PyDict target, PyObject source, int arg)
    {
        if (source is not PyDict src)
        {
            var func = frame.Stack[frame.StackTop - arg - 3];
            throw Errors.TypeError($"{Abstract.FunctionDescription(func)} argument after ** must be a mapping, not {source.Type.Name}");
        }
        foreach (var (k, v) in src.Pairs().ToList())
        {
            if (target.ContainsKey(k))
            {
                var func = frame.Stack[frame.StackTop - arg - 3];
                throw Errors.TypeError($"{Abstract.FunctionDescription(func)} got multiple values for keyword argument '{Abstract.StrString(k)}'");
            }
            target.SetItem(k, v);
        }
    }

    /// <summary>UNPACK_SEQUENCE: pushes the items last first so the first target is on top.</summary>
    private static void UnpackSequence(Frame frame, int n)
    {
        var seq = frame.Stack[frame.StackTop - 1]!;
        PyObject[] items;
        var borrowed = true;
        if (seq is PyTuple t && seq.Type == Types.Tuple && t.Count == n) items = t.Items;
        else if (seq is PyList l && seq.Type == Types.List && l.Count == n) items = l.Items.ToArray();
        else
        {
            items = UnpackIterable(seq, n, -1);
            borrowed = false;
        }
        if (borrowed) foreach (var item in items) RefCounts.IncRef(item);
        frame.StackTop--;
        frame.Stack[frame.StackTop] = null;
        for (var i = n - 1; i >= 0; i--) frame.Push(items[i]);
        RefCounts.DecRef(seq);
    }

    private static void UnpackEx(Frame frame, int before, int after)
    {
        var seq = frame.Stack[frame.StackTop - 1]!;
        var items = UnpackIterable(seq, before, after);
        frame.StackTop--;
        frame.Stack[frame.StackTop] = null;
        for (var i = items.Length - 1; i >= 0; i--) frame.Push(items[i]);
        RefCounts.DecRef(seq);
    }

    /// <summary>
    /// Models Python/ceval.c: unpack_iterable. Returns new references: <paramref name="before"/> items, then
    /// (when <paramref name="after"/> ≥ 0) a list of the rest and <paramref name="after"/> items.
    /// </summary>
    private static PyObject[] UnpackIterable(PyObject seq, int before, int after)
    {
        PyObject it;
        try
        {
            it = Abstract.GetIter(seq);
        }
        catch (PyException e) when (e.Value.Type == ExceptionTypes.TypeError && seq.Type.Iter is null && seq.Type.GetItem is null)
        {
            RefCounts.DecRef(e.Value);
            throw Errors.TypeError($"cannot unpack non-iterable {seq.Type.Name} object");
        }
        var result = new List<PyObject>();
        try
        {
            for (var i = 0; i < before; i++)
            {
                var item = Abstract.IterNext(it);
                if (item is null)
                {
                    throw after < 0
                        ? Errors.ValueError($"not enough values to unpack (expected {before}, got {i})")
                        : Errors.ValueError($"not enough values to unpack (expected at least {before + after}, got {i})");
                }
                result.Add(item);
            }
            if (after < 0)
            {
                var extra = Abstract.IterNext(it);
                if (extra is not null)
                {
                    RefCounts.DecRef(extra);
                    throw Errors.ValueError($"too many values to unpack (expected {before})");
                }
                return result.ToArray();
            }
            var rest = PyList.New();
            result.Add(rest);
            while (Abstract.IterNext(it) is { } item) rest.AppendSteal(item);
            if (rest.Count < after)
                throw Errors.ValueError($"not enough values to unpack (expected at least {before + after}, got {before + rest.Count})");
            var tail = rest.Count - after;
            for (var i = 0; i < after; i++) result.Add(rest.RemoveAtSteal(tail));
            return result.ToArray();
        }
        catch
        {
            foreach (var r in result) RefCounts.DecRef(r);
            throw;
        }
        finally
        {
            RefCounts.DecRef(it);
        }
    }

    /// <summary>MAKE_FUNCTION: code on top, then (below it) closure, annotations, kwdefaults, defaults as flagged.</summary>
    private static void MakeFunction(Frame frame, int flags)
    {
        var code = (PyCode)frame.Stack[--frame.StackTop]!;
        frame.Stack[frame.StackTop] = null;
        PyFunction func;
        using (Heap.Current.Hold(code)) func = PyFunction.New(code, frame.Globals, PyStr.Intern(code.QualName)); // MAKE_FUNCTION's C local
        RefCounts.DecRef(code);
        if ((flags & 8) != 0) func.Closure = (PyTuple)frame.Pop()!;
        if ((flags & 4) != 0) func.Annotations = frame.Pop();
        if ((flags & 2) != 0) func.KwDefaults = (PyDict)frame.Pop()!;
        if ((flags & 1) != 0) func.Defaults = (PyTuple)frame.Pop()!;
        frame.Push(func);
    }

    private static void FormatValue(Frame frame, int flags)
    {
        var spec = (flags & 4) != 0 ? frame.Stack[frame.StackTop - 1] : null;
        var value = frame.Stack[frame.StackTop - ((flags & 4) != 0 ? 2 : 1)]!;
        PyObject converted;
        switch (flags & 3)
        {
            case 1: converted = Abstract.Str(value); break;
            case 2: converted = Abstract.Repr(value); break;
            case 3: converted = Abstract.Ascii(value); break;
            default: converted = value; RefCounts.IncRef(value); break;
        }
        PyObject result;
        try
        {
            if (spec is null && converted.Type == Types.Str)
            {
                result = converted;
                RefCounts.IncRef(result);
            }
            else
            {
                result = Abstract.Format(converted, spec as PyStr ?? PyStr.Empty);
            }
        }
        finally
        {
            RefCounts.DecRef(converted);
        }
        PopAndRelease(frame, (flags & 4) != 0 ? 2 : 1);
        frame.Push(result);
    }
}
