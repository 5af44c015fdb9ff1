namespace PyHeap.Runtime.Tests.Conformance;

/// <summary>
/// Every program under tests/conformance prints exactly what CPython 3.11 printed (recorded by python3), and the
/// heap audit passes after it. Programs listed in known-failures.txt must still fail (so a fix is noticed and
/// the entry removed).
/// </summary>
public class ConformanceTests
{
    public static IEnumerable<object[]> Programs() => ConformanceCorpus.Programs().Select(p => new object[] { p });

    [Theory]
    [MemberData(nameof(Programs))]
    public void Program_output_matches_cpython_and_the_heap_audit_passes(string program)
    {
        var run = ConformanceRun.Execute(program);
        var mismatch = run.Mismatch(program);
        if (ConformanceCorpus.KnownFailures.TryGetValue(program, out var reason))
        {
            Assert.True(mismatch is not null, $"{program} now matches CPython: remove it from known-failures.txt ({reason})");
            return;
        }
        Assert.True(mismatch is null, $"{program}:\n{mismatch}");
    }

    [Fact]
    public void The_corpus_is_not_empty() => Assert.NotEmpty(ConformanceCorpus.Programs());
}
