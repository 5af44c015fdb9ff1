using PyHeap.Language.Compiling;
using PyHeap.Language.Parsing;
using PyHeap.Language.Syntax;
using Assert = Xunit.Assert;

namespace PyHeap.Language.Tests.Compiling;

/// <summary>Properties of compiled code that the VM relies on, beyond the CPython corpus.</summary>
public class CompilingBehaviourTests
{
    private static CodeObject Compile(string source, bool interactive = false) =>
        Compiler.CompileModule(Parser.ParseModule(source, "t.py"), "t.py", interactive);

    private static IEnumerable<CodeObject> AllCode(CodeObject code) =>
        new[] { code }.Concat(code.Consts.Where(c => c.Kind == ConstantKind.Code).SelectMany(c => AllCode((CodeObject)c.Value!)));

    [Fact]
    public void Interactive_mode_returns_the_last_expression_value()
    {
        var code = Compile("x = 1\nx + 1\n", interactive: true);
        var ops = code.Instructions.Select(i => i.Op).ToList();
        Assert.Equal(OpCode.RETURN_VALUE, ops[^1]);
        Assert.Equal(OpCode.BINARY_OP, ops[^2]);
        Assert.DoesNotContain(OpCode.POP_TOP, ops);
    }

    [Fact]
    public void Interactive_mode_without_final_expression_returns_none()
    {
        var code = Compile("x = 1\n", interactive: true);
        Assert.Equal(OpCode.LOAD_CONST, code.Instructions[^2].Op);
        Assert.Equal(ConstantKind.None, code.Consts[code.Instructions[^2].Arg].Kind);
    }

    [Fact]
    public void Exec_mode_discards_the_last_expression_value()
    {
        var code = Compile("x = 1\nx + 1\n");
        Assert.Contains(OpCode.POP_TOP, code.Instructions.Select(i => i.Op));
    }

    [Fact]
    public void Interactive_mode_returns_a_lone_string_instead_of_a_docstring()
    {
        var code = Compile("'hello'\n", interactive: true);
        Assert.DoesNotContain("__doc__", code.Names);
        Assert.Equal(OpCode.RETURN_VALUE, code.Instructions[^1].Op);
    }

    [Theory]
    [InlineData("for i in range(3):\n    try:\n        if i: break\n    finally:\n        pass\n")]
    [InlineData("def f():\n    with a as b, c as d:\n        return b\n")]
    [InlineData("def g():\n    yield from x\n    return (yield)\n")]
    public void Jump_targets_and_handlers_are_in_range(string source)
    {
        foreach (var code in AllCode(Compile(source)))
        {
            var n = code.Instructions.Length;
            Assert.Equal(n, code.Positions.Length);
            foreach (var ins in code.Instructions.Where(i => Disassembler.IsJump(i.Op))) Assert.InRange(ins.Arg, 0, n - 1);
            foreach (var e in code.ExceptionTable)
            {
                Assert.InRange(e.Start, 0, n - 1);
                Assert.InRange(e.End, e.Start + 1, n);
                Assert.InRange(e.Target, 0, n - 1);
                Assert.True(e.Depth >= 0);
            }
        }
    }

    [Fact]
    public void Positions_carry_columns_for_tracebacks()
    {
        var code = Compile("x = 1\ny = foo(x)\n");
        var call = Array.FindIndex(code.Instructions, i => i.Op == OpCode.CALL);
        var span = code.Positions[call];
        Assert.Equal(2, span.Line);
        Assert.Equal(4, span.Column);
        Assert.Equal(10, span.EndColumn);
    }

    [Fact]
    public void Localsplus_puts_argument_cells_in_place_then_cells_then_frees()
    {
        var code = Compile("def f(a):\n    b = 1\n    def g():\n        return a + b\n    return g\n");
        var f = (CodeObject)code.Consts.First(c => c.Kind == ConstantKind.Code).Value!;
        Assert.Equal(new[] { "a", "g", "b" }, f.LocalsPlusNames);
        Assert.Equal(new[] { LocalKind.Local | LocalKind.Cell, LocalKind.Local, LocalKind.Cell }, f.LocalsPlusKinds);
        var g = (CodeObject)f.Consts.First(c => c.Kind == ConstantKind.Code).Value!;
        Assert.Equal(OpCode.COPY_FREE_VARS, g.Instructions[0].Op);
        Assert.Equal(2, g.FreeVarCount);
    }

    [Fact]
    public void Disassembler_lists_nested_code_and_exception_table()
    {
        var text = Disassembler.Format(Compile("def f():\n    try:\n        g()\n    except E:\n        pass\n"));
        Assert.Contains("code f name=f", text);
        Assert.Contains("exceptiontable:", text);
        Assert.Contains("CHECK_EXC_MATCH", text);
    }
}
