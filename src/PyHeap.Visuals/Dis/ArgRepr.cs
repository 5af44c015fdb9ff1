using System.Globalization;
using System.Numerics;
using PyHeap.Language.Compiling;
using PyHeap.Language.Syntax;
using PyHeap.Runtime.Formatting;
using PyHeap.Runtime.Numerics;
using PyHeap.Runtime.Objects;

namespace PyHeap.Visuals.Dis;

/// <summary>
/// Models Lib/dis.py (3.11): _get_instructions_bytes' argval/argrepr — constants by their repr, names from
/// co_names or localsplus, comparison and binary operators, "to OFFSET" for jumps, MAKE_FUNCTION's flags and
/// FORMAT_VALUE's conversion. Constants are formatted from the compiler's values, never by calling repr() on
/// heap objects, so the listing cannot run user code or allocate.
/// </summary>
public static class ArgRepr
{
    private static readonly string[] CompareOps = ["<", "<=", "==", "!=", ">", ">="];
    private static readonly string[] BinaryOps = ["+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"];
    private static readonly string[] MakeFunctionFlags = ["defaults", "kwdefaults", "annotations", "closure"];
    private static readonly string[] Converters = ["", "str", "repr", "ascii"];

    /// <summary>The argrepr and, for name opcodes, the bare name (LOAD_GLOBAL's without "NULL + ").</summary>
    public static (string Repr, string? Name) Of(PyCode code, Instruction ins, int jumpTargetOffset)
    {
        var c = code.Code;
        var arg = ins.Arg;
        switch (ins.Op)
        {
            case OpCode.LOAD_CONST or OpCode.KW_NAMES:
                return (arg < c.Consts.Length ? Const(c.Consts[arg], arg < code.Consts.Length ? code.Consts[arg] : null) : "?", null);
            case OpCode.LOAD_GLOBAL:
            {
                var name = At(c.Names, arg >> 1);
                return (((arg & 1) != 0 ? "NULL + " : "") + name, name);
            }
            case OpCode.LOAD_NAME or OpCode.STORE_NAME or OpCode.DELETE_NAME or OpCode.LOAD_ATTR or OpCode.STORE_ATTR
                or OpCode.DELETE_ATTR or OpCode.STORE_GLOBAL or OpCode.DELETE_GLOBAL or OpCode.IMPORT_NAME or OpCode.IMPORT_FROM
                or OpCode.LOAD_METHOD:
            {
                var name = At(c.Names, arg);
                return (name, name);
            }
            case OpCode.LOAD_FAST or OpCode.STORE_FAST or OpCode.DELETE_FAST or OpCode.LOAD_DEREF or OpCode.STORE_DEREF
                or OpCode.DELETE_DEREF or OpCode.LOAD_CLOSURE or OpCode.MAKE_CELL or OpCode.LOAD_CLASSDEREF:
            {
                var name = At(c.LocalsPlusNames, arg);
                return (name, name);
            }
            case OpCode.COMPARE_OP:
                return (arg < CompareOps.Length ? CompareOps[arg] : "?", null);
            case OpCode.BINARY_OP:
                return (arg < 13 ? BinaryOps[arg] : arg < 26 ? BinaryOps[arg - 13] + "=" : "?", null);
            case OpCode.MAKE_FUNCTION:
                return (string.Join(", ", MakeFunctionFlags.Where((_, i) => (arg & (1 << i)) != 0)), null);
            case OpCode.FORMAT_VALUE:
            {
                var repr = Converters[arg & 3];
                if ((arg & 4) != 0) repr = repr.Length > 0 ? repr + ", with format" : "with format";
                return (repr, null);
            }
            default:
                return (Disassembler.IsJump(ins.Op) ? "to " + jumpTargetOffset.ToString(CultureInfo.InvariantCulture) : "", null);
        }
    }

    private static string At(IReadOnlyList<string> names, int i) => i >= 0 && i < names.Count ? names[i] : "?";

    /// <summary>repr() of a compiled constant; a code object shows the simulated address of its PyCode, as CPython's does.</summary>
    public static string Const(ConstantValue c, PyObject? runtime = null) => c.Kind switch
    {
        ConstantKind.None => "None",
        ConstantKind.Ellipsis => "Ellipsis",
        ConstantKind.Bool => c.AsBool ? "True" : "False",
        ConstantKind.Int => ((BigInteger)c.Value!).ToString(CultureInfo.InvariantCulture),
        ConstantKind.Float => FloatRepr.Repr((double)c.Value!),
        ConstantKind.Str => StrRepr.Repr((string)c.Value!),
        ConstantKind.Bytes => StrRepr.BytesRepr((byte[])c.Value!),
        ConstantKind.Tuple => c.AsTuple.Count == 1 ? "(" + Const(c.AsTuple[0]) + ",)" : "(" + string.Join(", ", c.AsTuple.Select(x => Const(x))) + ")",
        ConstantKind.FrozenSet => "frozenset({" + string.Join(", ", c.AsTuple.Select(x => Const(x))) + "})",
        ConstantKind.Code => CodeRepr((CodeObject)c.Value!, runtime?.Address ?? 0),
        _ => "?",
    };

    /// <summary>Objects/codeobject.c: code_repr.</summary>
    public static string CodeRepr(CodeObject code, long address) =>
        $"<code object {code.Name} at 0x{address:x}, file \"{code.FileName}\", line {code.FirstLineNo}>";
}
