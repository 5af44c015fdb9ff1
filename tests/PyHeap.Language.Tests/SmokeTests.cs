namespace PyHeap.Language.Tests;

public class SmokeTests
{
    [Fact]
    public void Constant_cache_distinguishes_one_and_true() =>
        Assert.NotEqual(Syntax.ConstantValue.Int(1), Syntax.ConstantValue.True);
}
