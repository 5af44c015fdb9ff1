using PyHeap.Kernel;

namespace PyHeap.Kernel.Tests;

public sealed class TraceViewTests : IDisposable
{
    private readonly KernelSession session = new();

    public void Dispose() => session.Dispose();

    private (CellResult Result, DisplayBundle Bundle) Run(string code)
    {
        var frontend = new RecordingFrontend();
        var result = session.Execute(new ExecuteRequest(code), frontend);
        return (result, Assert.Single(frontend.Displays));
    }

    [Fact]
    public void Trace_follows_a_named_object_from_creation_to_free()
    {
        var (result, bundle) = Run("%%trace x\nx = []\ny = x\ndel x\ndel y");
        Assert.Equal(ExecuteStatus.Ok, result.Status);
        var text = bundle.Data["text/plain"]!.ToString();
        Assert.Contains("x: list at 0x", text);
        Assert.Contains("freed", text);
        Assert.Contains("bind name y", text);
        Assert.Contains("del x", text);
        Assert.Contains("freed (count reached 0)", text);
        Assert.StartsWith("<svg", bundle.Data["image/svg+xml"]!.ToString());
    }

    [Fact]
    public void Trace_line_numbers_are_the_cells()
    {
        var (_, bundle) = Run("%%trace data\ndata = [1, 2]\ndef f(arg):\n    return len(arg)\nf(data)");
        var text = bundle.Data["text/plain"]!.ToString();
        Assert.Contains("f(data)", text);
        Assert.Matches(@"\s4\s+data\s+push a local onto the value stack\s+value stack \(local arg\)", text);
        Assert.Matches(@"\s5\s+data\s+call done", text);
    }

    [Fact]
    public void Trace_without_names_follows_what_the_cell_creates_and_names()
    {
        var (_, bundle) = Run("%%trace\nitems = [[], []]\nfirst = items[0]");
        var text = bundle.Data["text/plain"]!.ToString();
        Assert.Contains("items: list", text);
        Assert.Contains("first: list", text);
    }

    [Fact]
    public void Trace_is_shown_even_when_the_cell_fails()
    {
        var frontend = new RecordingFrontend();
        var result = session.Execute(new ExecuteRequest("%%trace z\nz = [1]\n1 / 0"), frontend);
        Assert.Equal("ZeroDivisionError", result.ErrorName);
        Assert.Single(frontend.Displays);
        Assert.Equal(ExecuteStatus.Ok, session.Execute(new ExecuteRequest("%%trace z\nz.append(2)"), new RecordingFrontend()).Status);
    }

    [Fact]
    public void Pyheap_trace_is_a_context_manager()
    {
        var (result, bundle) = Run("import pyheap\nwith pyheap.trace('v'):\n    v = {}\n    w = [v, v]");
        Assert.Equal(ExecuteStatus.Ok, result.Status);
        var text = bundle.Data["text/plain"]!.ToString();
        Assert.Contains("bind name v", text);
        Assert.Contains("the value stack's reference is released", text);
        Assert.Contains("count now 3", text);
    }
}
