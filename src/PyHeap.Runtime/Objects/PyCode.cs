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

    public static PyCode From(CodeObject code)
    {
        var result = Heap.Alloc(new PyCode(code));
        for (var i = 0; i < code.Consts.Length; i++) result.Consts[i] = MakeConstant(code.Consts[i]);
        return result;
    }

    /// <summary>Turns a compile-time constant into a heap object (a new reference).</summary>
    public static PyObject MakeConstant(ConstantValue c) => c.Kind switch
    {
        ConstantKind.None => PyNone.None,
        ConstantKind.Bool => PyBool.From(c.AsBool),
        ConstantKind.Int => PyInt.From(c.AsInt),
        ConstantKind.Float => PyFloat.From(c.AsFloat),
        ConstantKind.Str => IsIdentifierLike(c.AsStr) ? PyStr.Intern(c.AsStr) : PyStr.From(c.AsStr),
        ConstantKind.Bytes => PyBytes.From(c.AsBytes),
        ConstantKind.Ellipsis => PySingleton.Ellipsis,
        ConstantKind.Tuple => PyTuple.Steal(c.AsTuple.Select(MakeConstant).ToArray()),
        ConstantKind.FrozenSet => PySetFactory.FrozenSetSteal(c.AsTuple.Select(MakeConstant).ToArray()),
        ConstantKind.Code => From((CodeObject)c.Value!),
        _ => throw new SimulatorBugException($"unknown constant kind {c.Kind}"),
    };

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
