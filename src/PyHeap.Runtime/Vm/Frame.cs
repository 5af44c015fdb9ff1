using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;

namespace PyHeap.Runtime.Vm;

/// <summary>
/// An interpreter frame (Include/internal/pycore_frame.h: _PyInterpreterFrame): the function and code it runs,
/// its "fast locals plus" (locals, cells, free variables), its value stack, the next instruction, and the
/// caller. It is not a Python object; a <see cref="PyFrameObject"/> is made for it only when needed
/// (tracebacks, generators' <c>gi_frame</c>), and then takes its data over when the frame finishes.
/// </summary>
public sealed class Frame
{
    public Frame(PyFunction function, PyCode code, PyDict globals, PyDict builtins, PyObject? locals)
    {
        Function = function;
        Code = code;
        Globals = globals;
        Builtins = builtins;
        Locals = locals;
        Fast = new PyObject?[code.LocalsPlusCount];
        Stack = new PyObject?[Math.Max(code.Code.StackSize, 1) + 2];
    }

    /// <summary>f_func (owned: the caller's stack reference moves here).</summary>
    public PyFunction Function { get; }

    /// <summary>f_code (owned).</summary>
    public PyCode Code { get; }

    /// <summary>f_globals (borrowed from the function).</summary>
    public PyDict Globals { get; }

    /// <summary>f_builtins (borrowed).</summary>
    public PyDict Builtins { get; }

    /// <summary>f_locals for module and class bodies (owned), null for optimized functions.</summary>
    public PyObject? Locals { get; internal set; }

    /// <summary>localsplus: owned references (null = unbound).</summary>
    public readonly PyObject?[] Fast;

    /// <summary>The value stack: owned references in [0, StackTop); a null entry is CPython's NULL marker.</summary>
    public readonly PyObject?[] Stack;
    public int StackTop;

    /// <summary>Index of the next instruction.</summary>
    public int Pc;

    /// <summary>Index of the instruction being executed (prev_instr), for tracebacks and line numbers.</summary>
    public int LastI;

    public Frame? Previous;

    /// <summary>When true, returning from this frame returns to C# code (a nested run of the loop).</summary>
    public bool IsEntry;

    /// <summary>The frame object made for this frame, if any (owned).</summary>
    public PyFrameObject? FrameObject;

    /// <summary>The generator that owns this frame, if it is a generator's.</summary>
    public PyGenerator? Generator;

    /// <summary>KW_NAMES register for the next CALL (borrowed from co_consts).</summary>
    public PyTuple? KwNames;

    /// <summary>What to do with the result when the callee this frame started returns or yields.</summary>
    internal ResumeMode PendingMode;

    /// <summary>Jump target for <see cref="ResumeMode.ForIter"/> and <see cref="ResumeMode.Send"/>.</summary>
    internal int PendingTarget;

    /// <summary>Set once the frame has been cleared.</summary>
    public bool Cleared;

    /// <summary>Current line (of the instruction being executed).</summary>
    public int Line => Code.Code.LineOf(LastI);

    /// <summary>A view of stack entries known to be non-null (call arguments) as a span.</summary>
    public ReadOnlySpan<PyObject> StackSlice(int start, int length) => length == 0
        ? default
        : System.Runtime.InteropServices.MemoryMarshal.CreateReadOnlySpan(
            ref System.Runtime.CompilerServices.Unsafe.As<PyObject?, PyObject>(ref Stack[start]), length);

    public void Push(PyObject? value) => RefArray.Store(Stack, StackTop++, value);

    public PyObject? Pop() => Stack[--StackTop];

    /// <summary>
    /// Models Python/frame.c: _PyFrame_Clear. If a frame object still has other holders it takes the data over
    /// (take_ownership); otherwise locals are released in slot order, then the stack, locals dict, function and code.
    /// </summary>
    public void Clear()
    {
        if (Cleared) return;
        Cleared = true;
        if (FrameObject is { } f)
        {
            FrameObject = null;
            if (f.RefCount > 1)
            {
                // _PyFrame_Clear's C local holds f while take_ownership may allocate (and collect).
                var roots = Heap.Current.TempRoots;
                roots.Add(f);
                try
                {
                    f.TakeOwnership(this);
                }
                finally
                {
                    roots.Remove(f);
                }
                RefCounts.DecRef(f);
                return;
            }
            f.Detach();
            RefCounts.DecRef(f);
        }
        ReleaseContents();
    }

    /// <summary>frame_tp_clear's part: localsplus and the stack, in that order.</summary>
    internal void ClearLocalsAndStack()
    {
        for (var i = 0; i < Fast.Length; i++)
        {
            var v = Fast[i];
            Fast[i] = null;
            RefCounts.XDecRef(v);
        }
        for (var i = 0; i < StackTop; i++)
        {
            var v = Stack[i];
            Stack[i] = null;
            RefCounts.XDecRef(v);
        }
        StackTop = 0;
    }

    /// <summary>Releases localsplus (slot order), the stack (bottom up), f_locals, f_func and f_code.</summary>
    internal void ReleaseContents()
    {
        var clearing = beingCleared ??= [];
        clearing.Add(this);
        try
        {
            ClearLocalsAndStack();
            var locals = Locals;
            Locals = null;
            RefCounts.XDecRef(locals);
            RefCounts.DecRef(Function);
            released = true;
            RefCounts.DecRef(Code);
        }
        finally
        {
            clearing.RemoveAt(clearing.Count - 1);
        }
    }

    [ThreadStatic] private static List<Frame>? beingCleared;
    private bool released;

    /// <summary>
    /// Frames whose contents are being released on this host thread: what they still hold is still owned while
    /// a finalizer runs in the middle (the heap audit counts it).
    /// </summary>
    internal static IReadOnlyList<Frame> BeingCleared => beingCleared ?? (IReadOnlyList<Frame>)[];

    /// <summary>Every reference the frame owns (for the heap audit and the collector).</summary>
    public void Traverse(Action<PyObject> visit)
    {
        foreach (var v in Fast) if (v is not null) visit(v);
        for (var i = 0; i < StackTop; i++) if (Stack[i] is { } s) visit(s);
        if (Locals is not null) visit(Locals);
        if (!released) visit(Function);
        visit(Code);
        if (FrameObject is not null) visit(FrameObject);
    }
}
