namespace PyHeap.Language.Tests.Parsing;

using PyHeap.Language.Parsing;
using PyHeap.Language.Syntax;
using Assert = Xunit.Assert;

public class ParsingTests
{
    private static Expression ParseExpr(string source) =>
        Assert.IsType<ExprStatement>(Assert.Single(Parser.ParseModule(source).Body)).Value;

    private static PySyntaxError Error(string source) => Assert.Throws<PySyntaxError>(() => Parser.ParseModule(source));

    [Fact]
    public void Power_binds_tighter_than_unary_minus()
    {
        var e = Assert.IsType<UnaryOp>(ParseExpr("-2**2"));
        Assert.Equal(UnaryOperator.USub, e.Op);
        Assert.Equal(BinaryOperator.Pow, Assert.IsType<BinOp>(e.Operand).Op);
    }

    [Fact]
    public void Power_is_right_associative()
    {
        var e = Assert.IsType<BinOp>(ParseExpr("a**b**c"));
        Assert.IsType<Name>(e.Left);
        Assert.IsType<BinOp>(e.Right);
    }

    [Fact]
    public void Assignment_targets_get_store_context_recursively()
    {
        var assign = Assert.IsType<Assign>(Assert.Single(Parser.ParseModule("(a, [b, *c]) = x").Body));
        var tuple = Assert.IsType<TupleDisplay>(Assert.Single(assign.Targets));
        Assert.Equal(ExprContext.Store, tuple.Ctx);
        var list = Assert.IsType<ListDisplay>(tuple.Elts[1]);
        Assert.Equal(ExprContext.Store, list.Ctx);
        var starred = Assert.IsType<Starred>(list.Elts[1]);
        Assert.Equal(ExprContext.Store, Assert.IsType<Name>(starred.Value).Ctx);
    }

    [Fact]
    public void Del_targets_get_del_context()
    {
        var del = Assert.IsType<Delete>(Assert.Single(Parser.ParseModule("del a.b, c[0]").Body));
        Assert.All(del.Targets, t => Assert.Equal(ExprContext.Del, t is Attribute a ? a.Ctx : ((Subscript)t).Ctx));
    }

    [Fact]
    public void Constants_carry_python_values()
    {
        var tuple = Assert.IsType<TupleDisplay>(ParseExpr("1, 2.5, 'x', b'y', True, None, ..., 0x10"));
        var values = tuple.Elts.Select(e => Assert.IsType<Constant>(e).Value).ToArray();
        Assert.Equal(ConstantValue.Int(1), values[0]);
        Assert.Equal(ConstantValue.Float(2.5), values[1]);
        Assert.Equal(ConstantValue.Str("x"), values[2]);
        Assert.Equal(ConstantValue.Bytes([(byte)'y']), values[3]);
        Assert.Equal(ConstantValue.True, values[4]);
        Assert.Equal(ConstantValue.None, values[5]);
        Assert.Equal(ConstantValue.Ellipsis, values[6]);
        Assert.Equal(ConstantValue.Int(16), values[7]);
    }

    [Fact]
    public void Match_and_case_are_ordinary_names_outside_a_match_statement()
    {
        var module = Parser.ParseModule("match = 1\ncase = match(2)\nmatch[0]\n");
        Assert.Equal(3, module.Body.Count);
    }

    [Theory]
    [InlineData("async def f(): pass", "'async' is not supported by PyHeap")]
    [InlineData("def f():\n    async with a: pass", "'async' is not supported by PyHeap")]
    [InlineData("def f():\n    async for x in y: pass", "'async' is not supported by PyHeap")]
    [InlineData("def f():\n    await x", "'await' is not supported by PyHeap")]
    [InlineData("match x:\n    case 1: pass", "match statements are not supported by PyHeap")]
    [InlineData("try:\n    pass\nexcept* E:\n    pass", "'except*' is not supported by PyHeap")]
    [InlineData("x = 1j", "complex numbers are not supported by PyHeap")]
    [InlineData("x = 1.5J + 2", "complex numbers are not supported by PyHeap")]
    public void Unsupported_features_raise_a_syntax_error_naming_the_feature(string source, string message) =>
        Assert.Equal(message, Error(source).Message);

    [Fact]
    public void Bytes_literals_must_be_ascii() =>
        Assert.Equal("bytes can only contain ASCII literal characters", Error("b'é'").Message);

    [Fact]
    public void Syntax_error_carries_file_name_and_source_line()
    {
        var e = Error("x = 1\ny = = 2\n");
        Assert.Equal(("prog.py", 2, 4), (Assert.Throws<PySyntaxError>(() => Parser.ParseModule("x = 1\ny = = 2\n", "prog.py")).FileName, e.Line, e.Column));
        Assert.Equal("y = = 2", e.SourceLine);
    }

    [Fact]
    public void Parsing_a_thousand_line_file_gives_every_definition()
    {
        var block = "def f(a, b=1, *args, **kw):\n    if a > b:\n        return [x * 2 for x in args if x]\n    return {'a': a, 'b': f'{b!r:>10}'}\n\n";
        var source = string.Concat(Enumerable.Repeat(block, 200));
        var module = Parser.ParseModule(source);
        Assert.Equal(200, module.Body.Count);
    }

    [Fact]
    public void Eval_input_is_a_module_of_one_expression_statement()
    {
        var module = Parser.ParseEvalInput("a + b\n\n");
        Assert.IsType<BinOp>(Assert.IsType<ExprStatement>(Assert.Single(module.Body)).Value);
    }

    [Fact]
    public void Eval_input_rejects_what_follows_the_expression_at_that_token()
    {
        var e = Assert.Throws<PySyntaxError>(() => Parser.ParseEvalInput("x = = 2"));
        Assert.Equal(("invalid syntax", 1, 2), (e.Message, e.Line, e.Column));
    }

    [Fact]
    public void Empty_eval_input_is_a_syntax_error_on_line_zero()
    {
        var e = Assert.Throws<PySyntaxError>(() => Parser.ParseEvalInput(""));
        Assert.Equal(0, e.Line);
    }
}
