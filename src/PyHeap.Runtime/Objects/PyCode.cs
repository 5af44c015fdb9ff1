using PyHeap.Language.Compiling;
using PyHeap.Language.Syntax;
using PyHeap.Runtime.Memory;

namespace PyHeap.Runtime.Objects;

/// <summary>
/// code (Objects/codeobject.c): the compiled <see cref="CodeObject"/> plus its constants as heap objects
/// (co_consts owns one reference to each) and its names as interned strings.
/// </summary>
public sealed class PyCode : PyObject
{
    private PyCode(CodeObject code)
        : base(Types.Code)
    {
        Code = code;
        Names = code.Names.Select(PyStr.Intern).ToArray();
        LocalsPlusNames = code.LocalsPlusNames.Select(PyStr.Intern).ToArray();
        Consts = new PyObject[code.Consts.Length];
    }

    public CodeObject Code { get; }
    public PyObject[] Consts { get; }
    public PyStr[] Names { get; }
    public PyStr[] LocalsPlusNames { get; }
    public Instruction[] Instructions => Code.Instructions;
    public int LocalsPlusCount => Code.LocalsPlusNames.Length;
    public string Name => Code.Name;
    public string QualName => Code.QualName;

    public static PyCode From(CodeObject code) => From(code, new Dictionary<ConstantValue, PyObject>());

    /// <summary>
    /// Materializes a code object and the ones nested in it. Equal constants of one compilation are one object
    /// (Python/compile.c: merge_consts_recursive), so <c>def f(): return 1.5</c> and <c>x = 1.5</c> share it.
    /// </summary>
    public static PyCode From(CodeObject code, Dictionary<ConstantValue, PyObject> merged)
    {
        var result = Heap.Alloc(new PyCode(code));
        for (var i = 0; i < code.Consts.Length; i++) result.Consts[i] = MakeConstant(code.Consts[i], merged);
        return result;
    }

    /// <summary>Turns a compile-time constant into a heap object (a new reference).</summary>
    public static PyObject MakeConstant(ConstantValue c) => MakeConstant(c, new Dictionary<ConstantValue, PyObject>());

    /// <summary>The merged object for a constant (a new reference): the first one made for an equal value.</summary>
    public static PyObject MakeConstant(ConstantValue c, Dictionary<ConstantValue, PyObject> merged)
    {
        if (c.Kind == ConstantKind.Code) return From((CodeObject)c.Value!, merged);
        if (merged.TryGetValue(c, out var existing)) return RefCounts.NewRef(existing);
        PyObject made = c.Kind switch
        {
            ConstantKind.None => PyNone.None,
            ConstantKind.Bool => PyBool.From(c.AsBool),
            ConstantKind.Int => PyInt.From(c.AsInt),
            ConstantKind.Float => PyFloat.From(c.AsFloat),
            ConstantKind.Str => IsIdentifierLike(c.AsStr) ? PyStr.Intern(c.AsStr) : PyStr.From(c.AsStr),
            ConstantKind.Bytes => PyBytes.From(c.AsBytes),
            ConstantKind.Ellipsis => PySingleton.Ellipsis,
            ConstantKind.Tuple => PyTuple.Steal(c.AsTuple.Select(x => MakeConstant(x, merged)).ToArray()),
            ConstantKind.FrozenSet => PySetFactory.FrozenSetSteal(c.AsTuple.Select(x => MakeConstant(x, merged)).ToArray()),
            _ => throw new SimulatorBugException($"unknown constant kind {c.Kind}"),
        };
        merged[c] = made; // borrowed: the code objects own it
        return made;
    }

    /// <summary>CPython interns string constants made only of name characters (Objects/codeobject.c: intern_string_constants).</summary>
    private static bool IsIdentifierLike(string s)
    {
        foreach (var ch in s)
            if (!(ch is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '_')) return false;
        return true;
    }

    public override long SizeOf() => 176 + 2L * Code.Instructions.Length;

    public override void Traverse(Action<PyObject> visit)
    {
        foreach (var c in Consts) if (c is not null) visit(c);
    }

    internal override bool SupportsWeakrefs => true;

    internal override void ReleaseReferences()
    {
        for (var i = 0; i < Consts.Length; i++)
        {
            var c = Consts[i];
            Consts[i] = null!;
            RefCounts.XDecRef(c);
        }
    }

    public override string ToString() => $"<code object {Code.Name} at 0x{Address:x}, file \"{Code.FileName}\", line {Code.FirstLineNo}>";
}
