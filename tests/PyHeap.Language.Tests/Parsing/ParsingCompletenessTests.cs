namespace PyHeap.Language.Tests.Parsing;

using PyHeap.Language.Parsing;
using Assert = Xunit.Assert;

public class ParsingCompletenessTests
{
    [Theory]
    [InlineData("")]
    [InlineData("a = 1")]
    [InlineData("1\\\n+2")]
    [InlineData("if True:\n    a=1\n")]
    [InlineData("if True:\n    a=1\n    ")]
    [InlineData("def f():\n    return 1\n\n")]
    [InlineData("x = '''a\nb'''")]
    public void Finished_cells_are_complete(string source) =>
        Assert.Equal(CompletenessStatus.Complete, Parser.CheckComplete(source).Status);

    [Theory]
    [InlineData("for a in range(5):", "    ")]
    [InlineData("for a in range(5):\n    if a > 0:", "        ")]
    [InlineData("a = [1,\n2,", "")]
    [InlineData("a = '''\n   hi", "   ")]
    [InlineData("\\\r\n", "")]
    [InlineData("if True:\n    a=1", "    ")]
    [InlineData("def f(a,", "")]
    [InlineData("class A:\n", "    ")]
    public void Open_constructs_are_incomplete_with_the_next_indent(string source, string indent) =>
        Assert.Equal(new CompletenessResult(CompletenessStatus.Incomplete, indent), Parser.CheckComplete(source));

    [Theory]
    [InlineData("raise = 2")]
    [InlineData("a \\ ")]
    [InlineData("x = )")]
    [InlineData("if x:\npass")]
    [InlineData("1 = 2")]
    public void Errors_more_lines_cannot_fix_are_invalid(string source) =>
        Assert.Equal(CompletenessStatus.Invalid, Parser.CheckComplete(source).Status);
}
