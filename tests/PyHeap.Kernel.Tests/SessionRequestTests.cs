using PyHeap.Kernel;

namespace PyHeap.Kernel.Tests;

public sealed class SessionRequestTests : IDisposable
{
    private readonly KernelSession session = new();

    public void Dispose() => session.Dispose();

    private void Run(string code) => session.Execute(new ExecuteRequest(code), new RecordingFrontend());

    [Fact]
    public void Completion_offers_names_builtins_and_keywords()
    {
        Run("import sys\nsystem_name = 'x'");
        var r = session.Complete("sy", 2);
        Assert.Equal(["sys", "system_name"], r.Matches);
        Assert.Equal(0, r.CursorStart);
        Assert.Equal(2, r.CursorEnd);
        Assert.Contains("while", session.Complete("whi", 3).Matches);
        Assert.Contains("print", session.Complete("x = pri", 7).Matches);
    }

    [Fact]
    public void Completion_after_a_dot_lists_attributes()
    {
        Run("import sys\nx = []");
        var r = session.Complete("sys.getref", 10);
        Assert.Equal(["getrefcount"], r.Matches);
        Assert.Equal(4, r.CursorStart);
        Assert.Equal(["append"], session.Complete("y = 1\nx.app", 11).Matches);
    }

    [Fact]
    public void Completion_sees_names_the_cell_binds_and_importable_modules()
    {
        Assert.Contains("sys", session.Complete("import sys\nsy", 13).Matches);
        Assert.Contains("counter", session.Complete("counter = 0\ncou", 15).Matches);
        Assert.Equal(["gc"], session.Complete("import g", 8).Matches);
    }

    [Fact]
    public void Completion_of_magics()
    {
        Assert.Contains("%reset", session.Complete("%re", 3).Matches);
    }

    [Fact]
    public void Inspection_reports_memory_facts()
    {
        Run("big = 10 ** 20");
        var r = session.Inspect("big", 3, 0);
        Assert.True(r.Found);
        var text = r.Bundle!.Data["text/plain"]!.ToString();
        Assert.Contains("Type:        int", text);
        Assert.Contains("Size:        36 bytes", text);
        Assert.Contains("Address:     0x", text);
        Assert.Contains("not a container", text);
        Assert.False(session.Inspect("missing", 7, 0).Found);
    }

    [Theory]
    [InlineData("1", "complete", "")]
    [InlineData("print('hello, world')", "complete", "")]
    [InlineData("def f(x):\n  return x*2\n\n\n", "complete", "")]
    [InlineData("print('''hello", "incomplete", "")]
    [InlineData("def f(x):\n  x*2", "incomplete", "  ")]
    [InlineData("for i in range(3):", "incomplete", "    ")]
    [InlineData("x = [1,", "incomplete", "")]
    [InlineData("import = 7q", "invalid", "")]
    public void Is_complete_answers_like_IPython(string code, string status, string indent)
    {
        var r = session.IsComplete(code);
        Assert.Equal(status, r.Status);
        Assert.Equal(indent, r.Indent);
    }

    [Fact]
    public void History_keeps_counted_cells()
    {
        Run("a = 1");
        Run("a + 1");
        var tail = session.History(new HistoryRequest("tail") { N = 10, Output = true });
        Assert.Equal(2, tail.Count);
        Assert.Equal((1, 1, "a = 1", (string?)null), (tail[0].Session, tail[0].Line, tail[0].Input, tail[0].Output));
        Assert.Equal("2", tail[1].Output);
        var search = session.History(new HistoryRequest("search") { Pattern = "a +*" });
        Assert.Single(search);
        var range = session.History(new HistoryRequest("range") { Start = 2, Stop = 3 });
        Assert.Equal("a + 1", Assert.Single(range).Input);
    }
}
