using System.Globalization;
using System.Text;
using PyHeap.Language.Syntax;

namespace PyHeap.Language.Compiling;

/// <summary>
/// A normalized, deterministic listing of a code object and (recursively) the code objects in its constants:
/// a header, the co_* tables, one line per instruction, and the exception table. Used by the %dis view and by the
/// compiler tests (tests/…/Compiling/Data/gen_expected.py prints CPython's code objects in the same format).
/// <code>
/// code &lt;qualname&gt; name=… firstlineno=… argcount=… posonly=… kwonly=… flags=0x… stacksize=…
///   consts: (…)        names/varnames/cellvars/freevars: (…)
///   index line OPNAME arg (argrepr)      -- jump args are instruction indices; arg omitted below HAVE_ARGUMENT
///   exceptiontable: start to last -> target [depth] lasti
/// </code>
/// </summary>
public static class Disassembler
{
    private static readonly string[] CompareOps = { "<", "<=", "==", "!=", ">", ">=" };
    private static readonly string[] BinaryOps = { "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^" };

    public static string Format(CodeObject code)
    {
        var sb = new StringBuilder();
        FormatOne(code, sb);
        return sb.ToString();
    }

    private static string Tuple(IEnumerable<string> items) => "(" + string.Join(", ", items) + ")";

    private static void FormatOne(CodeObject code, StringBuilder sb)
    {
        sb.Append(CultureInfo.InvariantCulture, $"code {code.QualName} name={code.Name} firstlineno={code.FirstLineNo} argcount={code.ArgCount} posonly={code.PosOnlyArgCount} kwonly={code.KwOnlyArgCount} flags=0x{(int)code.Flags:x} stacksize={code.StackSize}\n");
        sb.Append("  consts: ").Append(Tuple(code.Consts.Select(ConstRepr))).Append('\n');
        sb.Append("  names: ").Append(Tuple(code.Names)).Append('\n');
        sb.Append("  varnames: ").Append(Tuple(code.VarNames)).Append('\n');
        sb.Append("  cellvars: ").Append(Tuple(code.CellVars)).Append('\n');
        sb.Append("  freevars: ").Append(Tuple(code.FreeVars)).Append('\n');
        for (var i = 0; i < code.Instructions.Length; i++)
        {
            var ins = code.Instructions[i];
            sb.Append(CultureInfo.InvariantCulture, $"  {i,4} {code.LineOf(i),4} {ins.Op}");
            if ((int)ins.Op >= 90)
            {
                sb.Append(' ').Append(ins.Arg.ToString(CultureInfo.InvariantCulture));
                var repr = ArgRepr(code, ins);
                if (repr is not null) sb.Append(" (").Append(repr).Append(')');
            }
            sb.Append('\n');
        }
        if (code.ExceptionTable.Length > 0)
        {
            sb.Append("  exceptiontable:\n");
            foreach (var e in code.ExceptionTable)
                sb.Append(CultureInfo.InvariantCulture, $"    {e.Start} to {e.End - 1} -> {e.Target} [{e.Depth}]{(e.Lasti ? " lasti" : "")}\n");
        }
        foreach (var c in code.Consts)
        {
            if (c.Kind == ConstantKind.Code)
            {
                sb.Append('\n');
                FormatOne((CodeObject)c.Value!, sb);
            }
        }
    }

    private static string? ArgRepr(CodeObject code, Instruction ins)
    {
        var arg = ins.Arg;
        switch (ins.Op)
        {
            case OpCode.LOAD_CONST:
            case OpCode.KW_NAMES:
                return arg < code.Consts.Length ? ConstRepr(code.Consts[arg]) : "?";
            case OpCode.LOAD_GLOBAL:
                return ((arg & 1) != 0 ? "NULL + " : "") + NameAt(code.Names, arg >> 1);
            case OpCode.LOAD_NAME or OpCode.STORE_NAME or OpCode.DELETE_NAME or OpCode.LOAD_ATTR or OpCode.STORE_ATTR
                or OpCode.DELETE_ATTR or OpCode.STORE_GLOBAL or OpCode.DELETE_GLOBAL or OpCode.IMPORT_NAME or OpCode.IMPORT_FROM
                or OpCode.LOAD_METHOD:
                return NameAt(code.Names, arg);
            case OpCode.LOAD_FAST or OpCode.STORE_FAST or OpCode.DELETE_FAST or OpCode.LOAD_DEREF or OpCode.STORE_DEREF
                or OpCode.DELETE_DEREF or OpCode.LOAD_CLOSURE or OpCode.MAKE_CELL or OpCode.LOAD_CLASSDEREF:
                return NameAt(code.LocalsPlusNames, arg);
            case OpCode.COMPARE_OP:
                return arg < CompareOps.Length ? CompareOps[arg] : "?";
            case OpCode.BINARY_OP:
                return arg < 13 ? BinaryOps[arg] : arg < 26 ? BinaryOps[arg - 13] + "=" : "?";
            default:
                return IsJump(ins.Op) ? "to " + arg.ToString(CultureInfo.InvariantCulture) : null;
        }
    }

    private static string NameAt(IReadOnlyList<string> names, int i) => i >= 0 && i < names.Count ? names[i] : "?";

    /// <summary>True for the jump opcodes (their argument is an instruction index).</summary>
    public static bool IsJump(OpCode op) => op is OpCode.JUMP_FORWARD or OpCode.JUMP_BACKWARD or OpCode.JUMP_BACKWARD_NO_INTERRUPT
        or OpCode.POP_JUMP_FORWARD_IF_FALSE or OpCode.POP_JUMP_FORWARD_IF_TRUE or OpCode.POP_JUMP_FORWARD_IF_NONE
        or OpCode.POP_JUMP_FORWARD_IF_NOT_NONE or OpCode.POP_JUMP_BACKWARD_IF_FALSE or OpCode.POP_JUMP_BACKWARD_IF_TRUE
        or OpCode.POP_JUMP_BACKWARD_IF_NONE or OpCode.POP_JUMP_BACKWARD_IF_NOT_NONE or OpCode.JUMP_IF_FALSE_OR_POP
        or OpCode.JUMP_IF_TRUE_OR_POP or OpCode.FOR_ITER or OpCode.SEND;

    /// <summary>A canonical constant repr: floats as IEEE bits, strings escaped, frozensets sorted.</summary>
    public static string ConstRepr(ConstantValue c) => c.Kind switch
    {
        ConstantKind.None => "None",
        ConstantKind.Ellipsis => "Ellipsis",
        ConstantKind.Bool => c.AsBool ? "True" : "False",
        ConstantKind.Int => c.AsInt.ToString(CultureInfo.InvariantCulture),
        ConstantKind.Float => "float:" + BitConverter.DoubleToInt64Bits(c.AsFloat).ToString("x16", CultureInfo.InvariantCulture),
        ConstantKind.Str => StrRepr(c.AsStr),
        ConstantKind.Bytes => "b:" + Convert.ToHexString(c.AsBytes).ToLowerInvariant(),
        ConstantKind.Tuple => c.AsTuple.Count == 1 ? "(" + ConstRepr(c.AsTuple[0]) + ",)" : Tuple(c.AsTuple.Select(ConstRepr)),
        ConstantKind.FrozenSet => "frozenset({" + string.Join(", ", c.AsTuple.Select(ConstRepr).OrderBy(s => s, StringComparer.Ordinal)) + "})",
        ConstantKind.Code => "<code " + ((CodeObject)c.Value!).Name + ">",
        _ => "?",
    };

    private static string StrRepr(string s)
    {
        var sb = new StringBuilder("'");
        foreach (var ch in s)
        {
            switch (ch)
            {
                case '\\': sb.Append("\\\\"); break;
                case '\'': sb.Append("\\'"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (ch < 0x20 || ch > 0x7e) sb.Append(CultureInfo.InvariantCulture, $"\\u{(int)ch:x4}");
                    else sb.Append(ch);
                    break;
            }
        }
        return sb.Append('\'').ToString();
    }
}
